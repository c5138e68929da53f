import { FALLBACK_HEIGHT_PX, iframeSnippet } from '../state/embed-snippet.ts';
import type { Story } from '../story/schema.ts';
import { CARD } from './share-card.ts';

// The oEmbed answer for a story's page (https://oembed.com, type "rich"): what a CMS that reads a page's
// discovery link (`<link rel="alternate" type="application/json+oembed">`) puts in an article when an editor
// pastes the page's address. Written by the pages' build as a static file beside each page, so it cannot read
// a consumer's maxwidth/maxheight: the iframe is 100% wide (it fits any column) and its script sets its height.

export const PROVIDER_NAME = 'North Atlas';
/** The width the answer states; the iframe itself takes the column's width. */
export const OEMBED_WIDTH_PX = 640;
export const OEMBED_FILE = 'oembed.json';
export const OEMBED_TYPE = 'application/json+oembed';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  author_name?: string;
}

export interface OEmbedInput {
  story: Story;
  /** The published story's slug; null for the site's default story. */
  slug: string | null;
  /** The site's address with a trailing slash, or the way from the oEmbed file up to the site's root. */
  root: string;
  /** The page's share card, at an address as `root` gives them. */
  thumbnail: string;
}

export function oembedFor({ story, slug, root, thumbnail }: OEmbedInput): OEmbed {
  const title = story.meta.title.trim() || 'Northern Afghanistan';
  const byline = story.meta.byline?.trim();
  return {
    version: '1.0',
    type: 'rich',
    html: iframeSnippet({
      page: `${root}embed.html`,
      loader: `${root}embed.js`,
      // The snippet's defaults: the host's colour scheme, the text shown.
      options: { story: slug, theme: 'auto' },
      title: `${PROVIDER_NAME}: ${title}`,
    }),
    width: OEMBED_WIDTH_PX,
    height: FALLBACK_HEIGHT_PX.open,
    title,
    provider_name: PROVIDER_NAME,
    provider_url: root || './',
    thumbnail_url: thumbnail,
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    ...(byline ? { author_name: byline } : {}),
  };
}
