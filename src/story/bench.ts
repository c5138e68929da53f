import type { Gazetteer } from './gazetteer-schema.ts';
import { ingestStory, placeIndexFor } from './ingest.ts';

/** Mean ingest time in ms over `runs` runs (after one warm-up run that also builds the gazetteer index). */
export function benchIngest(
  text: string,
  gazetteer: Gazetteer,
  runs = 20,
): { msPerIngest: number; words: number } {
  placeIndexFor(gazetteer);
  ingestStory(text, gazetteer);
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) ingestStory(text, gazetteer);
  return { msPerIngest: (performance.now() - t0) / runs, words: text.split(/\s+/).filter(Boolean).length };
}
