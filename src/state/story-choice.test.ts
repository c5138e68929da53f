import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load.ts';
import { createAtlasStore } from './store.ts';
import { toyStory, toyTopology } from './test-fixtures.ts';

// loadAtlas with ?story=: which files it asks for, and what the reader is told. `fetch` is the boundary.

const STORIES = [
  { slug: 'toy-story', title: 'A Toy Story', date: '2024-05-01', places: ['AF19'] },
  { slug: 'default-one', title: 'The Default', places: [], default: true },
];
const LIST_HEAD = {
  version: 2,
  total: 2,
  nextPage: 4,
  default: 'default-one',
  pages: [{ id: 3, newest: '2024-05-01\u0000toy-story', count: 2 }],
};

/** How the list of stories answers: by default the catalog above. */
type ListAnswer = () => Response;

async function load(search: string, list?: ListAnswer) {
  const files: Record<string, unknown> = {
    'data/north.topo.json': toyTopology(),
    'data/story.json': toyStory(),
    'data/stories/index.json': LIST_HEAD,
    'data/stories/pages/3.json': { version: 2, entries: STORIES },
    'data/stories/toy-story.json': { ...toyStory(), meta: { title: 'Published toy' } },
  };
  const requested: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    if (list && url === 'data/stories/index.json') return list();
    const body = files[url];
    return body === undefined
      ? new Response('not found', { status: 404, statusText: 'Not Found' })
      : new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
  const store = createAtlasStore();
  try {
    await loadAtlas(store, undefined, search);
  } finally {
    globalThis.fetch = original;
  }
  return { state: store.getState(), requested: requested.sort() };
}

describe('?story=<slug>', () => {
  it('without it, loads the default story and not the list', async () => {
    const { state, requested } = await load('');
    expect(requested).toEqual(['data/north.topo.json', 'data/story.json']);
    expect(state.story?.meta.title).toBe(toyStory().meta.title);
  });

  it('loads a listed story from data/stories/', async () => {
    const { state, requested } = await load('?story=toy-story');
    expect(requested).toEqual([
      'data/north.topo.json',
      'data/stories/index.json',
      'data/stories/toy-story.json',
    ]);
    expect(state.story?.meta.title).toBe('Published toy');
    expect(state.notices).toEqual([]);
  });

  for (const [what, search, notice, asked] of [
    [
      'a slug that is not on the site',
      '?story=no-such-story',
      { key: 'notice.noSuchStory', slug: 'no-such-story' },
      ['data/stories/no-such-story.json'],
    ],
    ['a malformed slug', '?story=..%2Fstory', { key: 'notice.badStoryName', slug: '../story' }, []],
    ['an empty slug', '?story=', { key: 'notice.badStoryName', slug: '' }, []],
  ] as const) {
    it(`refuses ${what}: a message and the newest stories, and no request for a malformed name`, async () => {
      const { state, requested } = await load(search);
      expect(requested).toEqual(
        ['data/north.topo.json', 'data/stories/index.json', ...asked, 'data/stories/pages/3.json'].sort(),
      );
      expect(state.story).toBeNull();
      expect(state.status).toBe('ready');
      expect(state.notices).toMatchObject([notice]);
      expect(state.storyChoices.map((s) => s.slug)).toEqual(['toy-story', 'default-one']);
    });
  }
});

describe('?story=<slug> when the list of stories cannot be had', () => {
  const answers: [string, ListAnswer, RegExp][] = [
    [
      'a server error',
      () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      /\(data\/stories\/index\.json: the server answered 500 Internal Server Error\)/,
    ],
    [
      'invalid JSON',
      () => new Response('{"version": 1, "stor'),
      /\(data\/stories\/index\.json: not valid JSON\)/,
    ],
    [
      'something else than a list',
      () => new Response('{"version": 2}'),
      /\(data\/stories\/index\.json is not a list of stories\)/,
    ],
    [
      'a network failure',
      () => {
        throw new TypeError('Failed to fetch');
      },
      /\(Failed to fetch\)/,
    ],
  ];
  for (const [what, list, reason] of answers) {
    it(`says the list could not be loaded on ${what}, not that there is no such story`, async () => {
      const { state, requested } = await load('?story=toy-story', list);
      expect(requested).toEqual(['data/north.topo.json', 'data/stories/index.json']);
      expect(state.story).toBeNull();
      expect(state.notices).toMatchObject([{ key: 'notice.storyListMissing', slug: 'toy-story' }]);
      expect(`(${state.notices[0]?.detail})`).toMatch(reason);
    });
  }
});
