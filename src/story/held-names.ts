// Names that hold a place, read at one mention by the words right round it: a team called by its emblem and a
// place («شاهین آمو»), a relative called by a place's name with «جان» («خاله‌اش، بهارک جان»), a shop so named. The
// place is a word of the name, not a mention.

import {
  DARI_SHOP_NOUNS,
  DARI_MATCH_WORDS,
  DARI_RELATION_NOUNS,
  DARI_TEAM_EMBLEMS,
  RELATIVE_NOUNS_EN,
} from './lexicon.ts';
import { shopNounBefore } from './dari-shop-names.ts';
import { endingOn } from './ending-on.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';
import { ANY_DIGIT, hasArabicScript, wordAlternation } from './regex-parts.ts';

interface Span {
  start: number;
  end: number;
}

const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\u200C])';
const WORD_START = '(?:^|[\\s«(،,:])';

/**
 * The emblem right before the name: «شاهین »، «عقاب‌های »، «پلنگ‌های »; read only after an emblem's last word
 * («های» after the joiner, where the last word stops).
 */
const EMBLEM_BEFORE = endingOn(
  [...DARI_TEAM_EMBLEMS, 'های'],
  new RegExp(`${WORD_START}${wordAlternation(DARI_TEAM_EMBLEMS)}[ \\t]+$`, 'u'),
);
/** A match near: its words, or a score «۲ – ۱». */
const MATCH_NEAR = new RegExp(
  `(?<![\\p{L}\\u200C])(?:${wordAlternation(DARI_MATCH_WORDS)})${NOT_LETTER_AFTER}|${ANY_DIGIT}[ \\t]*[–—-][ \\t]*${ANY_DIGIT}`,
  'u',
);
/** «… را»: the place is a verb's object, so the word before it is its subject — «شاهین کابل را ترک کرد». */
const OBJECT_AFTER = /^[ \t]+را(?![\p{L}\u200C])/u;
/** Characters either side of the name read for a match. */
const MATCH_REACH = 160;

/**
 * «شاهین آمو ۲ – ۱»، «سرمربی عقاب‌های هندوکش»: a team's emblem right before a place, a match near, is the team's
 * name («شاهین» alone is a man's name, so the match must be there).
 */
export function dariTeamEmblemBefore(text: string, c: Span): boolean {
  if (!hasArabicScript(text.slice(Math.max(0, c.start - 4), c.start))) return false;
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  if (!EMBLEM_BEFORE.test(before) || OBJECT_AFTER.test(text.slice(c.end, c.end + 5))) return false;
  return MATCH_NEAR.test(text.slice(Math.max(0, c.start - MATCH_REACH), c.end + MATCH_REACH));
}

/** «جان» ("dear") right after the name, as a word, in Dari or transliterated ("Baharak jan"). */
const JAN_AFTER = new RegExp(`^[ \\t]+(?:جان|[Jj]aa?n)${NOT_LETTER_AFTER}`, 'u');
/** A relative, perhaps with a possessive ending, perhaps a comma, right before: «خاله‌اش، »، «مادرکلانم ». */
const RELATIVE_BEFORE = new RegExp(
  `${WORD_START}${wordAlternation(DARI_RELATION_NOUNS)}(?:\\u200C?(?:ام|ات|اش|مان|تان|شان|م|ت|ش))?[ \\t]*[،,]?[ \\t]+$`,
  'u',
);
/** "her aunt, ", "my grandmother ": an English relative right before. */
const RELATIVE_BEFORE_EN = new RegExp(`\\b${wordAlternation(RELATIVE_NOUNS_EN)}[ \\t]*,?[ \\t]+$`, 'iu');

/**
 * «خاله‌اش، بهارک جان، …»، «مادرکلانم شغنان جان را …», "her aunt, Baharak jan,": a relative named by a place's name
 * with «جان» is a person («در بهارک جان سه کودک را گرفت» — a life taken in Baharak — has no relative before it).
 */
export function relativeCalledByPlace(text: string, c: Span): boolean {
  if (!JAN_AFTER.test(text.slice(c.end, c.end + 6))) return false;
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  return hasArabicScript(text.slice(Math.max(0, c.start - 4), c.start))
    ? RELATIVE_BEFORE.test(before)
    : RELATIVE_BEFORE_EN.test(before);
}

/** A province or a province's capital: «کابل جان», "Herat jan" is the city called dearly, never a person's name. */
export function namesProvinceOrCapital(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.some((id) => {
    const kind = index.entries.get(id)?.kind;
    return kind === 'province' || index.entries.get(provinceOf(index, id) ?? '')?.capital === id;
  });
}

/** «قدیمی‌ترین قنادی هرات»، «تنها هوتل بامیان»: the town's best or only shop — the place is the town's. */
const BEST_SHOP_BEFORE = new RegExp(
  `(?:ترین|(?:^|\\s)(?:تنها|یگانه|اولین|نخستین))[ \\t]+${wordAlternation(DARI_SHOP_NOUNS)}(?:ٔ|\\u200C?ی)?[ \\t]+$`,
  'u',
);
/** «، واقع در …»، « واقع در …»: where the shop so named stands, right after its name. */
const SITUATED_AFTER = /^(?:[ \t]*[،,])?[ \t]*واقع[ \t]+(?:در|کنار|مقابل|نزدیک|پهلوی)(?![\p{L}\u200C])/u;

/**
 * «نانوایی کندز، واقع در کارتهٔ پروان، شهر کابل»: a shop's noun, the place, then where the shop is «واقع»: the
 * place is the shop's name (a shop in the place would be «نانوایی در کندز»).
 */
export function dariShopSituatedAfter(text: string, c: Span): boolean {
  const after = text.slice(c.end, c.end + 16);
  return (
    after.includes('واقع') &&
    SITUATED_AFTER.test(after) &&
    shopNounBefore(text, c.start) &&
    !BEST_SHOP_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))
  );
}
