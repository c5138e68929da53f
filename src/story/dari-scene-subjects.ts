/**
 * «در بازار یفتل دکانداری پیر گفت: «…»», «کنار سرک یک زن دستفروش گفت»: a Dari sentence that sets its scene first
 * (a preposition and its place) and only then names its subject by an indefinite description. The scene is no
 * part of the speaker: the description, from its «یک» or its head noun with the indefinite ی, is.
 */
import { dariIndefiniteAsOne, isDariPersonWord } from './described-named.ts';
import {
  DARI_OFFICIAL_ROLES,
  DARI_SCENE_OBJECT_PREPOSITIONS,
  DARI_SCENE_PREPOSITIONS,
  DARI_SCENE_SPAN_NOUNS,
  DARI_TIME_NOUNS,
} from './lexicon.ts';
import { normalizeName } from './normalize.ts';

const SCENE = new Set(DARI_SCENE_PREPOSITIONS.map(normalizeName));
const ONE = new Set(['یک', 'یکی'].map(normalizeName));
/** Words whose next word is theirs: «با یک معلم» (the scene's object), «دوران جوانی», «شب عروسی» (its time). */
const OBJECT_OF = new Set(
  [...DARI_SCENE_OBJECT_PREPOSITIONS, ...DARI_SCENE_SPAN_NOUNS, ...DARI_TIME_NOUNS].map(normalizeName),
);
/** Offices whose ی-word is a surname as often as "an official": «وزیری»، «رئیسی». */
const TITLES = new Set(DARI_OFFICIAL_ROLES.map(normalizeName));
/** Words the place of a scene may run to before its subject. */
const SCENE_WORDS = 5;

/**
 * Whether a word opens an indefinite description: «دکانداری پیر», «بیوه‌ای که …», or «یک»/«یکی» before a person's
 * noun. Never the scene's own object after «با», «از» («در دیدار با یک معلم والی بلخ گفت»: the governor speaks)
 * or a time of life after its span («در دوران جوانی پدرم گفت»: youth, not "a youth"), nor an office's ی-word
 * alone before the verb, a surname («در این باره وزیری گفت»).
 */
function opensIndefinite(word: string, next: string, before: string): boolean {
  if (OBJECT_OF.has(normalizeName(before))) return false;
  const one = dariIndefiniteAsOne(word);
  if (one !== word) return next !== '' || !TITLES.has(normalizeName(one.split(' ')[1] ?? ''));
  const n = normalizeName(next);
  return ONE.has(normalizeName(word)) && (isDariPersonWord(n) || n === normalizeName('از'));
}

/** Where in `phrase` the indefinite description after its opening scene starts, or -1. */
export function descriptionAfterScene(phrase: string): number {
  const words = phrase.trim().split(/\s+/u);
  if (!SCENE.has(normalizeName(words[0] ?? ''))) return -1;
  // The scene's preposition and at least one word of its place come first.
  for (let k = 2; k < Math.min(words.length, SCENE_WORDS + 2); k++) {
    if (!opensIndefinite(words[k] ?? '', words[k + 1] ?? '', words[k - 1] ?? '')) continue;
    const lead = phrase.length - phrase.trimStart().length;
    return lead + words.slice(0, k).join(' ').length + 1;
  }
  return -1;
}
