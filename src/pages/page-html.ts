import type { Story } from '../story/schema.ts';

// A prerendered page from the reader's built index.html (Vite's, with its hashed scripts and styles): the
// first view in #root, the story's own title and share card in the head. Pure string work, so it is tested
// without a build; every value written into the head is escaped here.

export const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** What a link preview shows for a page: Open Graph and Twitter card tags, and the search engines' tags. */
export interface PageMeta {
  title: string;
  description: string;
  /**
   * The page's own address; null when the site's address is not known: a canonical link must be absolute
   * (search engines, and Lighthouse, take a relative one for a mistake), so there is none.
   */
  canonical: string | null;
  image: { url: string; width: number; height: number; alt: string };
  published?: string;
  /** The page's oEmbed answer (oembed.ts), named by a discovery link for CMSes that embed pasted addresses. */
  oembed?: string;
}

export const SITE_NAME = 'North Atlas';
/** A description stops here, at a word: what search results and link previews show without cutting. */
const DESCRIPTION_CHARS = 200;

/** The story's first passage, cut at a word near DESCRIPTION_CHARS: the story's own words, as a news page's. */
export function storyDescription(story: Story): string {
  const text = (story.passages[0]?.text ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return `${story.meta.title}: the places it names, on a map of northern Afghanistan.`;
  if (text.length <= DESCRIPTION_CHARS) return text;
  const cut = text.slice(0, DESCRIPTION_CHARS);
  const word = cut.lastIndexOf(' ');
  return `${(word > DESCRIPTION_CHARS / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

export function headTags(meta: PageMeta): string {
  const tag = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    ...(meta.canonical ? [`<link rel="canonical" href="${escapeHtml(meta.canonical)}" />`] : []),
    ...(meta.oembed
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(meta.oembed)}" title="${escapeHtml(meta.title)}" />`,
        ]
      : []),
    tag('property', 'og:type', 'article'),
    tag('property', 'og:site_name', SITE_NAME),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    ...(meta.canonical ? [tag('property', 'og:url', meta.canonical)] : []),
    tag('property', 'og:image', meta.image.url),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', String(meta.image.width)),
    tag('property', 'og:image:height', String(meta.image.height)),
    tag('property', 'og:image:alt', meta.image.alt),
    ...(meta.published ? [tag('property', 'article:published_time', meta.published)] : []),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', meta.image.url),
    tag('name', 'twitter:image:alt', meta.image.alt),
  ].join('\n    ');
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

/** The template's relative `src` and `href` values, for a page `up` folders below the site's root. */
export function rebase(html: string, up: string): string {
  if (!up) return html;
  return html.replace(/\b(src|href)="([^"]*)"/g, (whole, attr: string, url: string) =>
    ABSOLUTE.test(url) ? whole : `${attr}="${up}${url.replace(/^\.\//, '')}"`,
  );
}

/** Replaces the one match of `pattern` in `html`, or says which part of the template is missing. */
function replaceOnce(html: string, pattern: RegExp, by: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1)
    throw new Error(`the built index.html has ${matches?.length ?? 0} ${what}, where one was expected`);
  return html.replace(pattern, () => by);
}

export interface PageParts {
  /** Folders between this page and the site's root, as a relative path ('' or '../../'). */
  up: string;
  head: string;
  /** The story file this page shows, relative to the site's root (preloaded under the built one's). */
  storyFile: string;
  /** The noscript stylesheet, relative to the site's root. */
  noscriptCss: string;
  /** #root's prerendered markup and its data attributes (src/state/site-page.ts reads them). */
  rootHtml: string;
  rootData: Record<string, string>;
  /** The page's language, when not the template's English: <html lang dir>. */
  language?: { tag: string; dir: 'ltr' | 'rtl' };
  /** A Dari page's font: its stylesheet and regular face, relative to the site's root. */
  font?: { css: string; face: string };
}

/** The font in the first paint: preloaded, and declared before the scripts' chunk would declare it. */
function fontLinks(up: string, font: { css: string; face: string }): string {
  const face = escapeHtml(up + font.face);
  return `  <link rel="preload" href="${face}" as="font" type="font/woff2" crossorigin />
    <link rel="stylesheet" href="${escapeHtml(up + font.css)}" />
  `;
}

export function pageHtml(template: string, parts: PageParts): string {
  let html = rebase(template, parts.up);
  if (parts.language) {
    const { tag, dir } = parts.language;
    html = replaceOnce(html, /<html\b[^>]*>/, `<html lang="${escapeHtml(tag)}" dir="${dir}">`, '<html> tags');
  }
  html = replaceOnce(html, /<title>[^<]*<\/title>/, '', '<title> elements');
  html = replaceOnce(html, /<meta\s+name="description"[^>]*>/, parts.head, 'description meta tags');
  html = replaceOnce(
    html,
    /href="[^"]*data\/story\.json"/,
    `href="${escapeHtml(parts.up + parts.storyFile)}"`,
    'story preloads',
  );
  html = replaceOnce(
    html,
    /<\/head>/,
    `${parts.font ? fontLinks(parts.up, parts.font) : ''}  <noscript><link rel="stylesheet" href="${escapeHtml(parts.up + parts.noscriptCss)}" /></noscript>\n  </head>`,
    '</head> tags',
  );
  const data = Object.entries(parts.rootData)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  return replaceOnce(
    html,
    /<div id="root">[\s\S]*?<\/div>/,
    `<div id="root"${data}>${parts.rootHtml}</div>`,
    '#root elements',
  );
}
