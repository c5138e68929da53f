import { describe, expect, it } from 'vitest';
import { createAtlasStore } from './store.ts';
import { toyGeography, toyStory } from './test-fixtures.ts';
import { nearestNamed, passageRuns, placeReading, provinceShares } from './selectors.ts';
import { neighbourInDirection } from './geography.ts';
import { hashForPlace, placeFromHash, startUrlSync } from './url-sync.ts';

function loadedStore() {
  const store = createAtlasStore();
  store.getState().loaded({ story: toyStory(), geo: toyGeography() });
  return store;
}

describe('store', () => {
  it('selects known places with their cause and ignores unknown ids', () => {
    const store = loadedStore();
    store.getState().select('AF1907', { via: 'map' });
    expect(store.getState().selected).toBe('AF1907');
    expect(store.getState().selectedVia).toBe('map');
    store.getState().select('AF9999', { via: 'text' });
    expect(store.getState().selected).toBe('AF1907');
    store.getState().clear({ via: 'key' });
    expect(store.getState().selected).toBeNull();
  });

  it('keeps a deep-linked selection made before loading only if the place exists', () => {
    const early = createAtlasStore();
    early.getState().select('AF18', { via: 'url' });
    early.getState().loaded({ story: toyStory(), geo: toyGeography() });
    expect(early.getState().selected).toBe('AF18');
    const bogus = createAtlasStore();
    bogus.getState().select('AF4242', { via: 'url' });
    bogus.getState().loaded({ story: toyStory(), geo: toyGeography() });
    expect(bogus.getState().selected).toBeNull();
  });

  it('selecting switches the panel back from the whole story to the place', () => {
    const store = loadedStore();
    store.getState().showView('story');
    store.getState().select('AF18', { via: 'text' });
    expect(store.getState().view).toBe('place');
  });
});

describe('selectors', () => {
  it('a district lists its own items, then its province’s others', () => {
    const r = placeReading(toyStory(), toyGeography(), 'AF1907');
    expect(r?.own.passages.map((p) => p.id)).toEqual(['p2']);
    expect(r?.own.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(r?.parent?.place.id).toBe('AF19');
    expect(r?.parent?.passages.map((p) => p.id)).toEqual(['p1']);
    expect(r?.parent?.quotes).toEqual([]);
  });

  it('province shares are passages over all passages', () => {
    const shares = provinceShares(toyStory(), toyGeography());
    expect(shares.get('AF19')).toBeCloseTo(2 / 3);
    expect(shares.get('AF18')).toBeCloseTo(1 / 3);
  });

  it('an unnamed place offers the nearest named places of its kind', () => {
    const story = toyStory();
    delete story.places.AF1907;
    const near = nearestNamed(story, toyGeography(), 'AF1901');
    // No other district is named, so the nearest named provinces stand in.
    expect(near.map((p) => p.id)).toEqual(['AF19', 'AF18']);
    const named = nearestNamed(toyStory(), toyGeography(), 'AF1901');
    expect(named[0]?.id).toBe('AF1907');
  });

  it('passage runs cut text at mentions and keep all of it', () => {
    const story = toyStory();
    const p = story.passages[1]!;
    const runs = passageRuns(
      p.text,
      story.mentions.filter((m) => m.passage === 'p2'),
    );
    expect(runs.map((r) => r.text).join('')).toBe(p.text);
    expect(runs.find((r) => r.mention)?.text).toBe('Qala-e-Zal');
  });
});

describe('geography', () => {
  it('derives adjacency from the topology and moves by arrow direction', () => {
    const geo = toyGeography();
    expect(geo.adjacency.get('AF19')).toEqual(['AF18']);
    expect(neighbourInDirection(geo, 'AF19', 'ArrowRight')).toBe('AF18');
    expect(neighbourInDirection(geo, 'AF19', 'ArrowLeft')).toBeNull();
    expect(neighbourInDirection(geo, 'AF1901', 'ArrowRight')).toBe('AF1907');
    expect(neighbourInDirection(geo, 'AF1907', 'ArrowRight')).toBe('AF1801');
  });
});

describe('url sync', () => {
  it('parses and writes place hashes', () => {
    expect(placeFromHash('#/place/AF1907')).toBe('AF1907');
    expect(placeFromHash('#/elsewhere')).toBeNull();
    expect(hashForPlace('AF19')).toBe('#/place/AF19');
  });

  it('pushes a history entry per selection and follows popstate', async () => {
    const listeners = new Map<string, () => void>();
    const pushed: string[] = [];
    const fake = {
      location: { hash: '#/place/AF18' },
      history: {
        pushState: (_s: unknown, _t: string, url: string) => {
          pushed.push(url);
          fake.location.hash = url;
        },
      },
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    const store = createAtlasStore();
    const stop = startUrlSync(store, fake as unknown as Window);
    store.getState().loaded({ story: toyStory(), geo: toyGeography() });
    expect(store.getState().selected).toBe('AF18');
    store.getState().select('AF19', { via: 'map' });
    // The entry is written once the selecting event is over.
    expect(pushed).toEqual([]);
    await new Promise((done) => setTimeout(done, 0));
    expect(pushed).toEqual(['#/place/AF19']);
    fake.location.hash = '#/place/AF18';
    listeners.get('popstate')?.();
    expect(store.getState().selected).toBe('AF18');
    expect(pushed).toHaveLength(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});
