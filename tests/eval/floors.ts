// The floors `npm run eval` enforces (tests/eval/floors.json): per split, minima for the totals, for every
// article, and for named articles. They only go up: `--ratchet` raises them to what the engine scores now.
import * as v from 'valibot';
import type { ArticleScore, Metrics, Totals } from './score.ts';

const Share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const Minima = v.strictObject({
  precision: v.optional(Share),
  recall: v.optional(Share),
  quoteAttribution: v.optional(Share),
});
const SplitFloors = v.strictObject({
  /** Minima for the split's totals. */
  total: v.optional(Minima),
  /** Minima for every article of the split. */
  article: v.optional(Minima),
  /** Higher minima for named articles. */
  articles: v.optional(v.record(v.string(), Minima)),
});
export const Floors = v.record(v.string(), SplitFloors);
export type Minima = v.InferOutput<typeof Minima>;
export type SplitFloors = v.InferOutput<typeof SplitFloors>;
export type Floors = v.InferOutput<typeof Floors>;

const METRICS: (keyof Metrics)[] = ['precision', 'recall', 'quoteAttribution'];
const fmt = (x: number) => x.toFixed(3);

function under(what: string, scores: Metrics, minima: Minima | undefined): string[] {
  return METRICS.flatMap((k) => {
    const floor = minima?.[k];
    return floor !== undefined && scores[k] < floor
      ? [`${what}: ${k} ${fmt(scores[k])} is under its floor ${fmt(floor)}`]
      : [];
  });
}

/** One message per number under its floor, naming the article (or the total) and both numbers. */
export function belowFloors(
  split: string,
  scores: ArticleScore[],
  total: Totals,
  floors: SplitFloors,
): string[] {
  const names = new Set(scores.map((s) => s.name));
  const unknown = Object.keys(floors.articles ?? {})
    .filter((n) => !names.has(n))
    .map((n) => `${split}: floors.json names article "${n}", which the split does not have`);
  const perArticle = scores.flatMap((s) => {
    const own = floors.articles?.[s.name];
    return [
      ...under(`${split} article "${s.name}"`, s, floors.article),
      ...under(`${split} article "${s.name}"`, s, own),
    ];
  });
  return [...unknown, ...perArticle, ...under(`${split} total`, total, floors.total)];
}

/** A score rounded down to two decimals, the floor it earns. */
export const floorOf = (x: number) => Math.floor(x * 100 + 1e-9) / 100;

function raised(old: Minima | undefined, now: Metrics): Minima {
  const out: Minima = {};
  for (const k of METRICS) out[k] = Math.max(old?.[k] ?? 0, floorOf(now[k]));
  return out;
}

/** The split's floors raised to the current scores (never lowered). */
export function ratchet(floors: SplitFloors, scores: ArticleScore[], total: Totals): SplitFloors {
  const articles: Record<string, Minima> = {};
  for (const s of scores) articles[s.name] = raised(floors.articles?.[s.name], s);
  return {
    total: raised(floors.total, total),
    article: raised(floors.article, total.min),
    articles,
  };
}
