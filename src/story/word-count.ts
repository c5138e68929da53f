import { matchesOf } from './matches.ts';

/** Runs of non-space characters with a letter or digit in them: the words of a line. */
const WORDS = /(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** Whether `text` has more than `max` words, read no further than the word past `max` (a passage may run long). */
export function moreWordsThan(text: string, max: number): boolean {
  const words = matchesOf(WORDS, text);
  for (let n = 0; n <= max; n++) if (words.next().done === true) return false;
  return true;
}
