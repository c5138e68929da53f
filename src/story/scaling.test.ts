import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_KINDS, type InputKind } from './adversarial.ts';
import { articleText } from './article-input.ts';
import { ingestStory } from './ingest.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

// The engine reads every kind of long input in linear time: ten times the text takes about ten times as long,
// where a quadratic step takes a hundred. Times are compared within one run (never against a clock budget),
// as processor time (another process on a shared machine does not add to it), the fastest of a few reads.

/** Ten times the text may take this many times as long: linear is ~10, quadratic ~100. */
const MAX_GROWTH = 30;
const SMALL = 40_000;
const LARGE = 10 * SMALL;
const MIN_MS = 5;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function readingMs(kind: InputKind, chars: number, seed: number, reads: number): number {
  const input = kind.make(chars, seed);
  let best = Infinity;
  for (let i = 0; i < reads; i++) {
    const t0 = cpuMs();
    ingestStory(articleText(input, kind.format), TEST_GAZETTEER);
    best = Math.min(best, cpuMs() - t0);
  }
  // Below a few milliseconds a read is mostly noise: it counts as that long.
  return Math.max(best, MIN_MS);
}

describe('the engine reads long input in linear time', () => {
  it.each(INPUT_KINDS.map((kind) => [kind.name, kind] as const))('%s', (_, kind) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        // The small article is read first, five times: the compiler is still speeding up for the first few.
        const small = readingMs(kind, SMALL, seed, 5);
        let growth = readingMs(kind, LARGE, seed, 1) / small;
        // A read slowed by the machine's other work (a collection, another process) is read again, up to
        // three times: a quadratic step is slow every time, so this costs only when the first read failed.
        for (let retry = 0; retry < 3 && growth >= MAX_GROWTH; retry++) {
          growth = Math.min(growth, readingMs(kind, LARGE, seed, 1) / small);
        }
        expect(growth).toBeLessThan(MAX_GROWTH);
      }),
      // A timing is not shrunk: one generated article per kind, and a failure reports its seed.
      { numRuns: 1, endOnFailure: true },
    );
  });
});
