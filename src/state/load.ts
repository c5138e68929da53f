import { Story } from '../story/schema.ts';
import type { Story as StoryData } from '../story/schema.ts';
import { validate } from '../story/validate.ts';
import { buildGeography, type Geography, type NorthTopology } from './geography.ts';
import type { AtlasStore } from './store.ts';

// Fetches the two build outputs and hands them to the store; a bad file becomes a readable message.

export const DATA_URLS = { topology: 'data/north.topo.json', story: 'data/story.json' } as const;

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status} ${res.statusText}`.trim());
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

/** The story, or a message naming the file, the field and what is wrong with it. */
export function parseStory(url: string, data: unknown): { story: StoryData } | { error: string } {
  const result = validate(Story, data);
  if (result.ok) return { story: result.value };
  const where = result.path.length > 0 ? result.path.join('.') : '(top level)';
  return { error: `${url}: ${where}: ${result.message}` };
}

function isTopology(data: unknown): data is NorthTopology {
  if (typeof data !== 'object' || data === null) return false;
  const objects = (data as { objects?: Record<string, unknown> }).objects;
  return (
    (data as { type?: unknown }).type === 'Topology' &&
    typeof objects === 'object' &&
    objects !== null &&
    ['provinces', 'districts', 'context', 'afghanistan', 'neighbours'].every((k) => k in objects)
  );
}

/** Where the story is: `fallback`, or with `?story=<slug>` a published story once its slug checks out. */
async function storyUrlFor(store: AtlasStore, search: string, fallback: string): Promise<string> {
  const slug = new URLSearchParams(search).get('story');
  if (slug === null) return fallback;
  const { chooseStory, StoryChoiceError } = await import('./story-choice.ts');
  try {
    return await chooseStory(slug, fetchJson);
  } catch (err) {
    if (err instanceof StoryChoiceError) store.setState({ storyChoices: err.stories });
    throw err;
  }
}

export async function loadAtlas(
  store: AtlasStore,
  urls: { topology: string; story: string } = DATA_URLS,
  search: string = globalThis.location?.search ?? '',
) {
  let storyUrl = urls.story;
  const [topo, story] = await Promise.allSettled([
    fetchJson(urls.topology),
    storyUrlFor(store, search, urls.story).then((url) => fetchJson((storyUrl = url))),
  ]);
  const notices: string[] = [];
  let storyData: StoryData | null = null;
  if (story.status === 'fulfilled') {
    const parsed = parseStory(storyUrl, story.value);
    if ('story' in parsed) storyData = parsed.story;
    else notices.push(`The story could not be read — ${parsed.error}`);
  } else {
    notices.push(`The story could not be loaded — ${String((story.reason as Error).message)}`);
  }
  let geo: Geography | null = null;
  if (topo.status === 'fulfilled' && isTopology(topo.value)) {
    geo = buildGeography(topo.value);
  } else {
    const why =
      topo.status === 'rejected'
        ? String((topo.reason as Error).message)
        : `${urls.topology}: not the expected topology`;
    store.getState().failed(`The map data could not be loaded — ${why}`);
    if (storyData) store.setState({ story: storyData, notices });
    return;
  }
  store.getState().loaded({ story: storyData, geo, notices });
}
