import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import type { Span } from './link-places.ts';
import { normalizeName, westernDigits } from './normalize.ts';
import { withoutLeadingIcons } from './apparatus-lines.ts';
import { ANY_DIGIT, hasArabicScript, wordAlternation } from './regex-parts.ts';
import { DARI_AGENCY_SUFFIXES, DARI_AGENCY_WORDS, DARI_ROLE_WORDS, DARI_WEEKDAYS } from './lexicon.ts';

// Dari page furniture and datelines: "گزارش: فریبا احمدی" is a byline; "فیض آباد، ۱۲ قوس ۱۴۰۵ -" opens the
// story with the city it is filed from and a Solar Hijri date, which the story's meta gives as ISO 8601.

/** Solar Hijri months, as Afghanistan names them (حمل … حوت) and as Iran does (فروردین … اسفند). */
const MONTHS: readonly (readonly string[])[] = [
  ['حمل', 'فروردین'],
  ['ثور', 'اردیبهشت'],
  ['جوزا', 'خرداد'],
  ['سرطان', 'تیر'],
  ['اسد', 'مرداد'],
  ['سنبله', 'شهریور'],
  ['میزان', 'مهر'],
  ['عقرب', 'آبان'],
  ['قوس', 'آذر'],
  ['جدی', 'دی'],
  ['دلو', 'بهمن'],
  ['حوت', 'اسفند'],
];
const MONTH_NUMBER = new Map(
  MONTHS.flatMap((names, i) => names.map((n) => [normalizeName(n), i + 1] as const)),
);
/** A Solar Hijri month by either name. */
export const SOLAR_MONTH = `(?:${MONTHS.flat().join('|')})`;
const DIGITS = ANY_DIGIT;
/** "۱۲ قوس ۱۴۰۵" (the weekday before it is optional: "دوشنبه ۱۲ قوس ۱۴۰۵"). */
const SOLAR_DATE = new RegExp(
  `(?<day>${DIGITS}{1,2})\\s+(?<month>${SOLAR_MONTH})\\s+(?<year>${DIGITS}{4})`,
  'u',
);

/** "گزارش: فریبا احمدی", "گزارش از: …", "نویسنده: …", "به قلم: …": a credit line, not story text. */
const BYLINE =
  /^(?:گزارش(?:\s+از)?|گزارشگر|نویسنده|خبرنگار|نوشته|به\s+قلم|ترجمه|تهیه[\u200C ]?کننده|مصاحبه[\u200C ]?کننده|گفت[\u200C ]?و[\u200C ]?گو[\u200C ]?کننده|گفتگو[\u200C ]?کننده)[^\S\n]*[:：][^\S\n]*(?<name>[^\s.:«»][^\n.:«»]{1,59})$/u;

/**
 * «خبرنگار ما در پلخمری»، «۱۷ میزان ۱۴۰۴ — خبرنگار ما در پلخمری»، «از گزارشگر ویژهٔ ما»: a byline naming no one, perhaps
 * under the date and with where the story was filed.
 */
const UNNAMED_BYLINE = new RegExp(
  `^(?:(?:\\p{L}+\\s+)?${SOLAR_DATE.source}\\s*[—–-]\\s*)?(?:از\\s+)?(?:خبرنگار|گزارشگر)(?:\\s+(?:ویژهٔ|ویژه))?\\s+ما(?:\\s+در\\s+[^\\s.،:]+(?:\\s+[^\\s.،:]+)?)?\\.?$`,
  'u',
);

/** Whether a Dari line is a byline naming no one: «خبرنگار ما در پلخمری». */
export function isDariUnnamedByline(text: string): boolean {
  return hasArabicScript(text) && UNNAMED_BYLINE.test(persianLetters(text.trim()));
}

/** Arabic yeh and kaf (ي ك, as Arabic keyboards type them) as Dari writes them; the length stays the same. */
function persianLetters(text: string): string {
  return text.replace(/[\u064A\u0649]/g, '\u06CC').replace(/\u0643/g, '\u06A9');
}

/**
 * The city, a comma or the agency in brackets (a date may follow it, or stand inside the brackets after a comma or
 * a dash: "کندز (آژانس خبری …، ۱۲ قوس ۱۴۰۵):", "… – ۱۳ قوس ۱۴۰۵)"; the agency read lazily so the date is the
 * date's), then a dash or colon: a Dari dateline. Some
 * pages set it on a line of its own under the byline ("کندز، ۲۰ سرطان ۱۴۰۵"), with no dash.
 */
