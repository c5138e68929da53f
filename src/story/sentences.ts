// Sentence edges inside a passage, for attribution windows. Quotes and abbreviations make this approximate;
// callers only need the clause around a quotation, not a full parse.

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Capt|Maj|Sgt|Prof|St|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])$/;

/** Offset where the sentence holding `pos` starts. */
export function sentenceStart(text: string, pos: number, floor = 0): number {
  for (let i = pos - 1; i > floor; i--) {
    const ch = text[i];
    if (ch === '\n') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? '') && i + 1 < pos) {
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
      let j = i + 1;
      while (j < pos && /\s/.test(text[j] ?? '')) j++;
      return j;
    }
  }
  return floor;
}

/** Offset just after the sentence-ending mark that follows `pos` (or the limit). */
export function sentenceEnd(text: string, pos: number, limit = text.length): number {
  for (let i = pos; i < limit; i++) {
    const ch = text[i];
    if (ch === '\n') return i;
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ''))) {
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
      return i + 1;
    }
  }
  return limit;
}
