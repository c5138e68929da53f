import {
  isBareNameLine,
  isReporterRoleLine,
  isListLabelAlone,
  isListedLine,
  isSignatureLine,
  isViewCounter,
  isWriterOverReadingTime,
} from './notice-lines.ts';
import {
  bylineName,
  chromeReason,
  dateValue,
  gluedCaptionEnd,
  isHeadingLike,
  isImagePlaceholder,
  isLegalLabel,
  isNameLine,
  isRelatedListHead,
  normalizeLine,
} from './clean.ts';
import { wordCount } from './word-count.ts';
import { hasDariSpeechVerb } from './dari-attribution.ts';
import { isPosterDateHead } from './comment-heads.ts';
import { isFooterLinks, isOfficeAddress } from './footer-lines.ts';
import { isCommentDateLine, isDariDateLine, isDariWeekdayDate, isDatedCommentHead } from './dari-chrome.ts';
import { isDatelineAlone, readDateline } from './dateline.ts';
import { CAPS_ITEM_HEAD, isCapsHead } from './caps-heads.ts';
import {
  DARI_VIEWS_PUBLISHED_STEMS,
  DARI_VIEWS_WORDS,
  DARI_WRITER_NOUNS,
  DARI_OPINION_PIECE_NOUNS,
  DARI_OFFICE_NOUNS,
  DARI_WRITTEN_BY,
  DARI_NOTE_TEACHING_TRADES,
  IMAGE_MARK_WORDS,
  MEDIA_LABEL_WORDS,
  SORT_MENU_CHOICES,
  SORT_MENU_HEADS,
  SIGNATURE_LINKS,
  WRITER_LABEL_WORDS,
  WRITER_NOTE_HEADS,
  hasSpeechVerb,
  CROSS_REFERENCE_WORDS,
} from './lexicon.ts';
import {
  isCorrectionNote,
  isEncyclopediaTagline,
  isHatnote,
  isCommentFoot,
  isPostHead,
  isPublicationLine,
  isWriterFieldsLine,
  isSeparatedItems,
  isDariLetterhead,
} from './page-chrome.ts';
import { idAllocator, slugify } from './hash.ts';
import { byText } from './reading-cache.ts';
import { isRowUnderLabel } from './box-rows.ts';
import {
  ANY_DIGIT as DIGIT,
  BULLET_MARK,
  BOX_SIDE_MARK,
  ENGLISH_MONTH,
  LIST_ITEM_OPENING,
  escapeRegExp,
  hasArabicScript,
  phraseAlternation,
  phrasePattern,
  wordAlternation,
} from './regex-parts.ts';
import type { Removed, RemovedReason, Section } from './schema.ts';
import { markSubtitleCues } from './subtitle-cues.ts';
import { keepCaptionFeed } from './caption-feeds.ts';
import { isTimedEventHead } from './daybook-heads.ts';
import { markRecordHeaders } from './record-headers.ts';
import { isChatSystemLine, messageHeadEnd } from './chat-export.ts';
import { markContentsLists } from './digest-items.ts';
import {
  markCommentBoxes,
  markMailHeads,
  markNextIssueTeasers,
  markPointedLists,
  quoteMarkEnd,
} from './mail-and-comment-boxes.ts';
import { isBarItemHead, keepBarItemHeads } from './item-heads.ts';
import { isAboutPartHead, isReleaseLabel, isReleaseNote, isReleasePartHead } from './release-notes.ts';
import { tableLineIndices } from './table-cells.ts';
import { entryHeadPlaceAt, keepBarredDatelines, keepFlatTableRows } from './pasted-lines.ts';
import { markFootedComments, markPosterNames } from './social-posts.ts';
import {
  isBylineFieldsLine,
  isDatedDatelineAlone,
  isDatedSectionLine,
  isMenuKicker,
  isPlayerLine,
  menuItems,
} from './page-heads.ts';
import { isOutletBlurb, isOutletTagline } from './outlet-blurb.ts';
import {
  isCaptionPhrase,
  isCreditLine,
  isDariLetterheadLine,
  isEpisodeLabel,
  isQuestionHeadline,
  isReportTitle,
  isTimedTurn,
} from './apparatus-lines.ts';

/** A body paragraph as source offsets: its text is always `source.slice(start, end)`. */
export interface ParagraphSpan {
  start: number;
  end: number;
  section: string | null;
}

export interface Segmented {
  title: string | null;
  byline: string | null;
  date: string | null;
  sections: Section[];
  paragraphs: ParagraphSpan[];
  removed: Removed[];
}

type Kind = RemovedReason | 'body' | 'heading';

interface Item {
  start: number;
  end: number;
  text: string;
  /** Lines separated by blank lines are in different blocks. */
  block: number;
  kind: Kind;
}

/** A capitalised word of a name or a town: "Yarzada", "Mazar-i-Sharif", "O'Neill". */
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/**
 * "Nadia Sultani, Khanabad", "— Haji Rahim Karimi, Faizabad, Jawzjan": a letter's signature, the writer's name (two to
 * four capitalised words) and, after a comma, the town and perhaps its province.
 */
const SIGNATURE = new RegExp(
  `^(?:[—–-][ \\t]*)?${CAP_WORD}(?:[ \\t]${CAP_WORD}){1,3}(?:,[ \\t]*${CAP_WORD}(?:[ \\t]${CAP_WORD}){0,2}){1,2}$`,
  'u',
);
/** A paragraph's last character when it closes a sentence (a quotation's closing mark too). */
const CLOSES_SENTENCE = /[.!?؟"”»]$/u;

/**
 * A letter's signature: a name and a town on a line of its own, under a paragraph that closes a sentence. It
 * is kept in the story (the town is the writer's), not read as a heading over what follows. A subhead of that
 * shape ("Water Reaches Khanabad, Kunduz") has its section's sentences under it; a signature has the next
 * letter's head, the page's end, or (the last letter's, "Editor's note: …") other signatures on the page.
 */
export function signsLetter(items: readonly Item[], at: number): boolean {
  return signatureShaped(items, at) && (!sentenceFollows(items, at) || hasClearSignature(items));
}

function signatureShaped(items: readonly Item[], at: number): boolean {
  const [prev, line] = [items[at - 1], items[at]];
  return (
    !!line &&
    prev?.kind === 'body' &&
    CLOSES_SENTENCE.test(prev.text) &&
    (line.block !== prev.block || at + 1 >= items.length || items[at + 1]?.block !== line.block) &&
    SIGNATURE.test(line.text)
  );
}

/** Whether the line after `at` is a paragraph of sentences. */
const sentenceFollows = (items: readonly Item[], at: number) => {
  const next = items[at + 1];
  return !!next && next.kind === 'body' && CLOSES_SENTENCE.test(next.text);
};

/** Pages with a signature no sentence follows, found once per page (the pass asks line by line). */
const clearSignature = new WeakMap<readonly Item[], boolean>();
function hasClearSignature(items: readonly Item[]): boolean {
  let found = clearSignature.get(items);
  if (found === undefined) {
    found = items.some((_, k) => signatureShaped(items, k) && !sentenceFollows(items, k));
    clearSignature.set(items, found);
  }
  return found;
}

/** Fewest signed letters that make a letters page, whose letters have heads. */
const MIN_LETTERS = 2;
/** Longest head (words) of a letter on a letters page. */
const MAX_LETTER_HEAD_WORDS = 10;

/**
 * "Not every bridge is ours" alone in its block, opening a letter that closes with a signature: the letter's head,
 * a heading over it, whatever its case (a sentence-case head is no sentence: it has no stop). A letter runs from
 * the signature above it, or the page's last heading or furniture, down to its own signature. A page of one signed
 * piece is no letters page: its short lines are left as they are.
 */
function markLetterHeads(items: Item[]): void {
  const signatures = items.flatMap((it, i) => (it.kind === 'body' && signsLetter(items, i) ? [i] : []));
  // One signature may close an opinion piece; a page of letters has one under each.
  if (signatures.length < MIN_LETTERS) return;
  let from = 0;
  for (const sig of signatures) {
    let start = sig;
    while (start > from && items[start - 1]?.kind === 'body') start--;
    const head = items.slice(start, sig).find((it, k, run) => isLetterHead(it, run[k - 1], run[k + 1]));
    if (head) head.kind = 'heading';
    from = sig + 1;
  }
}

/** A short line alone in its block with no stop at its end: the shape of a letter's head. */
function isLetterHead(item: Item, prev: Item | undefined, next: Item | undefined): boolean {
  return (
    prev?.block !== item.block &&
    next?.block !== item.block &&
    wordCount(item.text) <= MAX_LETTER_HEAD_WORDS &&
    !/[.!:;,،]$/u.test(item.text)
  );
}

/** Titles need some substance; a one-word kicker ("Afghanistan") above the headline is not the title. */
const MIN_TITLE_WORDS = 3;
/** Longest sentence-case headline (words); a longer unpunctuated first line is more likely a lede. */
const MAX_SENTENCE_TITLE_WORDS = 20;
/** Longest link line (words) in a "More from …" list. */
const MAX_LINK_WORDS = 20;
/** A list item: "•", "*", "-", "–", "1." or "2)" before the text. */
const LIST_ITEM = new RegExp(LIST_ITEM_OPENING);

/** A headline's first word: a capital, a letter of a script without case, or a figure and a word ("12 clinics …"). */
const HEADLINE_OPENING = /^(?:[\p{Lu}\p{Lo}]|\p{Nd}[\p{Nd},.٬]*%?[ \t]+\p{L})/u;
/** A figure first: the page's stamps ("2 hours ago", "5 min read", "12 comments") are that short, a headline longer. */
const FIGURE_OPENING = /^\p{Nd}/u;
const MIN_FIGURE_TITLE_WORDS = 4;

/**
 * A sentence-case headline ("Floods sweep through Badakhshan villages"): a line of its own, starting with a
 * capital, with no sentence punctuation at its end or inside, and short.
 */
function isSentenceHeadline(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= MIN_TITLE_WORDS &&
    words <= MAX_SENTENCE_TITLE_WORDS &&
    // A capital, or a letter of a script without case (a Dari headline), or a figure ("3,400 families …").
    HEADLINE_OPENING.test(text) &&
    (words >= MIN_FIGURE_TITLE_WORDS || !FIGURE_OPENING.test(text)) &&
    !/[.,;:!"”’»)\]]$/.test(text) &&
    !/[.!?]\s/.test(text) &&
    !LIST_ITEM.test(text)
  );
}

/**
 * A quotation in a headline: 'Role: «…»', '"…": a hydrologist on …', «…»؛ گفت‌وگو با …, '"…" — an interview with …',
 * with nothing closing a sentence after it.
 */
const QUOTED_HEADLINE =
  /^(?:[^«»"“”:.!?،,]{3,80}:[ \t]*[«"“][^«»"“”\n]{3,120}[^«»"“”\n.][»"”]|[«"“][^«»"“”\n]{3,120}[^«»"“”\n.][»"”](?:[:؛]|[ \t]+[—–|])[ \t]*[^«»"“”.!?:]{3,160})$/u;
/**
 * "'We sell the sheep before the snow': a Baghlan herder on …", "‘The river doesn’t wait’ — …": the same headline in
 * single quotes, as many papers set it; the quotation's close is a quote mark right before the colon or dash (an
 * apostrophe inside, "doesn't", is never followed by one).
 */
const SINGLE_QUOTED_HEADLINE =
  /^['‘](?:[^'‘’\n]|['’](?![:;]|[ \t]+[—–|])){3,120}[^\n.]['’](?::|[ \t]+[—–|])[ \t]*[^"“”.!?:]{3,160}$/u;
/** Longest headline built round a quotation (words): the quotation and a label saying who is asked, at length. */
const MAX_QUOTED_TITLE_WORDS = 28;
/** A label ending in a verb of speech ("سخنگوی والی گفت: «…»", "He said: "…"") opens a quotation in the story. */
const SPEECH_BEFORE_COLON = /(?:گفت|افزود|گفته است|می[\u200C ]?گوید|said|says|told|added)[ \t]*:/iu;

/**
 * A headline built round a quotation, as interviews and features title themselves ('رئیس فابریکهٔ قند: «…»',
 * '"The river does not read maps": a hydrologist on …'): short, its words outside the quotation a label.
 */
export function isQuotedHeadline(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= MIN_TITLE_WORDS &&
    words <= MAX_QUOTED_TITLE_WORDS &&
    (QUOTED_HEADLINE.test(text) || SINGLE_QUOTED_HEADLINE.test(text)) &&
    !SPEECH_BEFORE_COLON.test(text)
  );
}

/**
 * A headline and the dateline under it in one block ("Landslide buries homes …" over "PUL-E-KHUMRI,
 * Afghanistan, Dec 2 (NorthWire) — …"): the dateline starts the story, so the line above it stands alone.
 */
function opensWithDateline(next: Item): boolean {
  // A dateline closes with a dash or a colon near the line's start: most lines have none and are not read.
  return (
    next.kind === 'body' &&
    DATELINE_CLOSE.test(next.text.slice(0, DATELINE_REACH)) &&
    readDateline(next.text) !== null
  );
}

/** Characters from a line's start within which a dateline's closing dash or colon stands. */
const DATELINE_REACH = 120;
const DATELINE_CLOSE = /[—–―:-]/;

/**
 * Whether the page's first story line is its headline: sentence case and alone in its block, built round a
 * quotation, right above the byline or over a standfirst, or over a dateline — and the story follows it.
 */
function leadIsHeadline(items: readonly Item[], firstBody: number): boolean {
  const [lead, afterLead, third] = [items[firstBody], items[firstBody + 1], items[firstBody + 2]];
  if (!lead || !items.slice(firstBody + 1).some((it) => it.kind === 'body')) return false;
  const standfirst = overStandfirst(lead, afterLead, third);
  return (
    (isSentenceHeadline(lead.text) ||
      isQuotedHeadline(lead.text) ||
      isReportTitle(lead.text) ||
      isQuestionHeadline(lead.text) ||
      aboveByline(lead, afterLead) ||
      standfirst ||
      overPostHead(items, firstBody) ||
      labelledOverByline(items, firstBody)) &&
    (!afterLead ||
      afterLead.block !== lead.block ||
      afterLead.kind !== 'body' ||
      opensWithDateline(afterLead) ||
      standfirst)
  );
}

/** Longest headline under a section's label (characters): twenty long words. */
const MAX_HEADLINE_CHARS = 200;
/** Most sentences of a headline under a section's label ("The lights go out every winter. They need not."). */
const MAX_LABELLED_HEADLINE_SENTENCES = 2;

/**
 * "OPINION" over "The lights go out every winter. They need not." over a standfirst and the byline: under the
 * page's section label, the short line the byline follows (a standfirst between them at most) is the headline,
 * however many sentences (two at most) an opinion headline makes of itself.
 */
function labelledOverByline(items: readonly Item[], at: number): boolean {
  const [label, lead, next, second] = [items[at - 1], items[at], items[at + 1], items[at + 2]];
  // The byline right under the headline, or under a standfirst under it: the cheap test first.
  if (next?.kind !== 'byline' && (next?.kind !== 'body' || second?.kind !== 'byline')) return false;
  if (!label || !lead || label.kind === 'title' || label.block === lead.block) return false;
  // A long paragraph is no headline nor label: its length says so before its words are counted.
  if (label.text.length > MAX_HEADLINE_CHARS || lead.text.length > MAX_HEADLINE_CHARS) return false;
  // A label the chrome pass left as text ("دیدگاه") is a word or two, unpunctuated, as a kicker is.
  if (isStory(label) && /[.!?؟:،,"»”]/u.test(label.text)) return false;
  // "OPINION | THE NORTH IN FOCUS": a section and a series set apart by a bar, already read as furniture, is a
  // kicker of any length.
  const barredKicker = label.kind === 'navigation' && isSeparatedItems(label.text);
  if (
    (!barredKicker && wordCount(label.text) > MAX_KICKER_WORDS + 1) ||
    wordCount(lead.text) > MAX_SENTENCE_TITLE_WORDS
  )
    return false;
  return (
    lead.text.split(/[.!?]\s+\S/u).length <= MAX_LABELLED_HEADLINE_SENTENCES && !LIST_ITEM.test(lead.text)
  );
}

/** Longest thread title (words): a forum title may ask or tell in a sentence or two. */
const MAX_THREAD_TITLE_WORDS = 40;
/** Lines of the block under a thread's title within which its poster's head stands (a forum's name may come first). */
const POST_HEAD_REACH = 3;

/**
 * "I fix bicycles in Taloqan, ask me anything" over "r/SomeForum" / "Posted by u/… · 14h": the first line of a
 * forum thread, alone in its block, over the block with the opening post's head, is the thread's title.
 */
function overPostHead(items: readonly Item[], at: number): boolean {
  const lead = items[at];
  if (!lead || wordCount(lead.text) > MAX_THREAD_TITLE_WORDS) return false;
  const next = items.slice(at + 1, at + 1 + POST_HEAD_REACH);
  const block = next[0]?.block;
  return (
    block !== undefined &&
    block !== lead.block &&
    next.some((it) => it.block === block && isPostHead(it.text))
  );
}

/**
 * "Border bazaar on the Panj reopens …" over "Traders from both banks met …" over "By …": a headline and its
 * standfirst, two unpunctuated lines of one block, right above the byline. The standfirst stays in the story.
 */
function overStandfirst(lead: Item, next: Item | undefined, third: Item | undefined): boolean {
  return (
    !!next &&
    next.block === lead.block &&
    third?.kind === 'byline' &&
    isSentenceHeadline(lead.text) &&
    isSentenceHeadline(next.text)
  );
}

/**
 * "HEALTH NORTH — partners in …" between "Skip to main content" and the menu: a line of a page's head with
 * navigation right above and below it in its block is the outlet's name or tagline, not the story.
 */
function markLinesWithinMenus(items: Line[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const [prev, item, next] = [items[i - 1], items[i], items[i + 1]];
    if (item?.kind !== 'body' || prev?.kind !== 'navigation' || next?.kind !== 'navigation') continue;
    // A post under its head ("u/river_kid · 5h") and over its buttons is the poster's text, not a tagline.
    if (isPostHead(prev.text)) continue;
    if (prev.block === item.block && next.block === item.block) item.kind = 'navigation';
  }
}

/**
 * "District   Province   Wells" over "Rostaq   Takhar   18", «| شهر | کمترین |» over «| کندز | ۳- |»: a table's rows
 * and its head row are the story's content, whatever menu's or subhead's shape a line of them has alone.
 */
function keepTables(items: Line[]): void {
  for (const i of tableLineIndices(items)) {
    const item = items[i];
    if (item && (item.kind === 'navigation' || item.kind === 'heading')) item.kind = 'body';
  }
}

/**
 * "07:45 — Ali Abad", "10:40 – Taloqan, the last stop": an entry of a timeline or a live page, its time then a dash
 * and what happened where. It is the article's text, however short, not a subhead over it.
 */
const TIMELINE_ENTRY = new RegExp(`^${DIGIT}{1,2}[:.]${DIGIT}{2}[ \\t]*[—–-][ \\t]*\\S`, 'u');

/** "Duty station: Faizabad, Badakhshan", "Depth      204.6 km": a field's label, then a colon or a column of spaces. */
const FIELD_LINE = /^\p{Lu}[^\s:]*(?:[ \t][^\s:]+){0,2}(?:[ \t]*:[ \t]*| {2,}|\t+)\S/u;
/** Fewest field lines that make a block a box of fields. */
const MIN_FIELD_LINES = 3;

/**
 * "Reference: …" over "Duty station: Taloqan, Takhar" over "Reports to: …, Kunduz", an event's "Region   Hindu Kush":
 * a block of field lines (a job advert, a fact box) is the page's content. A field there that looks like a subhead
 * is a field; the box's first line may be its title.
 */
function keepFieldBoxes(items: Line[]): void {
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && items[i]?.block === items[start]?.block) continue;
    const block = items.slice(start, i);
    if (block.filter((it) => FIELD_LINE.test(it.text)).length >= MIN_FIELD_LINES)
      for (const item of block.slice(1))
        if (item.kind === 'heading' && FIELD_LINE.test(item.text)) item.kind = 'body';
    start = i;
  }
}

/**
 * A line marked at its start as a list's item (a bullet: a number or a letter may head a section, a bullet never)
 * or as a line of a box drawn round text (its side, "│").
 */
const MARKED_LINE = new RegExp(`^(?:${BULLET_MARK}|${BOX_SIDE_MARK})[ \\t]+\\S`, 'u');
// A bullet inside a box's side ("│ • Share on X") is a bullet too: a box of links stays a link list.
const BULLETED_LINE = new RegExp(`^(?:${BOX_SIDE_MARK}[ \\t]+)?${BULLET_MARK}[ \\t]+`, 'u');
/** A box's top or bottom edge opening a line ("┌ SLEEPING ────", "└────"). */
const BOX_EDGE = /^[┌┏╔╭└┗╚╰]/u;
/** Fewest marked lines in a block that make it a list or a box. */
const MIN_MARKED_LINES = 2;
/** Longest bare label (words) of a menu's or a contents list's bulleted link ("• Kunduz", "• Takhar Roads"). */
const MAX_LINK_LABEL_WORDS = 3;
/** What a list's item of text has and a link's bare label lacks: a label's colon, a list, a figure, a stop. */
const ITEM_TEXT_MARK = /[:：,،;؛.!?؟\p{Nd}]/u;

/**
 * "• Kunduz / • Takhar / • Badakhshan", "• Share on X", "• Kunduz Floods": bulleted links of a menu, a contents list
 * or a share bar — every bulleted line a bare label of a few words, with no colon, list, figure or stop. Such a
 * block is the page's chrome, never a list of text.
 */
function isLinkList(block: readonly Line[], marked: number): boolean {
  const bulleted = block.filter((it) => BULLETED_LINE.test(it.text));
  return (
    bulleted.length === marked &&
    bulleted.every((it) => {
      const label = it.text.replace(BULLETED_LINE, '');
      return !ITEM_TEXT_MARK.test(label) && wordCount(label) <= MAX_LINK_LABEL_WORDS;
    })
  );
}

/**
 * "• Smaller crossings: Jurm, Kishim" among "• Length: …" and "• Main road: …", "│ Guesthouses in Jurm and Kishim"
 * inside a box drawn with "┌ … │ … └": a line of a bulleted list is an item of the list, a line of a drawn box a line
 * of its text, however like a subhead its capitalised names make it look, so its places are read as text. A
 * heading is never bulleted nor inside a box's side; a lone marked line in its block is left as it was, and so is
 * a block of bulleted links (a menu, a contents list, a share bar: `isLinkList`). A box's edge ("┌ SLEEPING ───")
 * is its furniture, not a section's title. Run after the chrome passes, so a
 * line any of them marked stays marked.
 */
function keepListAndBoxLines(items: Line[]): void {
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && items[i]?.block === items[start]?.block) continue;
    const block = items.slice(start, i);
    const marked = block.filter((it) => MARKED_LINE.test(it.text)).length;
    if (marked >= MIN_MARKED_LINES && !isLinkList(block, marked))
      for (const item of block) {
        if (item.kind !== 'heading') continue;
        if (MARKED_LINE.test(item.text)) item.kind = 'body';
        // The box's edge, its label drawn into it: the box's furniture, never a section's title.
        else if (BOX_EDGE.test(item.text)) item.kind = 'other';
      }
    start = i;
  }
}