const DATELINE = new RegExp(
  `^(?<city>[\\p{L}\\p{M}\\u200C]+(?: [\\p{L}\\p{M}\\u200C]+){0,3})(?:[،,] ?(?:\\p{L}+ )?(?<date>${DIGITS}{1,2} ${SOLAR_MONTH} ${DIGITS}{4})(?: ?\\([^()\\n]{1,30}\\))?| ?\\((?<agency>[^()\\n،,]{1,30}?)(?:(?:[،,]| ?[-–—]) ?(?:\\p{L}+ )?(?<innerDate>${DIGITS}{1,2} ${SOLAR_MONTH} ${DIGITS}{4}))?\\)(?: (?:\\p{L}+ )?(?<agencyDate>${DIGITS}{1,2} ${SOLAR_MONTH} ${DIGITS}{4}))?)(?: ?[-–—:] ?(?=\\S)| ?$)`,
  'u',
);

/** «– ۱۱:۴۲»، «، ساعت ۰۹:۳۰»: a date line's time after its date. */
const TIME_TAIL = `(?:[\\s–،,-]+(?:ساعت\\s*)?${DIGITS}{1,2}[:：]${DIGITS}{2})?`;
/** "تاریخ نشر: ۸ قوس ۱۴۰۵ - ساعت ۱۰:۲۰": the page's publication date with its label, and a time at most. */
const DATE_LINE = new RegExp(
  `^(?:تاریخ نشر|تاریخ انتشار|منتشر شده|به‌روز شده|آخرین به‌روزرسانی)\\s*[:：]\\s*(?:\\p{L}+\\s+)?${SOLAR_DATE.source}${TIME_TAIL}$`,
  'u',
);

/**
 * «احمدجاوید – ۱۸ اسد ۱۴۰۵», «مهمان — ۳ جوزا ۱۴۰۵ ساعت ۱۰:۲۰», «نوید از کشم – ۲ دلو ۱۴۰۵، ۰۹:۱۵»: a name (or a
 * guest's label, or a name and a town) of a few words, a dash and the date it was written, its time perhaps after a
 * comma: the head of a reader's comment.
 */
const DATED_NAME = new RegExp(
  `^[\\p{L}\\p{M}\\u200C.]+(?: [\\p{L}\\p{M}\\u200C.]+){0,3} [–—-] (?:\\p{L}+ )?${SOLAR_DATE.source}(?:[،,]? (?:ساعت )?${DIGITS}{1,2}[:：]${DIGITS}{2})?$`,
  'u',
);

/** «۳۰ حمل ۱۴۰۵، ۱۳:۲۵»: a date alone, perhaps with its time, as a comment box prints it under the writer's name. */
const DATE_ALONE = new RegExp(
  `^${SOLAR_DATE.source}(?:[،,]? ?(?:ساعت )?${DIGITS}{1,2}[:：]${DIGITS}{2})?$`,
  'u',
);

/** A comment's date on its own line, under the line that names its writer. */
export function isCommentDateLine(text: string): boolean {
  return hasArabicScript(text) && DATE_ALONE.test(text.trim());
}

/** Whether a line is a comment's head as Dari pages print it: who wrote it, a dash, and the date. */
export function isDatedCommentHead(text: string): boolean {
  return hasArabicScript(text) && DATED_NAME.test(persianLetters(text.trim()));
}

/** A weekday, its halves apart, joined by a zero-width non-joiner or a space: «سه‌شنبه», «سه شنبه». */
const WEEKDAY = wordAlternation(
  DARI_WEEKDAYS.map((day) => day.replace(/^(.+?)\u200C?(شنبه)$/u, '$1[\u200C ]?$2')),
);
/**
 * «جمعه ۱۴ قوس ۱۴۰۵»، «یکشنبه، ۳۰ حمل ۱۴۰۵ – ۱۱:۴۲»: the weekday, the date and a time at most — the page's date, as
 * an English "Friday, 4 December 2026" is.
 */
const WEEKDAY_DATE = new RegExp(`^${WEEKDAY}[،,]?\\s+${SOLAR_DATE.source}${TIME_TAIL}$`, 'u');

/** Whether a Dari line is a weekday and a date alone: the page's date in its head, a diary's day further down. */
export function isDariWeekdayDate(text: string): boolean {
  return hasArabicScript(text) && WEEKDAY_DATE.test(text.trim());
}

/** A Dari line giving only when the page was published: furniture, like an English dateline of the site. */
export function isDariDateLine(text: string): boolean {
  return (hasArabicScript(text) && DATE_LINE.test(text.trim())) || isDariWeekdayDate(text);
}

/** The name a Dari byline gives, or null when the line is no byline. */
export function dariBylineName(text: string): string | null {
  // A byline has its colon: most lines have none and are not folded at all.
  if (!/[:：]/.test(text)) return null;
  return BYLINE.exec(persianLetters(withoutLeadingIcons(text.trim())))?.groups?.['name']?.trim() ?? null;
}

