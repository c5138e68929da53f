import {
  COMMENT_PICTOGRAPHS,
  CONTACT_LABELS,
  DARI_ROLE_WORDS,
  FEMALE_ROLE_WORDS,
  MALE_ROLE_WORDS,
  MINUTES_ROLL_LABELS,
  ROLE_NOUNS,
  SHOW_SUBJECT_WORDS,
  SPEAKER_LIST_LABELS,
  FREQUENCY_UNITS,
  NOTICE_FIELD_LABELS,
  POST_FLAG_WORDS,
  READING_TIME_WORDS,
  REPORT_STAMP_OPENERS,
  STAMP_CLOCK_WORDS,
  REPORTER_ROLE_WORDS,
  SHOW_KIND_WORDS,
} from './lexicon.ts';
import { ANY_DIGIT, ENGLISH_MONTH, escapeRegExp, phraseAlternation } from './regex-parts.ts';
import { tellsEvent } from './apparatus-lines.ts';
import { moreWordsThan, wordCount as words } from './word-count.ts';
import { SOLAR_MONTH } from './dari-chrome.ts';
import { normalizeName } from './normalize.ts';

// Furniture told by the shape of a line more than its words, for lines a page puts round a story: a reader's
// comment under a pictograph, a broadcaster's ident, a box of notice fields, a writer's line over a reading time.
// And one shape that looks like a menu but is a post's own heading: a flag and one headline.

/**
 * "💬 Hamid: …", "↳ laila_k: …": a comment pictograph, a handle of one to three words, a colon, the comment — not
 * opening on a quotation mark, which a channel's quoted speaker does ("💬 Governor Ahmadi: «…»").
 */
const COMMENT_LINE = new RegExp(
  `^\\s*(?:${COMMENT_PICTOGRAPHS.map(escapeRegExp).join('|')})\\uFE0F?\\s*(?<handle>[^\\s:：.!?؟]{1,30}(?:\\s[^\\s:：.!?؟]{1,30}){0,2})\\s*[:：]\\s*(?![«"“‘'])\\S`,
  'u',
);

/** Whether a word is a role or office («والی», "director", "spokesman"): it names a speaker, not a reader. */
const isRoleWord = (word: string): boolean => {
  const key = normalizeName(word);
  return (
    ROLE_NOUNS.has(key) || MALE_ROLE_WORDS.has(key) || FEMALE_ROLE_WORDS.has(key) || DARI_ROLE_WORDS.has(key)
  );
};

/**
 * A reader's comment or reply on a social page: the comment box, not the post. A role before the colon ("💬 Health
 * director: …", «💬 والی بغلان: …») is a post quoting an official: the story's text.
 */
export function isPictographComment(text: string): boolean {
  // The handle's colon first: most lines have none.
  if (!text.includes(':') && !text.includes('：')) return false;
  const handle = COMMENT_LINE.exec(text)?.groups?.['handle'];
  return handle !== undefined && !handle.split(/\s+/u).some(isRoleWord);
}

/** Longest ident (words): the station's name, its frequency and its town. */
const MAX_IDENT_WORDS = 12;
const FREQUENCY = new RegExp(
  `(?:^|\\s)${ANY_DIGIT}{2,4}(?:[.٫]${ANY_DIGIT}{1,2})?\\s*(?:${phraseAlternation(FREQUENCY_UNITS)})(?![\\p{L}])`,
  'iu',
);
/** The dashes and bars an ident puts between its parts, spaced. */
const IDENT_SEPARATOR = /\s[–—|-]\s/u;
/** Between an ident's parts: its dashes and bars, and the comma of "Faizabad, Badakhshan". */
const IDENT_PARTS = /\s[–—|-]\s|[,،]/u;
/** Longest part of an ident (words): "Radio Kokcha 92.5 FM", «رادیو آوای شمال». */
const MAX_IDENT_PART_WORDS = 5;
/** A sentence's stop anywhere, the decimal point of a frequency apart. */
const STOP = /[.!?؟](?!\p{Nd})/u;

/**
 * "Radio Sada-e-Kokcha – 101.4 FM – Faizabad", «رادیو آوای شمال – ۹۲.۵ اف‌ام – تالقان»: a broadcaster's name, its
 * frequency and its town between dashes. The town is where the station is, not the story's place.
 */
export function isStationIdent(text: string): boolean {
  const line = text.trim();
  // A headline or a sentence round a frequency ("Radio Roshani – 93.1 FM – went off air in Khanabad.") tells news.
  return (
    IDENT_SEPARATOR.test(line) &&
    FREQUENCY.test(line) &&
    words(line) <= MAX_IDENT_WORDS &&
    !STOP.test(line) &&
    line.split(IDENT_PARTS).every((part) => words(part) <= MAX_IDENT_PART_WORDS) &&
    !tellsEvent(line)
  );
}

