import { Story } from '../story/schema.ts';
import type { Story as StoryData } from '../story/schema.ts';
import { validate } from '../story/validate.ts';
import type { ListEntry } from '../story/index-entries.ts';
import { fetchJson } from './fetch-json.ts';
import { buildGeography, type Geography } from './geography.ts';
import { DATA_URLS } from './site-page.ts';
import { checkTopology } from './topology-schema.ts';
import type { AtlasStore } from './store.ts';
import type { Notice } from './notice.ts';

export { DATA_URLS };

// Fetches the two build outputs and hands them to the store; a bad file becomes a readable message.

/**
 * Lets the browser run a task of its own (paint, input) between two steps of reading the data: checking and
 * building the geography and checking the story are each tens of milliseconds on a phone, one long task
 * together, and that long task is what a reader's first tap waits for (Lighthouse's total blocking time).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The story, or a message naming the file, the field and what is wrong with it. */
export function parseStory(url: string, data: unknown): { story: StoryData } | { error: string } {
  const result = validate(Story, data);
  if (result.ok) return { story: result.value };
  const where = result.path.length > 0 ? result.path.join('.') : '(top level)';
  return { error: `${url}: ${where}: ${result.message}` };
}

/** The geography, or a message naming the file, the place in it and what is wrong. */
async function readGeography(url: string, data: unknown): Promise<{ geo: Geography } | { error: string }> {
  const checked = checkTopology(data);
  if ('problem' in checked) return { error: `${url}: ${checked.path}: ${checked.problem}` };
  await nextTask();
  try {
    return { geo: buildGeography(checked.topology) };
  } catch (err) {
    // Whatever the schema cannot see (say, a ring that never closes) still becomes a message.
    return { error: `${url}: not a map this page can draw (${(err as Error).message})` };
  }
}

/** What the reader needs, fetched and checked: the story and the geography, or why not. */
export interface AtlasData {
  story: StoryData | null;
  geo: Geography | null;
  /** Fatal: the map data could not be had. */
  error: Notice | null;
  notices: Notice[];
  /** The site's stories, when the one the address names cannot be shown. */
  storyChoices: ListEntry[];
}

type StoryPart = Pick<AtlasData, 'story' | 'notices' | 'storyChoices'>;

/**
 * The story at `fallback`, or with `?story=<slug>` a published story once its slug checks out (the list of
 * stories and the story under `root`, the site's root relative to this page).
 */
async function fetchStory(search: string, fallback: string, root: string): Promise<StoryPart> {
  const failed = (notice: Notice, storyChoices: ListEntry[] = []): StoryPart => ({
    story: null,
    notices: [notice],
    storyChoices,
  });
  let url = fallback;
  try {
    const slug = new URLSearchParams(search).get('story');
    let data: unknown;
    if (slug !== null) {
      const { chooseStory, StoryChoiceError } = await import('./story-choice.ts');
      try {
        [url, data] = await chooseStory(slug, (u) => fetchJson(root + u));
        url = root + url;
      } catch (err) {
        if (err instanceof StoryChoiceError) return failed(err.notice, err.stories);
        throw err;
      }
    } else data = await fetchJson(url);
    await nextTask();
    const parsed = parseStory(url, data);
    return 'story' in parsed
      ? { story: parsed.story, notices: [], storyChoices: [] }
      : failed({ key: 'notice.storyNotRead', detail: parsed.error });
  } catch (err) {
    return failed({ key: 'notice.storyNotLoaded', detail: (err as Error).message });
  }
}

async function fetchGeography(url: string): Promise<Geography | Notice> {
  let topo: unknown;
  try {
    topo = await fetchJson(url);
  } catch (err) {
    return { key: 'notice.mapNotLoaded', detail: (err as Error).message };
  }
  await nextTask();
  const read = await readGeography(url, topo);
  return 'geo' in read ? read.geo : { key: 'notice.mapNotRead', detail: read.error };
}

/**
 * Fetches the two build outputs at once. `urls` are relative to the page; `root` is the site's root
 * relative to the page ('' for index.html, '../../' for a story's page), where `?story=` looks.
 */
export async function fetchAtlas(
  urls: { topology: string; story: string } = DATA_URLS,
  search: string = globalThis.location?.search ?? '',
  root = '',
): Promise<AtlasData> {
  const [geo, story] = await Promise.all([
    fetchGeography(urls.topology),
    fetchStory(search, urls.story, root),
  ]);
  return 'key' in geo ? { ...story, geo: null, error: geo } : { ...story, geo, error: null };
}

/** Hands fetched data to the store; a bad file becomes a readable message. */
export function applyAtlas(store: AtlasStore, data: AtlasData): void {
  if (data.storyChoices.length > 0) store.setState({ storyChoices: data.storyChoices });
  if (!data.geo) {
    store.getState().failed(data.error ?? { key: 'notice.mapNotLoaded' });
    // Without a map the story still reads: open the panel on its whole text.
    if (data.story)
      store.setState({ story: data.story, notices: data.notices, view: 'story', sheetExpanded: true });
    return;
  }
  store.getState().loaded({ story: data.story, geo: data.geo, notices: data.notices });
}

export async function loadAtlas(
  store: AtlasStore,
  urls: { topology: string; story: string } = DATA_URLS,
  search: string = globalThis.location?.search ?? '',
  root = '',
): Promise<void> {
  applyAtlas(store, await fetchAtlas(urls, search, root));
}
