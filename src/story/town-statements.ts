// A name a province shares with its capital, read as the town or the province by a statement right round it:
// patients sent on to it ("referred to Kunduz"), a Dari town that "was a city" («کندز در گذشته یک شهر … بود»), a
// Dari trip from it by hired car or a fare to it, a dated photograph's place line (", Kunduz, about 1965"), a name
// among a district cell's districts; the province beside provinces a range
// or a border divides («ولایت بغلان را از پروان و کابل جدا می‌سازد»). ("The Kunduz regional hospital" is left: the
// corpus's gold reads it as the town in one story and the province in another.)

import { onlyDistricts, onlyProvinces, sharedWithCapital, type FoundName } from './city-readings.ts';
import {
  BOUNDARY_WORDS,
  DARI_COMPASS_SIDES,
  DARI_ONCE_WORDS,
  DARI_TRIP_VEHICLES,
  REFERRAL_VERBS_EN,
  REFERRED_PEOPLE_EN,
  SIDED_BOUNDARY_WORDS,
} from './lexicon.ts';
import type { PlaceIndex } from './place-index.ts';
import { ANY_DIGIT, phraseAlternation, wordAlternation } from './regex-parts.ts';
import { sentenceEnd, sentenceStartOf } from './sentences.ts';

const NOT_LETTER = '(?![\\p{L}\\p{M}\\u200C])';

/** "… to ": the name right after "to" (looked at before the sender is sought). */
const TO_BEFORE = /\bto[ \t]+$/u;
/** A sending verb, then up to four words, then "to": "transferred to", "sends its worst cases on to". */
const REFERRAL_BEFORE = new RegExp(
  `\\b${wordAlternation(REFERRAL_VERBS_EN)}\\b(?:[ \\t]+[\\p{L}'’-]+){0,5}?[ \\t]+(?:on[ \\t]+)?to[ \\t]+$`,
  'iu',
);
/** The people sent, not those goods are "for" ("food for flood victims was sent to …" sends the food). */
const REFERRED = new RegExp(
  `(?<!\\bfor[ \\t]+(?:[\\p{L}-]+[ \\t]+)?)\\b${wordAlternation(REFERRED_PEOPLE_EN)}\\b`,
  'iu',
);

/** "referrals to ", "medical evacuations to ": the noun of a patient's sending, right before "to". */
const REFERRAL_NOUN_BEFORE = /\b(?:referrals?|(?:medical[ \t]+)?evacuations?)[ \t]+(?:on[ \t]+)?to[ \t]+$/iu;

/**
 * "the injured were transferred to Kunduz", "patients are being referred to Kunduz", "referrals to Kunduz have
 * doubled": sent on to the town's care.
 */
function referredTo(before: string): boolean {
  if (!TO_BEFORE.test(before.slice(-4))) return false;
  const near = before.slice(-60);
  return REFERRAL_NOUN_BEFORE.test(near) || (REFERRED.test(before) && REFERRAL_BEFORE.test(near));
}

/** Right before: a sentence's or a clause's opening, so the name is its subject. */
const SUBJECT_OPENING = /(?:^|[.!?؟\n:؛،])[ \t]*$|(?:^|\s)(?:اما|ولی|و|که)[ \t]+$/u;
/** «… در گذشته یک شهر»، «… روزگاری شهری»: words of time, then "a city". */
const WAS_A_CITY_AFTER = new RegExp(
  `^[ \\t]+(?:که[ \\t]+)?(?:(?:${phraseAlternation(DARI_ONCE_WORDS)})[ \\t]+){0,2}(?:یک[ \\t]+)?شهر(?:ی)?${NOT_LETTER}`,
  'u',
);

/** The clause's first verb, a copula or «دارد» ("has"), up to the clause's end. */
const CLAUSE_VERB =
  /^[^.،؛؟!\n]*?(?<![\p{L}\u200C])(?:(?<has>ن?(?:دارد|دارند|داشت|داشتند))|بود|بوده|است|اند|هست|می‌باشد|نیست|نبود)(?![\p{L}\u200C])/u;

