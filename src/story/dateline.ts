import { fullDateIn } from './clean.ts';
import { readDariDateline } from './dari-chrome.ts';
import { QUALIFIERS } from './lexicon.ts';
import { ANY_DIGIT } from './regex-parts.ts';
import type { Span } from './link-places.ts';

// Datelines: wire and newspaper stories open with the city they are filed from, then the country or province,
// the date and the agency, and a dash: "KUNDUZ, Afghanistan —", "FAYZABAD, Dec 3 (Reuters) –", "TALOQAN (AFP) -",
// "Pul-e Khumri, Baghlan province —". The city is the place named; the text stays in the passage.

export interface Dateline {
  /** The city's name in the passage. */
  city: Span;
  /** A full date (with a year) the dateline carries, as written. */
  date: string | null;
  /** Where the story proper starts, after the dash. */
  end: number;
}

/** A city in capitals ("PUL-E KHUMRI", "MAZAR-I-SHARIF"), as wires write it. */
const CAPS_CITY = "\\p{Lu}[\\p{Lu}\\p{M}'’]+(?:(?:[ \\t]+|-)\\p{Lu}[\\p{Lu}\\p{M}'’]*){0,3}";
/** A city in title case ("Pul-e Khumri", "Taloqan"). */
const TITLE_CITY =
  "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:(?:[ \\t]+|-)(?:\\p{Ll}{1,3}(?:[ \\t]+|-))?\\p{Lu}[\\p{Ll}\\p{M}'’]+){0,2}";
/** One comma-separated piece after the city: a country, a province, a weekday, a date ("Dec. 3", "2025"). */
const PART =
  "(?:\\p{Lu}|\\d)[\\p{L}\\p{M}\\p{N}.'’-]*(?:[ \\t]+[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’-]*){0,3}";
/** The agency in parentheses: "(Reuters)", "(AFP)", "(RFE/RL)". */
const AGENCY = "\\(\\p{Lu}[\\p{L}\\p{M}.&/' -]{0,30}\\)";
/** The country in parentheses before the agency's, as AFP writes it: "Kunduz (Afghanistan) (AFP) -". */
const COUNTRY_BEFORE_AGENCY = "[ \\t]*\\(\\p{Lu}[\\p{L}\\p{M}' -]{0,30}\\)(?=[ \\t]*\\()";
/** The dash that closes the dateline; a hyphen needs spaces round it. */
const DASH = '[ \\t]*[—–―][ \\t]*|[ \\t]+--?[ \\t]+';

/**
 * A byline run onto the dateline's line, as a pasted page joins them: "By Nadia Rahimi KUNDUZ —". Only a city in
 * capitals may follow it: the change of case is where the name ends.
 */
const BYLINE_BEFORE =
  "By[ \\t]+\\p{Lu}[\\p{Ll}\\p{M}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}\\p{M}'’.-]+){0,3}[ \\t]+";

const DATELINE = new RegExp(
  `^(${BYLINE_BEFORE}(?=${CAPS_CITY}))?(${CAPS_CITY}|${TITLE_CITY})((?:,[ \\t]+${PART}){0,3})((?:${COUNTRY_BEFORE_AGENCY})?[ \\t]*${AGENCY})?(?:(${DASH}|:[ \\t]+)(?=\\S)|[ \\t]*$)`,
  'u',
);

/** Words of a title-case dateline's pieces must be names, numbers or "province"/"district": not prose. */
const isNameWord = (w: string): boolean =>
  /^[\p{Lu}\p{N}]/u.test(w) || QUALIFIERS[w.toLowerCase()] !== undefined;

/** The dateline opening a passage, or null. */
export function readDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return readDariDateline(text);
  const byline = m[1] ?? '';
  const city = m[2] ?? '';
  const parts = m[3] ?? '';
  const agency = m[4] ?? '';
  const dash = m[5] ?? '';
  const caps = city === city.toUpperCase();
  if (byline && !caps) return null;
  // "Kabul, 19 May 2026" alone on its line, under a release's or a transcript's title: a dateline only with its date.
  if (m[5] === undefined && (byline || fullDateIn(parts) === null)) return null;
  if (!caps) {
    // A title-case city needs what only a dateline has after it: a piece or an agency, then a dash.
    if (!parts && !agency) return null;
    if (dash.trim() === ':') return null;
    const words = parts.split(/[,\s]+/).filter(Boolean);
    if (!words.every(isNameWord)) return null;
  }
  return {
    city: { start: byline.length, end: byline.length + city.length },
    date: fullDateIn(parts),
    end: m[0].length,
  };
}

/** Four digits: every full date has its year (a cheap test before the dateline's pattern). */
const YEAR = new RegExp(`${ANY_DIGIT}{4}`, 'u');

/** "Kabul, 19 May 2026", «کندز، ۱۲ قوس ۱۴۰۵»: a line that is a dateline and nothing more (the story's, not a heading). */
export function isDatelineAlone(text: string): boolean {
  const line = text.trim();
  if (!YEAR.test(line)) return false;
  const dateline = readDateline(line);
  return dateline !== null && dateline.date !== null && dateline.end >= line.length;
}
