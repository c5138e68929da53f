import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.dirname(new URL(import.meta.url).pathname);

/** A module's value imports of its siblings (type-only imports vanish at run time, so they cannot cycle). */
const SIBLING_IMPORT = /^import\s+(?!type\s)[^;]*?from\s+'\.\/([\w.-]+\.ts)';/gmu;

function engineGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    graph.set(
      file,
      [...text.matchAll(SIBLING_IMPORT)].map((m) => m[1] ?? ''),
    );
  }
  return graph;
}

/** The first import cycle found by depth-first search, as the chain of files; null when there is none. */
function firstCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const chain: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done' || !graph.has(file)) return null;
    if (state.get(file) === 'open') return [...chain.slice(chain.indexOf(file)), file];
    state.set(file, 'open');
    chain.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    chain.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('the engine modules import one another without a cycle', () => {
  // A cycle leaves one module's constants undefined when a test imports the other first.
  it('has no cycle among src/story modules', () => {
    expect(firstCycle(engineGraph())).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(firstCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });
});
