// "کمی خاموش ماند و افزود", "یک دکاندار … لحظه‌ای مکث کرد و گفت", "هفتهٔ گذشته کنار جوی ایستاده بود و گفت": a
// clause before the speech verb. Its words of degree ("کمی"), its participle and its scene (a time, a place the
// speaker stood) belong to the clause, never to the speaker's name.
import {
  DARI_PAUSE_DEGREE_WORDS,
  DARI_POSITION_WORDS,
  DARI_TIME_MODIFIERS,
  DARI_TIME_NOUNS,
  DARI_TIME_WORDS,
  DARI_WEEKDAYS,
} from './lexicon.ts';
import { normalizeName } from './normalize.ts';

/** "… ماند و بعد" → "… ماند و": time words after the "و" that joins the clause to the speech verb. */
export function withoutTrailingTimeWords(phrase: string): string {
  const words = phrase.trimEnd().split(/\s+/u);
  let k = words.length;
  while (k > 1 && DARI_TIME_WORDS.has(normalizeName(words[k - 1] ?? ''))) k--;
  return k === words.length ? phrase : words.slice(0, k).join(' ');
}

const WEEKDAYS = new Set(DARI_WEEKDAYS.map(normalizeName));

/** Auxiliaries after a participle ("ایستاده بود", "نشسته است"): the clause's verb is two words. */
const AUXILIARIES = new Set('بود است بودند اند شد'.split(' ').map(normalizeName));
/** A past participle before an auxiliary: "ایستاده", "نشسته", "رفته". */
const PARTICIPLE = /ه$/u;

/** How many words a time opening holds: "دیروز" 1, "هفتهٔ گذشته" or "روز پنجشنبه" 2, none 0. */
function timeOpening(words: readonly string[]): number {
  const [first, second] = words.map(normalizeName);
  if (!first) return 0;
  if (DARI_TIME_WORDS.has(first)) return 1;
  // A span and its modifier or a weekday (alone, «بهار» may be a name).
  return DARI_TIME_NOUNS.has(first) && !!second && (DARI_TIME_MODIFIERS.has(second) || WEEKDAYS.has(second))
    ? 2
    : 0;
}

/**
 * Whether words are a scene, not a person: a place stood at ("کنار جوی خشک"), a time before it ("هفتهٔ گذشته
 * کنار جوی"). A time before anything else ("هفتهٔ گذشته یکی از شاگردانم") opens on the subject.
 */
function isScene(words: readonly string[]): boolean {
  const rest = words.slice(timeOpening(words));
  return rest.length > 0 && DARI_POSITION_WORDS.has(normalizeName(rest[0] ?? ''));
}

/**
 * The subject before a clause's verb (`verb`, the word before "و"): "یک دکاندار کنار سرک کمی مکث" →
 * "یک دکاندار کنار سرک"; "کمی خاموش" → ""; "هفتهٔ گذشته کنار جوی خشک ایستاده" (before "بود") → "".
 */
export function beforePauseWords(subject: string, verb = ''): string {
  const all = subject.trim().split(/\s+/u).filter(Boolean);
  let words = all;
  if (AUXILIARIES.has(normalizeName(verb)) && PARTICIPLE.test(words.at(-1) ?? '')) words = words.slice(0, -1);
  const k = words.findIndex((w) => DARI_PAUSE_DEGREE_WORDS.has(normalizeName(w)));
  if (k >= 0) words = words.slice(0, k);
  if (isScene(words)) return '';
  return words.length === all.length ? subject : words.join(' ');
}

/** "به من گفت", "برای ما گفت", "به خبرنگاران گفت": to whom it was said, with no subject before it. */
const ADDRESSEE_ONLY =
  /^(?:و[\s\u200C]+)?(?:(?:به|برای)[\s\u200C]+(?:من|ما|ماها|شما|خبرنگار|خبرنگاران|نویسنده)|برایم|برای‌مان|برایمان)$/u;

/** Whether a subject phrase is only the one spoken to: the subject is dropped, the person just named speaks. */
export function isOnlyAddressee(phrase: string): boolean {
  return ADDRESSEE_ONLY.test(phrase.trim());
}