/** Each line of the source with its start offset, its line break left off (one pass, no copies). */
function eachRawLine(source: string, visit: (start: number, text: string) => void): void {
  let start = 0;
  while (start < source.length) {
    const end = lineEnd(source, start);
    visit(start, source.slice(start, end));
    // A line ends at "\r\n", "\r" or "\n"; the empty lines between breaks are lines too.
    start = end + (source.charCodeAt(end) === CR && source.charCodeAt(end + 1) === LF ? 2 : 1);
  }
}

const CR = 0x0d;
const LF = 0x0a;

/** Where the line from `start` ends: its first "\r" or "\n", else the end of the source (no match array). */
function lineEnd(source: string, start: number): number {
  for (let i = start; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return source.length;
}

/**
 * A chat export's own line (the encryption notice, "created group", "added", "<Media omitted>", "This message was
 * deleted") is apparatus whole ('other'). False for any other line. (A message's stamp and sender stay on its line:
 * split off, the messages lose the run of lines a place name is read in.)
 */
function pushChatMessage(items: Item[], start: number, text: string, block: number): boolean {
  if (!isChatSystemLine(text)) return false;
  items.push({ start, end: start + text.length, text, block, kind: 'other' });
  return true;
}

/** Non-blank lines of the source, trimmed, with a caption glued onto a paragraph split off. */
function sourceLines(source: string): Item[] {
  const items: Item[] = [];
  let block = 0;
  eachRawLine(source, (lineStart, raw) => {
    const trimmed = raw.trimStart();
    // A mail's quoted reply: its ">" marks are the client's, and a line of marks alone parts paragraphs.
    const marks = quoteMarkEnd(trimmed);
    const lead = raw.length - trimmed.length + marks;
    const text = (marks > 0 ? trimmed.slice(marks) : trimmed).trim();
    if (text.length === 0) {
      block++;
      return;
    }
    const start = lineStart + lead;
    if (pushChatMessage(items, start, text, block)) return;
    const cut = gluedCaptionEnd(text);
    if (cut !== null && cut < text.length) {
      const caption = text.slice(0, cut).trimEnd();
      items.push({ start, end: start + caption.length, text: caption, block, kind: 'caption' });
      items.push({
        start: start + cut,
        end: start + text.length,
        text: text.slice(cut),
        block,
        kind: 'body',
      });
    } else {
      items.push({ start, end: start + text.length, text, block, kind: 'body' });
    }
  });
  return items;
}

/** Split an exported article into body paragraphs, subheads and the chrome around them. */
export function segmentArticle(source: string): Segmented {
  const lines = splitLines(source);
  const page = removeChrome(lines);
  return { ...page, ...paragraphsOf(lines) };
}

/** A line of the page: where it is, its text, its block, and what the passes have found it to be. */
export type Line = Item;

/** Lines from the page's first text within which a release's label stands, under the issuer's letterhead. */
const RELEASE_LABEL_REACH = 3;

/**
 * "[logo] Global Harvest Alliance" over "PRESS RELEASE" / "For immediate release" over the headline: a release's
 * labels are furniture, and when the headline stands right under them, what is above them is the issuer's
 * letterhead, not the headline.
 */
function markReleaseHead(items: Item[]): void {
  const first = items.findIndex(isStory);
  if (first < 0) return;
  const label = items.findIndex(
    (it, i) => i >= first && i < first + RELEASE_LABEL_REACH && isReleaseLabel(it.text),
  );
  if (label < 0) return;
  let end = label;
  // The issuer's name may stand between two labels («اعلامیهٔ مطبوعاتی» / «موسسهٔ …» / «برای نشر فوری»).
  const labelAt = (i: number) => isReleaseLabel(items[i]?.text ?? '');
  while (labelAt(end + 1) || (labelAt(end + 2) && isLetterheadLine(items[end + 1]?.text ?? '')))
    end += labelAt(end + 1) ? 1 : 2;
  for (const item of items.slice(label, end + 1)) item.kind = 'navigation';
  const [lead, afterLead] = [items[end + 1], items[end + 2]];
  if (!lead || !isSentenceHeadline(lead.text) || afterLead?.block === lead.block) return;
  const above = items.slice(first, label).filter(isStory);
  // A sentence over the label ("The governor's office issued the following statement …") is the page's text.
  if (!above.every((it) => isLetterheadLine(it.text))) return;
  for (const item of above) item.kind = 'navigation';
}

/** Longest line of a letterhead (words): the issuer's name, its office, a town. */
const MAX_LETTERHEAD_WORDS = 10;
/** A sentence's stop: a letterhead line has none at its end. */
const SENTENCE_STOP = /[.!?؟۔:;]$/u;
/** "[logo] Global Harvest Alliance", «ریاست زراعت ولایت تخار»: a short line with no sentence's stop. */
const isLetterheadLine = (text: string) =>
  !SENTENCE_STOP.test(text.trim()) && text.trim().split(/\s+/).length <= MAX_LETTERHEAD_WORDS;

/** The first pass: the page as lines, blank lines separating blocks, a caption glued onto a paragraph split off. */
export const splitLines = (source: string): Line[] => sourceLines(source);

/** What the chrome pass learns of the page: its headline, its byline and its date. */
export interface PageFacts {
  title: string | null;
  byline: string | null;
  date: string | null;
}

/** Each body line's first reading on its own: a repeat, a chrome line, a heading; the byline's name and date. */
function classifyLines(items: Line[]): Pick<PageFacts, 'byline' | 'date'> {
  let byline: string | null = null;
  let date: string | null = null;
  const reasonOf = byText((text) => chromeReason(text));
  const headingOf = byText((text) => isHeadingLike(text) && !TIMELINE_ENTRY.test(text) && !isTimedTurn(text));
  items.forEach((item, i) => {
    if (item.kind !== 'body') return;
    const prev = items[i - 1];
    const reason = reasonOf(item.text);
    if (prev && prev.kind !== 'body' && normalizeLine(prev.text) === normalizeLine(item.text)) {
      item.kind = 'duplicate';
    } else if (reason) {
      item.kind = reason;
      if (reason === 'byline') {
        byline ??= bylineName(item.text);
        date ??= dateValue(item.text);
      }
    } else if (signsLetter(items, i)) {
      // The writer's name and town under a letter: the town is where the writer lives, read as the story is.
    } else if (isDatelineAlone(item.text)) {
      // "Kabul, 19 May 2026" under a release's title: where it was issued, read as a dateline, no subhead.
    } else if (headingOf(item.text) && !isRowUnderLabel(item.text, item.block, prev)) {
      item.kind = 'heading';
    }
  });
  return { byline, date };
}

/**
 * The chrome pass: marks each line that is page furniture (navigation, captions, promo lists, bylines, bios, legal
 * notices, a page's foot) and the headline, and keeps what the furniture says of the story.
 */
export function removeChrome(items: Line[]): PageFacts {
  const facts = classifyLines(items);
  let byline = facts.byline;
  keepBarItemHeads(items);
  markStackedFurniture(items);

  keepTables(items);
  keepFlatTableRows(items);
  keepFieldBoxes(items);
  markLinesWithinMenus(items);
  markHatnotes(items);
  markReleaseHead(items);
  // The headline: an encyclopedia page's line over its tagline, however short ("Khanabad"), else the first
  // substantial heading before the story starts; other lines up there are chrome.
  let titleItem: Item | null = encyclopediaTitle(items);
  let title: string | null = titleItem?.text ?? null;
  let firstBody = items.findIndex((it) => it.kind === 'body');
  // "خبرگزاری صدای شمال", "PRESS RELEASE" over the menu: the outlet's name or the page's label, never the
  // headline however it stands; a dateline in capitals ("KUNDUZ, Afghanistan —") has its comma or dash.
  const masthead = items[firstBody];
  // "Daricha — independent reporting on northern Afghanistan": the outlet's name with its tagline, over the headline.
  if (
    masthead &&
    ((isMasthead(masthead, items) && !/[,،—–]/u.test(masthead.text)) || taglineOverHeadline(items, firstBody))
  ) {
    masthead.kind = 'navigation';
    firstBody = items.findIndex((it) => it.kind === 'body');
  }
  keepDaysOfDiary(items, firstBody);
  for (let i = 0; i < (firstBody < 0 ? items.length : firstBody); i++) {
    const item = items[i];
    if (item?.kind !== 'heading') continue;
    if (title === null && wordCount(item.text) >= MIN_TITLE_WORDS) {
      title = item.text;
      titleItem = item;
      item.kind = 'title';
    } else {
      item.kind = 'navigation';
    }
  }
  // Many outlets write headlines in sentence case, which the heading test misses: the first line of the page,
  // standing alone in its block and unpunctuated, is the headline when the story follows it.
  // "THE HIGH ROAD — stories from …" over "Episode 27 · 41 min": the site's or the show's name, not the headline.
  if (title === null && firstBody >= 0 && nameOverItsLabel(items, firstBody)) {
    (items[firstBody] as Item).kind = 'navigation';
    firstBody = items.findIndex((it) => it.kind === 'body');
  }
  const headAt = firstBody >= 0 && isKicker(items, firstBody) ? firstBody + 1 : firstBody;
  const lead = items[headAt];
  if (
    (title === null ||
      (titleItem !== null &&
        (isMasthead(titleItem, items) || nameOverItsLabel(items, items.indexOf(titleItem))))) &&
    lead &&
    leadIsHeadline(items, headAt)
  ) {
    if (titleItem) titleItem.kind = 'navigation';
    const kicker = headAt !== firstBody ? items[firstBody] : undefined;
    if (kicker) kicker.kind = 'navigation';
    title = lead.text;
    lead.kind = 'title';
    titleItem = lead;
  }

  if (title === null && lead && isBilingualHeadline(items, headAt)) {
    lead.kind = 'title';
    title = lead.text;
    titleItem = lead;
  }
  titleItem = datelineOverHeadline(items, titleItem);
  titleItem = kickerOverHeadline(items, titleItem);
  titleItem = markPageHead(items, titleItem);
  title = titleItem?.text ?? title;
  markTitleRepeats(items, titleItem);
  markTitleTranslation(items, titleItem);
  markPageForms(items);
  findAuthorBox(items, (name) => (byline ??= name));
  markOpinionFurniture(items);
  markAuthorNotes(items);
  markFootTaglines(items);
  markNotesToEditors(items);
  markEndMatter(items);
  keepReportingOnLegalMatters(items);
  removeFooterLines(items);
  // Last: only a line every chrome pass left a heading is a list's item or a box's line (a bulleted menu stays chrome).
  keepListAndBoxLines(items);
  markPosterNames(items);
  markFootedComments(items);
  keepBarredDatelines(items);
  markMailHeads(items);
  markCommentBoxes(items);
  markPointedLists(items);
  markNextIssueTeasers(items);
  keepCaptionFeed(items);
  markRecordHeaders(items);
  return { title, byline, date: facts.date };
}

/** Furniture told by the lines round it: a writer over a reading time, a labelled list, a signature, a stack. */
function markStackedFurniture(items: Item[]): void {
  markWritersOverReadingTime(items);
  markLabelledLists(items);
  markPostSignatures(items);
  markReporterStacks(items);
}

/**
 * "Participants:" or «برای معلومات بیشتر:» alone on its line, over the lines of its block: who spoke (a name and a
 * role, "former customs official at Sher Khan Bandar") or whom to call (an office, a number, an address). The
 * places there are where the people work, not the story's; the list ends with its block or at a sentence.
 */
function markLabelledLists(items: Item[]): void {
  items.forEach((item, i) => {
    if (item.kind === 'body' || item.kind === 'heading' ? !isListLabelAlone(item.text) : true) return;
    item.kind = 'other';
    for (let j = i + 1; j < items.length; j++) {
      const line = items[j] as Item;
      if (line.block !== item.block || !isListedLine(line.text)) break;
      if (line.kind === 'body' || line.kind === 'heading') line.kind = 'bio';
    }
  });
}

/**
 * A channel post's signature: the block of short lines ending on the post's view counter, set apart by a blank
 * line from the post's text above it («🏛 صفحهٔ رسمی شاروالی فیض‌آباد» / «👁 874  14:20»). A post of one line over
 * its counter has no post text above it in another block, and stays.
 */
function markPostSignatures(items: Item[]): void {
  items.forEach((counter, i) => {
    if (!isViewCounter(counter.text)) return;
    let first = i;
    while (first > 0 && items[first - 1]?.block === counter.block) first--;
    const lines = items.slice(first, i);
    const above = items[first - 1];
    if (lines.length === 0 || !above || (above.kind !== 'body' && above.kind !== 'heading')) return;
    // Under the last post's counter, the block is a post of its own.
    if (isViewCounter(above.text)) return;
    if (!lines.every((line) => isSignatureLine(line.text))) return;
    for (const line of lines) if (line.kind === 'body' || line.kind === 'heading') line.kind = 'byline';
  });
}

/** «فرشته رحیمی» over «گزارشگر بخش افغانستان»: a byline stacked as a name and a role, each on its own line. */
function markReporterStacks(items: Item[]): void {
  items.forEach((role, i) => {
    const name = items[i - 1];
    if (!name || name.block !== role.block || (role.kind !== 'body' && role.kind !== 'heading')) return;
    if (!isReporterRoleLine(role.text) || !isBareNameLine(name.text)) return;
    role.kind = 'byline';
    if (name.kind === 'body' || name.kind === 'heading') name.kind = 'byline';
  });
}

/** «حمیدالله نوری – بغلان» over «۳ جدی ۱۴۰۵ | ۶ دقیقه مطالعه»: the writer's line over the date and reading time. */
function markWritersOverReadingTime(items: Item[]): void {
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (item.kind === 'heading' || item.kind === 'body') {
      if (next?.block === item.block && isWriterOverReadingTime(item.text, next.text)) item.kind = 'byline';
    }
  });
}

