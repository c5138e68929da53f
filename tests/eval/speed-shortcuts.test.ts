import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/story/cli.ts';
import { checkAdjacentShortcut } from '../../src/story/attribution-adjacent.ts';
import { checkEndingGuards } from '../../src/story/ending-on.ts';
import { ingestStory } from '../../src/story/ingest.ts';
import { parseArticle } from './corpus.ts';

// The engine's speed shortcuts must change nothing: the patterns guarded by their last words (ending-on.ts) lose
// no match, and the steps skipped once a quotation has its speaker (readAdjacent) would have changed nothing.
// Every article of the corpus is read with each checked.
const ROOT = join(import.meta.dirname, '..', '..');
// The held-aside folder is empty (and so absent from a clone) between sets.
const DIRS = ['dev', 'heldout'].map((d) => join(ROOT, 'tests', 'eval', d)).filter((d) => existsSync(d));

describe('speed shortcuts over the corpus', () => {
  beforeAll(() => {
    checkEndingGuards(true);
    checkAdjacentShortcut(true);
  });
  afterAll(() => {
    checkEndingGuards(false);
    checkAdjacentShortcut(false);
  });
  it('read every article as their patterns alone would', () => {
    const gazetteer = loadGazetteer(join(ROOT, 'public', 'data', 'gazetteer.json'));
    let read = 0;
    for (const dir of DIRS)
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const article = parseArticle(readFileSync(join(dir, file), 'utf8'), file);
        expect(() => ingestStory(article.text, gazetteer), file).not.toThrow();
        read++;
      }
    expect(read).toBeGreaterThan(300);
  }, 120_000);
});