const NOTICE_LABEL = `(?:${phraseAlternation(NOTICE_FIELD_LABELS)})`;
const NOTICE_FIELD = new RegExp(`(?:^|[|·•,،;]\\s*)${NOTICE_LABEL}\\s*[:：]`, 'giu');
/** A notice of the next sitting ("NEXT MEETING:", «جلسهٔ بعدی:»): a notice label that names the next one. */
const NEXT_NOTICE = new RegExp(
  `^(?:${phraseAlternation(NOTICE_FIELD_LABELS.filter((label) => /^next\s|\sبعدی$/u.test(label)))})\\s*[:：]`,
  'iu',
);
/** Longest piece of a notice's field (words): a day, a hall, a town, "open to all". */
const MAX_FIELD_PIECE_WORDS = 5;
/** Longest notice box (words). */
const MAX_NOTICE_WORDS = 30;

/** The number of notice fields a line opens or sets apart ("Venue: …", "· Kick-off: …"), counted up to two. */
function noticeFields(line: string): number {
  NOTICE_FIELD.lastIndex = 0;
  let count = 0;
  while (count < 2 && NOTICE_FIELD.exec(line) !== null) count++;
  return count;
}

/**
 * "Venue: Central Stadium, Kunduz · Kick-off: 15:00", "NEXT MEETING: Wednesday 10 June, municipal hall,
 * Pul-e-Khumri. Open to the public.", «محل: تالار ولایت، فیض‌آباد | زمان: ساعت ۱۰ صبح»: a box of where and when,
 * two fields or a "next" notice, each piece of its values a few words, no sentence among them.
 */
