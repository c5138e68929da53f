import { Story } from '../story/schema.ts';
import type { Story as StoryData } from '../story/schema.ts';
import { validate } from '../story/validate.ts';
import type { CatalogEntry } from '../story/catalog.ts';
import { buildGeography, type Geography, type NorthTopology } from './geography.ts';
import { DATA_URLS } from './site-page.ts';
import type { AtlasStore } from './store.ts';

export { DATA_URLS };

// Fetches the two build outputs and hands them to the store; a bad file becomes a readable message.

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

/** What the reader needs, fetched and checked: the story and the geography, or why not. */
export interface AtlasData {
  story: StoryData | null;
  geo: Geography | null;
  /** Fatal: the map data could not be had. */
  error: string | null;
  notices: string[];
  /** The site's stories, when the one the address names cannot be shown. */
  storyChoices: CatalogEntry[];
}

type StoryPart = Pick<AtlasData, 'story' | 'notices' | 'storyChoices'>;

/**
 * The story at `fallback`, or with `?story=<slug>` a published story once its slug checks out (the list of
 * stories and the story under `root`, the site's root relative to this page).
 */
async function fetchStory(search: string, fallback: string, root: string): Promise<StoryPart> {
  const failed = (why: string, storyChoices: CatalogEntry[] = []): StoryPart => ({
    story: null,
    notices: [`The story could not be ${why}`],
    storyChoices,
  });
  let url = fallback;
  try {
    const slug = new URLSearchParams(search).get('story');
    if (slug !== null) {
      const { chooseStory, StoryChoiceError } = await import('./story-choice.ts');
      try {
        url = root + (await chooseStory(slug, (u) => fetchJson(root + u)));
      } catch (err) {
        if (err instanceof StoryChoiceError) return failed(`loaded — ${err.message}`, err.stories);
        throw err;
      }
    }
    const parsed = parseStory(url, await fetchJson(url));
    return 'story' in parsed
      ? { story: parsed.story, notices: [], storyChoices: [] }
      : failed(`read — ${parsed.error}`);
  } catch (err) {
    return failed(`loaded — ${(err as Error).message}`);
  }
}

async function fetchGeography(url: string): Promise<Geography | string> {
  try {
    const topo = await fetchJson(url);
    return isTopology(topo) ? buildGeography(topo) : `${url}: not the expected topology`;
  } catch (err) {
    return (err as Error).message;
  }
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
  return typeof geo === 'string'
    ? { ...story, geo: null, error: `The map data could not be loaded — ${geo}` }
    : { ...story, geo, error: null };
}

/** Hands fetched data to the store; a bad file becomes a readable message. */
export function applyAtlas(store: AtlasStore, data: AtlasData): void {
  if (data.storyChoices.length > 0) store.setState({ storyChoices: data.storyChoices });
  if (!data.geo) {
    store.getState().failed(data.error ?? 'The map data could not be loaded');
    if (data.story) store.setState({ story: data.story, notices: data.notices });
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
