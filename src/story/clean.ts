import { isFlaggedPostHead } from './notice-lines.ts';
import { isPagerLine } from './pager-lines.ts';
import { isDeskNote } from './desk-notes.ts';
import { isAboutWriterBox, isAdvertiserLine } from './page-self-lines.ts';
import { isRightsLine } from './record-headers.ts';
import { isContributorCredit } from './contributor-lines.ts';
import { isMailingFoot } from './footer-lines.ts';
import { dariBylineName, isDariDateLine, isDariUnnamedByline } from './dari-chrome.ts';
import {
  DARI_LEGAL,
  ENGLISH_RELATED_POINTERS,
  isDariRelatedHead,
  isSeparatedItems,
  isTableLine,
  pageChromeReason,
  trimEndOf,
} from './page-chrome.ts';
import {
  LANDMARK_NOUNS,
  PHOTO_AGENCIES,
  PHOTO_WIRE_AGENCIES,
  RANKING_PERIOD_DAYS,
  RANKING_PERIOD_OPENERS,
  RANKING_PERIOD_UNITS,
  DARI_EDIT_REASONS,
  DARI_EDIT_WORDS,
  DARI_EDITED_PIECES,
  DARI_INTERVIEW_NOUNS,
  CHAINED_CREDIT_WORDS,
  PROMO_LY_ADJECTIVES,
  FUNDED_BY_PHRASES,
  FUNDED_PIECE_NOUNS,
  FUNDED_WORK_NOUNS,
  DARI_FUNDED_PIECE_NOUNS,
  DARI_SUPPORT_NOUNS,
  ATTRIBUTION_WORDS,
} from './lexicon.ts';
import { ENGLISH_MONTH, escapeRegExp, phraseAlternation, wordAlternation } from './regex-parts.ts';
import { withoutLeadingIcons } from './apparatus-lines.ts';
import { wordCount } from './word-count.ts';
import type { RemovedReason } from './schema.ts';

// Line-level tests for page chrome: what a web page or newsroom export wraps around the story.

const NAVIGATION = new Set(
  `accessibility links|skip to main content|skip to content|skip to navigation|skip to main|breaking news|
  menu|main menu|search|home|share|share this|share this article|print|close|more|next|previous|back to top|
  advertisement|ad|sections|latest|latest news|live|watch|listen|video|newsletter|languages|log in|login|
  sign in|sign up|subscribe|comments|comment|related|related content|related stories|most popular|
  most read|tweet|email|facebook|twitter|whatsapp|telegram|linkedin|copy link|top stories|see all|
  previous article|next article|read more|show more|toggle navigation|open menu|close menu|show less|reply|
  sort by|top comments|newest first|view replies|hide replies|load more comments|contents|edit|[edit]`
    .split('|')
    .map((s) => s.trim()),
);

const DATE_LINE = new RegExp(
  `^(?:(?:Updated|Published|Posted|Last updated)[:\\s]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?` +
    `(?:${ENGLISH_MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${ENGLISH_MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `(?:[\\s,]+\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s+[A-Z]{2,4})?)?\\s*$`,
  'i',
);
/** "March 2, 2026", "2 March 2026", "2026-03-02": a full English date. */
const DAY_MONTH_YEAR = `(?:${ENGLISH_MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${ENGLISH_MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const DATE_VALUE = new RegExp(DAY_MONTH_YEAR, 'i');
const BYLINE = /^By\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|&))*)\s*$/u;
/** A surname in capitals, as wire services set it in a byline: "Sayed Jawad NOORI", "Claire DUVAL". */
const CAPS_SURNAME = "\\p{Lu}{2}[\\p{Lu}'’-]*(?![\\p{L}])";
/** A surname in capitals as one word of a name. */
const CAPS_SURNAME_WORD = new RegExp(`(?:^|[ \\t])${CAPS_SURNAME}`, 'u');
/** A name of two to four capitalised words: "Sahar Mohammadi", "Abdul Rauf Saberi", "Claire DUVAL". */
const NAME_WORDS = `\\p{Lu}[\\p{Ll}'’][\\p{L}\\p{M}'’-]*(?:[ \\t]+(?:\\p{Lu}[\\p{Ll}'’][\\p{L}\\p{M}'’-]*|${CAPS_SURNAME})){1,3}`;
/** "Photographs by", "Video by": a credit chained after the writer's name and a full stop. */
const CHAINED_CREDIT = `(?:${wordAlternation(CHAINED_CREDIT_WORDS, true).replace(/ /gu, '[ \\t]+')})[ \\t]+by\\b`;
/**
 * "By Lina Sadat in Taloqan and our staff", "By Omar Haidari | Updated 2 May 2026 | 6 min read", "Words by
 * Clara Mendes · Photographs by …", "An investigation by A and B": the writers' names, then where they filed from, the
 * date or the other credits after "in", a bar, a dot, a comma, a dash, or a full stop before a chained credit.
 */
