import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load.ts';
import { placesByMention } from './selectors.ts';
import { createAtlasStore } from './store.ts';
import { toyStory, toyTopology } from './test-fixtures.ts';

// loadAtlas with damaged data files: what the reader is told, and what still works. `fetch` is the boundary.

async function load(topology: unknown, story: unknown = toyStory()) {
  const files: Record<string, unknown> = { 'data/north.topo.json': topology, 'data/story.json': story };
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) =>
    new Response(JSON.stringify(files[String(input)]), { status: 200 })) as typeof fetch;
  const store = createAtlasStore();
  try {
    await loadAtlas(store, undefined, '');
  } finally {
    globalThis.fetch = original;
  }
  return store.getState();
}

/** The toy topology with one change made to a copy of it. */
function damaged(change: (t: Record<string, unknown> & { objects: Record<string, unknown> }) => void) {
  const t = structuredClone(toyTopology()) as unknown as Record<string, unknown> & {
    objects: Record<string, unknown>;
  };
  change(t);
  return t;
}

describe('loading the map data', () => {
  it('keeps everything the schema does not check: ids, Dari names, borders', async () => {
    const state = await load(toyTopology());
    expect(state.status).toBe('ready');
    expect(state.geo?.places.get('AF1907')).toMatchObject({ name_da: 'قلعه زال', province: 'AF19' });
    expect(state.geo?.places.get('AF1907')?.border).toEqual([{ country: 'TJK', km: 80 }]);
  });

  const EMPTY = { provinces: {}, districts: {}, context: {}, afghanistan: {}, neighbours: {} };
  for (const [what, topology, message] of [
    [
      'the right keys around empty objects',
      damaged((t) => (t.objects = EMPTY)),
      'objects.provinces.type: missing',
    ],
    ['no arcs', damaged((t) => delete t.arcs), 'arcs: missing'],
    ['arcs that are not positions', damaged((t) => (t.arcs = [[[1, 'x']]])), 'arcs: not a list of arcs'],
    ['no districts', damaged((t) => delete t.objects.districts), 'objects.districts: missing'],
    [
      'provinces without geometries',
      damaged((t) => (t.objects.provinces = { type: 'GeometryCollection', geometries: [] })),
      'objects.provinces.geometries: empty: the map has no provinces',
    ],
    [
      'a district without its name',
      damaged((t) => {
        const d = t.objects.districts as { geometries: { properties: Record<string, unknown> }[] };
        delete d.geometries[1]!.properties.name_en;
      }),
      'objects.districts.geometries.1.properties.name_en: missing',
    ],
    [
      'a shape pointing at an arc the file does not have',
      damaged((t) => {
        const p = t.objects.provinces as { geometries: { arcs: number[][] }[] };
        p.geometries[0]!.arcs[0]!.push(999);
      }),
      '(top level): a shape refers to an arc the file does not have',
    ],
    ['a list instead of a topology', [], '(top level): Invalid type: Expected Object but received Array'],
    ['null', null, '(top level): Invalid type: Expected Object but received null'],
  ] as const) {
    it(`says what is wrong with ${what}, and still shows the story`, async () => {
      const state = await load(topology);
      expect(state.status).toBe('error');
      expect(state.error?.key).toBe('notice.mapNotRead');
      expect(state.error?.detail).toMatch(
        new RegExp(`^data/north\\.topo\\.json: ${message.replace(/[.()]/g, '\\$&')}`),
      );
      expect(state.geo).toBeNull();
      // The page degrades to the story's text, with its places named as the article names them.
      expect(state.story?.meta.title).toBe('A toy story');
      expect(state.view).toBe('story');
      expect(placesByMention(state.story).map((p) => p.name)).toEqual(['Kunduz', 'Qala-e-Zal', 'Takhar']);
    });
  }
});

describe('loading the story', () => {
  it('refuses a source URL that is not http(s), naming the field', async () => {
    const story = { ...toyStory(), meta: { title: 'A toy story', url: 'javascript:alert(1)' } };
    const state = await load(toyTopology(), story);
    expect(state.story).toBeNull();
    expect(state.notices).toEqual([
      {
        key: 'notice.storyNotRead',
        detail:
          'data/story.json: meta.url: "javascript:alert(1)" is not a web address: use an http:// or https:// URL',
      },
    ]);
  });
});
