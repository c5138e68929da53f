import { escapeHtml } from './page-html.ts';

// What crawlers read: robots.txt and a sitemap of the story pages. A sitemap's addresses and robots.txt's
// Sitemap line must be absolute, so they are when the site's address is known (NORTH_ATLAS_SITE_URL); without
// it the sitemap lists the pages relative to itself and robots.txt names no sitemap.

/** The site's address with one trailing slash, or null; a value that is not an http(s) URL is an error. */
export function siteUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`NORTH_ATLAS_SITE_URL=${value}: not a URL (e.g. https://atlas.example.org/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`NORTH_ATLAS_SITE_URL=${value}: not an http(s) address`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A path from the site's root ('' or 'stories/x/'), absolute when the site's address is known. */
export const addressOf = (site: string | null, path: string): string => (site ? site + path : path || './');

export function robotsTxt(site: string | null): string {
  return ['User-agent: *', 'Allow: /', ...(site ? [`Sitemap: ${site}sitemap.xml`] : []), ''].join('\n');
}

export function sitemapXml(site: string | null, pages: { path: string; lastmod?: string }[]): string {
  const urls = pages.map(({ path, lastmod }) => {
    const date = lastmod && /^\d{4}-\d{2}-\d{2}$/.test(lastmod) ? `<lastmod>${lastmod}</lastmod>` : '';
    return `  <url><loc>${escapeHtml(addressOf(site, path))}</loc>${date}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