/**
 * «جمعه ۱۴ قوس ۱۴۰۴» over a paragraph, once the story has begun: a diary's day, a subhead of the text — only a
 * weekday and date in the page's head, before the body, is the page's date.
 */
function keepDaysOfDiary(items: Item[], firstBody: number): void {
  if (firstBody < 0) return;
  for (let i = firstBody + 1; i < items.length - 1; i++) {
    const item = items[i]!;
    if (item.kind === 'byline' && isDariWeekdayDate(item.text) && items[i + 1]?.kind === 'body')
      item.kind = 'heading';
  }
}

/** The furniture of the page's forms, once its headline is known: boxes, letters' heads, lists, comments. */
function markPageForms(items: Item[]): void {
  markBoxHeadTranslations(items);
  markLetterHeads(items);
  markTagline(items);
  markRelatedLists(items);
  markCommunitySidebar(items);
  markChapterLists(items);
  markSubtitleCues(items);
  markContentsLists(items);
  markCommentSection(items);
  markFooterAddress(items);
  markReaderReports(items);
  markFramedCaptions(items);
  markCaptionsUnderMark(items);
  markCaptionsOverCredits(items);
  markLetterheadBlocks(items);
  markAdvertisements(items);
}

/**
 * «دهقانان در کنار … علی‌آباد کندز.» over «عکس: احمدشاه رسولی / آرشیف», one block of its own: the phrase over a
 * picture's credit is the picture's caption, not the story (a block with more lines is a paragraph).
 */
function markCaptionsOverCredits(items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const [before, item, credit, after] = [items[i - 1], items[i], items[i + 1], items[i + 2]];
    if (!item || !credit || item.kind !== 'body' || (credit.kind !== 'caption' && credit.kind !== 'body'))
      continue;
    if (credit.block !== item.block || before?.block === item.block || after?.block === item.block) continue;
    if (!isCreditLine(credit.text) || !isCaptionPhrase(item.text)) continue;
    item.kind = 'caption';
    credit.kind = 'caption';
  }
}

/**
 * «جمهوری اسلامی افغانستان» over «شورای ولایتی کندز», «ریاست دارالانشاء», «صورت جلسهٔ شمارهٔ …»: the lines of a
 * letterhead's block under the state's name are the letterhead too, while they stay short and verbless.
 */
function markLetterheadBlocks(items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const head = items[i];
    if (!head || head.kind !== 'byline' || !isDariLetterhead(head.text)) continue;
    for (let k = i + 1; k < items.length; k++) {
      const line = items[k];
      if (!line || line.block !== head.block || line.kind !== 'body' || !isDariLetterheadLine(line.text))
        break;
      line.kind = 'byline';
    }
  }
}

/** "Advertisement", "Sponsored", «اعلان», «آگهی»: the label a page sets over an advertisement. */
const AD_LABEL =
  /^(?:advertisement|advert|sponsored(?: content)?|ad|اعلان|آگهی|اعلان تجارتی|تبلیغ|تبلیغات)$/iu;
/** «ریاست معارف … می‌خواهد …»: a notice an office gives under «اعلان» ("announcement") is news, not an advertisement. */
const OFFICE_NOTICE = new RegExp(`^\\s*(?:${DARI_OFFICE_NOUNS.join('|')})\\s`, 'u');
/** A phone number (nine digits or more, spaced or not) or a booking's call: what an advertisement asks of the reader. */
const AD_CALL = new RegExp(
  `${DIGIT}(?:[ \\t-]?${DIGIT}){8}|\\b(?:call|book|order) (?:now|today|us)\\b|تماس بگیرید|برای رزرو|برای سفارش`,
  'iu',
);
/** Longest advertisement (words) read under its label. */
const MAX_AD_WORDS = 40;

/**
 * "اعلان" over «رستورانت … – تالقان. برای رزرو تماس بگیرید: ۰۷۰۰…», "Advertisement" over "… Call now: 0799 …": the
 * line under the label that asks the reader to call or book is the advertisement, not the story.
 */
function markAdvertisements(items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const [label, ad] = [items[i], items[i + 1]];
    if (!label || !ad || label.kind === 'body' || !AD_LABEL.test(label.text.trim())) continue;
    if (ad.kind !== 'body' || wordCount(ad.text) > MAX_AD_WORDS || OFFICE_NOTICE.test(ad.text)) continue;
    if (AD_CALL.test(ad.text)) ad.kind = 'promo';
  }
}

/**
 * "[عکس]" over «حاجی … باغ انگورش بود؛ ولسوالی درقد» over «منبع تصویر: …», "[Image]" over a line over "Photo: …":
 * a line of a block between the image's mark and its credit is the image's caption, however it reads.
 */
function markFramedCaptions(items: Item[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const [above, item, below] = [items[i - 1], items[i], items[i + 1]];
    if (!above || !item || !below || !isStory(item)) continue;
    if (above.kind !== 'caption' || below.kind !== 'caption') continue;
    if (above.block === item.block && below.block === item.block) item.kind = 'caption';
  }
}

/** "[عکس: آرشیف بامداد شمال]", "[Photo: Reuters]": an image's mark in brackets, its credit perhaps inside. */
const BRACKETED_IMAGE_MARK = new RegExp(
  `^\\[${wordAlternation(IMAGE_MARK_WORDS)}(?!\\p{L})[^\\]\\n]*\\]$`,
  'iu',
);
/** Longest caption (words) a line under an image's mark may be. */
const MAX_MARKED_CAPTION_WORDS = 30;
/** A sentence's close or a quotation's marks: a caption is a phrase, never a closed sentence or a quotation. */
const SENTENCE_OR_QUOTE = /[.!?؟…]["”’»]?$|["“”«»]/u;

/** Whether a line may be an image's caption: short, a phrase, with no one speaking in it. */
function captionLike(text: string): boolean {
  const line = text.trim();
  return (
    wordCount(line) <= MAX_MARKED_CAPTION_WORDS &&
    !SENTENCE_OR_QUOTE.test(line) &&
    !hasSpeechVerb(line) &&
    !hasDariSpeechVerb(line)
  );
}

/**
 * "[عکس: آرشیف بامداد شمال]" over «یک کودک … در شفاخانهٔ ولایتی تخار، تالقان», the block's last line: the one short
 * phrase under an image's bracketed mark, closing its block, is the image's caption (a line of reporting is not).
 */
function markCaptionsUnderMark(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const [mark, item, next] = [items[i - 1], items[i], items[i + 1]];
    if (!mark || !item || !isStory(item) || mark.block !== item.block || next?.block === item.block) continue;
    if (BRACKETED_IMAGE_MARK.test(mark.text.trim()) && captionLike(item.text)) item.kind = 'caption';
  }
}

/**
 * "Your sightings, as received — send us yours", «گزارش‌های خوانندگان»: the intro of a box of what readers
 * sent in — labelled as theirs, or published as received, or asking for more — like comments, not the reporting.
 */
