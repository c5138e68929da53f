import { DARI_AGENT_LOOKALIKES, DARI_AGENT_SUFFIXES } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { perPassage } from './reading-cache.ts';
import { hasArabicScript } from './regex-parts.ts';

/** Whether a stretch of text is written in Dari (Arabic script), so the Dari rules apply. */
export function isDariText(text: string): boolean {
  return hasArabicScript(text);
}

/** Whether passage p is in Dari: each Dari pass asks of every passage, and an English one is read to its end. */
export const isDariPassageOf = perPassage((text) => isDariText(text));

const AGENT_ENDINGS = DARI_AGENT_SUFFIXES.map(normalizeName);
const AGENT_LOOKALIKES = new Set([...DARI_AGENT_LOOKALIKES].map(normalizeName));

/** "موتروان", "آهنگر", "دکاندار": a word of a trade by its agent ending, not a word that only ends like one. */
export function isAgentNoun(head: string): boolean {
  // An ezafe may close the word ("موتروانِ", "آهنگری"): read it with and without.
  return [head, head.replace(/(?:ی|ٔ)$/u, '')].some(
    (word) =>
      !AGENT_LOOKALIKES.has(word) &&
      AGENT_ENDINGS.some((end) => word.length > end.length + 1 && word.endsWith(end)),
  );
}
