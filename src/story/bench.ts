import { inputKind, type InputKind } from './adversarial.ts';
import { articleText } from './article-input.ts';
import type { Gazetteer } from './gazetteer-schema.ts';
import { ingestStory, placeIndexFor } from './ingest.ts';

/** Mean ingest time in ms over `runs` runs (after one warm-up run that also builds the gazetteer index). */
export function benchIngest(
  text: string,
  gazetteer: Gazetteer,
  runs = 20,
): { msPerIngest: number; words: number; chars: number } {
  placeIndexFor(gazetteer);
  ingestStory(text, gazetteer);
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) ingestStory(text, gazetteer);
  return {
    msPerIngest: (performance.now() - t0) / runs,
    words: text.split(/\s+/).filter(Boolean).length,
    chars: text.length,
  };
}

/** What a newsroom may paste at the size limit: a PDF copy without blank lines, a transcript, a web page. */
export const LONG_INPUTS = [
  { label: '1 MB in one paragraph', kind: 'one paragraph of prose' },
  { label: '1 MB of short lines', kind: 'short lines' },
  { label: '1 MB of HTML (converted, then read)', kind: 'HTML article' },
] as const;
export const LONG_INPUT_CHARS = 1_000_000;
/** The most a 1 MB article may take to read, converter included (issue 19). */
export const LONG_INPUT_BUDGET_MS = 2000;

export interface LongInputTime {
  label: string;
  chars: number;
  /** Fastest of the runs, wall clock: the least disturbed by the rest of a shared machine. */
  bestMs: number;
  medianMs: number;
  /** The least processor time of the runs (all threads of the process), where the platform tells it. */
  cpuMs: number | null;
}

const cpuMs = (): number | null => {
  const usage = globalThis.process?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : null;
};

/** Read one long input `runs` times, after a warm-up run on a smaller one of the same kind. */
export function benchLongInput(
  label: string,
  kind: InputKind,
  gazetteer: Gazetteer,
  runs = 3,
  chars = LONG_INPUT_CHARS,
): LongInputTime {
  const read = (input: string) => ingestStory(articleText(input, kind.format), gazetteer);
  read(kind.make(Math.round(chars / 10)));
  const input = kind.make(chars);
  const times: { ms: number; cpu: number | null }[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    read(input);
    const c1 = cpuMs();
    times.push({ ms: performance.now() - t0, cpu: c0 === null || c1 === null ? null : c1 - c0 });
  }
  const walls = times.map((t) => t.ms).sort((a, b) => a - b);
  const cpus = times.flatMap((t) => (t.cpu === null ? [] : [t.cpu]));
  return {
    label,
    chars: input.length,
    bestMs: walls[0] ?? Number.NaN,
    medianMs: walls[Math.floor(walls.length / 2)] ?? Number.NaN,
    cpuMs: cpus.length ? Math.min(...cpus) : null,
  };
}

/** The three long inputs of issue 19, each read `runs` times. */
export function benchLongInputs(gazetteer: Gazetteer, runs = 3): LongInputTime[] {
  placeIndexFor(gazetteer);
  return LONG_INPUTS.map(({ label, kind }) => benchLongInput(label, inputKind(kind), gazetteer, runs));
}
