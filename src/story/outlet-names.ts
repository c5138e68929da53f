// An outlet named after a place, its name's last word written apart after the place: «تخار پرس», «کندز نیوز».
// «آنلاین» and «پرس» are words too («در کندز آنلاین درس می‌خوانند»), so the name needs the marks or words of an outlet.

import {
  DARI_AGENCY_WORDS,
  DARI_LOANED_OUTLET_ENDINGS,
  DARI_OUTLET_NAME_ENDINGS,
  DARI_OUTLET_TELLING_WORDS,
  DARI_PUBLICATION_NOUNS,
  DARI_SITE_NOUNS,
  ENGLISH_OUTLET_NAME_ENDINGS,
  ORDINARY_OUTLET_NAME_ENDINGS,
  SCENE_PREPOSITIONS_BEFORE_PLACE,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

const ENDING = `${wordAlternation(DARI_OUTLET_NAME_ENDINGS)}(?![\\p{L}\\p{M}\\u200C])`;
/** The outlet's last word right after the place, then no more letters of that word (not «پرسید», «پرسش»). */
const DARI_OUTLET_AFTER = new RegExp(`^[ \\t\\u00A0]+${ENDING}`, 'u');
/** «سالنگ نیوز», «کوکچه تایمز»: a loan word Dari prose never uses otherwise closes the name alone. */
const LOANED_AFTER = new RegExp(
  `^[ \\t\\u00A0]+${wordAlternation(DARI_LOANED_OUTLET_ENDINGS)}(?![\\p{L}\\p{M}\\u200C])`,
  'u',
);
/** The name closed by its marks: «(بغلان آنلاین)», «کندز نیوز»». */
const CLOSED_AFTER = new RegExp(`^[ \\t\\u00A0]+${ENDING}[ \\t]*[)»"”]`, 'u');
const OPENED_BEFORE = /[(«"“][ \t]*$/u;
/** «به کندز نیوز گفت», «کندز نیوز گزارش داده»: the outlet told or reporting, right after its name. */
const TOLD_OR_REPORTING_AFTER = new RegExp(
  `^[ \\t\\u00A0]+${ENDING}[ \\t]+${wordAlternation(DARI_OUTLET_TELLING_WORDS)}`,
  'u',
);
/** «خبرگزاری تخار پرس», «سایت کندز نیوز»: an outlet's noun before the name. */
const OUTLET_NOUN_BEFORE = new RegExp(
  `(?:^|[\\s«(])${wordAlternation([...DARI_AGENCY_WORDS, ...DARI_PUBLICATION_NOUNS, ...DARI_SITE_NOUNS])}(?:ٔ|\\u200C?ی)?[ \\t]+$`,
  'u',
);

/**
 * Whether the place name at [start, end) is the first word of an outlet's name: in its marks («(تخار پرس)»), after an
 * outlet's noun («خبرگزاری تخار پرس»), told or reporting («به کندز نیوز گفت»), or by a loan word alone («سالنگ نیوز»).
 */
export function dariOutletNameAfter(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (!DARI_OUTLET_AFTER.test(after)) return false;
  if (LOANED_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  return (
    (OPENED_BEFORE.test(before) && CLOSED_AFTER.test(after)) ||
    OUTLET_NOUN_BEFORE.test(before) ||
    TOLD_OR_REPORTING_AFTER.test(after) ||
    DATED_AFTER.test(after)
  );
}

/** «کندز نیوز – ۱۶ قوس ۱۴۰۵», "Kunduz News | 3 May": the outlet's name over a story, a dash or a bar and the date. */
const DATED_AFTER = new RegExp(`^[ \\t\\u00A0]+${ENDING}[ \\t]*[–—|-][ \\t]*[0-9۰-۹]`, 'u');

/** "Shamal Today", "Kunduz Times": an English outlet's capitalised title word right after the place it is named for. */
const ENGLISH_OUTLET_AFTER = new RegExp(
  `^[ \\u00A0](?:${ENGLISH_OUTLET_NAME_ENDINGS.join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** "Today", "News": an outlet's title word that is also an ordinary word. */
const ORDINARY_ENDING_AFTER = new RegExp(
  `^[ \\u00A0](?:${ORDINARY_OUTLET_NAME_ENDINGS.join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** "in ", "near ": a scene's preposition right before the name (looked at over a few characters only). */
const SCENE_PREPOSITION_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${wordAlternation(SCENE_PREPOSITIONS_BEFORE_PLACE, true)})[ \\t\\u00A0]+$`,
  'u',
);
/** Longest scene preposition with its space and the character before it. */
const SCENE_PREPOSITION_WINDOW = 12;

/**
 * Whether the place name at `start`–`end` is the first word of an English outlet's name ("told Shamal Today",
 * "(Kunduz Times)"). The title word is capitalised: "in Kunduz today" is the place; and an ordinary title word after
 * a scene's preposition is a title-case head's ("Water Rises in Taloqan Today as Canal Breaks"), the place too.
 */
export function englishOutletNameAfter(text: string, start: number, end: number): boolean {
  // Only a space and a capital after the name are looked at further.
  const next = text.charCodeAt(end + 1);
  if (text[end] !== ' ' || next < 65 || next > 90) return false;
  const after = text.slice(end, end + 12);
  if (!ENGLISH_OUTLET_AFTER.test(after)) return false;
  return (
    !ORDINARY_ENDING_AFTER.test(after) ||
    !SCENE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - SCENE_PREPOSITION_WINDOW), start))
  );
}
