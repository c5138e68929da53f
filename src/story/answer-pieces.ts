/**
 * An interview's answer that holds quotation marks: the answer is still the interviewee's speech, around the words
 * they quote ("my father used to say "…"") or the terms they set off ("the word "checkmate""). The stretches
 * outside the marks are quotations of the interviewee, and a quotation the answer attributes to "I" is theirs.
 */
import { wordCount } from './word-count.ts';
import type { QuoteSpan } from './quotes.ts';

/** Words a stretch of an answer between its quotations needs to be a quotation of its own. */
const MIN_PIECE_WORDS = 4;
const FIRST_PERSON_VERB = 'said|say|told|tell|asked|ask|wrote|write|replied|answered|warned|warn';
/** '"…," I used to tell my students': the speaker named after the quotation is "I". */
const I_AFTER = new RegExp(`^[\\s,.]*I\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${FIRST_PERSON_VERB})\\b`, 'u');
/** 'I told the driver: "…"': the sentence before the quotation opens on "I" and a speech verb. */
const I_BEFORE = new RegExp(
  `\\bI\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${FIRST_PERSON_VERB})\\b[^"“”.!?]{0,40}[,:]\\s*$`,
  'u',
);
/** Characters read either side of a quotation for its "I". */
const I_REACH = 80;

/** Whether the answer attributes the quotation at `span` to "I", right after it or right before it. */
export function saidByI(text: string, span: QuoteSpan): boolean {
  const after = span.close === null ? '' : text.slice(span.close + 1, span.close + 1 + I_REACH);
  const before = span.open === null ? '' : text.slice(Math.max(0, span.open - I_REACH), span.open);
  return I_AFTER.test(after) || I_BEFORE.test(before);
}

/** text[start, end) whole as a quotation without marks: an answer's or a turn's words. */
export function wholeSpan(text: string, start: number, end: number): QuoteSpan {
  return { open: null, close: end, start, end, words: wordCount(text.slice(start, end)) };
}

/** The stretches of text[start, end) outside the quotations `spans` (in order), long enough to be speech. */
export function answerPieces(
  text: string,
  start: number,
  end: number,
  spans: readonly QuoteSpan[],
): QuoteSpan[] {
  const pieces: QuoteSpan[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /[\s,.;:)\]]/u.test(text[s] ?? '')) s++;
    while (e > s && /[\s,;:([]/u.test(text[e - 1] ?? '')) e--;
    const words = wordCount(text.slice(s, e));
    if (words >= MIN_PIECE_WORDS) pieces.push({ open: null, close: e, start: s, end: e, words });
  };
  let cursor = start;
  for (const span of spans) {
    const open = span.open ?? 0;
    if (open >= cursor) push(cursor, open);
    cursor = Math.max(cursor, span.close === null ? end : span.close + 1);
  }
  push(cursor, end);
  return pieces;
}