const BYLINE_WITH_CREDITS = new RegExp(
  `^(?:[Bb]y|Words by|Text by|Story by|Interview by|An? (?:investigation|report|essay|analysis|dispatch) by)[ \\t]+(${NAME_WORDS}(?:(?:[ \\t]*,[ \\t]*|[ \\t]+(?:and|&)[ \\t]+)${NAME_WORDS}){0,3})(?:[ \\t]*(?:[|·•,—–/]|in\\b|with\\b|\\.(?=[ \\t]+${CHAINED_CREDIT}))[^\\n]{0,120})?$`,
  'u',
);
/** Most words of a byline with its credits: a longer line is a sentence that opens with "By". */
const MAX_BYLINE_WORDS = 18;

/** A byline that names its writers and adds where they filed from, the date or other credits. */
function bylineWithCredits(text: string): string | null {
  const line = withoutLeadingIcons(text.trim());
  // A wire service sets its "by" in lower case: "by Sayed Jawad NOORI, with Claire DUVAL in Kabul".
  if (!/^(?:[Bb]y|Words|Text|Story|Interview|An?)\b/.test(line) || wordCount(line) > MAX_BYLINE_WORDS)
    return null;
  // "By Nadia Rahimi TALOQAN — Rivers rose.": a byline run onto the story closes a sentence; a byline does not.
  if (/[.!?؟]$/u.test(line)) return null;
  const name = BYLINE_WITH_CREDITS.exec(line)?.[1] ?? null;
  // A lowercase "by" is the wire's only with its surnames in capitals: "by Gul Ahmad, with help from …" is a
  // sentence's line, hard-wrapped.
  if (line.startsWith('by') && !(name && CAPS_SURNAME_WORD.test(name))) return null;
  // "By Kunduz River, in Archi and Qala-i-Zal": a subhead that opens on "By", the place a feature's name ends on.
  return name && LANDMARK_NOUNS.has(name.split(/\s+/u).at(-1)?.toLowerCase() ?? '') ? null : name;
}

/** Agencies a photo's credit names in brackets: the photo wire agencies, then the picture agencies. */
const PHOTO_CREDITS = phraseAlternation([...PHOTO_WIRE_AGENCIES, ...PHOTO_AGENCIES]);
/** Photo captions end with a credit or a note in parentheses. */
const CAPTION_MARK = new RegExp(
  `\\((?:file\\s+photo|file|undated(?:\\s+file)?(?:\\s+photo)?|photo|archive(?:\\s+photo)?|illustrative(?:\\s+(?:photo|image))?|illustration|screen\\s*grab|video\\s+grab|screenshot|${PHOTO_CREDITS})\\)\\.?`,
  'i',
);
const CAPTION_PREFIX = /^(?:photo|image|picture|credit|caption|photograph)s?\s*(?::|by\b)/i;
const IMAGE_PLACEHOLDER =
  /^[\s•·*\-–]*(?:\d+\s*[x×]\s*\d+\s+)?(?:image|photo|picture|video|gallery|graphic|audio|infographic)[\s:]*$/i;
/** Longest caption (in words) that may sit glued before a body paragraph. */
const MAX_GLUED_CAPTION_WORDS = 50;

