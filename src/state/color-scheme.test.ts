import { describe, expect, it } from 'vitest';
import { followColourScheme, type SchemeQuery } from './color-scheme.ts';
import { createAtlasStore } from './store.ts';

// The media query is the browser's; a stand-in that can change its answer as the system's setting would.
function scheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  const change = (next: boolean) => {
    query.matches = next;
    for (const f of listeners) f();
  };
  return { query: query as unknown as SchemeQuery, change, listeners };
}

describe('colour scheme', () => {
  it('auto follows the reader’s scheme now and when it changes, until stopped', () => {
    const store = createAtlasStore();
    const s = scheme(true);
    const stop = followColourScheme(store, 'auto', s.query);
    expect(store.getState().theme).toBe('dark');
    s.change(false);
    expect(store.getState().theme).toBe('light');
    s.change(true);
    expect(store.getState().theme).toBe('dark');
    stop();
    expect(s.listeners.size).toBe(0);
  });

  it('light and dark force the theme whatever the scheme', () => {
    for (const choice of ['light', 'dark'] as const) {
      const store = createAtlasStore();
      const s = scheme(choice === 'light');
      followColourScheme(store, choice, s.query);
      expect(store.getState().theme).toBe(choice);
      s.change(choice !== 'light');
      expect(store.getState().theme).toBe(choice);
      expect(s.listeners.size).toBe(0);
    }
  });
});
