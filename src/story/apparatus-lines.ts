/**
 * The apparatus a release, a briefing, a podcast's page or a series sets round its story, told line by line: the
 * list of who spoke, the contacts to call, the programme's production credit, the pointer to the series' next
 * part and a row of account links. They name places as labels do (an office's town, the studio's city, the next
 * part's subject), not as the story reports them.
 */
import {
  ACCOUNT_LINK_WORDS,
  CLAUSE_SUBJECT_WORDS,
  CONTACT_LABELS,
  DARI_LETTERHEAD_OPENERS,
  ENGLISH_AUXILIARIES,
  EPISODE_LABEL_WORDS,
  IMAGE_MARK_WORDS,
  REPORT_KIND_WORDS,
  PRODUCTION_BACKER_PHRASES,
  PROGRAMME_NOUNS,
  SERIES_NEXT_LABELS,
  SERIES_WORDS,
  SPEAKER_LIST_LABELS,
  hasSpeechVerb,
} from './lexicon.ts';
import { ANY_DIGIT, hasArabicScript, wordAlternation } from './regex-parts.ts';
import { wordCount as words } from './word-count.ts';

/** Alternation of lexicon phrases, spaces and ZWNJs read loosely. */
const phrases = (list: readonly string[]): string =>
  wordAlternation(list.map((p) => p.replace(/[\u200C ]/gu, ' '))).replace(/ /gu, '[\\s\\u200C]+');

