import type { SpeakerTable } from './speakers.ts';

/** Where the sentence closing at `colonAt` opens: after the last stop or closing quote before it. */
function sentenceStart(text: string, colonAt: number): number {
  let start = colonAt;
  while (start > 0 && !/[.!?؟»\n:]/u.test(text[start - 1] ?? '')) start--;
  while (start < colonAt && /\s/u.test(text[start] ?? '')) start++;
  return start;
}

/**
 * "پسری دوازده‌ساله از قریهٔ بالا، به جای نامه، یک دوبیتی نوشته که از مادرش آموخته: «…»": a sentence that
 * opens on a source the text introduces there (by description, or by name) and closes on a colon sets down that
 * source's words — a poem sent, a note written — whatever its verb. Null when no source opens it.
 */
export function colonSentenceOpener(
  table: SpeakerTable,
  text: string,
  p: number,
  colonAt: number,
): string | null {
  if (text[colonAt] !== ':') return null;
  const start = sentenceStart(text, colonAt);
  const source = table.anonymousBefore(p, colonAt);
  if (source?.start === start && !table.isGroup(source.speaker)) return source.speaker;
  const named = table.lastPersonNamed(p, start + 1, null);
  return named?.passage === p && named.start === start ? named.speaker : null;
}
