// Scoring the engine's reading of one article against its gold: place precision and recall, quote
// attribution, and the lists behind the numbers. Pure: parsed article and story in, numbers out.
import type { Story } from '../../src/story/schema.ts';
import type { Article, GoldMention, GoldQuote } from './corpus.ts';

/** The parts of a story the score reads. */
export type Reading = Pick<Story, 'mentions' | 'quotes' | 'speakers'>;

export interface Counts {
  /** Predicted mentions that match a gold mention (one to one). */
  tp: number;
  fp: number;
  fn: number;
  /** Predicted mentions lying on a trap (also counted in fp). */
  trapsLinked: number;
  quotesRight: number;
  quotesTotal: number;
}

export interface Metrics {
  precision: number;
  recall: number;
  quoteAttribution: number;
}

/** A predicted mention no gold mention matches; `gold` is the id of a gold mention it overlaps, if any. */
export interface FalsePositive {
  start: number;
  end: number;
  text: string;
  place: string;
  trap: boolean;
  gold: string | null;
}

/** A gold mention nothing matched; `linked` are the ids the engine gave text overlapping it. */
export interface Miss extends GoldMention {
  linked: string[];
}

export interface WrongSpeaker {
  snippet: string;
  start: number;
  expected: string[] | null;
  /** The speaker the engine named, null for none. */
  got: string | null;
  /** Whether any engine quotation holds the snippet. */
  found: boolean;
}

export interface ArticleScore extends Metrics {
  name: string;
  lang: Article['lang'];
  kind: Article['kind'];
  counts: Counts;
  falsePositives: FalsePositive[];
  misses: Miss[];
  wrongSpeakers: WrongSpeaker[];
}

export interface Totals extends Metrics {
  /** The lowest of each number over the articles. */
  min: Metrics;
  counts: Counts;
}

/** A share, 1 when there is nothing to get wrong. */
export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

const ARABIC_FORMS: Record<string, string> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0643': '\u06A9', // ك → ک
  '\u0629': '\u0647', // ة → ه
  '\u06D5': '\u0647', // ە (what ۀ leaves without its hamza) → ه
};
const ARABIC_FORM = /[\u064A\u0649\u0643\u0629\u06D5]/g;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const TATWEEL = /\u0640/g;

/**
 * The comparison form of a name or snippet: case, diacritics (and the hamza and madda of Arabic letters),
 * Arabic/Persian letter forms and digits folded; ZWNJ, punctuation and runs of space become one space.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(ARABIC_FORM, (c) => ARABIC_FORMS[c] ?? c)
    .replace(EASTERN_DIGIT, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    .replace(TATWEEL, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (s: string) => foldText(s).replace(/ /g, '');
const hasWords = (hay: string, words: string) => ` ${hay} `.includes(` ${words} `);

/** Whether the engine's speaker name is the gold one: one contains the other as whole words, or they differ only in spacing. */
export function sameSpeaker(gold: string, got: string): boolean {
  const a = foldText(gold);
  const b = foldText(got);
  if (!a || !b) return false;
  return hasWords(a, b) || hasWords(b, a) || a.replace(/ /g, '') === b.replace(/ /g, '');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

interface Predicted {
  start: number;
  end: number;
  text: string;
  place: string;
}

/** Match predicted mentions to gold one to one: overlapping spans with the same id. */
function matchMentions(gold: GoldMention[], predicted: Predicted[]) {
  const used = new Set<number>();
  const misses: GoldMention[] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && p.place === g.place && overlaps(p, g));
    if (i < 0) misses.push(g);
    else used.add(i);
  }
  return { tp: used.size, unmatched: predicted.filter((_, k) => !used.has(k)), misses };
}

function scoreMentions(article: Article, reading: Reading) {
  const predicted: Predicted[] = reading.mentions
    .map((m) => ({ start: m.sourceStart, end: m.sourceEnd, text: m.text, place: m.place }))
    .sort((a, b) => a.start - b.start);
  const { tp, unmatched, misses } = matchMentions(article.gold, predicted);
  const falsePositives: FalsePositive[] = unmatched.map((p) => ({
    ...p,
    trap: article.traps.some((t) => overlaps(t, p)),
    gold: article.gold.find((g) => overlaps(g, p))?.place ?? null,
  }));
  const missList: Miss[] = misses.map((g) => ({
    ...g,
    linked: predicted.filter((p) => overlaps(p, g)).map((p) => p.place),
  }));
  return { tp, falsePositives, misses: missList };
}

/** The engine's quotation holding a gold snippet: by source span, else by folded text. */
function findQuote(q: GoldQuote, reading: Reading) {
  const end = q.start + q.snippet.length;
  const bySpan = reading.quotes.find((e) => e.sourceStart <= q.start && e.sourceEnd >= end);
  if (bySpan) return bySpan;
  const key = compact(q.snippet);
  return reading.quotes.find((e) => compact(e.text).includes(key));
}

function judgeQuote(q: GoldQuote, reading: Reading): WrongSpeaker | null {
  const quote = findQuote(q, reading);
  const got = quote?.speaker ? (reading.speakers.find((s) => s.id === quote.speaker)?.name ?? null) : null;
  // Nobody says it: right when the engine names nobody (not finding the quotation names nobody too).
  const right =
    q.speakers === null ? got === null : got !== null && q.speakers.some((s) => sameSpeaker(s, got));
  return right
    ? null
    : { snippet: q.snippet, start: q.start, expected: q.speakers, got, found: quote !== undefined };
}

/** Score the engine's reading of one article. */
export function scoreArticle(article: Article, reading: Reading): ArticleScore {
  const { tp, falsePositives, misses } = scoreMentions(article, reading);
  const wrongSpeakers = article.quotes
    .map((q) => judgeQuote(q, reading))
    .filter((w): w is WrongSpeaker => w !== null);
  const counts: Counts = {
    tp,
    fp: falsePositives.length,
    fn: misses.length,
    trapsLinked: falsePositives.filter((f) => f.trap).length,
    quotesRight: article.quotes.length - wrongSpeakers.length,
    quotesTotal: article.quotes.length,
  };
  return {
    name: article.name,
    lang: article.lang,
    kind: article.kind,
    ...metricsOf(counts),
    counts,
    falsePositives,
    misses,
    wrongSpeakers,
  };
}

function metricsOf(c: Counts): Metrics {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    quoteAttribution: ratio(c.quotesRight, c.quotesTotal),
  };
}

/** Totals over articles: every mention and quotation counts once (micro average), with the lowest article. */
export function totalScore(scores: ArticleScore[]): Totals {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, trapsLinked: 0, quotesRight: 0, quotesTotal: 0 };
  for (const s of scores) for (const k of Object.keys(counts) as (keyof Counts)[]) counts[k] += s.counts[k];
  const lowest = (k: keyof Metrics) => (scores.length ? Math.min(...scores.map((s) => s[k])) : 1);
  return {
    ...metricsOf(counts),
    min: {
      precision: lowest('precision'),
      recall: lowest('recall'),
      quoteAttribution: lowest('quoteAttribution'),
    },
    counts,
  };
}