/** "Speakers:", «سخنرانان:» opening the line. */
const SPEAKER_LABEL = new RegExp(`^(?:${phrases(SPEAKER_LIST_LABELS)})\\s*[:：]\\s*(?<rest>\\S.*)$`, 'iu');
/** Between a list's entries: a semicolon, or a sentence's stop before the next label ("… . Moderator: …"). */
const ENTRY_BREAK = /[;؛]|\.\s+/u;
/** Longest entry (words) of a speakers' list: a name, a role, a body and where it sits. */
const MAX_ENTRY_WORDS = 14;
/** An English entry's name before its first comma, every word capitalised: "Dr Noorullah Sadat", "Moderator: …". */
const CAPITALISED_NAME = /^\s*\p{Lu}[\p{L}\p{M}'’.:-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.:-]*)*\s*$/u;
/** Whether an entry opens on a name: a Latin one capitalised ("Women from Taloqan, …" is a phrase, not a name). */
const opensOnName = (entry: string): boolean => {
  const name = entry.split(/[,،]/u)[0] ?? '';
  return hasArabicScript(name) || CAPITALISED_NAME.test(name);
};

/**
 * "Speakers: Ingrid Haavik, Chief of Programme, UNMAS Afghanistan; Dr Noorullah Sadat, …", «سخنرانان: داکتر …،
 * رئیس صحت عامه کندز؛ …»: each entry a name and a role after a comma, short; a sentence after the label ("Speakers:
 * farmers from Archi said …") opens on a lower-case word or has no comma.
 */
export function isSpeakerList(text: string): boolean {
  const rest = SPEAKER_LABEL.exec(text.trim())?.groups?.['rest'];
  if (!rest) return false;
  const entries = rest.split(ENTRY_BREAK).filter((e) => /\p{L}/u.test(e));
  return (
    entries.length > 0 &&
    entries.every((e) => /[,،]/u.test(e) && words(e) <= MAX_ENTRY_WORDS && opensOnName(e))
  );
}

/** "Media contacts:", «برای تماس:» opening the line. */
const CONTACT_LABEL = new RegExp(`^(?:${phrases(CONTACT_LABELS)})\\s*[:：]`, 'iu');
/** An e-mail address: the at sign between a name and a domain. */
const EMAIL = /\S@[\w-]{1,63}\.\w/u;
/** Fewest digits of a phone number ("+93 (0) 700 000 000", «۰۷۹۹۱۲۳۴۵۶»). */
const MIN_PHONE_DIGITS = 8;
/** Whether a line gives an e-mail address or a phone number's digits. */
const givesReach = (line: string): boolean =>
  EMAIL.test(line) || (line.match(/\p{Nd}/gu)?.length ?? 0) >= MIN_PHONE_DIGITS;
/** Longest contact line (words). */
const MAX_CONTACT_WORDS = 40;
/** Between a contact line's entries: a comma, a semicolon, a bar, a dot or a slash. */
const CONTACT_ENTRY_BREAK = /[,،;؛|·•/]/u;
/** Longest entry (words) of a contact line: a name, a role, an office, a number. */
const MAX_CONTACT_ENTRY_WORDS = 8;

/**
 * "Media contacts: Mariam Yusufzai, UNMAS Kabul, +93 …", "For more information: … office in Taloqan, …@…":
 * whom to call and how. A label with no address or number ("Contact: the clinic in Kunduz …") is the text.
 */
export function isContactLine(text: string): boolean {
  const line = text.trim();
  if (!CONTACT_LABEL.test(line) || !givesReach(line) || words(line) > MAX_CONTACT_WORDS) return false;
  // "Contact: the clinic in Pul-i-Khumri said it had treated 120 patients …" is a sentence, not a list of entries.
  return (
    !hasSpeechVerb(line) && line.split(CONTACT_ENTRY_BREAK).every((e) => words(e) <= MAX_CONTACT_ENTRY_WORDS)
  );
}

/** "is produced in", "was recorded at": the making of a programme. */
const PRODUCED_EN = /\b(?:is|are|was|were)\s+(?:produced|recorded|edited|mixed)\s+(?:in|at|by)\b/iu;
/**
 * «تهیه شده», «ضبط شده»: the making of a programme in Dari, whose verb closes its sentence («… تهیه شده است.»);
 * «… تهیه شده است و … ادامه دارد» goes on with a story.
 */
const PRODUCED_DA = /(?:تهیه|ضبط|تولید)\s+(?:شده(?:\s+است)?|می[\u200C ]?شود)\s*(?:[.!؟]|$)/u;
/**
 * A backer opens its sentence ("… Kabul. Sponsored by listeners like you."), not a story's clause ("… and is funded
 * by listeners"). A Dari backer («با همکاری ریاست زراعت …») is as often an aid programme's: a Dari credit names
 * its programme («این گزارش با حمایت … تهیه شده است»).
 */
const BACKER = new RegExp(`(?:^|[.!?]\\s+)(?:${phrases(PRODUCTION_BACKER_PHRASES)})(?![\\p{L}])`, 'iu');
const THIS_PROGRAMME = new RegExp(`^(?:this|این)\\s+(?:${phrases(PROGRAMME_NOUNS)})(?![\\p{L}])`, 'iu');
/** "Produced by North Audio in Mazar-i-Sharif.", "Recorded at …": a credit line opening on its verb. */
/** A verb one of CREDIT_OPENING, PRODUCED_EN and PRODUCED_DA needs: a line without one is none of them. */
const CREDIT_VERB = /produced|recorded|edited|mixed|hosted|تهیه|ضبط|تولید/iu;
const CREDIT_OPENING = /^(?:produced|recorded|edited|mixed|hosted)\s+(?:by|at)\s/iu;
/** A main clause after a comma ("Produced by farmers in Kunduz, the melons reach …"): the opening was a participle's. */
const CLAUSE_AFTER_COMMA = new RegExp(`[,،]\\s+${wordAlternation(CLAUSE_SUBJECT_WORDS)}\\s`, 'u');
/** Longest credit line (words) opening on its verb. */
const MAX_OPENING_CREDIT_WORDS = 20;
/** Longest production credit (words). */
const MAX_CREDIT_WORDS = 40;

/**
 * "Across the North is produced in Kabul and Mazar-i-Sharif. Sponsored by listeners like you.", "This episode was
 * recorded in Taloqan.", «این برنامه در مزار شریف تهیه شده است»: where and by whom a programme is made. "Most of the
 * rice is produced in Kunduz" names neither the programme nor a backer, and is the text.
 */
export function isProductionCredit(text: string): boolean {
  const line = text.trim();
  // The cheap tests first: most lines open on no credit verb and hold no making verb.
  if (!CREDIT_VERB.test(line)) return false;
  if (!CREDIT_OPENING.test(line) && !PRODUCED_DA.test(line) && !PRODUCED_EN.test(line)) return false;
  if (hasSpeechVerb(line)) return false;
  if (CREDIT_OPENING.test(line) && words(line) <= MAX_OPENING_CREDIT_WORDS)
    return !CLAUSE_AFTER_COMMA.test(line);
  if (words(line) > MAX_CREDIT_WORDS) return false;
  if (PRODUCED_DA.test(line)) return THIS_PROGRAMME.test(line);
  if (!PRODUCED_EN.test(line)) return false;
  // "… is produced at a bakery in Archi. Funded by a local trader, it opened in March.": a backer's clause is news.
  return (BACKER.test(line) && !CLAUSE_AFTER_COMMA.test(line)) || THIS_PROGRAMME.test(line);
}

/** "Next part:", «بخش بعدی:» opening a sentence. */
const SERIES_NEXT = new RegExp(`(?:^|(?<=[.!؟]\\s))(?:${phrases(SERIES_NEXT_LABELS)})\\s*[:：]\\s*\\S`, 'iu');
const SERIES_WORD = new RegExp(`(?:^|[\\s«"“])(?:${phrases(SERIES_WORDS)})`, 'iu');
const OPENS_WITH_NEXT = new RegExp(`^(?:${phrases(SERIES_NEXT_LABELS)})\\s*[:：]`, 'iu');
/** Longest series note (words). */
const MAX_SERIES_NOTE_WORDS = 40;

/**
 * "Next part: the caravanserais of Rustaq.", «این روایت بخشی از مجموعهٔ «…» است. بخش بعدی: سرای‌های کهنهٔ رستاق.»:
 * the series' pointer to its next part, alone or after the note that places the piece in its series.
 */
export function isSeriesPointer(text: string): boolean {
  // The label's colon first: most lines have none, and are not searched for a label.
  if (!text.includes(':') && !text.includes('：')) return false;
  const line = text.trim();
  const next = SERIES_NEXT.exec(line);
  // The next part's subject is a phrase: "Next part: the governor said the road would reopen" reports news.
  if (!next || words(line) > MAX_SERIES_NOTE_WORDS || tellsEvent(line.slice(next.index + next[0].length - 1)))
    return false;
  return OPENS_WITH_NEXT.test(line) || SERIES_WORD.test(line);
}

const ACCOUNT_LINK = new RegExp(`^(?:${phrases(ACCOUNT_LINK_WORDS)})$`, 'iu');
/** Between a row's links: two spaces or more, a bar, a dot. */
const LINK_GAP = /[|·•]|\s{2,}/u;
/** Longest row of account links (characters): a longer line is never one. */
const MAX_LINKS_CHARS = 80;

/** "Search   Subscribe   Log in", «جستجو | ورود»: a row of two or more of the site's account links, nothing else. */
export function isAccountLinks(text: string): boolean {
  // No gap, one item: a line without one is not split.
  if (text.length > MAX_LINKS_CHARS || !LINK_GAP.test(text)) return false;
  const items = text
    .split(LINK_GAP)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length >= 2 && items.every((item) => ACCOUNT_LINK.test(item));
}

/** Pictographs a page sets before a byline or a date ("✍️ نویسنده: …", "🖊 By …"), with their joiners and space. */
const LEADING_ICONS = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;

/** The line without the icons in front of it: "✍️ نویسنده: فرهاد عزیزی" reads as «نویسنده: فرهاد عزیزی». */
export const withoutLeadingIcons = (line: string): string => line.replace(LEADING_ICONS, '');

/** A Dari verb's ending or present prefix: a line with one is a sentence, not a letterhead's line. */
const DARI_VERB =
  /(?:^|\s)(?:است|اند|هستند|نیست|باشد|(?:بود|شد|کرد|گفت)(?:ند)?|شده|نوشت|گردید(?:ند)?|می[\u200C ]?\S+|ن?کرده|دارد|دارند)(?=\s|$|[.،])/u;
const ENGLISH_AUXILIARY = new RegExp(
  `(?<![\\p{L}])${wordAlternation(ENGLISH_AUXILIARIES)}(?![\\p{L}])`,
  'iu',
);

/** Whether a phrase has a verb that tells something happening: a speech verb, an auxiliary or a Dari verb. */
export function tellsEvent(phrase: string): boolean {
  return hasSpeechVerb(phrase) || ENGLISH_AUXILIARY.test(phrase) || DARI_VERB.test(phrase);
}

/** A sentence's stop inside or at the end of the line, or a quotation. */
const SENTENCE_MARK = /[.!؟?](?:\s|$)|[«»"“”]/u;
/** A letterhead line opens on its body, its office or the document's number or date («شورای …», «تاریخ: …»). */
const LETTERHEAD_OPENER = new RegExp(`^${phrases(DARI_LETTERHEAD_OPENERS)}(?![\\p{L}])`, 'u');
/** Longest line (words) of a letterhead: «تاریخ: سه‌شنبه ۲۴ جدی ۱۳۹۸ هـ.ش – ساعت ۹:۰۰ قبل از ظهر». */
const MAX_LETTERHEAD_WORDS = 14;

/**
 * «شورای ولایتی کندز»، «ریاست دارالانشاء»، «صورت جلسهٔ شمارهٔ (۳۱)»، «تاریخ: …»: a line of a Dari letterhead under
 * the state's name — the issuing body, its office, the document's number and date — short, opening on one of
 * those, with no verb.
 */
export function isDariLetterheadLine(text: string): boolean {
  const line = text.trim();
  // A headline under it («شیوع سرخکان در ولسوالی کشم و جرم») is short and verbless too, but opens on its news.
  if (!LETTERHEAD_OPENER.test(line) || words(line) > MAX_LETTERHEAD_WORDS) return false;
  return !DARI_VERB.test(line) && !SENTENCE_MARK.test(line.replace(/\p{Nd}[.:]\p{Nd}|هـ\.ش/gu, ''));
}

/** "Photo: Name / Archive", «عکس: احمدشاه رسولی / آرشیف», «عکس از: …»: a credit line opening on its label. */
const CREDIT_LABEL = new RegExp(
  `^(?:${wordAlternation([...IMAGE_MARK_WORDS, 'عکاس'])})s?(?:\\s+(?:از|by))?\\s*[:：]`,
  'iu',
);
/** Longest caption (words) read over a credit. */
const MAX_CAPTION_WORDS = 30;

/** Whether a line is a picture's credit opening on its label. */
export const isCreditLine = (text: string): boolean => CREDIT_LABEL.test(text.trim());

/**
 * «دهقانان در کنار یک نهر خشک‌شده در ولسوالی علی‌آباد کندز.»: a Dari caption's phrase, perhaps closed by a full
 * stop, with no verb, no quotation and no more than one sentence.
 */
export function isCaptionPhrase(text: string): boolean {
  const line = text.trim();
  // A paragraph over a credit in an English photo essay is the story's, and so is a Dari sentence with its verb.
  if (!hasArabicScript(line) || /\p{Script=Latin}/u.test(line) || tellsEvent(line)) return false;
  return words(line) <= MAX_CAPTION_WORDS && !/[«»"“”]/u.test(line) && !/[.!?؟]\s/u.test(line);
}

/** A report's kind and number: "Situation Report No. 2", "Factsheet No. 4", «گزارش ادواری شماره ۷». */
const REPORT_NUMBER = new RegExp(
  `(?:^|[\\s—–-])(?:${phrases(REPORT_KIND_WORDS)})[\\s\\u200C]+(?:No\\.?|Number|#|شمارهٔ?)[\\s\\u200C]*${ANY_DIGIT}`,
  'iu',
);
/** Longest report title line (words). */
const MAX_REPORT_TITLE_WORDS = 30;

/**
 * "Afghanistan: North-east Region – Heavy Snowfall …, Situation Report No. 2 (as of 4 December 2026)", "Cash for
 * Work: Canal Rehabilitation in Baghlan and Takhar — Factsheet No. 4": a report's title line, which names its
 * kind and number and so is a headline however it is punctuated; a sentence that cites one is not.
 */
export function isReportTitle(text: string): boolean {
  const line = text.trim();
  if (words(line) > MAX_REPORT_TITLE_WORDS || !REPORT_NUMBER.test(line)) return false;
  return !/[.!?؟]$/u.test(line) && !/[.!?؟]\s+\p{L}/u.test(line.replace(/\bNo\.\s/gu, 'No '));
}

/** "Episode 27 · 41 min · 12 May 2026", «قسمت ۲۷ | ۴۰ دقیقه»: an episode's or an issue's label and number. */
const EPISODE_LABEL = new RegExp(`^(?:${phrases(EPISODE_LABEL_WORDS)})\\.?\\s*#?${ANY_DIGIT}`, 'iu');

/** Whether a line is the label of a site's episode or issue, under the site's or the show's name. */
export const isEpisodeLabel = (text: string): boolean => EPISODE_LABEL.test(text.trim());

/** A headline of a question and a phrase: "Who owns the summer? Shepherds and herders in Andarab". */
const QUESTION_THEN_PHRASE =
  /^[\p{Lu}\p{Lo}][^.!?؟\n]{2,80}[?؟] [\p{Lu}\p{Lo}][^.!?؟\n]{2,100}[^.!?؟,:;"”»)\n]$/u;
/** Longest question headline (words). */
const MAX_QUESTION_HEADLINE_WORDS = 20;

/**
 * "Who owns the summer? Shepherds and herders in Andarab", «چه کسی صاحب آب است؟ میراب‌های قلعهٔ ذال»: a headline that
 * asks, then names its subject in a phrase with no stop; a question and its answer ("Where is he? He left.") close.
 */
export function isQuestionHeadline(text: string): boolean {
  const line = text.trim();
  return words(line) <= MAX_QUESTION_HEADLINE_WORDS && QUESTION_THEN_PHRASE.test(line);
}

/** "[00:01:48] MARIAM RAHIMI: …", "(12:05) SATTAR: …": a timecode in brackets, then a speaker's label and a colon. */
const TIMED_TURN = new RegExp(
  `^[[(]${ANY_DIGIT}{1,2}:${ANY_DIGIT}{2}(?::${ANY_DIGIT}{2})?[\\])][ \\t]*[^:\\n]{1,60}:[ \\t]*\\S`,
  'u',
);

/** A transcript's timed turn: what a speaker says, however short ("Better than Kunduz?"), never a subhead. */
export const isTimedTurn = (text: string): boolean => TIMED_TURN.test(text.trim());

/**
 * The spans of a passage's lines that are a speakers' list: kept in the text, since they give each speaker's name
 * in full for the turns' labels ("WARDAK:" is Karim Jan Wardak), but their places (an office's town) never link.
 */
export function speakerListSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (isSpeakerList(text.slice(start, end))) spans.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return spans;
}