/** A Solar Hijri date ("۱۲ قوس ۱۴۰۵") as an ISO date ("2026-12-03"), or null when there is none or it is invalid. */
export function solarDateToIso(text: string): string | null {
  const g = SOLAR_DATE.exec(text)?.groups;
  if (!g) return null;
  const day = Number(westernDigits(g['day'] ?? ''));
  const month = MONTH_NUMBER.get(normalizeName(g['month'] ?? '')) ?? 0;
  const year = Number(westernDigits(g['year'] ?? ''));
  if (!isValidJalaaliDate(year, month, day)) return null;
  const { gy, gm, gd } = toGregorian(year, month, day);
  return `${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')}`;
}

/**
 * "کندز - مسئولان …", "کندز – ۲۳ میزان ۱۴۰۳" on its own line: a city of one or two words and a dash open the
 * story, with the date after the dash or none.
 */
const DASHED_DATELINE = new RegExp(
  `^(?<city>[\\p{L}\\p{M}\u200C]+(?: [\\p{L}\\p{M}\u200C]+)?) ?[-–—] ?(?:(?<date>${DIGITS}{1,2} ${SOLAR_MONTH} ${DIGITS}{4})$|(?=[\\p{L}«]))`,
  'u',
);

/**
 * «شمال‌پرس، کندز: …», «آژانس خبری کوکچه، فیض‌آباد، ۱۲ قوس ۱۴۰۵ - …»: the agency first, then a comma, the city (a
 * date may follow it) and a colon or a dash. The agency must say it is one (see AGENCY_WORD): a reader's signed
 * comment («نرگس، تالقان: …») has the same shape.
 */
const AGENCY_FIRST_DATELINE = new RegExp(
  `^(?<agency>[\\p{L}\\p{M}\\u200C]+(?: [\\p{L}\\p{M}\\u200C]+){0,2})[،,] ?(?<city>[\\p{L}\\p{M}\\u200C]+(?: [\\p{L}\\p{M}\\u200C]+)?)(?:[،,] ?(?:\\p{L}+ )?(?<date>${DIGITS}{1,2} ${SOLAR_MONTH} ${DIGITS}{4}))? ?[-–—:] ?(?=\\S)`,
  'du',
);
/**
 * What an agency or outlet calls itself: «…پرس», «…نیوز» closing its name, «خبرگزاری …», «آژانس خبری …», «رادیو …»
 * opening it. A role that only mentions an outlet («سرپرست رادیو محلی», «خبرنگار طلوع نیوز») is a person's.
 */
const AGENCY_WORD = new RegExp(
  `(?:${DARI_AGENCY_SUFFIXES.join('|')})$|^(?:${DARI_AGENCY_WORDS.join('|')})(?![\\p{L}\\p{M}\\u200C])`,
  'u',
);
const AGENCY_WORD_SET: ReadonlySet<string> = new Set(DARI_AGENCY_WORDS.map(normalizeName));
/** Whether the words before a Dari dateline's city name an agency rather than a person's role. */
const isAgencyName = (name: string): boolean => {
  const first = normalizeName(name.split(/[ \t]/u)[0] ?? '');
  return AGENCY_WORD.test(name) && (AGENCY_WORD_SET.has(first) || !DARI_ROLE_WORDS.has(first));
};

/** The agency-first dateline opening a passage, as readDariDateline gives one. */
function readAgencyFirstDateline(text: string): { city: Span; date: string | null; end: number } | null {
  const m = AGENCY_FIRST_DATELINE.exec(text);
  const city = m?.indices?.groups?.['city'];
  if (!m || !city || !isAgencyName(m.groups?.['agency'] ?? '')) return null;
  const date = m.groups?.['date'];
  return {
    city: { start: city[0], end: city[1] },
    date: date ? solarDateToIso(date) : null,
    end: m[0].length,
  };
}

/** A Dari dateline opening a passage: the city's span, the date (ISO) and where the story starts. */
export function readDariDateline(text: string): { city: Span; date: string | null; end: number } | null {
  if (!hasArabicScript(text)) return null;
  const agencyFirst = readAgencyFirstDateline(text);
  if (agencyFirst) return agencyFirst;
  const m = DATELINE.exec(text) ?? DASHED_DATELINE.exec(text);
  const city = m?.groups?.['city']?.trimEnd();
  // Dari datelines only: an English one has its own rule, and a Latin line is no Dari dateline.
  if (!m || !city || !hasArabicScript(city)) return null;
  const date = m.groups?.['date'] ?? m.groups?.['innerDate'] ?? m.groups?.['agencyDate'];
  return { city: { start: 0, end: city.length }, date: date ? solarDateToIso(date) : null, end: m[0].length };
}
