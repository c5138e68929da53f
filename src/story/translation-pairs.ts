/**
 * Bilingual copy quotes a person twice: the words as spoken, in Dari, and their English rendering right after
 * («…» "…," he said), in one paragraph or as a paragraph of Dari followed by one that opens on the English. The
 * two are one utterance: whichever of them the text attributes gives the other its speaker.
 */
import type { QuoteSpan } from './quotes.ts';
import { RENDERING_LABEL_WORDS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** What the pass reads of a quotation's draft; it sets `speaker` and `via` of the one without a speaker. */
export interface PairedDraft {
  passage: number;
  span: QuoteSpan;
  speaker: string | null;
  via: string;
}

/** Characters between a quotation and its rendering in one paragraph: an attribution ("he said, smiling —") at most. */
const BRIDGE_MAX_CHARS = 120;
/** A rendering is at most this many times as long as the words it renders, or as short (in characters). */
const MAX_LENGTH_RATIO = 2.5;

type Script = 'arabic' | 'latin';

const ARABIC_LETTERS = /\p{Script=Arabic}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
/** The script most of a quotation's letters are in. */
function scriptOf(text: string): Script | null {
  // Counted by what a replace removes: one native pass each, not a pattern per character.
  const arabic = text.length - text.replace(ARABIC_LETTERS, '').length;
  const latin = text.length - text.replace(LATIN_LETTERS, '').length;
  if (arabic === latin) return null;
  return arabic > latin ? 'arabic' : 'latin';
}

/** Whether two quotations' lengths are those of words and their rendering. */
function lengthsMatch(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.max(a, b) <= MAX_LENGTH_RATIO * Math.min(a, b);
}

const quoteText = (texts: readonly string[], d: PairedDraft): string =>
  (texts[d.passage] ?? '').slice(d.span.start, d.span.end);

/** A quotation that is its whole paragraph: nothing but spaces and punctuation around its marks. */
function wholeParagraph(texts: readonly string[], d: PairedDraft): boolean {
  const text = texts[d.passage] ?? '';
  if (d.span.open === null || d.span.close === null) return false;
  return (
    /^[\s\p{P}]*$/u.test(text.slice(0, d.span.open)) && /^[\s\p{P}]*$/u.test(text.slice(d.span.close + 1))
  );
}

/**
 * '«…» — a thank-you that means, literally, "…"': a rendering the writer introduces as what the words mean is the
 * writer's gloss, said by no one.
 */
const GLOSS_WORDS = String.raw`means|meant|meaning|literally|translates\s+as`;
const WRITERS_GLOSS = new RegExp(String.raw`\b(?:${GLOSS_WORDS}|roughly)\b`, 'u');
/** The words right before a quotation's opening mark say it is what other words mean: "that means, literally, ". */
const GLOSS_LEAD = new RegExp(String.raw`\b(?:${GLOSS_WORDS})\b[^"“”«»‘’.!?]{0,20}?[,:]?\s*$`, 'u');

/**
 * Whether a quotation is the writer's gloss of words quoted right before it (`before`: its sentence, or what
 * follows the quotation before in it, up to its opening mark; `afterQuote`: whether that quotation closes just
 * where `before` starts). With none, "said the agreement means "…"" is a reported partial, no gloss.
 */
export function isWritersGloss(before: string, afterQuote: boolean): boolean {
  return afterQuote && GLOSS_LEAD.test(before);
}

/**
 * "(Translation from Dari: ", «ترجمه: »: a label, a few words at most, before a rendering that opens its paragraph.
 * No clause follows the label ("Translated, the sign on the door reads:" introduces other words).
 */
const RENDERING_LABEL = new RegExp(
  String.raw`^[\s\p{P}]*(?<![\p{L}])${wordAlternation(RENDERING_LABEL_WORDS, true)}(?![\p{L}])[^\n"“”«»,،;]{0,30}?[:：]\s*$`,
  'u',
);

/** Whether a quotation is its paragraph's only words after a label that calls it a rendering. */
function labelledRendering(texts: readonly string[], d: PairedDraft): boolean {
  const text = texts[d.passage] ?? '';
  if (d.span.open === null || d.span.close === null) return false;
  return (
    RENDERING_LABEL.test(text.slice(0, d.span.open)) && /^[\s\p{P}]*$/u.test(text.slice(d.span.close + 1))
  );
}

/** Whether `b` renders `a` (or `a` renders `b`): other scripts, lengths alike, and side by side. */
function arePair(texts: readonly string[], drafts: readonly PairedDraft[], k: number): boolean {
  const a = drafts[k];
  const b = drafts[k + 1];
  if (!a || !b || a.span.close === null || b.span.open === null) return false;
  const length = (d: PairedDraft) => d.span.end - d.span.start;
  const samePassage = a.passage === b.passage;
  // Where and how long, told from the spans, before either quotation's letters are counted by script.
  if (
    samePassage &&
    (b.span.open - a.span.close - 1 > BRIDGE_MAX_CHARS || !lengthsMatch(length(a), length(b)))
  )
    return false;
  if (!samePassage && b.passage !== a.passage + 1) return false;
  const sa = scriptOf(quoteText(texts, a));
  const sb = scriptOf(quoteText(texts, b));
  if (!sa || !sb || sa === sb) return false;
  if (samePassage) return !WRITERS_GLOSS.test((texts[a.passage] ?? '').slice(a.span.close + 1, b.span.open));
  // A paragraph of the quotation alone, and the next opening on its rendering (perhaps broken by "he said");
  // or a paragraph that is only the rendering under a label saying so, after the quotation's paragraph.
  if (labelledRendering(texts, b)) return lengthsMatch(length(a), length(b));
  if (!wholeParagraph(texts, a)) return false;
  if (!/^[\s\p{P}]*$/u.test((texts[b.passage] ?? '').slice(0, b.span.open))) return false;
  // The rendering's quotations: the drafts after `a` in the next paragraph (drafts run in reading order).
  let rendered = 0;
  for (let j = k + 1; drafts[j]?.passage === b.passage; j++) {
    const d = drafts[j];
    if (d && scriptOf(quoteText(texts, d)) === sb) rendered += length(d);
  }
  return lengthsMatch(length(a), rendered);
}

/** Each quotation and its rendering share one speaker: the one the text gives either of them. */
export function pairTranslations(texts: readonly string[], drafts: readonly PairedDraft[]): void {
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k];
    const b = drafts[k + 1];
    if (!a || !b || (a.speaker === null) === (b.speaker === null) || !arePair(texts, drafts, k)) continue;
    const [from, to] = a.speaker === null ? [b, a] : [a, b];
    to.speaker = from.speaker;
    to.via = 'chain';
  }
}

