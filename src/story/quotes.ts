import { wordCount } from './word-count.ts';
import { endingOn } from './ending-on.ts';

/** A quotation mark pair in a passage. Offsets are passage offsets; the inner span excludes the marks. */
export interface QuoteSpan {
  /** Offset of the opening mark, or null when the quotation was opened in an earlier paragraph. */
  open: number | null;
  /** Offset of the closing mark, or null when the quotation runs on past the paragraph. */
  close: number | null;
  start: number;
  end: number;
  words: number;
  /** Quotations inside this one: «… پدرم گفت: "…" …» — words the speaker repeats from someone else. */
  inner?: QuoteSpan[];
}

/** Quoted fragments this short (words) are scare quotes unless a speaker is attached right beside them. */
export const SCARE_MAX_WORDS = 3;

const OPENERS = new Set(['\u201C', '\u00AB', '\u201E']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
const NAMING_BEFORE = endingOn(
  ['called', 'titled', 'entitled', 'dubbed', 'named', 'as', 'word', 'term', 'phrase', 'slogan'],
  /\b(?:called|titled|entitled|dubbed|named|known as|so-called|the (?:word|term|phrase|slogan))\s*$/i,
);
const MINOR = new Set('a an the and or of in on at to for with by from as'.split(' '));

/** Quotation spans of each passage, in order: a quotation left open may close in the next paragraph. */
export function findAllQuoteSpans(texts: readonly string[]): QuoteSpan[][] {
  let runsOn = false;
  return texts.map((text) => {
    const spans = findQuoteSpans(text, runsOn);
    runsOn = spans.at(-1)?.close === null;
    return spans;
  });
}

/** Whether a single quotation mark at `i` stands where one opens: the paragraph's start, a space, a bracket, a dash. */
const opensSingle = (text: string, i: number): boolean => /^$|[\s([\u2014\u2013-]/.test(text[i - 1] ?? '');

/** Where the quotation a straight single quote at `i` opens closes in this paragraph; -1 when it opens none. */
function straightSingleClose(text: string, i: number, nextClose: (from: number) => number): number {
  if (!opensSingle(text, i) || !/\p{L}|\p{N}/u.test(text[i + 1] ?? '')) return -1;
  return nextClose(i + 1);
}

/**
 * A single mark at `i` inside an open double quotation: opens an inner quotation (kept in `state`) or closes the
 * open one, which it returns.
 */
function innerSingleMark(text: string, i: number, state: { at: number | null }): QuoteSpan | null {
  const ch = text[i];
  if (state.at === null) {
    if (ch !== '\u2019' && opensInnerSingle(text, i)) state.at = i;
    return null;
  }
  if (ch === '\u2018' || isApostrophe(text, i) || !closesSingle(text, i)) return null;
  const span = spanOf(text, state.at, i);
  state.at = null;
  return span;
}

/**
 * Quotation spans in order; straight double quotes alternate, curly ones say which side they are.
 * `runsOn`: the previous paragraph ended inside a quotation. If this one opens with no quotation mark and its
 * first double mark can only close ("…fighting / goes on," said …"), the quotation was broken mid-sentence
 * and that mark closes it; the span then starts at the paragraph's start with `open` null.
 */
export function findQuoteSpans(text: string, runsOn = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  let inner: QuoteSpan[] = [];
  const carried = runsOn && closesCarriedQuote(text);
  const push = (o: number, close: number | null) => {
    const span = spanOf(text, o, close);
    if (span && inner.length > 0) span.inner = inner;
    if (span) spans.push(span);
    inner = [];
    innerSingle.at = null;
  };
  /** Where a single mark opened a quotation inside the open double one (“… he said, ‘…’ …”). */
  const innerSingle: { at: number | null } = { at: null };
  const nestedClose = nestedCloser(text);
  if (carried) open = -1;
  const nextClose = straightSingleCloser(text);
  // Single curly quotes (British style) count only where they cannot be apostrophes: ‘ opens at a word's
  // start, ’ closes after closing punctuation or before it ("officials’ homes" stays a possessive).
  let single: number | null = null;
  // Only quotation marks and apostrophes act: the loop jumps from one to the next.
  const marks = /["'\u2018\u2019\u201C\u201D\u00AB\u00BB\u201E]/g;
  for (let i = 0; i < text.length; i++) {
    marks.lastIndex = i;
    const next = marks.exec(text);
    if (!next) break;
    i = next.index;
    const ch = next[0];
    // “… and he said, ‘Go in.’ …”: single marks inside a double quotation quote someone within it.
    if (open !== null && open >= 0 && text[open] !== '\u00AB' && SINGLE_MARKS.has(ch)) {
      const span = innerSingleMark(text, i, innerSingle);
      if (span) inner.push(span);
      continue;
    }
    if (ch === '\u2018' && open === null && single === null && opensSingle(text, i)) {
      single = i;
      continue;
    }
    if (ch === '\u2019' && single !== null && open === null) {
      if (closesSingle(text, i)) {
        push(single, i);
        single = null;
      }
      continue;
    }
    // Straight single quotes (plain-text British style) the same way, when the quotation closes in this
    // paragraph: "'They are not forgotten,' he said." but not "the farmers' land" nor "don't".
    if (ch === "'" && open === null) {
      const close = single === null ? straightSingleClose(text, i, nextClose) : -1;
      if (close >= 0) {
        push(i, close);
        i = close;
      }
      continue;
    }
    // «… پدرم گفت: "…" …»: straight marks inside guillemets quote someone within the quotation.
    const nested = ch === '"' && open !== null && text[open] === '\u00AB' ? nestedClose(i) : -1;
    const innerSpan = nested > i ? spanOf(text, i, nested) : null;
    if (innerSpan) {
      inner.push(innerSpan);
      i = nested;
      continue;
    }
    if (ch === '"') {
      if (open === null) open = i;
      else {
        push(open, i);
        open = null;
      }
    } else if (OPENERS.has(ch)) {
      open ??= i;
      single = null;
    } else if (CLOSERS.has(ch) && open !== null) {
      push(open, i);
      open = null;
    }
  }
  if (open !== null) push(open, null);
  return spans;
}

/** The stretch [from, to) as a quotation's span, `lead` and `tail` characters trimmed off; null when empty. */
export function trimmedSpan(
  text: string,
  [from, to]: readonly [number, number],
  [open, close]: readonly [number | null, number | null],
  lead: RegExp,
  tail: RegExp,
): QuoteSpan | null {
  let start = from;
  let end = to;
  while (start < end && lead.test(text[start] ?? '')) start++;
  while (end > start && tail.test(text[end - 1] ?? '')) end--;
  return end > start ? { open, close, start, end, words: wordCount(text.slice(start, end)) } : null;
}

/** The span between an opening mark at `o` (-1: before the paragraph) and `close` (null: past it), trimmed. */
function spanOf(text: string, o: number, close: number | null): QuoteSpan | null {
  const range = [o + 1, close ?? text.length] as const;
  return trimmedSpan(text, range, [o < 0 ? null : o, close], /\s/, /[\s,]/);
}

/**
 * The straight mark closing a quotation nested in a guillemet quotation, opened by the straight mark at `from`:
 * the next straight mark, when a closing guillemet follows it before any opening one; else -1. Asked with
 * rising offsets, each guillemet looked up once: the paragraph is read once however many marks it holds.
 */
function nestedCloser(text: string): (from: number) => number {
  let closer = -2;
  let opener = -2;
  return (from) => {
    const mark = text.indexOf('"', from + 1);
    if (mark < 0) return -1;
    if (closer !== -1 && closer < mark) closer = text.indexOf('\u00BB', mark);
    if (opener !== -1 && opener < from) opener = text.indexOf('\u00AB', from);
    const reopened = opener >= 0 && opener < closer;
    return closer > mark && !reopened ? mark : -1;
  };
}

/** A right single mark at `i` closes a quotation: after closing punctuation, or before it or the end. */
function closesSingle(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  return /[,.!?]/.test(before) || after === '' || /[,.;:!?]/.test(after);
}

/**
 * The straight single mark that closes a quotation opened before `from`, or -1 when a double mark comes first
 * (it ends the search) or none does. Asked with rising offsets: an answer holds for every offset up to it, so
 * the paragraph is read once however many marks open in it.
 */
function straightSingleCloser(text: string): (from: number) => number {
  let searched = -1;
  let found = -1;
  let stop = -1;
  return (from) => {
    if (from < searched || from > stop) {
      searched = from;
      stop = text.length;
      found = -1;
      for (let j = from; j < text.length; j++) {
        const ch = text[j] ?? '';
        const double = ch === '"' || OPENERS.has(ch) || CLOSERS.has(ch);
        if (double || (ch === "'" && !isApostrophe(text, j) && closesSingle(text, j))) {
          stop = j;
          found = double ? -1 : j;
          break;
        }
      }
    }
    return found;
  };
}

const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019']);

/** A single mark opening a quotation within one: at a word's start, after a space, a bracket or a dash. */
function opensInnerSingle(text: string, i: number): boolean {
  return /^$|[\s([\u2014\u2013-]/.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** A straight mark between two letters or digits: "don't", "Qal'a". */
function isApostrophe(text: string, j: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[j + 1] ?? '') && /[\p{L}\p{N}]/u.test(text[j - 1] ?? '');
}

/** Double quotation marks, either kind. */
const DOUBLE_MARK = /["\u201C\u201D\u00AB\u00BB\u201E]/u;

/**
 * A paragraph that goes on with a quotation opened before it: it does not start with an opening mark, and
 * its first double mark is shaped like a closing one (a curly closer, or a straight mark right after a word
 * or punctuation and before a space, punctuation or the end).
 */
function closesCarriedQuote(text: string): boolean {
  const lead = text.trimStart()[0] ?? '';
  if (lead === '' || lead === '"' || lead === '\u2018' || OPENERS.has(lead)) return false;
  const at = DOUBLE_MARK.exec(text)?.index;
  if (at === undefined) return false;
  const mark = text[at] ?? '';
  if (CLOSERS.has(mark)) return true;
  if (mark !== '"') return false;
  return (
    /[^\s([\u2014\u2013-]/u.test(text[at - 1] ?? ' ') &&
    /^$|[\s,.;:!?)\u2014\u2013]/u.test(text[at + 1] ?? '')
  );
}

/** A quoted title or a named term ("the book "Road to Nowhere"", "so-called "night letters""). */
export function isQuotedName(text: string, span: QuoteSpan): boolean {
  // Each reading of the quotations asks again of the same span: the answer is kept with it.
  let named = QUOTED_NAMES.get(span);
  if (named === undefined) QUOTED_NAMES.set(span, (named = readQuotedName(text, span)));
  return named;
}
const QUOTED_NAMES = new WeakMap<QuoteSpan, boolean>();

function readQuotedName(text: string, span: QuoteSpan): boolean {
  if (span.open === null) return false;
  if (NAMING_BEFORE.test(text.slice(Math.max(0, span.open - 30), span.open))) return true;
  const inner = text.slice(span.start, span.end);
  if (/[.!?,;:]$/.test(inner) || span.words < 2) return false;
  const major = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !MINOR.has(w.toLowerCase()));
  return major.length > 0 && major.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}
