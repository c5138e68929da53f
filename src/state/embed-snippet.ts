import { embedQuery, type EmbedOptions } from './embed-params.ts';

// The HTML a newsroom pastes into its page: the iframe, and our loader that keeps the iframe's height right.

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

export function embedSnippet({ appUrl, options, title }: SnippetInput): string {
  return iframeSnippet({ ...embedUrls(appUrl), options, title });
}

/** The iframe snippet for embed.html and embed.js at these addresses (absolute, or relative where a page reads it). */
export function iframeSnippet(input: Omit<SnippetInput, 'appUrl'> & { page: string; loader: string }): string {
  const { page, loader, options, title } = input;
  const height = FALLBACK_HEIGHT_PX[options.panel ?? 'open'];
  const src = page + embedQuery(options);
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}"`,
    `  style="border:0" loading="lazy" data-north-atlas></iframe>`,
    `<script src="${escapeAttr(loader)}" async></script>`,
  ].join('\n');
}
