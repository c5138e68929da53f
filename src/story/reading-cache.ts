import type { QuoteSpan } from './quotes.ts';

// Facts about a passage that several rules ask for again and again (where its sentences start, which offsets lie
// inside a quotation): computed once per reading and passage, so no rule re-reads the text before each question.

/** The article as the rules read it: passage texts and where their quotations are. */
export interface ReadingTexts {
  readonly texts: readonly string[];
  readonly quotes: readonly (readonly QuoteSpan[])[];
}

/** A passage's slot in perPassage's memo before the passage is read. */
const UNREAD: unique symbol = Symbol('unread');

/**
 * A per-passage memo: `build(text, p)` runs at most once for each reading and passage. Kept in a WeakMap keyed
 * by the reading, so nothing outlives the ingest that made it.
 */
export function perPassage<T, R extends ReadingTexts = ReadingTexts>(
  build: (text: string, p: number, reading: R) => T,
): (reading: R, p: number) => T {
  // An array by passage, not a Map: rules ask hundreds of thousands of times, and an index is the cheapest look-up.
  const memo = new WeakMap<R, (T | typeof UNREAD)[]>();
  return (reading, p) => {
    let byPassage = memo.get(reading);
    if (!byPassage)
      memo.set(reading, (byPassage = new Array<T | typeof UNREAD>(reading.texts.length).fill(UNREAD)));
    const held = byPassage[p];
    // Out of range (no passage p) the slot is empty, not UNREAD: read once too, as a passage of no text.
    if (held !== UNREAD && (held !== undefined || p in byPassage)) return held as T;
    const value = build(reading.texts[p] ?? '', p, reading);
    byPassage[p] = value;
    return value;
  };
}

/**
 * Which offsets of a passage lie strictly inside one of its quotations (between the marks; a quotation opened in
 * an earlier paragraph covers the start, one left open covers the end). Spans may nest, so each marks its range.
 */
export function insideQuotations(length: number, spans: readonly QuoteSpan[]): (pos: number) => boolean {
  if (spans.length === 0) return () => false;
  const depth = new Int32Array(length + 1);
  for (const q of spans) {
    const from = Math.max(0, (q.open ?? -1) + 1);
    const to = Math.min(length, q.close ?? length);
    if (from >= to) continue;
    depth[from] = (depth[from] ?? 0) + 1;
    depth[to] = (depth[to] ?? 0) - 1;
  }
  for (let i = 1; i <= length; i++) depth[i] = (depth[i] ?? 0) + (depth[i - 1] ?? 0);
  return (pos) => pos >= 0 && pos < length && (depth[pos] ?? 0) > 0;
}

/** The index of the last item of ascending `xs` (by `key`) that is below `x`, or -1. */
export function lastBelow<T>(xs: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = xs[mid];
    if (item !== undefined && key(item) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A memo of a pure reading of one line's text, for one pass over a page: pasted transcripts and PDFs repeat
 * their short lines ("Q:", a name, a town), and each repeat is read once.
 */
export function byText<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    // One look-up for a value that is not undefined (a reason, null, a boolean): the usual case.
    const held = memo.get(text);
    if (held !== undefined || memo.has(text)) return held as T;
    const value = read(text);
    memo.set(text, value);
    return value;
  };
}