const READER_REPORTS_INTRO =
  /^(?:[\p{L}\p{M}'’-]+[ \t]+)?(?:readers['’]?|listeners['’]?|your)[ \t]+(?:own[ \t]+)?(?:reports|accounts|messages|submissions|sightings)\b|\b(?:reports|messages|accounts)\b[^.\n]{0,40}\bas received\b|\bsend (?:us )?yours\b|\bsent in by (?:readers|listeners|you)\b|^(?:گزارش|پیام)[\u200C ]?های[\u200C ]?(?:خوانندگان|شنوندگان|شما)/iu;
/** Longest intro (words) of a box of readers' reports. */
const MAX_READER_INTRO_WORDS = 30;
/** Fewest bullets under the intro that make it a box. */
const MIN_READER_REPORTS = 2;

/** A box of readers' reports: its intro and the bullets under it are furniture, whatever places they name. */
function markReaderReports(items: Item[]): void {
  const listItem = (it: Item | undefined) => !!it && isStory(it) && LIST_ITEM.test(it.text);
  items.forEach((intro, i) => {
    // The bullets under it first: the cheapest test, and most lines have none.
    if (!listItem(items[i + 1]) || !listItem(items[i + 2])) return;
    if (intro.kind !== 'body' || wordCount(intro.text) > MAX_READER_INTRO_WORDS) return;
    if (!READER_REPORTS_INTRO.test(intro.text)) return;
    let end = i + 1;
    while (end < items.length && isStory(items[end] as Item) && LIST_ITEM.test(items[end]?.text ?? '')) end++;
    if (end - i - 1 < MIN_READER_REPORTS) return;
    for (const item of items.slice(i, end)) item.kind = 'other';
  });
}

/** Most story lines above a page's byline that are its head: a kicker, the headline, a standfirst or two. */
const MAX_HEAD_LINES = 4;
/** Longest line of a page's head (words): a standfirst sums the story up in a sentence or two. */
const MAX_STANDFIRST_WORDS = 60;
/** Lines from the page's top within which its head's byline stands. */
const HEAD_REACH = 30;
/** Longest line (words) of a site's head over its menu: a name, a tagline, a line of a letterhead. */
const MAX_MASTHEAD_LINE_WORDS = 14;

/** A byline that names the writer, or the line of when the page appeared: what a page's head closes with. */
const closesPageHead = (it: Item): boolean =>
  (it.kind === 'byline' && (bylineName(it.text) !== null || dateValue(it.text) !== null)) ||
  (it.kind === 'navigation' &&
    (isPublicationLine(it.text) || isWriterFieldsLine(it.text) || isBylineFieldsLine(it.text))) ||
  (it.kind !== 'title' && (isDatedSectionLine(it.text) || isPlayerLine(it.text)));

/** A line that may be a page's headline: a heading or an unpunctuated line of a few words, not a kicker of items. */
const headlineShaped = (it: Item): boolean =>
  wordCount(it.text) >= MIN_TITLE_WORDS &&
  // «دوشنبه ۱۷ قوس ۱۴۰۵» over the headline: the page's date, however many words.
  !isDariDateLine(it.text) &&
  !/ [|·•] /u.test(it.text) &&
  (it.kind === 'heading' || it.kind === 'title' || isSentenceHeadline(it.text) || isQuotedHeadline(it.text));

/**
 * "Deep quake shakes Badakhshan" over "The quake … was felt from Kunduz to Islamabad" over "By … in Faizabad": the
 * few story lines right above the page's first byline or publication line are its head, and its first line shaped
 * like a headline is the headline (a kicker above it is the page's label; the standfirst under it stays with the
 * story). A title found higher up, over the site's menu, was the site's tagline. Returns the page's headline.
 */
function markPageHead(items: Item[], title: Item | null): Item | null {
  const at = items.slice(0, HEAD_REACH).findIndex(closesPageHead);
  if (at < 1) return title;
  let from = at;
  while (from > 0 && isHeadText(items[from - 1])) from--;
  const run = items.slice(from, at);
  // Only a page's top: a few short lines, nothing of the story above them but the site's own head over its menu
  // (its name, tagline or a ministry's letterhead), and the story under the byline.
  const menu = items
    .slice(0, from)
    .findLastIndex((it) => it.kind === 'navigation' && isSeparatedItems(it.text));
  const masthead = items.slice(0, Math.max(menu, 0)).filter((it) => it.kind === 'body');
  if (masthead.some((it) => wordCount(it.text) > MAX_MASTHEAD_LINE_WORDS)) return title;
  const paragraphAbove = items.slice(Math.max(menu, 0), from).some((it) => it.kind === 'body');
  if (run.length === 0 || run.length > MAX_HEAD_LINES || paragraphAbove) return title;
  if (run.some((it) => wordCount(it.text) > MAX_STANDFIRST_WORDS)) return title;
  if (!items.slice(at + 1).some((it) => it.kind === 'body')) return title;
  if (title && items.indexOf(title) > at) return title;
  // "Stories from the field" under a menu holding it: the section's label over the headline, a kicker.
  const kickers = menuItems(menu >= 0 ? (items[menu]?.text ?? '') : '');
  const headAt = run.findIndex((it) => headlineShaped(it) && !isMenuKicker(it.text, kickers));
  const headline = run[headAt];
  if (!headline || headline === title) return title;
  const close = items[at];
  // A date and a section the menu does not list ("14 November 2026 Kunduz") may be a diary entry's head: no close.
  if (close && isDatedSectionLine(close.text) && !isDatedSectionLine(close.text, kickers)) return title;
  if (close && isStory(close)) close.kind = 'navigation';
  if (title) title.kind = 'navigation';
  [...masthead, ...run.slice(0, headAt)].forEach((it) => (it.kind = 'navigation'));
  headline.kind = 'title';
  return headline;
}

/**
 * «کندز – سه‌شنبه، ۱۱ قوس ۱۴۰۵» over «نشست صحت عامهٔ کندز با …» at the page's top: the site's dateline is the
 * story's (its city is read), and the headline-shaped line right under it is the headline, whatever was taken
 * for one (the dateline itself, or the site's name over its menu).
 */
function datelineOverHeadline(items: Item[], title: Item | null): Item | null {
  // Read only the page's head: a dateline alone further down is a story's, not the site's.
  const at = items
    .slice(0, HEAD_REACH)
    .findIndex((it) => (it === title || isStory(it)) && isDatedDatelineAlone(it.text));
  const line = items[at];
  const next = items[at + 1];
  // «کندز – …\nریاست صحت عامه می‌گوید …» in one block is the dateline opening the lede's paragraph, not a headline.
  if (!line || !next || next.block === line.block || !isStory(next) || !headlineShaped(next)) return title;
  if (/[.!?؟]$/u.test(next.text.trim())) return title;
  // Only in the page's head: above the dateline, nothing but the site's name over its menu (a title there too).
  const menu = items.slice(0, at).findLastIndex((it) => it.kind === 'navigation');
  const above = items.slice(0, at).flatMap((it, i) => (isStory(it) || it === title ? [{ it, i }] : []));
  const masthead = ({ it, i }: { it: Item; i: number }) =>
    i < menu && wordCount(it.text) <= MAX_MASTHEAD_LINE_WORDS;
  if (!above.every(masthead)) return title;
  if (title && title !== line && items.indexOf(title) > at) return title;
  above.forEach(({ it }) => (it.kind = 'navigation'));
  line.kind = 'body';
  next.kind = 'title';
  return next;
}

/**
 * "Global development" under "World | UK | … | Global development | Business", over "'The madrasa is the only door
 * still open': …": a line taken for the headline that repeats an item of a menu above it is the section's label; the
 * headline-shaped line right under it is the headline.
 */
function kickerOverHeadline(items: Item[], title: Item | null): Item | null {
  // With no headline found yet, the page's first line of text is the one read.
  const at = title ? items.indexOf(title) : items.findIndex(isStory);
  const label = items[at];
  const next = items[at + 1];
  // "'The madrasa is the only door still open': …": a British headline opens on its quotation's single quote.
  // "Kabul" over the lede in one block is the lede's dateline, not a section's label.
  if (!label || !next || next.block === label.block || !isStory(next)) return title;
  if (!headlineShaped(next) && !isSentenceHeadline(next.text.replace(/^['‘"“]/u, ''))) return title;
  const menus = items.slice(0, at).filter((it) => it.kind === 'navigation' && isSeparatedItems(it.text));
  if (!menus.some((menu) => isMenuKicker(label.text, menuItems(menu.text)))) return title;
  label.kind = 'navigation';
  next.kind = 'title';
  return next;
}

const isHeadText = (it: Item | undefined): boolean =>
  !!it && (it.kind === 'body' || it.kind === 'heading' || it.kind === 'title');

/** Lines under an encyclopedia's tagline within which its hatnotes stand (skip links may come first). */
const HATNOTE_REACH = 4;

/** "For the district in Baghlan, see …" right under "From Wikipedia, …": the page's hatnote, chrome. */
function markHatnotes(items: Item[]): void {
  const at = items.findIndex((it) => isEncyclopediaTagline(it.text));
  if (at < 0) return;
  for (const item of items.slice(at + 1, at + 1 + HATNOTE_REACH))
    if (isStory(item) && isHatnote(item.text)) item.kind = 'navigation';
}

/**
 * «ولسوالی شهدا» over «از ویکی‌پدیا، دانشنامهٔ آزاد», "Khanabad" over "From Wikipedia, the free encyclopedia": the line
 * right above an encyclopedia's tagline is the page's title, however short.
 */
function encyclopediaTitle(items: Item[]): Item | null {
  const at = items.findIndex((it) => isEncyclopediaTagline(it.text));
  const above = items[at - 1];
  if (at < 1 || !above || !isStory(above) || items.slice(0, at - 1).some(isStory)) return null;
  above.kind = 'title';
  return above;
}

/** Longest line (words) read as the headline repeated. */
const MAX_TITLE_REPEAT_WORDS = 12;

/** The headline set again further down (an infobox's head, a page's second heading): the headline, not the story. */
function markTitleRepeats(items: Item[], titleItem: Item | null): void {
  if (titleItem === null || wordCount(titleItem.text) > MAX_TITLE_REPEAT_WORDS) return;
  const key = normalizeLine(titleItem.text);
  for (const item of items)
    if (item !== titleItem && isStory(item) && normalizeLine(item.text) === key) item.kind = 'duplicate';
}

const LATIN_SCRIPT = /\p{Script=Latin}/u;
/** Longest translated headline, in words, for its headline's length in words. */
const TRANSLATION_WORDS = (words: number) => 2 * words + 4;

/**
 * "Two Banks of the River" over «دو کنارهٔ دریا»: a bilingual page sets the headline's translation on the next
 * line of its block, in the other script and without a sentence's stop. It is the headline again, not story.
 */
export function markTitleTranslation(items: Item[], titleItem: Item | null): void {
  if (titleItem === null) return;
  const next = items[items.indexOf(titleItem) + 1];
  if (!next || next.block !== titleItem.block || (next.kind !== 'body' && next.kind !== 'heading')) return;
  if (translates(titleItem, next)) next.kind = 'navigation';
}

/** Longest bilingual headline's first line (words). */
const MAX_BILINGUAL_HEADLINE_WORDS = 20;

/**
 * "Early snow sends firewood prices soaring in Taloqan" over «برف زودهنگام نرخ هیزم را در تالقان بالا برد», the
 * two alone in the page's first block: the headline and its translation (marked as such after), not the story.
 */
function isBilingualHeadline(items: readonly Item[], at: number): boolean {
  const [lead, next, after] = [items[at], items[at + 1], items[at + 2]];
  if (!lead || !next || next.block !== lead.block || after?.block === lead.block) return false;
  if (next.kind !== 'body' && next.kind !== 'heading') return false;
  return (
    !/[.!?؟:]\s*$/u.test(lead.text) &&
    wordCount(lead.text) <= MAX_BILINGUAL_HEADLINE_WORDS &&
    translates(lead, next)
  );
}

/** Whether `next` reads as `head` said again in the other script: short, and without a sentence's stop. */
function translates(head: Item, next: Item): boolean {
  const dariHead = hasArabicScript(head.text) && !LATIN_SCRIPT.test(head.text);
  const otherScript = dariHead ? !hasArabicScript(next.text) : !LATIN_SCRIPT.test(next.text);
  return (
    otherScript &&
    !/[.!?؟]\s*$/u.test(next.text) &&
    wordCount(next.text) <= TRANSLATION_WORDS(wordCount(head.text))
  );
}

/**
 * "Khanabad District" over «ولسوالی خان‌آباد» over "Country⇥Afghanistan": an infobox's head and its name in the
 * other script, above the box's rows, is the box's furniture, not a line of the story.
 */
export function markBoxHeadTranslations(items: Item[]): void {
  items.forEach((head, i) => {
    const [next, after] = [items[i + 1], items[i + 2]];
    // The box's head may read as a heading, or as furniture above the story (a heading before the first paragraph).
    if (head.kind !== 'heading' && head.kind !== 'navigation') return;
    if (next?.kind !== 'body' || next.block !== head.block) return;
    const inBox = !!after && after.block === next.block && after.kind !== 'body' && after.kind !== 'title';
    if (inBox && translates(head, next)) next.kind = 'navigation';
  });
}

/** Longest tagline, in words: a masthead's motto or a newsletter's line of what it covers. */
const MAX_TAGLINE_WORDS = 16;
/** Kinds of line a tagline stands between: the page's furniture, not its headline or story. */
const isFurniture = (it: Item | undefined) =>
  !!it && it.kind !== 'body' && it.kind !== 'heading' && it.kind !== 'title';

/**
 * "MARKET NEWS NORTH — Issue 40" / "Prices and roads for traders in Balkh and Samangan" / "This issue is supported
 * by …": the page's first line of text, short and unpunctuated, set in one block between furniture lines (a
 * masthead above, a sponsor's or a date line below), is the masthead's tagline, not the story. A standfirst stands
 * under the headline, so it is kept.
 */
export function markTagline(items: Item[]): void {
  const at = items.findIndex((it) => it.kind === 'body');
  const [prev, item, next] = [items[at - 1], items[at], items[at + 1]];
  // Above it the masthead, left a heading when a sentence-case headline came first, or other furniture.
  if (!item || !(isFurniture(prev) || prev?.kind === 'heading') || !isFurniture(next)) return;
  if (prev?.block !== item.block || next?.block !== item.block) return;
  if (/[.!?؟:;,،]\s*$/u.test(item.text) || wordCount(item.text) > MAX_TAGLINE_WORDS) return;
  item.kind = 'navigation';
}

/** "– Who controls the rail line?": a bulleted headline may ask; a bare line ending so is a sentence. */
const BULLET_START = /^[–—•·*-]\s/u;

/** Whether a line under a list's head ends as a sentence does, and so ends the list. */
function endsLikeSentence(text: string): boolean {
  return /[.!?:"”]$/.test(text) && !(text.endsWith('?') && BULLET_START.test(text));
}

/** "— Winter aid to …": a wire's list sets its items under an em dash. */
const DASH_ITEM = /^—[ \t]+/u;

/** Related lists: "More from Asia" and the headlines linked under it are other stories, not this one. */
function markRelatedLists(items: Line[]): void {
  // One pass: a list runs from its head until a line that cannot be a link, and a new head starts a new list.
  let inList = false;
  // What the list's last line was: its head, a marked item ("• …", "– …", "1. …") or a plain link.
  let last: 'head' | 'marked' | 'plain' = 'plain';
  let headBlock = -1;
  let teasers = false;
  for (const item of items) {
    if (isRelatedListHead(item.text)) {
      item.kind = 'promo';
      inList = true;
      last = 'head';
      headBlock = item.block;
      teasers = false;
    } else if (inList) {
      const dashed: boolean = last !== 'plain' && DASH_ITEM.test(item.text);
      const marked: boolean = LIST_ITEM.test(item.text) || dashed;
      // "TOP STORIES TODAY" over "— Winter aid to Badakhshan …." in its block: teasers, closed as sentences or not.
      const teaser = dashed && item.block === headBlock;
      // The teasers' list ends with their block: what follows is the page's own.
      teasers ||= teaser && endsLikeSentence(item.text);
      if (
        item.kind === 'legal' ||
        wordCount(item.text) > MAX_LINK_WORDS ||
        (!teaser && endsList(item.text, marked, last)) ||
        (teasers && item.block !== headBlock)
      )
        inList = false;
      else if (item.kind === 'body' || item.kind === 'heading') item.kind = 'promo';
      last = marked ? 'marked' : 'plain';
    }
  }
}

/**
 * A list item's close that is no story's sentence: a quotation cut short in a digest (`… are empty"`), or a source's
 * year and its full stop (`… 3 May 2026.`, «۱۳ ثور ۱۴۰۵.»); "• Faryab equalised in Maimana." is a fact.
 */
const ITEM_CLOSE = /(?:[^.!?؟]["”]|\p{Nd}{4}\.)$/u;

/**
 * Whether a line ends a related list: a sentence's end closes a plain link; a marked item under the head or another
 * item stays in the list only where it closes on a cut quotation or a source's year.
 */
function endsList(text: string, marked: boolean, last: 'head' | 'marked' | 'plain'): boolean {
  return endsLikeSentence(text) && !(marked && last !== 'plain' && ITEM_CLOSE.test(text));
}

/**
 * "About Community", "About this channel", «دربارهٔ این کانال», «دربارهٔ گروه»: the head of a forum's or a channel's
 * box about itself, beside the posts.
 */
const COMMUNITY_HEAD =
  /^(?:about\s+(?:(?:this|the)\s+)?(?:community|group|forum|channel|subreddit|page)|community\s+(?:info|details)|دربار(?:هٔ|ه|ه‌ی)\s+(?:این\s+)?(?:کانال|گروه|انجمن|صفحه))\s*:?$/iu;

/**
 * A forum's or a channel's box about itself: its head and the rest of its block (its name, its blurb, its member
 * count) describe the site, not the story, even where the blurb names places.
 */
export function markCommunitySidebar(items: Line[]): void {
  let block: number | null = null;
  for (const item of items) {
    if (block !== null && item.block !== block) block = null;
    if (item.text.length <= MAX_SIDEBAR_HEAD_CHARS && COMMUNITY_HEAD.test(item.text.trim())) {
      block = item.block;
      item.kind = 'navigation';
    } else if (block !== null && item.kind !== 'title') item.kind = 'navigation';
  }
}
/** "04:10 The ferry", «۰۱:۱۵ مرکز ولسوالی …»: a chapter of a video, its start time and its title. */
const CHAPTER_LINE = new RegExp(`^(?:${DIGIT}{1,2}:)?${DIGIT}{1,2}:${DIGIT}{2}[ \\t]+\\S`, 'u');
/** "0:00", "00:00", «۰۰:۰۰»: the first chapter starts the video. */
const VIDEO_START = new RegExp(
  `^(?:[0\u06F0\u0660]{1,2}:)?[0\u06F0\u0660]{1,2}:[0\u06F0\u0660]{2}[ \\t]`,
  'u',
);
/** Most words of a chapter's title. */
const MAX_CHAPTER_WORDS = 8;
/** A chapter's title is a label, not a sentence: "01:15 The district centre", not "01:30 Water reaches the bazaar." */
const isChapterTitle = (line: string) =>
  wordCount(line) <= MAX_CHAPTER_WORDS + 1 && !/[.!?؟]\s*$/u.test(line);
/** Fewest chapters that make a video's chapter list. */
const MIN_CHAPTERS = 3;

/**
 * "00:00 Intro" / "01:15 The district centre" / "06:40 …": a video page's chapter list, each line a start time
 * and a short title, the first at the video's start. It is the video's contents box, not its description; a
 * timeline of a night's events may start at 00:00 too, but its lines are sentences.
 */
export function markChapterLists(items: Line[]): void {
  for (let i = 0; i < items.length; i++) {
    if (!VIDEO_START.test(items[i]?.text ?? '')) continue;
    let end = i;
    while (items[end + 1]?.block === items[i]?.block && CHAPTER_LINE.test(items[end + 1]?.text ?? '')) end++;
    const lines = items.slice(i, end + 1);
    if (lines.length < MIN_CHAPTERS || !lines.every((l) => isChapterTitle(l.text))) continue;
    for (let k = i; k <= end; k++) if (isStory(items[k] as Item)) (items[k] as Item).kind = 'navigation';
    i = end;
  }
}

/**
 * "Comments", "Reader comments", "Reader reviews", "Ratings", "Words of support" (a fundraiser's donors' notes), «نظرات»,
 * «دیدگاه‌ها», «نظرات خوانندگان»: the head of a page's comment or review box.
 */
const COMMENTS_WORD =
  "(?:(?:(?:readers?|users?|guests?|customers?|travell?ers?|visitors?)['’]?[ \\t]+)?(?:comments?|responses|reviews|ratings)|(?:words|messages|notes) of (?:support|encouragement)|(?:donors?|supporters?)['’]?[ \\t]+(?:messages|notes|comments)|نظرات|نظرها|دیدگاه(?:\u200c|[ \\t])?ها|(?:نظرات|دیدگاه(?:\u200c|[ \\t])?ها)[ \\t]+(?:خوانندگان|شما))";
/** "Sort by: Newest", «مرتب‌سازی: برترین‌ها»: the box's sort menu, all a comment box's head may hold after its count. */
const SORT_MENU = '(?:sort(?:ed)?\\b|order(?:ed)?\\b|newest|oldest|top\\b|best\\b|مرتب)';
/** "(86)", "[12]", "۸۶": how many comments the box holds. */
const COMMENT_COUNT = `(?:[(\\[][ \\t]*${DIGIT}(?:${DIGIT}|[,.٬٫])*[ \\t]*[)\\]]|${DIGIT}+)`;
/**
 * "Comments (86)   Sort by: Top", "12 comments", «نظرات (۸۶)   مرتب‌سازی: برترین‌ها», «۸۶ نظر»: a line of its own,
 * not a post's button bar ("57 comments · Share", under a forum's opening post, whose replies are the thread).
 */
const COMMENTS_HEAD = new RegExp(
  `^(?:${DIGIT}+[ \\t]+(?:comments?|نظر|دیدگاه)|${COMMENTS_WORD}(?:[ \\t]*${COMMENT_COUNT})?)(?:[ \\t]+${SORT_MENU}[^\\n·|•]{0,30})?$`,
  'iu',
);
/**
 * A comment's head: its poster and time, not a byline ("By Rahim Karimi · 2 hours ago", «نوشتهٔ …»); or a review's,
 * its stars and the reviewer ("★★★★☆ Nasrin A., Herat").
 */
const isCommentHead = (item: Line, dashSigned = false) =>
  !BYLINE_OPENING.test(item.text.trim()) &&
  (isPostHead(item.text) ||
    isCommentFoot(item.text) ||
    isDatedCommentHead(item.text) ||
    isCommentDateLine(item.text) ||
    isPosterDateHead(item.text) ||
    isRatingHead(item.text) ||
    isSignedComment(item.text, dashSigned));
/**
 * "Rahim from Kunduz: …", «نرگس: …», «سید جلال، تالقان: …», "Ahmad Zia, Pul-e-Khumri — …": a comment opened by its
 * writer's name (and town), then a colon or a spaced dash.
 */
const SIGNED_COMMENT =
  /^(?<who>\p{L}[\p{L}\p{M}\u200C.'’،, -]{0,40})(?:[:：]|(?<dash>[ \t][—–]))[ \t]+(?<first>\S)/u;
/** A quotation's opening mark: a vox pop's "Name, Town — “…”" reports what was said, it does not sign it. */
const OPENING_QUOTE = /["“«‘']/u;
/** Most words of a comment's signature before its colon: a name, "from" and a town. */
const MAX_SIGNATURE_WORDS = 5;
/** "TALOQAN, Takhar — …": a wire brief's dateline, its city in capitals ("Farid Noori, Fayzabad — …" reads as one too). */
const isCapsDateline = (text: string) => {
  const city = readDateline(text)?.city;
  if (city === undefined) return false;
  const name = text.slice(city.start, city.end);
  return name === name.toUpperCase();
};
const isSignedComment = (text: string, dashSigned: boolean) => {
  const groups = SIGNED_COMMENT.exec(text.trim())?.groups;
  const who = groups?.['who']?.trim();
  if (who === undefined) return false;
  // "Name, Town — …" signs a comment only under a comment box's own head, and never a dateline or a quotation.
  if (groups?.['dash'] !== undefined) {
    if (!dashSigned || isCapsDateline(text) || OPENING_QUOTE.test(groups['first'] ?? '')) return false;
  }
  const words = who.split(/\s+/);
  if (words.length > MAX_SIGNATURE_WORDS) return false;
  // "The water office said: …" under "Responses" reports; a signature names, it does not say.
  if (hasSpeechVerb(who) || hasDariSpeechVerb(who)) return false;
  return !/\p{Script=Latin}/u.test(who) || words.every((w) => /^\P{Ll}/u.test(w) || SIGNATURE_LINKS.has(w));
};
/** "★★★★☆ Nasrin A., Herat", "⭐⭐⭐ Omid": a review's stars, then who wrote it. */
const RATING_HEAD = /^[★☆⭐✩✰]{1,5}[ \t]*(?<who>\p{L}[^\n!?]*)$/u;
/** Most words of the reviewer's name and town after a review's stars. */
const MAX_REVIEWER_WORDS = 6;
const isRatingHead = (text: string) => {
  const who = RATING_HEAD.exec(text.trim())?.groups?.['who'];
  return who !== undefined && who.split(/\s+/).length <= MAX_REVIEWER_WORDS;
};
/**
 * A writer's credit opening a line ("By …", "Author: …", «گزارش …», «نوشتهٔ …»): a byline, no comment's head. A name
 * must follow the label: "Author · 1 hour ago" is the writer's reply among the comments.
 */
const BYLINE_OPENING = new RegExp(
  `^(?:${[...WRITER_LABEL_WORDS.map(phrasePattern), DARI_WRITTEN_BY].join('|')})(?:\\s*[:：]\\s*|\\s+)(?=\\p{L})`,
  'iu',
);
/**
 * "COMMENTS (2)", "Reader comments", «نظرات»: a head that counts its comments or calls them comments, under which
 * "Name, Town — …" signs one; "Responses" or "Reviews" may head a vox pop or a roundup of datelined briefs.
 */
const EXPLICIT_COMMENTS_HEAD = new RegExp(`${COMMENT_COUNT}|\\bcomments?\\b|نظر|دیدگاه`, 'iu');
const signsByDash = (head: string) => EXPLICIT_COMMENTS_HEAD.test(head);
/** Fewest comments' heads that make a comment box. */
const MIN_COMMENTS = 2;
/** Lines under a comment box's head within which its first comment's head stands (a sort menu may come first). */
const FIRST_COMMENT_REACH = 4;
/** Longest head of a comment box (characters): its word, its count and a sort menu. */
const MAX_COMMENTS_HEAD_CHARS = 80;

/**
 * "Comments (12)" over "Rahim K. · 2 hours ago": readers' comments under a story or a video are not the
 * reporting, however many places they name: from the box's head on, the page is chrome. A forum thread has no
 * such head over its posts, which are the page's text (a post's head alone keeps its post, see isPostHead).
 */
export function markCommentSection(items: Line[]): void {
  const firstBody = items.findIndex((it) => it.kind === 'body');
  if (firstBody < 0) return;
  const at = items.findIndex(
    (it, i) =>
      i > firstBody &&
      it.text.length <= MAX_COMMENTS_HEAD_CHARS &&
      COMMENTS_HEAD.test(it.text.trim()) &&
      items
        .slice(i + 1, i + 1 + FIRST_COMMENT_REACH)
        .some((next) => isCommentHead(next, signsByDash(it.text))),
  );
  if (at < 0) {
    markSortedCommentFeet(items, firstBody);
    return;
  }
  const dashSigned = signsByDash(items[at]!.text);
  // A box holds comments: two heads at least, or a byline with its time under a count was taken for one.
  const heads = items.slice(at + 1).filter((it) => isCommentHead(it, dashSigned)).length;
  if (heads < MIN_COMMENTS && !(heads === 1 && ONE_COMMENT_HEAD.test(items[at]!.text))) return;
  for (const item of items.slice(at)) if (isStory(item)) item.kind = 'other';
}

/** «نظرات (۱)», "Comments (1)", "1 comment": a head that counts one comment needs only the one under it. */
const ONE_COMMENT_HEAD =
  /[([][ \t]*[1۱١][ \t]*[)\]]|(?:^|[ \t])[1۱١][ \t]+(?:comment|response|review|نظر|دیدگاه)(?![\p{L}\u200C])/iu;

/** Lines under a footer's links within which the site's office address stands. */
const FOOTER_ADDRESS_REACH = 2;

/**
 * "About us | Contact | Privacy policy" over "Taloqan office: Main road, Taloqan": the site's office address
 * under its footer's links is the page's, not the story's.
 */
export function markFooterAddress(items: Line[]): void {
  const firstBody = items.findIndex((it) => it.kind === 'body');
  if (firstBody < 0) return;
  items.forEach((item, i) => {
    if (i <= firstBody || !isFooterLinks(item.text)) return;
    for (const next of items.slice(i + 1, i + 1 + FOOTER_ADDRESS_REACH))
      if (isStory(next) && isOfficeAddress(next.text)) next.kind = 'other';
  });
}

/**
 * "Most relevant", "Sort by: Newest", «مرتب‌سازی: مرتبط‌ترین»: a social page's bare sort menu on a line of its own —
 * its head alone or with one choice of a word or two, or a choice alone — over the comments under a post.
 */
const SORT_MENU_LINE = new RegExp(
  `^(?:${phraseAlternation(SORT_MENU_HEADS)})(?:[ \\t]*[:：][ \\t]*(?:[\\p{L}\\u200C-]+(?:[ \\t]+[\\p{L}\\u200C-]+)?)?)?$|^(?:${phraseAlternation(SORT_MENU_CHOICES)})$`,
  'iu',
);

/**
 * A post's comments under a sort menu with no box head, each closed by its foot ("1 h · Like · Reply", «۱ ساعت ·
 * لایک · پاسخ»): from the menu on, the page is chrome. A forum's replies have no such feet.
 */
function markSortedCommentFeet(items: Line[], firstBody: number): void {
  const at = items.findIndex(
    (it, i) =>
      i > firstBody && it.text.length <= MAX_COMMENTS_HEAD_CHARS && SORT_MENU_LINE.test(it.text.trim()),
  );
  if (at < 0 || items.slice(at + 1).filter((it) => isCommentFoot(it.text)).length < MIN_COMMENTS) return;
  for (const item of items.slice(at)) if (isStory(item)) item.kind = 'other';
}

/** Longest head of a community box (characters). */
const MAX_SIDEBAR_HEAD_CHARS = 40;

/** Fewest words of a paragraph on either side of a subhead within the story: a box's lines are shorter. */
const MIN_SUBHEAD_NEIGHBOUR_WORDS = 5;
/** A place's preposition before a name: "in Pul-e-Khumri", "from Taloqan", «در فیض‌آباد»; opening it too ("In Kishim"). */
const SUBHEAD_SAYS_WHERE =
  /\b(?:in|at|from|near|to|across|outside)\s+\p{Lu}|^(?:In|At|From|Near|Across|Outside)\s+\p{Lu}|(?:^|\s)(?:در|از|به)\s+[\u0600-\u06FF]/u;
/** A media box's or a widget's label opening a short line between paragraphs. */
const MEDIA_LABEL = new RegExp(`^${wordAlternation(MEDIA_LABEL_WORDS, true)}(?![\\p{L}\\u200C])`, 'u');
/** Most words of a subhead read this way. */
const MAX_SUBHEAD_WORDS = 5;

/**
 * "Reaction in Pul-e-Khumri", «مقام ولایت تخار» alone between two paragraphs of the story, a blank line either
 * side: a subhead, the story's own text, so its places are read (a box's or a table's head stands over short lines).
 */
function isSubheadWithinStory(items: readonly Line[], at: number): boolean {
  const [prev, item, next] = [items[at - 1], items[at], items[at + 1]];
  if (!prev || !item || !next || prev.kind !== 'body' || next.kind !== 'body') return false;
  if (prev.block === item.block || next.block === item.block) return false;
  // A box's item heads are in capitals, a byline between paragraphs is longer: neither is read here.
  if (wordCount(item.text) > MAX_SUBHEAD_WORDS || !/\p{Ll}|\p{Lo}/u.test(item.text)) return false;
  // Only a subhead that says where ("Reaction in Pul-e-Khumri", «واکنش‌ها در فیض‌آباد») is read as a passage too.
  if (!SUBHEAD_SAYS_WHERE.test(item.text)) return false;
  // A media box's or a widget's label ("Video from Taloqan", "Map: Flooded areas in Baghlan") is no subhead.
  if (MEDIA_LABEL.test(item.text.trim()) || /[:：]/u.test(item.text)) return false;
  return (
    wordCount(prev.text) >= MIN_SUBHEAD_NEIGHBOUR_WORDS && wordCount(next.text) >= MIN_SUBHEAD_NEIGHBOUR_WORDS
  );
}

/**
 * A roundup's item head in capitals between its items' paragraphs, its place first and a dash or a colon ("KUNDUZ —
 * RICKSHAW DRIVERS PROTEST", "BALKH: RAIL FREIGHT UP"): the story's text, read in title case (caps-heads.ts). The item's paragraph follows in its own block.
 */
function isCapsItemHead(items: readonly Line[], at: number): boolean {
  const [prev, item, next] = [items[at - 1], items[at], items[at + 1]];
  if (!prev || !item || !next || next.kind !== 'body' || next.block === item.block) return false;
  if (!isCapsHead(item.text) || !CAPS_ITEM_HEAD.test(item.text)) return false;
  // A fact box's heads stand over bulleted lists, not over an item's prose: navigation of the box.
  if (LIST_ITEM.test(next.text) || wordCount(next.text) < MIN_SUBHEAD_NEIGHBOUR_WORDS) return false;
  // Over a paragraph and under the story's text: a heading under the page's head is the headline's kin.
  return prev.kind === 'body' || (prev.kind === 'heading' && !isCapsHead(prev.text));
}

/** "KUNDUZ | A BRIDGE AT LAST", «تخار | کشتی دوباره به راه افتاد» over its item's paragraph: the roundup's text. */
function isBarHeadOverItem(items: readonly Line[], at: number): boolean {
  const [item, next] = [items[at], items[at + 1]];
  return !!item && next?.kind === 'body' && next.block !== item.block && isBarItemHead(item.text);
}

/** "… AT DASHT-E-QALA …", "IN KISHIM": a preposition of place before a name, in capitals. */
const CAPS_SAYS_WHERE = /(?:^|\s)(?:IN|AT|FROM|NEAR|TO|ACROSS|OUTSIDE)\s+\p{Lu}/u;
/** A sentence's auxiliary, which a headline in capitals drops ("WHEAT SEED HANDED OUT IN TAKHAR"): "ARE", "IS", "WILL". */
const CAPS_AUXILIARY = /(?:^|\s)(?:IS|ARE|WAS|WERE|HAS|HAVE|HAD|WILL|CAN|MUST|SHOULD|DO|DOES|DID)(?=\s)/u;
/** A pointer to elsewhere in capitals ("… IS ON PAGE 6", "MORE COVERAGE … ON OUR WEBSITE"): a promo, not the story's. */
const CAPS_CROSS_REFERENCE = new RegExp(`(?:^|\\s)${wordAlternation(CROSS_REFERENCE_WORDS)}(?=\\s|$)`, 'iu');
/** Fewest words of a line in capitals read as the story's own shouted sentence (a box's heads are shorter). */
const MIN_CAPS_SENTENCE_WORDS = 6;

/**
 * "ALL FERRIES AT DASHT-E-QALA ARE SUSPENDED UNTIL FURTHER NOTICE" alone between two paragraphs: a sentence of the
 * story set in capitals for emphasis, saying where, its auxiliary kept; read as the story's text (in title case).
 */
function isCapsSentenceWithinStory(items: readonly Line[], at: number): boolean {
  const [prev, item, next] = [items[at - 1], items[at], items[at + 1]];
  if (!prev || !item || !next || prev.kind !== 'body' || next.kind !== 'body') return false;
  if (prev.block === item.block || next.block === item.block || !isCapsHead(item.text)) return false;
  if (!CAPS_SAYS_WHERE.test(item.text) || !CAPS_AUXILIARY.test(item.text)) return false;
  if (CAPS_CROSS_REFERENCE.test(item.text)) return false;
  if (wordCount(item.text) < MIN_CAPS_SENTENCE_WORDS) return false;
  if (LIST_ITEM.test(next.text) || MEDIA_LABEL.test(item.text.trim()) || /[:：]/u.test(item.text))
    return false;
  return (
    wordCount(prev.text) >= MIN_SUBHEAD_NEIGHBOUR_WORDS && wordCount(next.text) >= MIN_SUBHEAD_NEIGHBOUR_WORDS
  );
}

/** Whether the heading at `at` stands right over a paragraph opening with a dateline: a roundup item's headline. */
function headsDatelinedItem(items: readonly Line[], at: number): boolean {
  const next = items[at + 1];
  return next !== undefined && opensWithDateline(next);
}

/** The last pass of the segmenter: the story's lines as paragraphs and sections, the rest as what was removed. */
export function paragraphsOf(items: readonly Line[]): Pick<Segmented, 'sections' | 'paragraphs' | 'removed'> {
  const sections: Section[] = [];
  const paragraphs: ParagraphSpan[] = [];
  const removed: Removed[] = [];
  const sectionId = idAllocator();
  let section: string | null = null;
  let prevBody: Item | null = null;
  const lastBody = items.findLastIndex((it) => it.kind === 'body');
  items.forEach((item, i) => {
    if (item.kind === 'heading') {
      if (i < lastBody) {
        section = sectionId(`s-${slugify(item.text)}`);
        sections.push({ id: section, title: item.text });
        // A roundup's item headline, over its dateline ("FOUR HURT IN … / FAIZABAD, Dec 4 (Wire) —"), is the item's
        // own text, as a digest's numbered item heads are: its places are the item's.
        if (
          headsDatelinedItem(items, i) ||
          isSubheadWithinStory(items, i) ||
          isCapsItemHead(items, i) ||
          isBarHeadOverItem(items, i) ||
          isCapsSentenceWithinStory(items, i) ||
          isTimedEventHead(item.text) ||
          entryHeadPlaceAt(item.text) >= 0
        )
          paragraphs.push({ start: item.start, end: item.end, section });
        prevBody = null;
        return;
      }
      item.kind = 'other';
    }
    if (item.kind === 'body') {
      const last = paragraphs.at(-1);
      // A hard-wrapped paragraph continues on the next line of its block until a sentence closes.
      if (
        last &&
        prevBody &&
        prevBody.block === item.block &&
        // A line that starts in lower case goes on with the sentence before, whatever closed that line.
        (!/[.!?:"”’)\]]$/.test(prevBody.text) || /^\p{Ll}/u.test(item.text)) &&
        !LIST_ITEM.test(item.text) &&
        // A dateline opens a story: the line above it (a headline further down a page) is not its sentence.
        // Only a paragraph's second line can be one (the first was the headline), so only it is read.
        !(last.start === prevBody.start && opensWithDateline(item))
      ) {
        last.end = item.end;
      } else {
        paragraphs.push({ start: item.start, end: item.end, section });
      }
      prevBody = item;
      return;
    }
    prevBody = null;
    removed.push({
      text: item.text,
      reason: item.kind as RemovedReason,
      sourceStart: item.start,
      sourceEnd: item.end,
    });
  });

  return { sections, paragraphs, removed };
}

/** "ABOUT THE AUTHOR", "ABOUT ME", "دربارهٔ نویسنده": the head of the writer's note under a story or a blog post. */
const AUTHOR_HEAD = new RegExp(`^${wordAlternation(WRITER_NOTE_HEADS)}\\s*:?$`, 'iu');
/** "About the author: North News staff reporters cover …": the head and the note on one line. */
const AUTHOR_HEAD_INLINE = new RegExp(`^${wordAlternation(WRITER_NOTE_HEADS)}\\s*:\\s*\\S`, 'iu');
/**
 * "Hasina Rahimzai is a journalist in Kunduz who …", "Maryam Hotaki covers business …": a note that names the
 * writer and what they do.
 */
const AUTHOR_NOTE =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:is\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:journalist|reporter|correspondent|writer|columnist|editor|photographer)s?|covers|writes\s+(?:on|about)|reports\s+on)\b/u;
/**
 * "Mursal Rahimi runs a bakery in Taloqan and writes about food": a writer introduced by another trade, then by
 * the writing, in the note's one sentence.
 */
const AUTHOR_NOTE_AND_WRITES =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Ll}[^.!?]{0,100}\band\s+(?:writes|reports)\s+(?:on|about|for)\b/u;
/**
 * "فریده احمدی خبرنگار و نویسنده است و در کندز زندگی می‌کند", "*احمد نوری شاعر و معلم ادبیات در تالقان است.*": a
 * Dari note naming the writer and the trade, perhaps a second trade and where, in one clause; in italics too.
 */
const DARI_AUTHOR_NOTE =
  /^[*_]?(?:[\p{L}\p{M}\u200C]+\s+){1,3}(?:نویسنده|خبرنگار|گزارشگر|پژوهشگر|روزنامه[\u200C ]?نگار|شاعر|ستون[\u200C ]?نویس)(?:\s+[\p{L}\p{M}\u200C]+){0,6}\s+(?:است|می[\u200C ]?باشد)(?![\p{L}\u200C])/u;
/**
 * «ذبیح‌الله سروری استاد دانشگاه و باشندهٔ بغلان است. نظرات او لزوماً دیدگاه ما نیست.»: a note introducing the writer by
 * a trade that is no writing (a teacher, a lecturer) is the writer's only with the disclaimer after it — a story's
 * last line «پدر او آموزگار مکتبی در ارچی است.» is the story's.
 */
const DARI_TEACHER_NOTE = new RegExp(
  `^[*_]?(?:[\\p{L}\\p{M}\\u200C]+\\s+){1,3}(?:${wordAlternation(DARI_NOTE_TEACHING_TRADES)})(?:\\s+[\\p{L}\\p{M}\\u200C]+){0,6}\\s+(?:است|می[\\u200C ]?باشد)[.]\\s[^.؟!]{0,80}لزوما`,
  'u',
);

/**
 * «مریم احمدی، روزنامه‌نگار و معلم در کندز، ستون هفتگی «…» را می‌نویسد.», "Nadia Karimi, a teacher in Taloqan, writes the
 * weekly column …": the writer's name, a description in commas, and the column the writer writes.
 */
const COLUMN_NOTE =
  /^(?:[\p{L}\u200C]+\s+){1,3}?[\p{L}\u200C]+[،,]\s+[^،,.]{1,100}[،,]\s+(?:(?:ستون|یادداشت)[^.!?]{0,60}\s+را\s+می[\u200C ]?نویسد|writes\s+(?:the|a|this)\s+(?:[a-z-]+\s+){0,2}column\b[^.!?]{0,60})\.?$/u;

/** The last paragraph of a story read as a note about its writer, in English or Dari. */
export function isAuthorNote(text: string): boolean {
  return (
    AUTHOR_NOTE.test(text) ||
    COLUMN_NOTE.test(text) ||
    AUTHOR_NOTE_AND_WRITES.test(text) ||
    DARI_AUTHOR_NOTE.test(text) ||
    DARI_TEACHER_NOTE.test(text) ||
    OUTLET_NOTE.test(text) ||
    WRITES_FROM_NOTE.test(text)
  );
}

/**
 * "Dr. Laila Nazary is an economist who … . She writes from Bishkek.", "Omid Sharifi, a former aid worker, writes
 * from Istanbul.": a note on a writer of any trade, told by where the writer files from — a story's people are
 * not said to write from anywhere. The aside is "a …", a trade: "Khalid, her brother, writes from Taloqan" is kin.
 */
const WRITER_NAME = String.raw`(?:(?:Dr|Prof|Mr|Ms|Mrs|Eng)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+`;
const FILES_FROM = String.raw`(?:writes|reports|files)\s+from\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\.?$`;
const WRITES_FROM_NOTE = new RegExp(
  String.raw`^${WRITER_NAME}(?:\s+is\s+(?:a|an|the)\s+[^.!?]{1,200}\.\s+(?:She|He|They)\s+|,\s+(?:a|an|the)\s+[^,.!?]{1,100},\s+)${FILES_FROM}`,
  'u',
);

/**
 * "North Desk is an independent newsroom based in Kunduz.": the outlet's note about itself closing the page, which
 * names where it works, not where the story is.
 */
const OUTLET_NOTE =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,4}is\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}(?:newsroom|news\s+(?:agency|site|website|service|outlet)|newspaper|media\s+(?:group|outlet|organi[sz]ation))\b/u;

/**
 * The note about the writer: the paragraph under an "About the author" head, or a story's last paragraph that
 * introduces its writer as a journalist. It is furniture, and the places it names are not the story's.
 */
export function markAuthorNotes(items: Item[]): void {
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (item.kind === 'body' && AUTHOR_HEAD_INLINE.test(item.text.trim())) item.kind = 'bio';
    else if (AUTHOR_HEAD.test(item.text.trim()) && next) {
      item.kind = 'bio';
      if (isStory(next)) next.kind = 'bio';
    }
  });
  // A correction under the writer's note is the story's text, but the note is still the story's last paragraph.
  const last = items.findLastIndex((it) => isStory(it) && !isCorrectionNote(it.text));
  const item = items[last];
  if (item?.kind === 'body' && isAuthorNote(item.text)) item.kind = 'bio';
}

/**
 * "Daricha — independent reporting on …" over "Floods cut the road to Faizabad": the outlet's tagline stands over a
 * headline; over the story's prose or its byline, a line so shaped is the headline ("Kunduz farmers — stories from a
 * dry year").
 */
function taglineOverHeadline(items: readonly Item[], at: number): boolean {
  const [line, next] = [items[at], items.slice(at + 1).find(isStory)];
  return (
    !!line &&
    !!next &&
    isOutletTagline(line.text) &&
    (isSentenceHeadline(next.text) || isQuotedHeadline(next.text) || next.kind === 'heading')
  );
}

/**
 * "Daricha — independent reporting on northern Afghanistan" under the story's last sentence: the outlet's name and
 * tagline at the page's foot, whatever furniture stands between. Higher up, such a line may head a story's section.
 */
function markFootTaglines(items: Item[]): void {
  const lastSentence = items.findLastIndex(isSentence);
  items.forEach((item, i) => {
    if (i > lastSentence && item.kind === 'body' && isOutletTagline(item.text)) item.kind = 'promo';
  });
}

/**
 * "Rahim Karimi is an economist in Taloqan. The views expressed are his own.": a note introducing the writer that
 * closes on the disclaimer, in one paragraph.
 */
function closesOnDisclaimer(text: string): boolean {
  const line = text.trim();
  // The cheap tests first: most paragraphs are no note, and this runs on every one.
  const last = line.lastIndexOf('. ', line.length - 2);
  return last > 0 && isOpinionDisclaimer(line.slice(last + 2)) && introducesPerson(line);
}

/** «… از آنِ نویسنده است»: the views are the writer's own, a disclaimer's close without «لزوماً». */
const DARI_WRITERS_OWN = '(?:از[ ]+(?:آنِ?|آن‌)?[ ]*(?:خود[ ]+)?(?:نویسنده|نگارنده)[ ]+است)';
/** «… بازتاب‌دهندهٔ دیدگاه کندز نیوز نیست»، «… دیدگاه ما را بازتاب نمی‌دهد»: they do not reflect the outlet's. */
const DARI_NOT_OURS =
  '(?:(?:بازتاب|بیانگر|نمایانگر|انعکاس)[^.!?؟؛،\\n]{0,60}(?:نیست|نمی[\\u200C ]?(?:دهد|باشد|کند)))';

/**
 * Without «لزوماً» the views must be the piece's or its writer's («… در این نوشته …»، «دیدگاه نویسنده …») and the
 * close in the same clause: «دیدگاه‌های مطرح‌شده در نشست بیانگر خواست همه نیست» reports a meeting.
 */
const DARI_OWN_PIECE_VIEWS = `^${wordAlternation(DARI_VIEWS_WORDS)}[^.!?؟؛\\n]{0,60}(?:در[ ]+این[ ]+${wordAlternation(DARI_OPINION_PIECE_NOUNS)}|${wordAlternation(DARI_WRITER_NOUNS)})[^.!?؟؛،\\n]{0,140}(?:${DARI_NOT_OURS}|${DARI_WRITERS_OWN})`;

/**
 * «دیدگاه‌های نشرشده در این ستون لزوماً بیانگر دیدگاه نشریه نیست»، «آرای مطرح‌شده … لزوماً موضع روزنامه نیست»: the
 * Dari disclaimer — views published here or the writer's, then "not necessarily", in one sentence.
 */
const DARI_OPINION_DISCLAIMER = new RegExp(
  `^${wordAlternation(DARI_VIEWS_WORDS)}[^.!?؟؛\\n]{0,40}(?:${wordAlternation(DARI_VIEWS_PUBLISHED_STEMS)}[\\u200C ]?شده|${wordAlternation(DARI_WRITER_NOUNS)})[^.!?؟؛\\n]{0,140}(?:لزوما|${DARI_WRITERS_OWN})|${DARI_OWN_PIECE_VIEWS}`,
  'u',
);
/**
 * «مسئولیت محتوای این یادداشت به عهدهٔ نویسنده است»: the responsibility for the piece laid on its writer — the
 * disclaimer's other wording, whatever it adds after.
 */
const DARI_RESPONSIBILITY_DISCLAIMER = new RegExp(
  `^(?:مسئولیت|مسؤولیت|مسوولیت)[^.!?؟؛\\n]{0,60}(?:به|بر)[ ]+(?:عهدهٔ|عهده‌ی|عهده|دوش)[ ]+${wordAlternation(DARI_WRITER_NOUNS)}`,
  'u',
);
/**
 * «شیرین‌گل فرهمند، نویسنده و آموزگار در فیض‌آباد است.»: a Dari note introducing a writer by name, a comma, what
 * they do, and the copula closing its sentence.
 */
const DARI_INTRODUCES_PERSON = /^(?:[\p{L}\u200C]+\s+){1,3}[\p{L}\u200C]+،\s[^.!?؟\n]{3,200}\sاست\./u;

/** Whether a line opens by introducing a person by name, as a writer's note does, in English or Dari. */
function introducesPerson(line: string): boolean {
  return INTRODUCES_PERSON.test(line) || DARI_INTRODUCES_PERSON.test(line);
}

function isOpinionDisclaimer(sentence: string): boolean {
  return (
    OPINION_DISCLAIMER.test(sentence) ||
    DARI_OPINION_DISCLAIMER.test(sentence) ||
    DARI_RESPONSIBILITY_DISCLAIMER.test(sentence)
  );
}

/** The writer's own views: "the author's own", "his alone", "of the writer". */
const OWN_VIEWS =
  "(?:author['’]?s?['’]?|writer['’]?s?['’]?|his|her|their)\\s+(?:own|alone)|of\\s+the\\s+(?:author|writer)";
/** The piece itself ("in this column"): with it, "do not reflect" needs no "necessarily" to be the page's. */
const OPINION_PIECE = '(?:piece|article|column|op-ed|commentary)';
/**
 * An opinion page's disclaimer: "Views expressed in this column are the author's own", "Opinions expressed
 * here do not necessarily reflect …".
 */
const OPINION_DISCLAIMER = new RegExp(
  `^(?:the\\s+)?(?:views|opinions)\\s+expressed\\b[^.]{0,120}\\b(?:${OWN_VIEWS}|do(?:es)?\\s+not\\s+necessarily\\s+(?:reflect|represent))|^(?:the\\s+)?(?:views|opinions)\\s+(?:expressed\\s+)?in\\s+this\\s+${OPINION_PIECE}\\b[^.]{0,120}\\b(?:${OWN_VIEWS}|do(?:es)?\\s+not\\s+(?:necessarily\\s+)?(?:reflect|represent))|^this\\s+${OPINION_PIECE}\\s+reflects\\s+(?:the\\s+)?(?:author|writer)['’]?s['’]?\\s+(?:own\\s+)?views`,
  'i',
);
/** "Rahim Karimi is an economist …": a paragraph introducing a person by name, as a writer's note does. */
const INTRODUCES_PERSON = /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:is|was)\s+(?:a|an|the)\s/u;
/** A trade that opens the line under a byline: "Economist, former lecturer at …". */
const BYLINE_TRADE =
  /^(?:[\p{L}-]+\s+){0,2}(?:economist|agronomist|lecturer|professor|adviser|advisor|analyst|researcher|teacher|doctor|engineer|lawyer|activist|journalist|writer|columnist|contributor|correspondent|editor)s?\b[^.!?]{0,100}$/iu;

/**
 * The opinion page's furniture round the writer: the disclaimer and the note just before it that introduces a
 * person ("X is an economist who has taught in Kabul."), and the trade line under the byline ("Economist,
 * former teacher at a college in Herat"). The places they name are the writer's, not the story's.
 */
export function markOpinionFurniture(items: Item[]): void {
  items.forEach((item, i) => {
    const prev = items[i - 1];
    if (item.kind === 'body' && prev?.kind === 'byline' && BYLINE_TRADE.test(item.text.trim())) {
      item.kind = 'byline';
      return;
    }
    if (!isStory(item)) return;
    if (closesOnDisclaimer(item.text)) {
      item.kind = 'bio';
      return;
    }
    if (!isOpinionDisclaimer(item.text.trim())) return;
    item.kind = 'bio';
    const note = items.slice(0, i).findLast(isStory);
    if (note?.kind === 'body' && introducesPerson(note.text.trim())) note.kind = 'bio';
  });
}

/** Longest masthead (words): an outlet's name. */
const MAX_MASTHEAD_WORDS = 5;
/** Longest masthead line (characters), its menu button included. */
const MAX_MASTHEAD_CHARS = 80;

/**
 * "THE NORTHERN LEDGER", "خبرگزاری صدای شمال", "The Kunduz Observer" as the page's first line of text (a "Skip to
 * content" link may stand above it): the outlet's name in capitals (or, in Dari, with its kind of outlet first;
 * or closing with what an outlet calls itself), perhaps with its menu button ("☰ Menu"), over its menu is the
 * masthead, not the headline, which comes further down above the story.
 */
export function isMasthead(item: Item, items: readonly Item[]): boolean {
  // A masthead is a few words: a long line is not split into words to find out.
  if (item.text.length > MAX_MASTHEAD_CHARS) return false;
  const name = withoutMenuButton(item.text);
  return (
    items.find(isText) === item &&
    wordCount(name) <= MAX_MASTHEAD_WORDS &&
    ((name === name.toUpperCase() && /\p{Lu}/u.test(name)) ||
      DARI_OUTLET.test(name) ||
      OUTLET_NAME.test(name) ||
      overItsMenu(item, items))
  );
}

/**
 * "UNHCR, the UN Refugee Agency" over "Afghanistan | Press briefing transcript": a short line right over a menu
 * in its block is the site's name over its navigation; a headline stands apart, under the menu.
 */
function overItsMenu(item: Item, items: readonly Item[]): boolean {
  const next = items[items.indexOf(item) + 1];
  return next?.block === item.block && next.kind === 'navigation' && isSeparatedItems(next.text);
}

/** Longest site's or show's name (words) over its menu or an episode's label: "THE HIGH ROAD — stories from …". */
const MAX_SITE_NAME_WORDS = 10;

/**
 * "دیده‌بان عدالت و حقوق بشر افغانستان" over its menu, "THE HIGH ROAD — stories from Afghanistan's north" over
 * "Episode 27 · 41 min": the page's first line, short, with the site's menu or an episode's label right under it
 * in its block, is the site's or the show's name; the headline stands apart below.
 */
function nameOverItsLabel(items: readonly Item[], at: number): boolean {
  const [name, label] = [items[at], items[at + 1]];
  if (!name || !label || label.block !== name.block || items.find(isText) !== name) return false;
  if (label.kind === 'body' || label.kind === 'heading' || wordCount(name.text) > MAX_SITE_NAME_WORDS)
    return false;
  return (label.kind === 'navigation' && isSeparatedItems(label.text)) || isEpisodeLabel(label.text);
}

/** A line of text, not furniture: what the page's first such line is tested for. */
const isText = (it: Item) => it.kind === 'body' || it.kind === 'heading' || it.kind === 'title';
/** "☰ Menu", "≡": a menu button printed after the outlet's name. */
const MENU_BUTTON_WORDS = new Set(['☰', '≡', 'Menu', 'منو']);

/** The line without the menu button's words at its end. */
function withoutMenuButton(text: string): string {
  const words = text.trim().split(/\s+/);
  while (words.length > 1 && MENU_BUTTON_WORDS.has(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/**
 * "The Kunduz Observer", "Northern Star Daily", "Badakhshan Weekly": capitalised words closing with what an
 * outlet calls itself.
 */
const OUTLET_NAME =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:News|Times|Post|Observer|Herald|Tribune|Gazette|Daily|Journal|Weekly|Monitor|Express|Chronicle|Review|Mirror|Voice|Radio|TV|Online|Today|Media|Press|Dispatch|Ledger|Courier|Sentinel|Bulletin)$/u;

/** "خبرگزاری …", "رادیو …", "روزنامهٔ …": Dari has no capitals, but an outlet's name opens with what it is. */
const DARI_OUTLET = /^(?:خبرگزاری|رادیو|روزنامه|هفته[\u200C ]?نامه|تلویزیون|شبکهٔ?|سایت)(?:ٔ|\u200C?ی)?\s/u;

/**
 * 'عودت‌کنندگان در بغلان: «وطن آمدیم»' over "گزارش: …": a short line standing alone right above the byline is
 * the headline, even one that ends with a quotation.
 */
function aboveByline(lead: Item, next: Item | undefined): boolean {
  const words = wordCount(lead.text);
  return (
    next?.kind === 'byline' &&
    words >= MIN_TITLE_WORDS &&
    words <= MAX_SENTENCE_TITLE_WORDS &&
    !/[.!?]\s/.test(lead.text) &&
    !LIST_ITEM.test(lead.text)
  );
}

const isStory = (it: Item) => it.kind === 'body' || it.kind === 'heading';

/** Longest section label (words) over a headline: "Society", "جامعه", "Local news". */
const MAX_KICKER_WORDS = 2;

/**
 * "جامعه" over "شاروالی … جمع کرد" over the byline: a section's name alone in its block, right above the line
 * that reads as the headline, is the page's label for the story, not its first paragraph.
 */
export function isKicker(items: readonly Item[], at: number): boolean {
  const [label, next] = [items[at], items[at + 1]];
  return (
    !!label &&
    !!next &&
    next.block !== label.block &&
    next.kind === 'body' &&
    wordCount(label.text) <= MAX_KICKER_WORDS &&
    !/[.!?؟:،,"»”]/u.test(label.text) &&
    leadIsHeadline(items, at + 1)
  );
}

/**
 * Author box at the end (or, in columns, at the top before the story): a name line, then a paragraph about
 * that name, then nothing of the story. Counts what lies before and after each line as it goes, so a long
 * page is read once.
 */
function findAuthorBox(items: Item[], onName: (name: string) => void): void {
  const lastStory = items.findLastIndex(isStory);
  const lastBody = items.findLastIndex((it) => it.kind === 'body');
  /** Story lines before the current one (the box's own lines leave the count as they become bio). */
  let storyBefore = 0;
  for (let i = 0; i + 1 < items.length; i++) {
    const name = items[i];
    const bio = items[i + 1];
    if (!name || !bio) continue;
    const atTop = storyBefore === 0;
    // Lines after i + 1 are as the earlier passes left them: no box has been found beyond i + 1 yet.
    if (
      (i + 1 === lastStory || (atTop && lastBody > i + 1)) &&
      isNameLine(name.text) &&
      describes(name, bio)
    ) {
      name.kind = 'bio';
      bio.kind = 'bio';
      onName(name.text);
      const before = items[i - 1];
      if (before && isImagePlaceholder(before.text)) {
        if (isStory(before)) storyBefore--;
        before.kind = 'bio';
      }
    }
    if (isStory(name)) storyBefore++;
  }
}

/**
 * A page's foot under the story: a standing line ("Shamal News — independent news … Office: …") or a one-line
 * author bio between its menus, counters and copyright. Read backwards from the end, a story line with
 * furniture (not the headline) on both sides is furniture too; the first one without ends the foot.
 */
function removeFooterLines(items: Item[]): void {
  const firstBody = items.findIndex((it) => it.kind === 'body');
  const furniture = (it: Item | undefined) => !!it && !isStory(it) && it.kind !== 'title';
  const frames = repeatedFrames(items.filter(furniture));
  for (let i = items.length - 2; i > firstBody; i--) {
    const item = items[i];
    if (!item || !isStory(item)) continue;
    if (!furniture(items[i - 1]) || !furniture(items[i + 1])) break;
    // A feed's post closes with the frame every post has ("👁 7.5K · 11:02"): the post is story, not a foot.
    if (frames.has(frameShape(items[i + 1]?.text ?? ''))) break;
    // A comment under a story has its head ("Rahim K. · 2 hours ago"): the comments are read, the foot ends above.
    if (isPostHead(items[i - 1]?.text ?? '')) break;
    // So has a chat's message ("[10/05/2026, 18:24] Name: …"): the messages are the text.
    if (messageHeadEnd(item.text) !== null) break;
    // A photo story sets each block of its text under a photo's caption: a paragraph there is the text the photo
    // stands beside, not a foot's one-line bio or blurb.
    // The outlet's own blurb or a teaser for the series' next story set there is still the foot.
    if (items[i - 1]?.kind === 'caption' && isProseParagraph(item) && !isOutletBlurb(item.text)) break;
    // A release's note kept under its head (see markNotesToEditors) is the release's text.
    if (isNotesToEditorsHead(items[i - 1]?.text ?? '')) break;
    item.kind = 'other';
  }
}

/** A line's shape with its figures blurred: "👁 ۹۸۰ · ۱۱:۰۲" and "👁 12.4K · 01:22" are alike. */
const frameShape = (text: string) => text.trim().replace(/\p{Nd}[\p{Nd}.,٫٬]*[KkM]?/gu, '0');

/**
 * The frames of a feed (Telegram, X): furniture lines with a figure (views, a time, a count) whose shape
 * recurs, as a post's counter and time do under every post. A share bar has no figure, so a page's top and foot
 * bars are no frame.
 */
function repeatedFrames(lines: readonly Item[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const line of lines) {
    if (!/\p{Nd}/u.test(line.text)) continue;
    const shape = frameShape(line.text);
    if (seen.has(shape)) repeated.add(shape);
    seen.add(shape);
  }
  return repeated;
}

/**
 * A line that mentions what legal notices say ("terms of use", "all rights reserved", "foreign agent") is page
 * furniture only when it looks like furniture: a short label anywhere, or a notice at the top or the foot of the
 * page with other furniture between it and the story (a footer under the author's bio). A sentence inside the
 * story, or one that goes straight on from it, is reporting about media law and stays: it may name places.
 */
function keepReportingOnLegalMatters(items: Item[]): void {
  const mayBeStory = (it: Item) =>
    it.kind === 'legal' &&
    !isLegalLabel(it.text) &&
    !opensWithCopyright(it.text) &&
    chromeReason(it.text, { legal: false }) === null;
  const keep = (it: Item) => (it.kind = isHeadingLike(it.text) ? 'heading' : 'body');
  let first = items.findIndex(isStory);
  let last = items.findLastIndex(isStory);
  if (first < 0) return;
  for (let i = first + 1; i < last; i++) {
    const item = items[i];
    if (item && mayBeStory(item)) keep(item);
  }
  // At the edges, a notice next to the story goes on from it; one past other furniture is the page's.
  for (let i = last + 1; i < items.length && items[i] && mayBeStory(items[i] as Item); i = last + 1) {
    keep(items[i] as Item);
    last = i;
  }
  for (let i = first - 1; i >= 0 && items[i] && mayBeStory(items[i] as Item); i = first - 1) {
    keep(items[i] as Item);
    first = i;
  }
}

/** "© 2026 North Desk. Independent reporting …", "Copyright …": a line opening with the sign is the page's own. */
export function opensWithCopyright(text: string): boolean {
  return /^(?:©|\(c\)\s|copyright\b)/iu.test(text.trim());
}

/**
 * "Notes to editors", «یادداشت برای خبرنگاران», "Note to editors / یادداشت برای ویراستاران": a release's head over
 * its standing notes (what the issuers are, where their offices are, who to call). All under it is furniture.
 */
const NOTES_TO_EDITORS =
  /^(?:notes?\s+(?:to|for)\s+editors|یادداشت(?:\u200C?ها)?\s+(?:برای|به)\s+(?:خبرنگاران|ویراستاران|رسانه\u200C?ها|دبیران))\s*:?$/iu;

/** Whether a line heads a release's notes to editors, in English, Dari or both halves of a bilingual head. */
export function isNotesToEditorsHead(text: string): boolean {
  // Every half opens with the head's first word: a line without it is read without splitting it.
  if (!NOTES_HEAD_WORD.test(text)) return false;
  // A release pasted from its web page may set the head in bold ("**Notes to editors**").
  return text
    .replace(/\*\*/g, '')
    .trim()
    .split(BILINGUAL_HEAD_SLASH)
    .every((half) => NOTES_TO_EDITORS.test(half.trim()));
}
const BILINGUAL_HEAD_SLASH = / \/ /;
/** The word every notes-to-editors head opens with, in either language. */
const NOTES_HEAD_WORD = /note|یادداشت/i;

/**
 * An encyclopedia page's end matter, under a head on its own line ("References", "External links [edit]",
 * «منابع», «پیوند به بیرون»): citations and links, not the story.
 */
const END_MATTER_HEAD =
  /^(?:references|notes and references|citations|external links|bibliography|works cited|sources|reference list|منابع|منابع و مآخذ|منابع و ماخذ|مآخذ|ماخذ|فهرست منابع|پانویس‌ها|پیوند به بیرون|پیوندهای بیرونی)(?:\s*\[\s*(?:edit|ویرایش)\s*\])?\s*[:：]?$/iu;
/** A citation: "… Kunduz floods kill 12". Example News. Retrieved 3 May 2024.', "Archived from the original …". */
const CITATION_LINE = new RegExp(
  `\\b(?:Retrieved|Accessed)(?:\\s+on)?\\s+(?:\\d{1,2}\\s+${ENGLISH_MONTH}|${ENGLISH_MONTH}\\s+\\d{1,2}|\\d{4}-\\d{2}-\\d{2})|\\bArchived from the original\\b`,
  'u',
);

/** The words a citation line holds, looked for before its whole pattern. */
const CITATION_CUE = /Retrieved|Accessed|Archived/;

/** A sentence of the text: a contents list or a heading has none. */
const isSentence = (item: Item): boolean =>
  item.kind === 'body' && item.text.length >= 40 && /[.!?؟»"”]$/u.test(item.text.trimEnd());
/** A paragraph of prose long enough that no reference entry of a list reads like it. */
const PROSE_CHARS = 160;
/**
 * A numbered or bulleted entry, or an author–date one as reference lists print them: "Rahimi, H. and Vogt, E.
 * (2020). …", "Sadat, N. (2024). …", "Karimi (2019). …".
 */
const REFERENCE_ENTRY =
  /^\s*(?:\d+\.|\^|↑|\[[\d\u06F0-\u06F9]+\]|[•*-])|^\p{Lu}[\p{L}\p{M}'’-]+,[ \t]+\p{Lu}\.|^\p{Lu}[^().\n]{0,120}\((?:\d{4}[a-z]?|n\.d\.)\)\./u;
const isProse = (item: Item): boolean => isProseParagraph(item) && !REFERENCE_ENTRY.test(item.text);
/** A paragraph of sentences longer than any one-line note. */
const isProseParagraph = (item: Item): boolean => isSentence(item) && item.text.length >= PROSE_CHARS;
const isCitation = (item: Item): boolean =>
  (CITATION_CUE.test(item.text) && CITATION_LINE.test(item.text)) || CITE_AS.test(item.text);
/** "Suggested citation: …", "Cite this paper as: …", «شیوهٔ ارجاع: …»: how the page asks to be cited. */
const CITE_AS =
  /^(?:suggested citation|recommended citation|how to cite(?: this [a-z]+)?|cite (?:this|the) [a-z]+(?: as)?|شیوهٔ ارجاع|شیوه ارجاع|نحوهٔ ارجاع|نحوه ارجاع)\s*[:：]/iu;

/**
 * End matter and citation lines are furniture: from the head on, and a citation line wherever it stands. The head
 * counts only after a paragraph of prose (a page's table of contents names "References" before the text), and a
 * paragraph of prose that is no citation ends the end matter (a lone «منابع» line inside an article).
 */
export function markEndMatter(items: Item[]): void {
  let inEndMatter = false;
  let proseSeen = false;
  items.forEach((item, i) => {
    if (item.kind === 'title') return;
    if (inEndMatter && isProse(item) && !isCitation(item)) inEndMatter = false;
    if (
      proseSeen &&
      !inEndMatter &&
      item.text.length <= MAX_NOTES_HEAD_CHARS &&
      END_MATTER_HEAD.test(item.text.trim()) &&
      (!BARE_SOURCES_HEAD.test(item.text.trim()) || opensReferenceList(items, i))
    )
      inEndMatter = true;
    proseSeen ||= isSentence(item);
    if (inEndMatter || isCitation(item)) item.kind = 'other';
  });
}

/** "Sources" alone may head an explainer's section on where a river's water comes from: end matter only over references. */
const BARE_SOURCES_HEAD = /^sources\s*[:：]?$/iu;

/** Whether the line after the head at `i` is a reference entry or a citation. */
function opensReferenceList(items: readonly Item[], i: number): boolean {
  const next = items.slice(i + 1).find((it) => it.text.trim() !== '');
  return next !== undefined && (REFERENCE_ENTRY.test(next.text) || isCitation(next));
}

/**
 * "ENDS", "***ENDS***", "-ENDS-", "###", "- 30 -", «پایان», "[END OF PROGRAMME]", "End of transcript": the mark a press
 * release, a broadcast or a transcript closes its text with.
 */
const RELEASE_END = /^(?:[-–—*#=\s]*(?:ENDS?|پایان)[-–—*#=\s]*|#{3}|[-–—]\s*30\s*[-–—])$/u;
const BROADCAST_END =
  /^\[?[ \t]*end[ \t]+of[ \t]+(?:the[ \t]+)?(?:programme|program|transcript|broadcast|show|episode|release|interview)[ \t]*\]?\.?$/i;

const isEndMark = (text: string) => RELEASE_END.test(text.trim()) || BROADCAST_END.test(text.trim());

/**
 * A release's notes to editors and all lines after their head are furniture, not the story; so is all a
 * release's end mark ("***ENDS***") leaves under it: its standing note on the issuer, its media contacts.
 */
export function markNotesToEditors(items: Item[]): void {
  const firstBody = items.findIndex((it) => it.kind === 'body');
  const head = items.findIndex(
    (it, i) =>
      it.text.length <= MAX_NOTES_HEAD_CHARS &&
      (isNotesToEditorsHead(it.text) || (i > firstBody && isEndMark(it.text))),
  );
  if (head < 0) return;
  const notes = releaseNotes(items, head);
  for (const item of items.slice(head)) if (item.kind !== 'title' && !notes.has(item)) item.kind = 'bio';
}

/**
 * "Notes to editors" over "- The programme runs from … Planned reach: …" over "About GHA": the release's own notes
 * on what it announces, up to the next part's head, are its text; the issuer's self-description and contacts are not.
 */
function releaseNotes(items: readonly Item[], from: number): ReadonlySet<Item> {
  const notes = new Set<Item>();
  const head = items.findIndex((it, i) => i >= from && isNotesToEditorsHead(it.text));
  if (head < 0) return notes;
  const rest = items.slice(head + 1);
  const partAt = rest.findIndex((item) => isReleasePartHead(item.text));
  const lines = partAt < 0 ? rest : rest.slice(0, partAt);
  const aboutPartFollows = partAt >= 0 && isAboutPartHead(rest[partAt]?.text ?? '');
  for (const item of lines) if (isStory(item) && isReleaseNote(item.text, aboutPartFollows)) notes.add(item);
  return notes;
}
/** Longest notes-to-editors head (characters). */
const MAX_NOTES_HEAD_CHARS = 80;

/** "Laila Noori is a reporter …": the paragraph after a name line is about that name. */
function describes(name: Item, bio: Item): boolean {
  return new RegExp(`^${escapeRegExp(name.text)}(?:,|\\s+(?:is|was|has|writes|covers|reports)\\b)`).test(
    bio.text,
  );
}
