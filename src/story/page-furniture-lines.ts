import { SOLAR_MONTH } from './dari-chrome.ts';
import {
  DARI_TIME_UNITS,
  DARI_WEEKDAYS,
  ENGLISH_MONTHS,
  ENGLISH_TIME_ABBREVIATIONS,
  ENGLISH_TIME_UNITS,
  ENGLISH_WEEKDAYS,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/**
 * Round 21b: lines a page sets round a story that read like sentences — a comment box's "Name · 2 days ago: …"
 * lines, a station's "broadcasts daily on FM in …" tagline, a "More opinion:" run of headlines, a live page's
 * "Last updated: 21:52 Kabul time" stamp and a feature's "Name in Place, Province province" byline. Each is
 * one line whose shape alone says it is furniture; a story's sentence with the same words has another shape.
 */

/** "2 days ago", "an hour ago", «۲ روز پیش», «یک ساعت قبل»: how long ago a comment went up. */
const EN_AGE_UNIT = `(?:${[...ENGLISH_TIME_UNITS, ...ENGLISH_TIME_ABBREVIATIONS].join('|')})s?`;
const EN_AGE_COUNTED = String.raw`(?:\d+|an?|one)\s+${EN_AGE_UNIT}\s+ago`;
const DA_AGE_COUNTED = String.raw`(?:[0-9۰-۹]+|یک)\s+(?:${DARI_TIME_UNITS.join('|')})\s+(?:پیش|قبل)`;
const EN_AGE = String.raw`${EN_AGE_COUNTED}|just\s+now|yesterday`;
const DA_AGE = String.raw`${DA_AGE_COUNTED}|دیروز`;
/** A commenter's name or handle: one to four words, no sentence inside. */
const COMMENTER = String.raw`[\p{L}@][\p{L}\p{M}\p{N}_.'’\u200C-]*(?:\s+[\p{L}\p{M}\p{N}_.'’\u200C-]+){0,3}`;
/** "yesterday" alone is an age only after a comment box's dot or bar: after a dash it is a dateline's day. */
const COMMENT_LINE = new RegExp(
  String.raw`^${COMMENTER}\s*(?:[·•|]\s*(?:${EN_AGE}|${DA_AGE})|[—-]\s*(?:${EN_AGE_COUNTED}|${DA_AGE_COUNTED}))\s*[:：]\s*\S`,
  'iu',
);

/** "Sayed Jawad · 2 days ago: Same in Farkhar.", «گل‌بانو · ۳ ساعت پیش: …»: a reader's comment, with its head. */
export function isInlineComment(text: string): boolean {
  // Every comment's head ends on a colon: a line without one is spared the long pattern.
  return (text.includes(':') || text.includes('：')) && COMMENT_LINE.test(text.trim());
}

/** A station's own name ends with what it is: "Northern Voices Radio", "Amu FM", "Kunduz TV". */
const STATION = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Radio|FM|TV|Television)`;
/** When or where on the dial, right after the verb: a tagline's, not a story's "airs a bulletin", "is on air again". */
const AIR_TIMES = String.raw`(?:daily|nightly|weekly|weekdays|weekends|every\s+\p{L}+|twice\s+a\s+\p{L}+|around\s+the\s+clock|24\s+hours|at\s+\d|on\s+(?:[\d.]+\s*)?(?:FM|AM|MHz|shortwave))`;
/** "… broadcasts daily on FM in Kunduz", "… is on air every evening on 88.5 FM", "… airs weekdays at 7pm". */
const BROADCAST_SENTENCE = new RegExp(
  String.raw`^(?:${STATION}|This\s+(?:programme|program|show|bulletin))\s+(?:broadcasts|airs|is\s+(?:broadcast|aired|on\s+air))\s+${AIR_TIMES}(?:[^.!?"“]|\.(?=\d)){0,120}[.!]?$`,
  'u',
);
/** "Listen again on our app.", "Listen live at …", "Download the podcast …", "Follow us on …". */
const LISTEN_SENTENCE =
  /^(?:listen\s+(?:again|back|live|online)|catch\s+up|download\s+(?:the|our)\s+(?:podcast|app)|follow\s+us|subscribe)\b[^.!?"“]{0,80}[.!]?$/iu;

const MAX_TAGLINE_CHARS = 480;
/** A word one of the two sentences needs ("broadcasts", "on air", "listen", "follow" …): lines without one are not split. */
const TAGLINE_WORD = /broadcast|air|listen|catch|download|follow|subscribe/iu;

/** A station's tagline under a transcript: its broadcast sentence and its "listen again" call, nothing else. */
export function isStationTagline(text: string): boolean {
  // Three short sentences at most: a long paragraph is not split and searched.
  if (text.length > MAX_TAGLINE_CHARS || !TAGLINE_WORD.test(text)) return false;
  const sentences = text
    .trim()
    .split(/(?<=[.!])\s+/u)
    .filter((s) => s.length > 0);
  if (sentences.length === 0 || sentences.length > 3) return false;
  const broadcast = sentences.some((s) => BROADCAST_SENTENCE.test(s));
  const listen = sentences.some((s) => LISTEN_SENTENCE.test(s));
  return (
    (broadcast || listen) && sentences.every((s) => BROADCAST_SENTENCE.test(s) || LISTEN_SENTENCE.test(s))
  );
}

/** "More opinion:", "More from this author:", "More columns:", "Share | More analysis:": a label over headlines. */
const MORE_LABEL =
  /^(?:share\s*[|·•]\s*)?(?:more\s+(?:opinion|comment|analysis|columns?|from\s+(?:this|the)\s+(?:author|writer|columnist|desk|series)|in\s+(?:opinion|comment|analysis|features))|other\s+voices)\s*[:：]\s*/iu;
/** A headline in quotation marks. */
const QUOTED_HEADLINE = String.raw`(?:"[^"\n]{3,120}"|“[^”\n]{3,120}”)`;
const HEADLINE_RUN = new RegExp(String.raw`^${QUOTED_HEADLINE}(?:\s*[·•|]\s*${QUOTED_HEADLINE})*\s*$`, 'u');

/** "More opinion: "…" · "…"": a label and a run of other stories' headlines, each in quotation marks. */
export function isMoreHeadlinesLine(text: string): boolean {
  const line = text.trim();
  const label = MORE_LABEL.exec(line);
  return label !== null && HEADLINE_RUN.test(line.slice(label[0].length));
}

/**
 * "Last updated: 21:52 Kabul time, Tuesday 13 January 2026", "Updated 09:10 local time", «آخرین به‌روزرسانی:
 * ۲۱:۵۲ به وقت کابل»: a page's clock, whose city names its time zone, not a place in the story.
 */
/** What may follow the clock: only the day's date ("…, Tuesday 13 January 2026"), never a sentence going on. */
const EN_DATE_TAIL = String.raw`(?:[\s,]+(?:on\s+)?(?:${wordAlternation([...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS], true)}|\d{1,2}(?:st|nd|rd|th)?|\d{4})\b)*\s*`;
const DA_DATE_TAIL = String.raw`(?:[\s،,]+(?:${wordAlternation(DARI_WEEKDAYS)}|${SOLAR_MONTH}|[0-9۰-۹]{1,4}(?:[/-][0-9۰-۹]{1,4}){0,2}))*\s*`;
const CLOCK = String.raw`[0-9۰-۹]{1,2}[:.٫][0-9۰-۹]{2}(?:\s*[ap]\.?m\.?)?`;
/** "21 March 2026, ", "Saturday 21 March 2026 at ": the day's date before the clock, as many live pages set it. */
const EN_DATE_HEAD = String.raw`(?:(?:${wordAlternation([...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS], true)}|\d{1,2}(?:st|nd|rd|th)?|\d{4})[\s,]+)*(?:at\s+)?`;
/** «۱۰ حمل ۱۴۰۵، ساعت »: the Dari date before the clock. */
const DA_DATE_HEAD = String.raw`(?:(?:${wordAlternation(DARI_WEEKDAYS)}|${SOLAR_MONTH}|[0-9۰-۹]{1,4}(?:[/-][0-9۰-۹]{1,4}){0,2})[\s،,]+)*`;
const EN_STAMP = new RegExp(
  String.raw`^(?:[Ll]ast\s+)?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?:\s+(?:on|at))?(?:\s*[:：])?\s*${EN_DATE_HEAD}${CLOCK}\s+\(?(?:\p{Lu}\p{L}+\s+time|local\s+time|GMT|UTC|AFT)\b\)?${EN_DATE_TAIL}$`,
  'u',
);
const DA_STAMP = new RegExp(
  String.raw`^(?:آخرین\s+)?(?:به[\u200C ]?روز[\u200C ]?رسانی|بروزرسانی|نشر|تاریخ\s+نشر)(?:\s*[:：])?\s*${DA_DATE_HEAD}(?:ساعت\s+)?${CLOCK}\s+\(?(?:به\s+)?وقت\s+\p{L}+\)?${DA_DATE_TAIL}$`,
  'u',
);

/** Whether a line is a page's "updated at this hour, this city's time" stamp. */
export function isClockStamp(text: string): boolean {
  const line = text.trim();
  return EN_STAMP.test(line) || DA_STAMP.test(line);
}

/** "Aoife Kinsella in Dasht-e-Qala, Takhar province": a reporter's name and where she filed, over the dateline. */
const FILING_BYLINE =
  /^(?:[Bb]y\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+in\s+\p{Lu}[\p{L}'’]+(?:[\s-]\p{L}[\p{L}'’]*){0,3},\s+\p{Lu}[\p{L}'’-]+\s+province$/u;

/** Whether a line is a byline block naming its reporter and the place she filed from, with nothing else. */
export function isFilingByline(text: string): boolean {
  const line = text.trim();
  return line.length <= 90 && FILING_BYLINE.test(line);
}
