import { DARI_GESTURE_VERBS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

const GESTURE = wordAlternation(DARI_GESTURE_VERBS).replace(/ /g, '[\\s\\u200C]+');
/** The sentence closes on a gesture: "… سرش را پایین انداخت:" (nothing but spaces before the colon). */
const ENDS_ON_GESTURE = new RegExp(`(?<![\\p{L}\\u200C])${GESTURE}\\s*$`, 'u');
/** The sentence opens on a gesture with its subject dropped: "خندید، خندهٔ تلخی که …:". */
const OPENS_ON_GESTURE = new RegExp(`^\\s*${GESTURE}(?=\\s*[،,]|\\s+و\\s)`, 'u');

/**
 * Whether a sentence closing on a colon is a gesture or a recital whose dropped subject is the one the
 * narration is about: "پرسیدم چرا رفت. خندید، …: «…»". Quotations after such a sentence are that person's.
 */
export function isGestureColonSentence(sentence: string): boolean {
  return ENDS_ON_GESTURE.test(sentence) || OPENS_ON_GESTURE.test(sentence);
}
