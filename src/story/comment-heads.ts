import { ENGLISH_MONTH } from './regex-parts.ts';

/** What parts a comment's poster from its date: a bullet, a middle dot, a bar or a spaced dash. */
const POSTER_DATE_SEPARATOR = /[•·|]| [—–-] /u;
/** An optional clock time after a comment's date ("3 Dec 2026, 14:05", "Dec 3, 2026 at 9:12 am"). */
const CLOCK = '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?';
/** A calendar date alone: "3 Dec 2026", "December 3, 2026", "03/12/2026", "2026-12-03", perhaps with a time. */
const CALENDAR_DATE = new RegExp(
  `^(?:\\d{1,2}\\s+${ENGLISH_MONTH}\\s+\\d{4}|${ENGLISH_MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})${CLOCK}$`,
  'iu',
);
/**
 * A poster: a handle ("Mirwais_T", "Rostam1990", "@gul_bano") or a name, perhaps with a town ("Nilofar from
 * Mazar", "Sabir K."): a few words, no sentence.
 */
const POSTER = /^@?\p{L}[\p{L}\p{M}\p{N}_.'’-]*(?:\s+[\p{L}\p{M}\p{N}_.'’-]+){0,4}$/u;
/** Most words of a poster's name and town. */
const MAX_POSTER_WORDS = 5;

/**
 * "Mirwais_T • 3 Dec 2026", "Nilofar from Mazar · December 3, 2026": a comment's head as English comment boxes
 * print it, its poster and the calendar date alone. Read only under a comment box's head: a byline with a date
 * looks the same, and the caller keeps bylines out.
 */
export function isPosterDateHead(text: string): boolean {
  const parts = text
    .trim()
    .split(POSTER_DATE_SEPARATOR)
    .map((part) => part.trim());
  if (parts.length !== 2) return false;
  const [who = '', when = ''] = parts;
  return (
    POSTER.test(who) &&
    who.split(/\s+/).length <= MAX_POSTER_WORDS &&
    !/[.!?]\s*$/u.test(who.replace(/\b\p{Lu}\.$/u, '')) &&
    CALENDAR_DATE.test(when)
  );
}
