// A feature introduces its old storyteller by name and age («قربان‌علی … او هشتادوچهار سال دارد») and later calls
// him by his age alone: «پیرمرد گفت: «…»» is that person, not a new, nameless old man.
import { DARI_ELDER_NOUNS, DARI_OLD_AGE_TENS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { ANY_DIGIT, DARI_AGE_WORD, phraseAlternation, wordAlternation } from './regex-parts.ts';
import type { SpeakerTable } from './speakers.ts';

const ELDERS: ReadonlySet<string> = new Set(DARI_ELDER_NOUNS.map(normalizeName));
/**
 * An old age's number: sixty to ninety-nine or a hundred to a hundred and twenty-nine in digits («۸۴», «۱۰۵»), or
 * words on a ten of sixty or more, its unit joined or spaced («هشتادوچهار», «هفتاد و پنج», «صد»).
 */
const OLD_AGE_NUMBER = `(?:(?<!${ANY_DIGIT})(?:[6-9۶-۹٦-٩]|[1۱١][0-2۰-۲٠-٢])${ANY_DIGIT}(?!${ANY_DIGIT})|(?<![\\p{L}\\u200C])(?:${wordAlternation(DARI_OLD_AGE_TENS)})(?:[ \\u00A0]*و[ \\u00A0]*${DARI_AGE_WORD})?)`;
/** «هشتادوچهار سال دارد», «۸۴ سال عمر دارد», «هفتاد ساله», «هشتاد سال داشت»: an age of sixty or more. */
const OLD_AGE = new RegExp(
  `${OLD_AGE_NUMBER}[ \\t\\u00A0\\u200C]*(?:ساله|سال(?:[ \\t]+عمر)?[ \\t]+دا(?:ر|شت))`,
  'u',
);
/** «یک پیرمرد», «پیرمردی»: a new old person brought in, whom a later «پیرمرد گفت» means instead. */
const NEW_ELDER = new RegExp(
  `(?<![\\p{L}\\u200C])(?:یک[ \\t]+(?:${phraseAlternation(DARI_ELDER_NOUNS)})|(?:${phraseAlternation(DARI_ELDER_NOUNS)})(?:ی|\\u200Cای))(?![\\p{L}\\u200C])`,
  'u',
);
/** Passages back the old person's introduction is looked for. */
const REACH = 30;

/**
 * Whether a Dari subject opens on an old person's noun: alone («پیرمرد»), or before the object of a gesture the
 * subject reader kept («پیرمرد چایش را نوشید و گفت»).
 */
export function opensOnElder(role: string): boolean {
  const words = role.trim().split(/\s+/u);
  if (ELDERS.has(normalizeName(role.trim()))) return true;
  return ELDERS.has(normalizeName(words[0] ?? '')) && words.some((w) => normalizeName(w) === OBJECT_MARK);
}
const OBJECT_MARK = normalizeName('را');

/** Passages after an age its person may first be named in («او … سال دارد.» then «بابه قربان گفت»). */
const NAMED_AFTER = 2;

/**
 * The person of an age at (k, at): of those named from the passage before it to two after, the one the text names
 * most often (the feature's subject, not a word of the scene read as a name).
 */
function personAround(table: SpeakerTable, k: number): string | null {
  let best: string | null = null;
  for (const e of table.eventsInPassages(k - 1, k + NAMED_AFTER))
    if (!best || table.mentionCount(e.speaker) > table.mentionCount(best)) best = e.speaker;
  return best;
}

/** The first age of sixty or more `text` gives a person, or null. */
export function oldAgeIn(text: string): RegExpExecArray | null {
  return text.includes('سال') ? OLD_AGE.exec(text) : null;
}

/** The person the text last gave an old age before (passage p, `at`): named at or before the age. */
export function elderNamedBefore(table: SpeakerTable, p: number, at: number): string | null {
  for (let k = p; k >= 0 && k >= p - REACH; k--) {
    const text = table.passageText(k).slice(0, k === p ? at : undefined);
    const age = oldAgeIn(text);
    // An old person brought in after the age is someone else: no one named.
    if (NEW_ELDER.test(age ? text.slice(age.index) : text)) return null;
    if (age) return personAround(table, k);
  }
  return null;
}
