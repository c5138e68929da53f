/**
 * A quotation given in one language with its translation after it in brackets: «…،» he said. (For twenty years …)
 * or "We weave to eat," she said. («می‌بافیم …»). The bracket holds the same speaker's words in the other script,
 * so it is a quotation of its own, read like the one before it.
 */
import type { QuoteSpan } from './quotes.ts';
import { hasSpeechVerb } from './lexicon.ts';
import { wordCount } from './word-count.ts';

/** Most characters between a quotation's close and its translation's bracket: a short "he said." at most. */
const MAX_GAP = 40;
/** Fewest words a bracket needs to be a translation, not an aside ("(AP)", "(Da Afghanistan Bank)"). */
const MIN_WORDS = 3;
/** Most characters a translation in brackets runs to. */
const MAX_TRANSLATION = 600;

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
/** The script a stretch is written in: Arabic letters make it Dari, else Latin letters English. */
const scriptOf = (s: string): 'arabic' | 'latin' | null =>
  ARABIC.test(s) ? 'arabic' : LATIN.test(s) ? 'latin' : null;

/** The bracket opening right after a quotation and a short attribution with no other quotation or bracket in it. */
const GAP = new RegExp(String.raw`^[^()"“”«»\n]{0,${MAX_GAP}}?\(`, 'u');

/** Characters of the reporter's prose before a quotation read for its script. */
const PROSE_LOOK = 80;
/** A translation runs to at most this many times its original's words (and one more): "کار نیست" → "There is no work". */
const MAX_LENGTH_RATIO = 2;

/**
 * Whether a bracket in the other script (`inner`, of `words` words) reads as the quotation's translation: about as
 * long as it ("(The afghani lost two per cent on Monday.)" after «بازار خراب است» is an aside), with no verb of
 * speech of its own ("(Next week, an official answered.)" is someone's reply), and not English in Dari prose
 * (`prose`: the words before the quotation and between it and the bracket), where it is a credit or an aside.
 */
function mirrors(span: QuoteSpan, inner: string, words: number, prose: string): boolean {
  const [longer, shorter] = words > span.words ? [words, span.words] : [span.words, words];
  if (longer > MAX_LENGTH_RATIO * shorter + 1 || hasSpeechVerb(inner)) return false;
  return !(LATIN.test(inner) && ARABIC.test(prose.replace(QUOTED, '')));
}
/** A quotation inside the prose window, whose script is the speaker's, not the reporter's. */
const QUOTED = /«[^«»]*»?|"[^"]*"?|“[^“”]*”?/gu;

/** Characters after a bracket read for the reporting clause it stands before. */
const CLAUSE_LOOK = 40;

/**
 * '«…» (We have no power at night), she said': a rendering with no stop of its own stands before the reporting
 * clause, as the words it renders would; it opens as a sentence does ("(a reference to the floods), he said" is
 * the writer's aside).
 */
function beforeItsClause(inner: string, after: string): boolean {
  const clause = /^\s*[,،]\s*(?<clause>[^.,;:!?()\n]*)/u.exec(after)?.groups?.['clause'];
  const opensSentence = ARABIC.test(inner) || (/^\p{Lu}/u.test(inner) && readsAsSentence(inner));
  return clause !== undefined && opensSentence && hasSpeechVerb(clause);
}

/** English words that read as a sentence: most after the first are lower-case ("(Radio Azadi, March 2023)" is a credit). */
function readsAsSentence(inner: string): boolean {
  const rest = inner.split(/\s+/u).slice(1);
  return rest.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > rest.length;
}

/** The translation span after `span` in `text`, or null when no bracket in the other script follows it. */
export function translationAfter(text: string, span: QuoteSpan): QuoteSpan | null {
  if (span.close === null) return null;
  const gap = GAP.exec(text.slice(span.close + 1, span.close + MAX_GAP + 2));
  if (!gap) return null;
  const open = span.close + 1 + gap[0].length - 1;
  // A bounded look: a paragraph of many quotations and no closing bracket is read once per window, not per quote.
  const within = text.slice(open, open + MAX_TRANSLATION).indexOf(')');
  if (within < 0) return null;
  const close = open + within;
  // "(«…»)": the original inside its own marks is read as a quotation already.
  const inner = text.slice(open + 1, close).trim();
  if (/^[«"“]/u.test(inner)) return null;
  const quoted = scriptOf(text.slice(span.start, span.end));
  if (quoted === null || scriptOf(inner) === quoted) return null;
  if (!/[.!?؟]$/u.test(inner) && !beforeItsClause(inner, text.slice(close + 1, close + 1 + CLAUSE_LOOK)))
    return null;
  const words = wordCount(inner);
  const before = span.open === null ? '' : text.slice(Math.max(0, span.open - PROSE_LOOK), span.open);
  if (words < MIN_WORDS || !mirrors(span, inner, words, before + text.slice(span.close + 1, open)))
    return null;
  const start = text.indexOf(inner, open);
  return { open, close, start, end: start + inner.length, words };
}

/** Every passage's quotations with the bracketed translations after them added in order. */
export function withTranslations(texts: readonly string[], quotes: readonly QuoteSpan[][]): QuoteSpan[][] {
  return quotes.map((spans, p) => {
    const text = texts[p] ?? '';
    return spans.flatMap((s) => {
      const t = translationAfter(text, s);
      return t ? [s, t] : [s];
    });
  });
}