/** The longest bracketed rendering read past for the reporting clause after it. */
const BRACKETED_GLOSS_MAX = 240;
const OPENS_GLOSS = /^[ \t\u00A0]*\(/u;

/**
 * '«…» (We fed the beet to the cows), he said', '"…" ("We fed …"), said Name': a rendering in brackets right after a
 * quotation (or the bracket closing round a quoted rendering of the quotation before) stands between the words and their reporting clause;
 * read as blank (the same length, so offsets hold). Only a rendering in the other script is a gloss: a bracket of
 * the same script ("(laughs)", "(in 2019)") is left to the rules that read it.
 */
export function glossAsBlank(after: string, quote: string, glossed: string | null): string {
  // A quotation opening in a bracket right after another: a gloss only when that one is in the other script
  // ('The council sent a letter ("…"), the mayor said' quotes the letter, and glosses nothing).
  if (glossed !== null) {
    const m = /^[ \t\u00A0]*\)/u.exec(after);
    const own = scriptOf(quote);
    const other = scriptOf(glossed);
    if (!m || !own || !other || own === other) return after;
    return ' '.repeat(m[0].length) + after.slice(m[0].length);
  }
  if (!OPENS_GLOSS.test(after)) return after;
  // Only the gloss's reach is read for its close, not the rest of the paragraph after every quotation.
  const close = after.slice(0, BRACKETED_GLOSS_MAX + 1).indexOf(')');
  if (close < 0) return after;
  const inner = after.slice(after.indexOf('(') + 1, close);
  if (inner.includes('(') || inner.includes('\n')) return after;
  const own = scriptOf(quote);
  const gloss = scriptOf(inner);
  if (!own || !gloss || own === gloss) return after;
  return ' '.repeat(close + 1) + after.slice(close + 1);
}
