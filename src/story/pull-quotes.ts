import type { QuoteDraft } from './attribution.ts';
import { wordCount } from './word-count.ts';
import { normalizeName } from './normalize.ts';
import type { Reading } from './speakers.ts';

/** Most words a subhead holding a pull quote has outside the quotation ("دفاع:", "The defence:"). */
const HEADING_WORDS_OUTSIDE = 3;
/** How many paragraphs from the subhead the quotation it shortens may stand. */
const PULL_REACH = 6;
/** Longest subhead (characters): a longer paragraph is prose, and is never read whole for this. */
const MAX_SUBHEAD_CHARS = 160;
/** Most quotations near a subhead read for its words: a page of many quotations stays linear. */
const MAX_NEARBY = 40;
/** Fewest words a pull quote has: one word or two in marks is a term. */
const MIN_PULL_WORDS = 3;

/** A quotation's words, folded, in order. */
function wordsOf(reading: Reading, d: QuoteDraft): string[] {
  const text = reading.texts[d.passage] ?? '';
  return normalizeName(text.slice(d.span.start, d.span.end))
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether every word of `part` appears in `whole`, in the same order (words left out between them allowed). */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let k = 0;
  for (const w of whole) if (w === part[k]) k++;
  return k === part.length;
}

/** Whether a quotation is all of its paragraph but a label of a few words: a subhead's pull quote. */
function isSubhead(reading: Reading, d: QuoteDraft): boolean {
  const text = reading.texts[d.passage] ?? '';
  const { open, close } = d.span;
  if (open === null || close === null || text.length > MAX_SUBHEAD_CHARS || text.includes('\n')) return false;
  return wordCount(`${text.slice(0, open)} ${text.slice(close + 1)}`) <= HEADING_WORDS_OUTSIDE;
}

/**
 * 'Defence: "My client was deceived"' over the section where the lawyer says "My client was himself deceived.
 * …": a subhead quoting a few words, unattributed, shortens a quotation near it — the one speaker whose quotation
 * holds all its words in order said them.
 */
export function givePullQuotes(reading: Reading, drafts: readonly QuoteDraft[]): void {
  const byPassage = new Map<number, QuoteDraft[]>();
  for (const d of drafts) {
    const list = byPassage.get(d.passage);
    if (list) list.push(d);
    else byPassage.set(d.passage, [d]);
  }
  for (const d of drafts) {
    if (d.speaker !== null || d.span.words < MIN_PULL_WORDS || !isSubhead(reading, d)) continue;
    const part = wordsOf(reading, d);
    const speakers = new Set<string>();
    const nearby: QuoteDraft[] = [];
    for (let p = d.passage - PULL_REACH; p <= d.passage + PULL_REACH && nearby.length < MAX_NEARBY; p++)
      nearby.push(...(byPassage.get(p) ?? []).slice(0, MAX_NEARBY - nearby.length));
    for (const full of nearby) {
      if (full === d || full.speaker === null) continue;
      const whole = wordsOf(reading, full);
      if (whole.length > part.length && inOrder(part, whole)) speakers.add(full.speaker);
    }
    const [only] = speakers;
    if (speakers.size !== 1 || !only) continue;
    d.speaker = only;
    d.via = 'after';
  }
}