/**
 * «کندز در گذشته یک شهر بزرگ تجارتی بود»، «کابل امروز شهری پر از دود است»: the name said to be a city (not «کندز
 * هنوز شهر صنعتی ندارد», a province that has none).
 */
function dariWasACity(before: string, after: string): boolean {
  if (!after.includes('شهر') || !WAS_A_CITY_AFTER.test(after) || !SUBJECT_OPENING.test(before)) return false;
  const verb = CLAUSE_VERB.exec(after);
  return verb !== null && verb.groups?.has === undefined;
}

const DARI_FROM_BEFORE = /(?:^|\s)از[ \t]+$/u;
/** «… با سه موتر کرایی»، «… با بس»: by a vehicle, a count or «یک» perhaps between. */
const BY_VEHICLE_AFTER = new RegExp(
  `^[ \\t]+با[ \\t]+(?:[\\p{L}\\u200C]+[ \\t]+)?${wordAlternation(DARI_TRIP_VEHICLES)}${NOT_LETTER}`,
  'u',
);
/** «کرایهٔ موتر از قریهٔ ما تا »، «کرایهٔ هر نفر از پلخمری تا »: a fare, then the trip's end. */
const FARE_TO_BEFORE =
  /(?<![\p{L}\u200C])کرایه(?:ٔ|\u200C?ی)?(?:[ \t]+[\p{L}\p{M}\u200C]+){0,6}[ \t]+(?:از|تا)[ \t]+$/u;

/** «از کندز با سه موتر کرایی آمدیم»، «کرایهٔ موتر … تا کندز»: a trip from the town by car, a fare to it. */
function dariTripByCar(before: string, after: string): boolean {
  return (
    (DARI_FROM_BEFORE.test(before.slice(-4)) && BY_VEHICLE_AFTER.test(after)) ||
    (before.includes('کرایه') && FARE_TO_BEFORE.test(before))
  );
}

/** The year closes the line: a stop, a bracket, a line's end (", Kunduz, 1400 hectares" counts). */
const YEAR_CLOSES = '(?=[ \\t]*(?:[.;:)\\]\\n]|$))';
/** ", Kunduz, about 1965", "، کندز، ۱۳۴۵": a photograph's place line, then its year (perhaps "about"). */
const DATED_AFTER = new RegExp(
  `^[ \\t]*[,،][ \\t]*(?:(?:about|circa|c\\.|ca\\.|around|early|late|mid|حدود|حدوداً|سال)[ \\t]+)?(?:1[89]|20|1[34])${ANY_DIGIT}{2}s?${YEAR_CLOSES}|^[ \\t]*[,،][ \\t]*[۰-۹]{4}${YEAR_CLOSES}`,
  'u',
);
const COMMA_BEFORE = /[,،][ \t]*$/u;

/** "Guests outside the Spinzar Hotel, Kunduz, about 1968": the place a dated photograph was taken is the town. */
function datedPlaceLine(before: string, after: string): boolean {
  return COMMA_BEFORE.test(before.slice(-3)) && DATED_AFTER.test(after);
}

/**
 * "DoRR Kunduz", "DoPH Badakhshan", "DAIL Takhar": a provincial department's acronym right before the name (the
 * ministries' "Department of …" abbreviated "Do…", and the agriculture department's DAIL).
 */
const DEPARTMENT_ACRONYM_BEFORE = /(?:^|[^\p{L}])(?:Do[A-Z][A-Za-z]{0,5}|DAIL|PDMA)[ \t]+$/u;

/** Whether a provincial department's acronym stands right before the name: the province's, never a person's. */
export function departmentAcronymBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return before.includes('D') && DEPARTMENT_ACRONYM_BEFORE.test(before);
}

/** "OCHA sub-office Kunduz", "the UNHCR Field Office Faizabad": an agency's office called by its town. */
const OFFICE_BEFORE = /\b(?:sub-?office|(?:field|area|country|liaison)[ \t]+office)[ \t]+$/iu;

/** Whether an agency's office stands right before the name: the town it sits in, never a person's name. */
export function officeBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return /[Oo]ffice[ \t]+$/u.test(before) && OFFICE_BEFORE.test(before);
}

/** Characters either side of a name read by these statements. */
const REACH = 100;

