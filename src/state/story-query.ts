import type { SitePage } from './site-page.ts';

// A story's own page (stories/<slug>/) shows it without ?story=; the pages it opens (the presenter view,
// the embed, both at the site's root) need the slug in their address.

/** The query that shows this page's story on another page of the site (the presenter view, the embed). */
export function storyQuery(search: string, page: Pick<SitePage, 'slug'>): string {
  const params = new URLSearchParams(search);
  if (page.slug && !params.has('story')) params.set('story', page.slug);
  const query = params.toString();
  return query ? `?${query}` : '';
}
