// A Dari shop's or a body's own name that carries a place: «فروشگاه بدخشان در ناحیهٔ دهم کابل» (a shop called
// Badakhshan, in Kabul), «د افغانستان بانک» (the central bank's Pashto name in Dari copy). The place is a word of
// the name, not a mention. «فروشگاه‌های بدخشان» (the shops of Badakhshan) and a shop «در بدخشان» stay the place's.

import { DARI_SHOP_NOUNS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { normalizeName } from './normalize.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';

/** A shop's noun, alone or with its ezafe, as the last word before a name (never its plural «فروشگاه‌های»). */
const SHOP_WORDS: ReadonlySet<string> = new Set(
  DARI_SHOP_NOUNS.flatMap((n) => [n, `${n}ٔ`, `${n}\u200Cی`, `${n}ی`]),
);
/** Nouns that place a shop in a town after «در»: «در ناحیهٔ دهم …», «در شهر نو …», «در بازار …». */
const PLACING = [
  'ناحیه',
  'ناحیهٔ',
  'شهر',
  'شهرک',
  'مرکز',
  'بازار',
  'مارکیت',
  'سرک',
  'جاده',
  'جادهٔ',
  'کوچه',
  'کوچهٔ',
  'چوک',
];
/** «در» then a placing noun, or «در» then the word of a place (read by the caller). */
const PLACED_AFTER = new RegExp(
  `^[ \\t]+در[ \\t]+(?:(?<placing>${wordAlternation(PLACING)})(?![\\p{L}\\u200C])|(?<word>[\\p{L}\\u200C]+))`,
  'u',
);
/** What follows a place inside a Pashto body's name after «د»: «د افغانستان بانک», «د افغانستان برشنا شرکت». */
const PASHTO_BODY_AFTER = /^[ \t]+(?:بانک|برشنا|شرکت|ملی|رادیو|تلویزیون|سره[ \t]+میاشت)(?![\p{L}\u200C])/u;

/** The last word of the characters before a name. */
function lastWordBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 24), start).trimEnd();
  return before.slice(
    Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t'), before.lastIndexOf('\n')) + 1,
  );
}

/** Whether a shop's noun, alone or with its ezafe, is the last word before `start`: «نانوایی »، «دکان ». */
export function shopNounBefore(text: string, start: number): boolean {
  return SHOP_WORDS.has(lastWordBefore(text, start));
}

/**
 * Whether `word` names a place outside the province of `ids`: «دکان بدخشان در فیض‌آباد» is a Badakhshan shop in
 * Badakhshan's own town, the province's, but «رستورانت هرات در کابل» is a shop called Herat.
 */
export function placeOutside(word: string, ids: readonly string[], index: PlaceIndex): boolean {
  const there = index.exact.get(normalizeName(word));
  if (!there) return false;
  const provinces = new Set(ids.map((id) => provinceOf(index, id)));
  return there.every((id) => !provinces.has(provinceOf(index, id)));
}

/**
 * Whether the name at `start`–`end` is a word of a shop's or a Pashto body's name: a shop's noun right before it and
 * the shop placed elsewhere right after («… در ناحیهٔ دهم کابل», «… در کابل»: `isElsewhere` says whether a word is a place
 * outside the name's province), or «د» before it and a bank's or a
 * company's word after.
 */
export function dariShopOrBodyName(
  text: string,
  start: number,
  end: number,
  isElsewhere: (word: string) => boolean,
): boolean {
  const last = lastWordBefore(text, start);
  if (last === 'د') return PASHTO_BODY_AFTER.test(text.slice(end, end + 16));
  if (!SHOP_WORDS.has(last)) return false;
  const placed = PLACED_AFTER.exec(text.slice(end, end + 40));
  if (!placed) return false;
  const word = placed.groups?.['word'];
  return word === undefined || isElsewhere(word);
}