const LEGAL = [
  /undesirable organi[sz]ation/i,
  /\ball rights reserved\b/i,
  /^(?:copyright\b|©)/i,
  /\b(?:fines|imprisonment|prosecution) for (?:sharing|liking|reposting|commenting)/i,
  /\bterms (?:of|and) (?:use|service|conditions)\b/i,
  /\bprivacy (?:policy|notice)\b/i,
  /\b(?:may not|must not) be (?:reproduced|republished|redistributed)\b/i,
  /\breprinted with (?:the )?permission\b/i,
  /\bdeclared (?:a |an )?["“]?foreign agent/i,
  // A wire service's standing footer ("Our Standards: The Thomson Reuters Trust Principles.").
  /^our standards\s*:/i,
  /\btrust principles\.?$/i,
  // A consent banner: "We use cookies to improve your experience. By continuing …".
  /^we use cookies\b/i,
  DARI_LEGAL,
];
/** The staff credits' patterns, built once (see STAFF_CREDIT). */
const STAFF_CREDIT_IN_PARENTHESES =
  /^\((?:additional\s+)?(?:reporting|writing|editing|compiled|research(?:ed)?)\b([^()]*)\)\.?$/i;
const ADDITIONAL_CREDIT = /^(?:[—–-]\s*)?additional (?:reporting|research) by\b[^.]*\.?$/i;
const FILED_FROM =
  /^(?:filed|reported|written) from\s+\p{Lu}[^.]{0,60}\.?(?:\s+(?:additional\s+)?(?:reporting|editing|writing) by\b[^.]*\.?)?$/iu;
const CREDIT_SENTENCE = /^(?:reporting|writing) by\b[^.]*\.?$/i;
const SECOND_CREDIT = /;\s*(?:editing|writing|additional reporting) by\b/i;
const BY_WORD = /\bby\b/i;
/**
 * Wire copy credits its staff at the foot: "(Reporting by A in Kabul; Editing by B)", "Additional reporting by C".
 * A bare "Reporting by local media suggested …" is a sentence, so a credit needs its parentheses, an
 * "additional", or a second credit after a semicolon.
 */
const STAFF_CREDIT: ((line: string) => boolean)[] = [
  // "(… by …)": the credit's words and a "by" inside one pair of parentheses.
  (line) => {
    const inner = STAFF_CREDIT_IN_PARENTHESES.exec(line);
    return !!inner && BY_WORD.test(inner[1] ?? '');
  },
  (line) => ADDITIONAL_CREDIT.test(line),
  // "Filed from Kunduz.", "Reported from Faizabad. Additional reporting by … in Taloqan.": where the story was filed.
  (line) => FILED_FROM.test(line),
  // One sentence (no full stop before its end) with a second credit after a semicolon.
  (line) => CREDIT_SENTENCE.test(line) && SECOND_CREDIT.test(line),
];
/**
 * "By our correspondent in Kunduz", "By a special correspondent", "By our staff reporter in Taloqan", "12 March 2026
 * — Our correspondent in Kunduz": a byline that names no one, perhaps under the date and with where it was filed.
 */
const UNNAMED_BYLINE = new RegExp(
  `^(?:${DAY_MONTH_YEAR}\\s*[—–-]\\s*)?(?:(?:By|From)\\s+(?:our|an?)|Our)\\s+(?:(?:own|special|staff|local|regional|northern|senior)\\s+){0,2}(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){0,2}(?:correspondent|reporter|stringer|writer)(?:\\s+in\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3})?\\.?$`,
  'u',
);
/**
 * "About Green Valleys: The … is a charity founded in 2009 in Kabul …", «دربارهٔ …: … یک مؤسسهٔ … است»: a press
 * release's standing note on the organisation that issued it, a label and then what the body is and where it works.
 */
const ABOUT_ORGANISATION_LABEL = /^(?:About(?:\s+\p{Lu}[^\s:]*){1,6}:|دربار(?:هٔ|ه‌ی|ه)\s+[^:\n]{1,40}:)\s/u;
const ORGANISATION_NOTE =
  /\b(?:non-?profit|not-for-profit|charity|organi[sz]ation|NGO|agency|foundation|registered|founded)\b|(?:مؤسسه|موسسه|نهاد|سازمان|ثبت‌شده|ثبت شده|تأسیس|تاسیس)/iu;
/** A podcast's show notes: where it is made, where to listen, its music, its transcript's disclaimer. */
const SHOW_NOTES =
  /\b(?:listen (?:on|wherever you get your podcasts)\b[^.]{0,40}|transcripts? (?:may|might|can) contain errors|is produced (?:in|by)\b[^.]{0,60}\.\s+listen\b)/i;

/** Whether a line is a release's note about its organisation ("About NWP: … a non-profit …"). */
function isAboutOrganisation(text: string): boolean {
  const label = ABOUT_ORGANISATION_LABEL.exec(text.trim());
  return label !== null && ORGANISATION_NOTE.test(text.trim().slice(label[0].length, label[0].length + 200));
}

/** Notes from the desk about the text itself, not part of the story ("This interview has been edited …"). */
const EDITOR_NOTE =
  /^this (?:interview|article|story|conversation|transcript|report|piece) (?:has been|was|have been) (?:lightly )?(?:edited|condensed|translated|abridged)\b/i;
/** A Dari word of a list, its spaces and joiners loose. */
const looseDari = (words: readonly string[]): string =>
  `(?:${words.map((w) => escapeRegExp(w).replace(/[ \u200C]/gu, '[\\s\\u200C]*')).join('|')})`;
const EDITED = `${looseDari(DARI_EDIT_WORDS)}[\\s\\u200C]*(?:شده|گردیده)[\\s\\u200C]*است\\.?$`;
/**
 * The Dari editor's note, the page's own: a piece edited for a reason («این گزارش برای اختصار کوتاه شده است») or an
 * interview edited («این گفت‌وگو … ویرایش شده است»); a report translated or a law's text edited is the story's.
 */
const DARI_EDITOR_NOTE = new RegExp(
  `^این\\s+(?:${looseDari(DARI_EDITED_PIECES)}\\s+برای\\s+[^.!?؟«»]{0,30}?${looseDari(DARI_EDIT_REASONS)}|${looseDari(DARI_INTERVIEW_NOUNS)})[^.!?؟«»]{0,40}?\\s${EDITED}`,
  'u',
);
/** A comment counter or comment toggle: "48 comments", "Show comments", "Comments (12)". */
const COMMENTS_LINE =
  /^(?:[^\p{L}\p{N}\s]+\s*)?(?:\d[\d,.]*k?\s+comments?|(?:show|view|load|read|hide|add|post|leave)\s+(?:a\s+|all\s+|the\s+)?(?:\d+\s+)?comments?|(?:log|sign)\s+in\s+to\s+comment|comments?\s*\(\d+\))$/iu;
/**
 * A caption that ends with its credit: "… at the port. Photo: AFP/Getty", "(Photo: Reuters)",
 * "Photograph: Jane Doe/AP", "Photo: Kabul Sports / W. Noori" (an initial's full stop is no sentence's). Capitalised, because "a photo by his brother" is prose.
 */
const CAPTION_CREDIT_END =
  /(?:^|\s)\(?(?:Photo|Photograph|Image|Picture|Credit|Photo credit|Photo illustration)s?\s*(?::|by\b)\s*[\p{Lu}\p{N}](?:[^.()]|(?<=(?:^|[\s/])\p{Lu})\.){0,80}\)?\.?$/u;
/**
 * "Most read this week", "Top stories today", "Trending this month": a list's head may say over what time it
 * ranks the site's stories; the time is no part of any story.
 */
const LIST_PERIOD = `(?:[ \\t]+(?:${RANKING_PERIOD_OPENERS.join('|')})[ \\t]+(?:${RANKING_PERIOD_UNITS.join('|')})|[ \\t]+(?:${RANKING_PERIOD_DAYS.join('|')}))?`;
/** "More from Asia", "Related stories", "You may also like": the head of a list of links to other stories. */
const RELATED_LIST_HEAD = new RegExp(
  `^(?:${[
    ...ENGLISH_RELATED_POINTERS,
    'more (?:from|on|in|about)\\b.{0,40}',
    // "More stories", "More photo essays", "More reviews": more of the page's own kind of piece.
    'more (?:[a-z-]+ )?(?:stories|news|coverage|essays|videos|galleries|features|reviews|podcasts|articles|reports|interviews|columns|opinion|analysis|commentary)',
    'related(?: content| news| [a-z-]+s)',
    // A podcast's past shows and a fact-check's sources: "More episodes", "Previous episodes", "Sources", "Our sources".
    '(?:more|previous|earlier|past|other|all|recent) episodes',
    '(?:our )?sources(?: and (?:methods|references))?',
    'references',
    'upcoming events',
    'key (?:events|moments)',
    'recommended(?: stories| for you| reading)',
    'you (?:may|might) (?:also )?(?:like|be interested in)',
    'most (?:read|popular|viewed|shared)',
    'top stories',
    'trending(?: now| stories| news)?',
    'popular now',
    'latest (?:news|stories)',
    // "Recent announcements", "Other columns", "Latest vacancies": more pieces of the site's own kind.
    '(?:recent|other|latest|earlier) (?:announcements|posts|vacancies|jobs|columns|articles|reports|updates|releases|press releases|notices|tenders|opinions|blogs)',
    'in other news',
    "editor['’]?s picks",
    'also read\\b.{0,40}',
    'further reading',
    'what to read next',
    // A newsletter's links at its foot: "Links from this issue", "Mentioned in this post", "This week's links".
    "links?(?:[ \\t]+(?:from|in|for|mentioned in))?[ \\t]+(?:this|today['’]s|this week['’]s)[ \\t]+(?:issue|post|edition|newsletter|letter|episode|week)",
    '(?:mentioned|featured|linked)[ \\t]+in[ \\t]+this[ \\t]+(?:issue|post|edition|newsletter|letter|episode)',
    "(?:this week['’]s|today['’]s|the week['’]s)[ \\t]+links",
    'worth (?:a click|reading|your time)',
  ].join('|')})${LIST_PERIOD}\\s*:?$`,
  'i',
);
/**
 * A funder's note: "This reporting was supported by a grant for …", "Travel for this story was paid for by …",
 * "This article was produced with support from …", "Support for this series came from …": where the story's money
 * came from, not the story; the places it names are the funder's.
 */
const FUNDER_NOTE = new RegExp(
  `^(?:(?:${wordAlternation(FUNDED_WORK_NOUNS)}) for this (?:[a-z-]+ )?${wordAlternation(FUNDED_PIECE_NOUNS)} came from|(?:${wordAlternation(FUNDED_WORK_NOUNS)} for )?this (?:[a-z-]+ )?${wordAlternation(FUNDED_PIECE_NOUNS)} (?:is|was|were|has been) (?:${phraseAlternation(FUNDED_BY_PHRASES)}))\\b`,
  'i',
);
/**
 * A story's sentence about a film or a report it tells of ("This documentary was funded by …, the director told
 * the audience") names who said so; a funder's note does not.
 */
const FUNDER_NOTE_ATTRIBUTION = new RegExp(`\\b(?:${phraseAlternation(ATTRIBUTION_WORDS)})\\b`, 'i');
/** Whether a line is a funder's note, not a story's sentence about what a funder paid for. */
const isFunderNote = (line: string): boolean => FUNDER_NOTE.test(line) && !FUNDER_NOTE_ATTRIBUTION.test(line);
/**
 * «این گزارش با حمایت مالی … تهیه شده است», «تهیهٔ این گزارش با پشتیبانی … ممکن شد»: a Dari funder's note, the piece,
 * the support, and the verb of its making closing the one sentence. «گزارش» is also a report the story tells of
 * («این گزارش با کمک … تهیه شده و نشان می‌دهد …»): the note ends at its verb.
 */
const DARI_FUNDER_NOTE = new RegExp(
  `^(?:(?:تهیهٔ|تهیه|نشر|تولید)[ \u200C]+)?این[ ]+${wordAlternation(DARI_FUNDED_PIECE_NOUNS)}[ ]+با[ ]+${wordAlternation(DARI_SUPPORT_NOUNS)}[^.!؟\n]{0,160}(?:تهیه|نوشته|منتشر|نشر|ممکن|انجام|تولید)[ ]+(?:شده|شد|گردیده)(?:[ ]+(?:است|اند))?[.!]?\\s*$`,
);
const PROMO = [
  /\bclick here\b/i,
  /^to (?:find out|learn|read) more\b/i,
  // Not prose that reads on: "Read more closely, the report says …", "See more than …"; "Read more daily updates" is a promo.
  new RegExp(
    `^(?:read|see) (?:more|also)\\b(?! (?!${wordAlternation(PROMO_LY_ADJECTIVES)}\\b)[a-z]+ly\\b| than\\b)`,
    'i',
  ),
  /^(?:subscribe|sign up|follow us|download our|get the app|join us on)\b/i,
  /^(?:watch|listen)(?: to)?(?: the)? (?:video|audio|podcast)\b/i,
  /^related(?: content| coverage| reading| [a-z-]+s)?\s*:/i,
  // An email newsletter's own lines: "View this email in your browser", "This issue is supported by …", "You are
  // receiving this email because …".
  /^view this (?:email|newsletter|message) in (?:your|a) (?:web )?browser\b/i,
  DARI_FUNDER_NOTE,
  /^you(?:['’]re| are) receiving this (?:email|newsletter|message|bulletin)\b/i,
  /^(?:share|tweet|post|email) (?:this|on|via)\b/i,
  // The desk's standing request at the foot: "To tell us of a death in …, write to our desk.", "To tell us about
  // an error, email …" — a clause of purpose, then where to write, ending the line.
  /(?:^|[.!?]\s+)to (?:notify|tell|inform|contact|reach) us\b[^.]{0,160}[,;]\s*(?:please\s+)?(?:write|e-?mail|call|contact|message|text)\b[^.]{0,80}\.?$/i,
];

/** Each list as one pattern (all are case-insensitive): one search of a line instead of one per pattern. */
const ANY_LEGAL = new RegExp(LEGAL.map((re) => re.source).join('|'), 'i');
const ANY_PROMO = new RegExp(PROMO.map((re) => re.source).join('|'), 'i');

const MINOR_WORDS = new Set(
  'a an the and or of in on at to for with by from as vs but nor into over via per e i wa ul al'.split(' '),
);
/** The longest minor word: a longer word is never one (and is not lowercased to be looked up). */
const MAX_MINOR_WORD_CHARS = Math.max(...[...MINOR_WORDS].map((w) => w.length));

export function normalizeLine(text: string): string {
  // Most lines need no spacing fixed: words already one space apart, nothing at either end.
  if (!/\s\s|[^\S ]|^ | $/.test(text)) return text.toLowerCase();
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Characters (besides spaces and colons) of the longest navigation label: a line with more is never one. */
const MAX_NAVIGATION_CHARS = Math.max(...[...NAVIGATION].map((s) => s.length));

const COLON = 0x3a;
/** Whitespace as `\s` reads it, by character code: ASCII first, the rest by the pattern. */
const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/u.test(String.fromCharCode(c)));

/** A menu or button label ("Skip to main content", "Share:"), ignoring case, spacing and a closing colon. */
function isNavigation(text: string): boolean {
  // A long line is read only as far as needed to tell it holds more than any label.
  let chars = 0;
  for (let i = 0; i < text.length && chars <= MAX_NAVIGATION_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c !== COLON && !isSpaceCode(c)) chars++;
  }
  return chars <= MAX_NAVIGATION_CHARS && NAVIGATION.has(trimEndOf(normalizeLine(text), ': .…'));
}

/** A letter or a digit: a line without one is furniture (a rule, a row of stars). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Chrome a single line is by itself, or null when it may be story text. A "legal" line only mentions what legal
 * notices say: the page decides whether it is one (see `isLegalLabel` and the segmenter).
 */
export function chromeReason(text: string, options?: { legal?: boolean }): RemovedReason | null {
  const line = text.trim();
  // A channel post's flag and its heading look like a two-item menu: the heading is the post's text.
  if (isFlaggedPostHead(line)) return null;
  if (
    isNavigation(text) ||
    !LETTER_OR_DIGIT.test(text) ||
    COMMENTS_LINE.test(line) ||
    isMailingFoot(line) ||
    isPagerLine(line)
  )
    return 'navigation';
  // Before the caption's and the menu's shapes: a byline may credit photographs or set its parts apart with bars.
  if (bylineWithCredits(text) !== null) return 'byline';
  if (isRelatedListHead(text)) return 'promo';
  // "Most read: … | …" in a page's head is read with its menus, over the headline.
  if (endsWithLinkList(text)) return isSeparatedItems(text) ? 'navigation' : 'promo';
  if (IMAGE_PLACEHOLDER.test(text) || CAPTION_PREFIX.test(text) || CAPTION_CREDIT_END.test(line))
    return 'caption';
  const mark = CAPTION_MARK.exec(text);
  if (mark && mark.index + mark[0].length >= text.trimEnd().length) return 'caption';
  if (options?.legal !== false && ANY_LEGAL.test(text)) return 'legal';
  if (isRightsLine(line)) return 'legal';
  if (ANY_PROMO.test(text) || SHOW_NOTES.test(text) || isFunderNote(line) || isDeskNote(line)) return 'promo';
  if (isAdvertiserLine(line)) return 'promo';
  if (isAboutWriterBox(line)) return 'bio';
  if (isAboutOrganisation(text)) return 'bio';
  if (
    BYLINE.test(text) ||
    UNNAMED_BYLINE.test(line) ||
    dariBylineName(text) !== null ||
    isDariUnnamedByline(text) ||
    isDariDateLine(text) ||
    DATE_LINE.test(text) ||
    STAFF_CREDIT.some((isCredit) => isCredit(line)) ||
    isContributorCredit(line)
  )
    return 'byline';
  if (EDITOR_NOTE.test(line) || DARI_EDITOR_NOTE.test(line)) return 'other';
  return pageChromeReason(text);
}

/** Longest legal label in words ("Copyright 2025 Example Radio. All rights reserved."). */
const MAX_LEGAL_LABEL_WORDS = 12;
/** Lowercase words in a row that make a clause ("has been declared", "you agree to"): a sentence, not a label. */
const CLAUSE_WORDS = 3;

/**
 * A legal notice that is a label, not a sentence: "© 2026 Example News", "All rights reserved.", "Terms of Use |
 * Privacy Policy", "Our Standards: The Trust Principles." — short, with no clause in it.
 */
export function isLegalLabel(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > MAX_LEGAL_LABEL_WORDS) return false;
  let run = 0;
  for (const w of words) {
    run = /^\p{Ll}/u.test(w) ? run + 1 : 0;
    if (run >= CLAUSE_WORDS) return false;
  }
  return true;
}

/** The head of a list of links to other stories; the headline-like lines under it are links too. */
export function isRelatedListHead(text: string): boolean {
  if (RELATED_LIST_HEAD.test(text.trim()) || isDariRelatedHead(text)) return true;
  // A bilingual page heads its list in both languages: "Related stories / مطالب مرتبط".
  if (!text.includes(' / ')) return false;
  const halves = text.split(BILINGUAL_SLASH);
  return halves.length === 2 && halves.every((h) => RELATED_LIST_HEAD.test(h.trim()) || isDariRelatedHead(h));
}

const BILINGUAL_SLASH = / \/ /;
/** "More cricket", "More Kabul news", "More buzkashi": "More" and a topic of a word or two, a site's section. */
const MORE_TOPIC = /^more(?:[ \t]+[\p{L}'’-]+){1,2}$/iu;
/** Fewest links that make the tail a list rather than a label and its value. */
const MIN_INLINE_LINKS = 3;
/** Fewest links after a related-stories head that opens its line ("More from Takhar: … · …"): the head says it lists. */
const MIN_HEADED_LINKS = 2;
/** Longest sentence (in words) that may close a page before its inline link list. */
const MAX_LEAD_WORDS = 12;
/** Longest line (characters) read for a sign-off and its links: a long paragraph is not one. */
const MAX_LINK_LINE_CHARS = 600;

/**
 * "That is all for today. More from our desk: Herat · Balkh · Kabul": a short sign-off whose
 * last sentence is a related-stories head with its links run in after a colon is page furniture.
 */
export function endsWithLinkList(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_LINK_LINE_CHARS || !/[|•·]/.test(line)) return false;
  // Read from each colon in turn (a headline in the list may have its own): the head before it, back to the
  // sentence before, and the links after it.
  for (let colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
    const before = line.slice(0, colon);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
    // "More cricket: … | Women's cricket: …": a topic after "More" heads links only where it opens the line.
    if (!isRelatedListHead(before.slice(cut + 1)) && !(cut < 0 && MORE_TOPIC.test(before))) continue;
    const links = line.slice(colon + 1);
    return (
      wordCount(before.slice(0, cut + 1)) <= MAX_LEAD_WORDS &&
      !/[.!?]/.test(links) &&
      links.split(/[|•·]/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length >=
        (cut < 0 ? MIN_HEADED_LINKS : MIN_INLINE_LINKS) &&
      isSeparatedItems(links)
    );
  }
  return false;
}

export function isImagePlaceholder(text: string): boolean {
  return IMAGE_PLACEHOLDER.test(text);
}

/** The author a "By …" line names. */
export function bylineName(text: string): string | null {
  return BYLINE.exec(text)?.[1] ?? bylineWithCredits(text) ?? dariBylineName(text);
}

export function dateValue(text: string): string | null {
  return DATE_LINE.test(text) ? (DATE_VALUE.exec(text)?.[0] ?? null) : null;
}

/** The first full date (day, month and year) written anywhere in `text`, as written; null without a year. */
export function fullDateIn(text: string): string | null {
  return DATE_VALUE.exec(text)?.[0] ?? null;
}

/** Where the body starts in a line that opens with a photo caption, or null when nothing is glued on. */
export function gluedCaptionEnd(text: string): number | null {
  const mark = CAPTION_MARK.exec(text);
  if (!mark) return null;
  const end = mark.index + mark[0].length;
  const rest = text.slice(end);
  if (!/^\s*["“]?\p{Lu}/u.test(rest) || wordCount(text.slice(0, mark.index)) > MAX_GLUED_CAPTION_WORDS)
    return null;
  return end + (rest.length - rest.trimStart().length);
}

/** Words without letters ("—", "2026"), then a word that opens with a capital. */
const FIRST_WORD_CAPITALISED = /^(?:[^\p{L}\s]+\s+)*\p{Lu}/u;

/** Dots, bullets and dashes before a line's first word. */
const LEADING_MARKS = /^[.…\s•·*\-–]+/;
/** A sentence closing inside a line: a heading has none. */
const SENTENCE_MARK_INSIDE = /[.!?]\s/;

/**
 * "FACTBOX-Locusts and wheat in the north", "UPDATE 2-Floods cut …", "ANALYSIS-…": a wire headline after its slug in
 * capitals, whatever the case of its words.
 */
const WIRE_SLUG = /^[A-Z]{3,}(?:[ \t]+\d{1,2})?-(?=\p{Lu}\p{Ll})/u;

/** A short title-case line without closing punctuation: a headline or a section subhead. */
export function isHeadingLike(text: string): boolean {
  const core = text.replace(LEADING_MARKS, '').trim();
  if (core.length === 0 || core.length > 100 || '"“\'‘('.includes(core.charAt(0))) return false;
  if ('.,;:!'.includes(core.charAt(core.length - 1)) || SENTENCE_MARK_INSIDE.test(core)) return false;
  if (WIRE_SLUG.test(core)) return true;
  // "Takhar | Farkhar | 3 | 12": a data table's row is content, not a heading over the lines after it.
  if (isTableLine(core)) return false;
  // Its first word with a letter is capitalised: told before the line is split (most lines fail here).
  if (!FIRST_WORD_CAPITALISED.test(core)) return false;
  // The words with a letter, counted in one pass: no array of them and none of the major ones.
  let words = 0;
  let major = 0;
  let capitalised = 0;
  for (const w of core.split(/\s+/)) {
    if (!HAS_LETTER.test(w)) continue;
    if (++words > 14 || (words === 1 && !STARTS_CAPITALISED.test(w))) return false;
    if (w.length <= MAX_MINOR_WORD_CHARS && MINOR_WORDS.has(w.toLowerCase())) continue;
    major++;
    if (CAPITALISED_WORD.test(w)) capitalised++;
  }
  if (words === 0 || (core.endsWith('?') && words > 8)) return false;
  return major > 0 && capitalised / major >= 0.75;
}
const HAS_LETTER = /\p{L}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
/** Marks, then a capital: "(Kunduz", "“Kunduz". */
const CAPITALISED_WORD = /^[^\p{L}]*\p{Lu}/u;

/** A line that is only a person's name (2–4 capitalised words), as author boxes print it. */
export function isNameLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w));
}
