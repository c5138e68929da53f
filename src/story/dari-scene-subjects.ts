/**
 * «در بازار یفتل دکانداری پیر گفت: «…»», «کنار سرک یک زن دستفروش گفت»: a Dari sentence that sets its scene first
 * (a preposition and its place) and only then names its subject by an indefinite description. The scene is no
 * part of the speaker: the description, from its «یک» or its head noun with the indefinite ی, is.
 */
import { dariIndefiniteAsOne, isDariPersonWord } from './described-named.ts';
import { DARI_SCENE_PREPOSITIONS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';

const SCENE = new Set(DARI_SCENE_PREPOSITIONS.map(normalizeName));
const ONE = new Set(['یک', 'یکی'].map(normalizeName));
/** Words the place of a scene may run to before its subject. */
const SCENE_WORDS = 5;

/**
 * Whether a word opens an indefinite description: «دکانداری پیر», «بیوه‌ای که …», or «یک»/«یکی» before a person's
 * noun. A ی-word alone before the verb may be a surname («در این باره وزیری گفت»): it needs a word after it.
 */
function opensIndefinite(word: string, next: string): boolean {
  if (next !== '' && dariIndefiniteAsOne(word) !== word) return true;
  const n = normalizeName(next);
  return ONE.has(normalizeName(word)) && (isDariPersonWord(n) || n === normalizeName('از'));
}

/** Where in `phrase` the indefinite description after its opening scene starts, or -1. */
export function descriptionAfterScene(phrase: string): number {
  const words = phrase.trim().split(/\s+/u);
  if (!SCENE.has(normalizeName(words[0] ?? ''))) return -1;
  // The scene's preposition and at least one word of its place come first.
  for (let k = 2; k < Math.min(words.length, SCENE_WORDS + 2); k++) {
    if (!opensIndefinite(words[k] ?? '', words[k + 1] ?? '')) continue;
    const lead = phrase.length - phrase.trimStart().length;
    return lead + words.slice(0, k).join(' ').length + 1;
  }
  return -1;
}