/** Only a comma between two names: a list, or a district and its province ("Archi district, Kunduz"). */
const LISTED_GAP = /^[ \t]*[,،][ \t]*$/u;

/** Settle open shared names by the statements above as the town. */
export function townStatements(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    const prev = found[k - 1];
    const listed =
      prev !== undefined && f.start - prev.end < 6 && LISTED_GAP.test(text.slice(prev.end, f.start));
    const before = text.slice(Math.max(0, f.start - REACH), f.start);
    const after = text.slice(f.end, f.end + REACH);
    if (departmentAcronymBefore(text, f.start)) f.qualifier = 'province';
    else if (
      officeBefore(text, f.start) ||
      referredTo(before) ||
      dariWasACity(before, after) ||
      dariTripByCar(before, after) ||
      (!listed && datedPlaceLine(before, after))
    )
      f.qualifier = 'city';
  }
}

/** A table cell's list: the comma after its earlier district, then the name closing the cell. */
const CELL_LIST_GAP = /^[ \t]*,[ \t]*$/u;
const CELL_CLOSES_AFTER = /^[ \t]*\|/u;

/**
 * "| Kunduz | Imam Sahib, Qala-e-Zal, Kunduz | 1,240 |": a shared name in a cell after districts listed there is
 * the district holding the capital.
 */
export function districtCellTowns(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 1; k < found.length; k++) {
    const [prev, f] = [found[k - 1], found[k]];
    if (!prev || !f || f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    if (
      CELL_CLOSES_AFTER.test(text.slice(f.end, f.end + 4)) &&
      CELL_LIST_GAP.test(text.slice(prev.end, f.start)) &&
      onlyDistricts(prev, index)
    )
      f.qualifier = 'city';
  }
}

/** «… و »، «، »، « و از جنوب با »: the next of provinces side by side, perhaps with its own side. */
const SIDE_BY_SIDE_GAP =
  /^[ \t]*(?:[,،]|و|and)[ \t]*(?:(?:از|با|در)[ \t]+[\p{L}\u200C]+[ \t]+)?(?:با[ \t]+)?$/u;
const BOUNDARY = new RegExp(`(?<![\\p{L}\\u200C])(?:${wordAlternation(BOUNDARY_WORDS)})${NOT_LETTER}`, 'u');
/** «محدود» ("limited", "bounded"), «همسایه» ("neighbour"): a border's words only beside a side («از شمال»). */
const SIDED_BOUNDARY = new RegExp(
  `(?<![\\p{L}\\u200C])(?:${wordAlternation(SIDED_BOUNDARY_WORDS)})${NOT_LETTER}`,
  'u',
);
const SIDE = new RegExp(`(?<![\\p{L}\\u200C])(?:${wordAlternation(DARI_COMPASS_SIDES)})${NOT_LETTER}`, 'u');

/** A sentence of borders: a border's word, or a weaker one with a side named. */
function saysBorders(sentence: string): boolean {
  return BOUNDARY.test(sentence) || (SIDED_BOUNDARY.test(sentence) && SIDE.test(sentence));
}
/** The sentence round a name, as far as `REACH` either side (`sentenceStart`: the pass's, read once). */
function sentenceAround(text: string, f: FoundName, sentenceStart: (pos: number) => number): string {
  return text.slice(
    Math.max(sentenceStart(f.start), f.start - REACH),
    sentenceEnd(text, f.end, Math.min(text.length, f.end + REACH)),
  );
}

/**
 * «ولایت بغلان را از پروان و کابل جدا می‌سازد»، «از شمال با بغلان و از جنوب با کابل هم‌مرز است»: a shared name after
 * a province-only name, in a sentence of borders, is the province.
 */
export function provincesSideBySide(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  for (let k = 1; k < found.length; k++) {
    const [prev, f] = [found[k - 1], found[k]];
    if (!prev || !f || f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    if (f.start - prev.end > 24 || !SIDE_BY_SIDE_GAP.test(text.slice(prev.end, f.start))) continue;
    if (!(onlyProvinces(prev.ids, index) || prev.qualifier === 'province')) continue;
    if (saysBorders(sentenceAround(text, f, sentenceStart))) f.qualifier = 'province';
  }
}
