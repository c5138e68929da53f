import { Story } from '../story/schema.ts';
import type { Story as StoryData } from '../story/schema.ts';
import { validate } from '../story/validate.ts';
import { buildGeography, type Geography } from './geography.ts';
import { checkTopology } from './topology-schema.ts';
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

/** The geography, or a message naming the file, the place in it and what is wrong. */
function readGeography(url: string, data: unknown): { geo: Geography } | { error: string } {
  const checked = checkTopology(data);
  if ('problem' in checked) return { error: `${url}: ${checked.path}: ${checked.problem}` };
  try {
    return { geo: buildGeography(checked.topology) };
  } catch (err) {
    // Whatever the schema cannot see (say, a ring that never closes) still becomes a message.
    return { error: `${url}: not a map this page can draw (${(err as Error).message})` };
  }
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
  const read =
    topo.status === 'fulfilled'
      ? readGeography(urls.topology, topo.value)
      : { error: String((topo.reason as Error).message) };
  if ('error' in read) {
    const verb = topo.status === 'fulfilled' ? 'read' : 'loaded';
    store.getState().failed(`The map data could not be ${verb} — ${read.error}`);
    // Without a map the story still reads: open the panel on its whole text.
    if (storyData) store.setState({ story: storyData, notices, view: 'story', sheetExpanded: true });
    return;
  }
  store.getState().loaded({ story: storyData, geo: read.geo, notices });
}
