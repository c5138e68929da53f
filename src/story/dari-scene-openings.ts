// A phrase on a preposition before the subject's comma ("in many homes of the north, grandmothers say") is where
// it was said or whose report it is, never a speaker; quantified over many places, it makes the words a saying.
import {
  DARI_EVERY_PLACE_NOUNS,
  DARI_EVERY_WORDS,
  DARI_EVERYWHERE_WORDS,
  DARI_GENERIC_SCENE_PREPOSITIONS,
  DARI_GENERIC_SCENE_WORDS,
  DARI_PLACE_PLURAL_ENDINGS,
  DARI_PERSON_PLURAL_ENDINGS,
  DARI_OPENING_PREPOSITIONS,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

const SCENE = new RegExp(`^${wordAlternation(DARI_OPENING_PREPOSITIONS)}[\\s\\u200C]+\\S`, 'u');
const GAP = '[\\s\\u200C]+';
const END = '(?![\\p{L}\\p{M}\\u200C])';
/** «در بسیاری از خانه‌ها», «در همهٔ قریه‌های …», «در هر قریه», «در همه‌جا»: a scene over many places. */
const GENERIC = new RegExp(
  `^${wordAlternation(DARI_GENERIC_SCENE_PREPOSITIONS)}${GAP}(?:` +
    `${wordAlternation(DARI_GENERIC_SCENE_WORDS)}\\u0654?${GAP}(?:از${GAP})?[\\p{L}\\u200C]+?${wordAlternation(DARI_PLACE_PLURAL_ENDINGS)}${END}` +
    `|${wordAlternation(DARI_EVERY_WORDS)}${GAP}${wordAlternation(DARI_EVERY_PLACE_NOUNS)}${END}|${wordAlternation(DARI_EVERYWHERE_WORDS)}${END})`,
  'u',
);
/**
 * A plural of people alone, or before whom they tell it ("مادرها به دخترانشان"): "پیرمردان قریه" is not bare (it
 * names a place).
 */
const BARE_PLURAL = new RegExp(
  `^\\S+(?:${wordAlternation(DARI_PERSON_PLURAL_ENDINGS)})(?:[\\s\\u200C]+${wordAlternation(DARI_OPENING_PREPOSITIONS)}[\\s\\u200C][^،]*)?$`,
  'u',
);

export interface SceneOpening {
  /** The subject's parts after the scene. */
  parts: string[];
  /** The scene is generic ("in many villages") and the subject a bare plural: a saying no one in the text says. */
  saying: boolean;
}

/** «به گزارش خبرگزاری پژواک، محمدنعیم، …» → «محمدنعیم، …»: the scene parts before the subject, set aside. */
export function withoutSceneOpening(parts: readonly string[]): SceneOpening {
  let k = 0;
  while (k < parts.length - 1 && SCENE.test(parts[k] ?? '')) k++;
  const rest = parts.slice(k);
  const generic = parts.slice(0, k).some((p) => GENERIC.test(p));
  return { parts: rest, saying: generic && rest.length === 1 && BARE_PLURAL.test((rest[0] ?? '').trim()) };
}
