// Kabul, Herat and Kandahar bare are the cities reporting means (CITIES_NAMED_ALONE), but the province's own bodies
// are the province's: «فرماندهی امنیهٔ کابل», «والی هرات», "the Kabul police", "the governor of Kandahar".

import { CITIES_NAMED_ALONE } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { lastWordsOf } from './ending-on.ts';
import type { FoundName } from './city-readings.ts';
import type { PlaceIndex } from './place-index.ts';

/** A Dari provincial body's head, with its ezafe, perhaps one word of its own, then the name. */
const DARI_BODY_HEADS = [
  'والی',
  'فرماندهی',
  'فرمانده',
  'قوماندانی',
  'قوماندان',
  'ریاست',
  'شورای',
  'مقام‌های',
  'مقامات',
];
const DARI_BODY_BEFORE = new RegExp(
  `(?:^|\\s)${wordAlternation(DARI_BODY_HEADS)}(?:ٔ|\\u200C?ی)?(?:[ \\t]+(?!(?:در|از|به|که|و)[ \\t])[^\\s.،,:؛;«»"!?؟]+){0,1}[ \\t]+$`,
  'u',
);
/** "the governor of Kabul", "the police chief of Herat". */
const BODY_OF_BEFORE =
  /\b(?:governor|police[ \t]+chief|police[ \t]+command|governor['’]s[ \t]+office)[ \t]+of[ \t]+$/iu;
/** "Kabul police said", "Herat's governor": the body right after the name; not a city's "police district 9". */
const BODY_AFTER =
  /^(?:['’]s)?[ \t]+(?:police(?![ \t]+(?:district|station|precinct)s?\b)|governor|provincial)\b/u;
/** The heads bare, for the cheap look at the last two words before the name. */
const DARI_HEAD_WORDS: ReadonlySet<string> = new Set(
  DARI_BODY_HEADS.flatMap((h) => [h, `${h}ٔ`, `${h}ی`, `${h}\u200Cی`]),
);

/** Whether a name is a capital named alone whose province the words beside it call up by its body. */
function provinceBodyBeside(text: string, f: FoundName): boolean {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const [second = '', last = ''] = lastWordsOf(before, 2);
  return (
    ((DARI_HEAD_WORDS.has(last) || DARI_HEAD_WORDS.has(second)) && DARI_BODY_BEFORE.test(before)) ||
    (last.toLowerCase() === 'of' && BODY_OF_BEFORE.test(before)) ||
    BODY_AFTER.test(text.slice(f.end, f.end + 16))
  );
}

/** Settle Kabul, Herat or Kandahar as the province where its police, governor or council stands by the name. */
export function offMapProvinceBodies(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !f.ids.some((id) => CITIES_NAMED_ALONE.has(id))) continue;
    if (!f.ids.some((id) => index.entries.get(id)?.kind === 'province')) continue;
    if (provinceBodyBeside(text, f)) f.qualifier = 'province';
  }
}
