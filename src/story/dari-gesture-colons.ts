import { DARI_DROPPED_SUBJECT_LEADS, DARI_GESTURE_VERBS, DARI_VERSE_NOUNS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** A Dari gesture verb, its words joined by a space or a ZWNJ. */
export const GESTURE = wordAlternation(DARI_GESTURE_VERBS).replace(/ /g, '[\\s\\u200C]+');
/** The sentence closes on a gesture: "… سرش را پایین انداخت:" (nothing but spaces before the colon). */
const ENDS_ON_GESTURE = new RegExp(`(?<![\\p{L}\\u200C])${GESTURE}\\s*$`, 'u');
/** The sentence closes on reciting a verse: "… این بیت را خواند:", "… شعری را خواند:" (not "فرمان را خواند"). */
const ENDS_ON_RECITAL = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_VERSE_NOUNS)}(?:ی|[\\u200C]?ای)?(?:[\\s\\u200C]+[^\\s،,.:«»]+){0,2}[\\s\\u200C]+را[\\s\\u200C]+خواند\\s*$`,
  'u',
);
/** The sentence opens on a gesture with its subject dropped: "خندید، خندهٔ تلخی که …:". */
const OPENS_ON_GESTURE = new RegExp(`^\\s*${GESTURE}(?=\\s*[،,]|\\s+و\\s)`, 'u');
/** An opening that is no subject: an adverb or a preposition ("کمی", "به تلخی"). */
const DROPPED_LEAD = new RegExp(`^${wordAlternation(DARI_DROPPED_SUBJECT_LEADS)}(?![\\p{L}\\u200C])`, 'u');
/** An opening on the object: "سرش را", "این بیت را" (one noun, or a demonstrative and one). */
const OBJECT_LEAD = /^(?:(?:این|آن)\s+)?[^\s،,]+\s+را(?:\s|$)/u;

/**
 * Whether the words before a gesture leave its subject dropped: none, or an opening on an adverb or an object.
 * "دختر کوچکش سر تکان داد", "رئیس فواید عامه خندید", "X، role، لبخند زد" name who gestured.
 */
function subjectDropped(before: string): boolean {
  const words = before.trim();
  return words === '' || DROPPED_LEAD.test(words) || OBJECT_LEAD.test(words);
}

/**
 * Whether a sentence closing on a colon is a gesture or a recital whose dropped subject is the one the
 * narration is about: "پرسیدم چرا رفت. خندید، …: «…»". Quotations after such a sentence are that person's.
 */
export function isGestureColonSentence(sentence: string): boolean {
  if (OPENS_ON_GESTURE.test(sentence)) return true;
  const end = ENDS_ON_GESTURE.exec(sentence) ?? ENDS_ON_RECITAL.exec(sentence);
  return end !== null && subjectDropped(sentence.slice(0, end.index));
}