export function isNoticeBox(text: string): boolean {
  const line = text.trim();
  if (!line.includes(':') && !line.includes('：')) return false;
  if (moreWordsThan(line, MAX_NOTICE_WORDS) || /["“”«»]/u.test(line)) return false;
  const opensOnField = new RegExp(`^${NOTICE_LABEL}\\s*[:：]`, 'iu').test(line);
  if (!(opensOnField && noticeFields(line) >= 2) && !NEXT_NOTICE.test(line)) return false;
  const value = line.slice(line.search(/[:：]/u) + 1);
  return value
    .split(/[,،;|·•]|[.!?؟](?:\s|$)|\s[–—]\s/u)
    .every((piece) => words(piece) <= MAX_FIELD_PIECE_WORDS);
}

const POST_FLAG = new RegExp(
  `^\\p{Extended_Pictographic}\\uFE0F?\\s*(?:${phraseAlternation(POST_FLAG_WORDS)})\\s*[|:：]\\s*(?<head>[^|•·]+)$`,
  'iu',
);
/** Fewest words of a flagged post's heading: a flag over a lone word is a button. */
const MIN_FLAGGED_HEAD_WORDS = 3;

/**
 * «🔴 فوری | آتش‌سوزی در مندوی کندز», "🔴 BREAKING | Fire in Kunduz bazaar": a channel post's flag and its one
 * heading. Two items between a bar, like a menu, but the second is the post's headline, its text.
 */
export function isFlaggedPostHead(text: string): boolean {
  const head = POST_FLAG.exec(text.trim())?.groups?.['head'];
  return head !== undefined && words(head) >= MIN_FLAGGED_HEAD_WORDS;
}

const READING_TIME = new RegExp(phraseAlternation(READING_TIME_WORDS), 'iu');
/** «حمیدالله نوری – بغلان», "Farida Ahmadi, Kunduz": a name of two to four words, a dash or comma, a town. */
const WRITER_AND_TOWN =
  /^(?:[\p{L}\p{M}\u200C.'’-]+\s+){1,3}[\p{L}\p{M}\u200C.'’-]+\s*(?:\s[–—-]|[,،])\s*[\p{L}\p{M}\u200C'’-]+(?:\s[\p{L}\p{M}\u200C'’-]+)?$/u;

/** Whether a line holds a reading-time field ("6 min read", «زمان مطالعه: ۸ دقیقه»), as a byline's line of fields does. */
export function hasReadingTime(text: string): boolean {
  return READING_TIME.test(text);
}

/**
 * A writer's name and town standing right over the line of the date and reading time: the byline, whose town
 * is where the writer files from.
 */
export function isWriterOverReadingTime(text: string, next: string | undefined): boolean {
  return next !== undefined && hasReadingTime(next) && WRITER_AND_TOWN.test(text.trim());
}

/** The labels over a list of speakers or contacts; a minutes' roll («حاضرین:») lists members and their seats, the record's text. */
const BLOCK_LABEL = new RegExp(
  `^(?:${phraseAlternation([...SPEAKER_LIST_LABELS, ...CONTACT_LABELS].filter((label) => !MINUTES_ROLL_LABELS.includes(label)))})\\s*[:：]$`,
  'iu',
);
/** A sentence closing inside a line: after a word, not a title's abbreviation ("Dr. Sadat"), or a Dari stop. */
const LISTED_SENTENCE_END = /\p{Ll}{2}[.!?]\s|[.؟!]\s(?=[\u0600-\u06FF])/u;
/** Longest line of a labelled list (words): a name and a role, an office, a number. */
const MAX_LISTED_LINE_WORDS = 25;
/** What sets a listed line's parts apart: "Name, role; office", «نام – وظیفه», "Phone: …", an address's @. */
const LISTED_PARTS = /[,،;؛:|–—@]/u;
/** Longest listed line without parts (words): an office's name, «دفتر ارتباطات مهش». */
const MAX_UNPARTED_LISTED_WORDS = 6;

/** "Participants:", «برای معلومات بیشتر:» alone on its line: the head of a list of who spoke or whom to call. */
export function isListLabelAlone(text: string): boolean {
  return BLOCK_LABEL.test(text.trim());
}

/**
 * A line under such a label: "Jawed Andarabi, trade economist; former customs official at Sher Khan Bandar",
 * «محمد حنیف نظری، مسئول اطلاعات و ارتباط عامه», a phone, an address — short, and no sentence inside.
 */
export function isListedLine(text: string): boolean {
  const line = text.trim();
  // A list's line is set out in parts (a name, a role; an office, a number) or is a few words; it tells nothing.
  return (
    words(line) <= MAX_LISTED_LINE_WORDS &&
    !LISTED_SENTENCE_END.test(`${line} `) &&
    !/["“”«»]/u.test(line) &&
    (LISTED_PARTS.test(line) || words(line) <= MAX_UNPARTED_LISTED_WORDS) &&
    !tellsEvent(line)
  );
}

/** "👁 2.1K  07:05", "👀 874 14:20": a channel post's view counter and time, the foot of the post. */
const VIEW_COUNTER = /^(?:👁|👀)\uFE0F?\s*\p{Nd}[\p{Nd}.,٫]*[KkMm]?(?![\p{L}])/u;

/** Whether a line is a channel post's view counter. */
export function isViewCounter(text: string): boolean {
  return VIEW_COUNTER.test(text.trim());
}

/** A signature's line opens on an icon ("📡 North Wire", «✍️ دفتر مطبوعاتی») or a handle ("@kunduzmun"). */
const SIGNATURE_OPENER = /^(?:\p{Extended_Pictographic}|@)/u;
/** Longest line of a post's signature (words): a page's or channel's name and handle. */
const MAX_SIGNATURE_WORDS = 10;

/**
 * «🏛 صفحهٔ رسمی شاروالی فیض‌آباد», "📡 North Wire | Kunduz • Takhar": a line of the signature standing over a post's
 * view counter, short and closing no sentence. The towns there are the channel's, not the post's.
 */
export function isSignatureLine(text: string): boolean {
  const line = text.trim();
  // A signature is marked: its lines open on the channel's icon or handle; a post's own last lines («ورسج») are not.
  return (
    SIGNATURE_OPENER.test(line) &&
    words(line) <= MAX_SIGNATURE_WORDS &&
    !/[.!?؟]$/u.test(line) &&
    !/[.!?؟]\s/u.test(line)
  );
}

const REPORTER_ROLE = new RegExp(
  `^(?:${phraseAlternation(REPORTER_ROLE_WORDS)})(?![\\p{L}\\p{M}\\u200C])`,
  'iu',
);
/** Longest role line under a byline's name (words). */
const MAX_ROLE_WORDS = 6;
/** Longest name line over a role (words). */
const MAX_NAME_WORDS = 4;

/**
 * What follows the role in a role line: nothing, a comma or dash before the desk ("Correspondent, Kunduz desk"),
 * a name in capitals or a preposition before one ("Reporter for Pajhwok"), or Dari's desk («خبرنگار بخش تخار»); a
 * headline's verb ("Reporter detained in Taloqan") is none of these.
 */
const AFTER_ROLE = /^(?:$|\s*[,،–—|]|\s+(?:(?:for|at|in|of|with)\s+)?\p{Lu}|\s+[\u0600-\u06FF])/u;

/** «گزارشگر بخش افغانستان», "Reporter, North Desk": a reporter's role alone on its line, no sentence, no label colon. */
export function isReporterRoleLine(text: string): boolean {
  const line = text.trim();
  const role = REPORTER_ROLE.exec(line);
  // A role line is set as a title, capital first: "reporter in Khanabad for twenty years" goes on a sentence.
  return (
    role !== null &&
    !/^\p{Ll}/u.test(line) &&
    AFTER_ROLE.test(line.slice(role[0].length)) &&
    words(line) <= MAX_ROLE_WORDS &&
    !/[.!?؟:：]/u.test(line) &&
    !tellsEvent(line)
  );
}

/** «فرشته رحیمی», "Sahar Noori": a name alone on its line, a few words of letters. */
export function isBareNameLine(text: string): boolean {
  const line = text.trim();
  return words(line) <= MAX_NAME_WORDS && /^[\p{L}\p{M}\u200C.'’ -]+$/u.test(line) && !line.endsWith('.');
}

const REPORT_STAMP = new RegExp(`^(?:${phraseAlternation(REPORT_STAMP_OPENERS)})\\s`, 'iu');
const YEAR = new RegExp(`${ANY_DIGIT}{4}`, 'u');
/** Longest report stamp (words). */
const MAX_STAMP_WORDS = 12;

/** A stamp's own words: a month, English or Dari, or a clock's ("time", «ساعت», «عصر»). */
const STAMP_WORD = new RegExp(
  `^(?:${ENGLISH_MONTH}|${SOLAR_MONTH}|${phraseAlternation(STAMP_CLOCK_WORDS)})$`,
  'iu',
);
/** Most words of a stamp besides its opener, numbers, months and clock: a zone's, "(Kabul time)". */
const MAX_STAMP_OTHER_WORDS = 2;

/** The words of a stamp after its opener that are no number, month or clock word. */
function stampOtherWords(line: string): number {
  const rest = line.replace(REPORT_STAMP, '');
  return rest.split(/[\s,،()]+/u).filter((w) => /\p{L}/u.test(w) && !STAMP_WORD.test(w)).length;
}

/**
 * "As of 3 December 2026, 16:00 (Kabul time)", «وضعیت تا ۱۲ قوس ۱۴۰۵»: when a report's figures stand, its date and
 * time and nothing else — "As of 2026, Burka still has no bridge" is a subhead that reports.
 */
export function isReportStamp(text: string): boolean {
  const line = text.trim();
  return (
    REPORT_STAMP.test(line) &&
    YEAR.test(line) &&
    words(line) <= MAX_STAMP_WORDS &&
    // A stamp closes on its time or zone, never on a full stop: "As of 3 May 2026, Rustaq had no tents." reports.
    !/[.!?؟]/u.test(line.replace(/\p{Nd}[.:]\p{Nd}/gu, '')) &&
    stampOtherWords(line) <= MAX_STAMP_OTHER_WORDS
  );
}

/**
 * A show's name, a dash, what kind of show and what it is about: "— a weekly podcast about …", «– برنامه‌ای هفتگی
 * دربارهٔ …» (Dari's adjective after the kind). "for" and "from" are left out: "a show for the cameras", "the
 * programme officer from Khanabad", «برنامه‌ای برای خانواده‌ها» are the story's.
 */
const SHOW_TAGLINE = new RegExp(
  `^[^—–|.!?؟]{1,60}\\s[—–|]\\s(?:(?:a|an|the)\\s)?(?:[\\p{L}\\p{M}\\u200C-]+\\s){0,2}?(?:${phraseAlternation(SHOW_KIND_WORDS)})(?:\\s[\\u0600-\\u06FF\\u200C]+)?\\s(?:${phraseAlternation(SHOW_SUBJECT_WORDS)})\\s`,
  'iu',
);
/** The dash or bar SHOW_TAGLINE needs between the show's name and its kind. */
const TAGLINE_DASH = /[—–|]/u;
/** Longest show tagline (words). */
const MAX_TAGLINE_WORDS = 20;

/**
 * "PAPER MONEY — a podcast about how money moves in Afghanistan", «صدای دهقان – برنامه‌ای هفتگی دربارهٔ زراعت در
 * تخار»: a show's name and what it is about, the page's masthead. Its places are the show's beat, not the story's.
 */
export function isShowTagline(text: string): boolean {
  const line = text.trim();
  // No dash or bar, no tagline: the cheap look first, before the words are counted.
  return (
    TAGLINE_DASH.test(line) &&
    !moreWordsThan(line, MAX_TAGLINE_WORDS) &&
    !/[.!?؟]$/u.test(line) &&
    SHOW_TAGLINE.test(line)
  );
}
