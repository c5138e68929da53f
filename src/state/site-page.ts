import { SLUG_PATTERN } from '../story/slug.ts';

// Which page of the site this is. The reader's index.html shows the default story; a story's own page
// (stories/<slug>/, written by the build) says on its #root where the site's root is and which story it
// shows, and that its markup is that story prerendered. Data, the presenter view and the embed are found
// from the site's root, whichever page asks.

export interface SitePage {
  /** The site's root relative to this page: '' for index.html, '../../' for stories/<slug>/. */
  root: string;
  /** The map's data, relative to the page. */
  topologyUrl: string;
  /** The story this page shows, relative to the page. */
  storyUrl: string;
  /** The published story this page is the page of; null for the default story. */
  slug: string | null;
  /** The markup in #root is this page's first view, prerendered by the build. */
  prerendered: boolean;
  /** Where the page's place links lead before the place's address: 'places/' (their readings) or ''. */
  placeLinks: string;
}

/** The folder, beside a prerendered story page, of the page holding its places' readings. */
export const PLACES_PAGE = 'places/';
/**
 * The id of the reader's last element of its first view (an empty mark after the credits' text): a
 * prerendered page holds its first paint until the parser reaches it, so the header is never painted a frame
 * before the reading panel, nor the credits before their text (a shift on a slow phone).
 */
export const FIRST_VIEW_END_ID = 'first-view-end';

/** The data every page reads, relative to the site's root (the default story's file, the map's). */
export const DATA_URLS = { topology: 'data/north.topo.json', story: 'data/story.json' } as const;

const ROOT_PATTERN = /^(\.\.\/)*$/;

export function sitePage(root: HTMLElement | null): SitePage {
  const data = root?.dataset ?? {};
  const up = data.siteRoot !== undefined && ROOT_PATTERN.test(data.siteRoot) ? data.siteRoot : '';
  const slug = data.storySlug !== undefined && SLUG_PATTERN.test(data.storySlug) ? data.storySlug : null;
  return {
    root: up,
    topologyUrl: up + DATA_URLS.topology,
    storyUrl: up + (slug ? `data/stories/${slug}.json` : DATA_URLS.story),
    slug,
    prerendered: data.prerendered === 'true',
    placeLinks: data.placeLinks === PLACES_PAGE ? PLACES_PAGE : '',
  };
}
