import { embedQuery, type EmbedOptions } from './embed-params.ts';

// The HTML a newsroom pastes into its page: the iframe, and our loader that keeps the iframe's height right;
// or a facade the loader turns into the iframe when the reader asks (or scrolls near); or AMP's amp-iframe.

/** Heights for a bare iframe (no loader, no pym.js) that show the map and most of an open panel. */
export const FALLBACK_HEIGHT_PX = { open: 560, closed: 420 } as const;

export interface SnippetInput {
  /** Where the reader app is, e.g. location.href; embed.html and embed.js sit beside it. */
  appUrl: string;
  options: Partial<Omit<EmbedOptions, 'pymId'>>;
  /** The iframe's accessible name. */
  title: string;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedUrls(appUrl: string): { page: string; loader: string } {
  const base = new URL(appUrl);
  base.hash = '';
  base.search = '';
  return { page: new URL('embed.html', base).href, loader: new URL('embed.js', base).href };
}

/** The story's share card (the pages' build writes one beside each story's page): the facade's picture. */
export function shareImageUrl(appUrl: string, story: string | null | undefined): string {
  const base = new URL(appUrl);
  base.hash = '';
  base.search = '';
  return new URL(story ? `stories/${story}/share.png` : 'share.png', base).href;
}

/** The facade's pictures (src/pages/facade-image.ts writes them beside each story's page) and their size. */
const FACADE_IMAGE = { light: 'map.svg', dark: 'map-dark.svg', width: 520, height: 560 } as const;

/** The story's first view as a picture in the embed's colours: light, dark, or the reader's scheme's. */
function facadePicture(appUrl: string, options: SnippetInput['options'], alt: string): string {
  const at = (file: string) => escapeAttr(new URL(file, shareImageUrl(appUrl, options.story)).href);
  const theme = options.theme ?? 'light';
  const img = `<img src="${at(theme === 'dark' ? FACADE_IMAGE.dark : FACADE_IMAGE.light)}" alt="${escapeAttr(alt)}" width="${FACADE_IMAGE.width}" height="${FACADE_IMAGE.height}" loading="lazy">`;
  if (theme !== 'auto') return img;
  return `<picture><source srcset="${at(FACADE_IMAGE.dark)}" media="(prefers-color-scheme: dark)">${img}</picture>`;
}

/** The loader's facade: a link to the map holding its picture; the loader makes it a button, then the iframe. */
export function facadeSnippet({ appUrl, options, title }: SnippetInput): string {
  const { page, loader } = embedUrls(appUrl);
  const height = FALLBACK_HEIGHT_PX[options.panel ?? 'open'];
  return [
    `<a href="${escapeAttr(page + embedQuery(options))}" data-north-atlas data-facade`,
    `  data-title="${escapeAttr(title)}" data-height="${height}">`,
    `  ${facadePicture(appUrl, options, title)}</a>`,
    `<script src="${escapeAttr(loader)}" async></script>`,
  ].join('\n');
}

/**
 * AMP's amp-iframe: AMP sizes it from the map's embed-size messages (`resizable`, with the overflow button AMP
 * requires), shows the share card until the map has loaded, and needs scripts and the map's own origin in
 * its sandbox (plus popups, for the map's "Open the full map" link).
 */
export function ampSnippet({ appUrl, options, title }: SnippetInput): string {
  const { page } = embedUrls(appUrl);
  const height = FALLBACK_HEIGHT_PX[options.panel ?? 'open'];
  return [
    `<amp-iframe src="${escapeAttr(page + embedQuery(options))}" title="${escapeAttr(title)}"`,
    `  layout="fixed-height" height="${height}" resizable frameborder="0"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups">`,
    `  <amp-img layout="fill" src="${escapeAttr(shareImageUrl(appUrl, options.story))}" alt="" placeholder></amp-img>`,
    `  <div overflow tabindex="0" role="button" aria-label="Show the whole map">Show the whole map</div>`,
    `</amp-iframe>`,
  ].join('\n');
}

export function embedSnippet({ appUrl, options, title }: SnippetInput): string {
  return iframeSnippet({ ...embedUrls(appUrl), options, title });
}

/** The iframe snippet for embed.html and embed.js at these addresses (absolute, or relative where a page reads it). */
export function iframeSnippet(
  input: Omit<SnippetInput, 'appUrl'> & { page: string; loader: string },
): string {
  const { page, loader, options, title } = input;
  const height = FALLBACK_HEIGHT_PX[options.panel ?? 'open'];
  const src = page + embedQuery(options);
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}"`,
    `  style="border:0" loading="lazy" data-north-atlas></iframe>`,
    `<script src="${escapeAttr(loader)}" async></script>`,
  ].join('\n');
}
