import * as v from 'valibot';
import { Catalog, slugProblem, type CatalogEntry } from '../story/catalog.ts';
import type { Notice } from './notice.ts';

// `?story=<slug>`: a story published on this site, checked against the site's list before anything is
// fetched for it, so a made-up or hostile name never becomes a request. Loaded only when the URL asks.

export const CATALOG_URL = 'data/stories/index.json';

export function storyUrl(slug: string): string {
  return `data/stories/${slug}.json`;
}

/** The reader cannot show the story the URL names; `stories` is what it can show instead. */
export class StoryChoiceError extends Error {
  constructor(
    readonly notice: Notice,
    readonly stories: CatalogEntry[],
  ) {
    super(notice.detail ?? notice.key);
    this.name = 'StoryChoiceError';
  }
}

/** The URL of the story `slug` names, after checking the slug and the site's list of stories. */
export async function chooseStory(
  slug: string,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<string> {
  let stories: CatalogEntry[] = [];
  /** Why the list could not be had, if it could not: then no story can be checked against it. */
  let listProblem: string | null = null;
  try {
    const parsed = v.safeParse(Catalog, await fetchJson(CATALOG_URL));
    if (parsed.success) stories = parsed.output.stories;
    else listProblem = `${CATALOG_URL} is not a list of stories`;
  } catch (err) {
    listProblem = (err as Error).message;
  }
  const refuse = (key: Notice['key'], detail: string | null) =>
    new StoryChoiceError({ key, slug, ...(detail === null ? {} : { detail }) }, stories);
  const problem = slugProblem(slug);
  if (problem)
    throw refuse(
      'notice.badStoryName',
      listProblem === null ? problem : `${problem}; the list of stories could not be loaded: ${listProblem}`,
    );
  // Not "no such story": the story may well be there, but the list that vouches for it did not arrive.
  if (listProblem !== null) throw refuse('notice.storyListMissing', listProblem);
  if (!stories.some((s) => s.slug === slug)) throw refuse('notice.noSuchStory', null);
  return storyUrl(slug);
}
