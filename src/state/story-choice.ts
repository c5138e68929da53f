import * as v from 'valibot';
import { slugProblem } from '../story/catalog.ts';
import { EntryPage, INDEX_FILES, ListEntry, ListHead } from '../story/index-entries.ts';
import type { ResponseError } from './fetch-json.ts';
import type { Notice } from './notice.ts';

// `?story=<slug>`: a story published on this site. A slug that is not a story name is refused before
// anything is fetched for it, so a made-up or hostile name never becomes a request; a story name is looked up
// as data/stories/<slug>.json once the site's list of stories has answered. Loaded only when the URL asks.

export const CATALOG_URL = `data/${INDEX_FILES.listHead}`;

export function storyUrl(slug: string): string {
  return `data/stories/${slug}.json`;
}

/** The reader cannot show the story the URL names; `stories` is what it can show instead. */
export class StoryChoiceError extends Error {
  constructor(
    readonly notice: Notice,
    readonly stories: ListEntry[],
  ) {
    super(notice.detail ?? notice.key);
    this.name = 'StoryChoiceError';
  }
}

type FetchJson = (url: string) => Promise<unknown>;

/** The list's head, or why it could not be had. */
async function listHead(fetchJson: FetchJson): Promise<ListHead | string> {
  try {
    const parsed = v.safeParse(ListHead, await fetchJson(CATALOG_URL));
    return parsed.success ? parsed.output : `${CATALOG_URL} is not a list of stories`;
  } catch (err) {
    return (err as Error).message;
  }
}

/** The newest stories on the site (the list's first page), to offer instead; none when it cannot be had. */
async function newestStories(head: ListHead | string, fetchJson: FetchJson): Promise<ListEntry[]> {
  const first = typeof head === 'string' ? undefined : head.pages[0];
  if (!first) return [];
  try {
    const parsed = v.safeParse(
      EntryPage(ListEntry),
      await fetchJson(`data/${INDEX_FILES.listPage(first.id)}`),
    );
    return parsed.success ? parsed.output.entries : [];
  } catch {
    return [];
  }
}

/** The URL of the story `slug` names and its data, after checking the slug and the site's list of stories. */
export async function chooseStory(slug: string, fetchJson: FetchJson): Promise<[string, unknown]> {
  const head = await listHead(fetchJson);
  const listProblem = typeof head === 'string' ? head : null;
  const refuse = async (key: Notice['key'], detail: string | null, offer = true) =>
    new StoryChoiceError(
      { key, slug, ...(detail === null ? {} : { detail }) },
      offer ? await newestStories(head, fetchJson) : [],
    );
  const problem = slugProblem(slug);
  if (problem)
    throw await refuse(
      'notice.badStoryName',
      listProblem === null ? problem : `${problem}; the list of stories could not be loaded: ${listProblem}`,
    );
  // Not "no such story": the story may well be there, but the list that vouches for it did not arrive.
  if (listProblem !== null) throw await refuse('notice.storyListMissing', listProblem, false);
  try {
    return [storyUrl(slug), await fetchJson(storyUrl(slug))];
  } catch (err) {
    if ((err as ResponseError).status === 404) throw await refuse('notice.noSuchStory', null);
    throw err;
  }
}
