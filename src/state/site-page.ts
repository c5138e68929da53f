import { SLUG_PATTERN } from '../story/slug.ts';
import { DATA_URLS } from './load.ts';

// Which page of the site this is. The reader's index.html shows the default story; a story's own page
// (stories/<slug>/, written by the build) says on its #root where the site's root is and which story it
// shows, and that its markup is that story prerendered. Data, the presenter view and the embed are found
// from the site's root, whichever page asks.

export interface SitePage {
  /** The site's root relative to this page: '' for index.html, '../../' for stories/<slug>/. */
  root: string;
  /** The story this page shows, relative to the page. */
  storyUrl: string;
  /** The published story this page is the page of; null for the default story. */
  slug: string | null;
  /** The markup in #root is this page's first view, prerendered by the build. */
  prerendered: boolean;
}

const ROOT_PATTERN = /^(\.\.\/)*$/;

export function sitePage(root: HTMLElement | null): SitePage {
  const data = root?.dataset ?? {};
  const up = data.siteRoot !== undefined && ROOT_PATTERN.test(data.siteRoot) ? data.siteRoot : '';
  const slug = data.storySlug !== undefined && SLUG_PATTERN.test(data.storySlug) ? data.storySlug : null;
  return {
    root: up,
    storyUrl: up + (slug ? `data/stories/${slug}.json` : DATA_URLS.story),
    slug,
    prerendered: data.prerendered === 'true',
  };
}

/** The query that shows this page's story on another page of the site (the presenter view, the embed). */
export function storyQuery(search: string, page: Pick<SitePage, 'slug'>): string {
  const params = new URLSearchParams(search);
  if (page.slug && !params.has('story')) params.set('story', page.slug);
  const query = params.toString();
  return query ? `?${query}` : '';
}
