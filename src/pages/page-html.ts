import { FIRST_VIEW_END_ID } from '../state/site-page.ts';
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
  /** Link previews' tags; none for a page that is not shared (a story's places page). */
  image?: { url: string; width: number; height: number; alt: string };
  /** What search engines do with the page (a robots meta tag), when not the default. */
  robots?: string;
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

const metaTag = (attr: 'name' | 'property', key: string, value: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;

/** What a link preview shows: Open Graph and Twitter card tags. */
function shareTags(meta: PageMeta, image: NonNullable<PageMeta['image']>): string[] {
  return [
    metaTag('property', 'og:type', 'article'),
    metaTag('property', 'og:site_name', SITE_NAME),
    metaTag('property', 'og:title', meta.title),
    metaTag('property', 'og:description', meta.description),
    ...(meta.canonical ? [metaTag('property', 'og:url', meta.canonical)] : []),
    metaTag('property', 'og:image', image.url),
    metaTag('property', 'og:image:type', 'image/png'),
    metaTag('property', 'og:image:width', String(image.width)),
    metaTag('property', 'og:image:height', String(image.height)),
    metaTag('property', 'og:image:alt', image.alt),
    ...(meta.published ? [metaTag('property', 'article:published_time', meta.published)] : []),
    metaTag('name', 'twitter:card', 'summary_large_image'),
    metaTag('name', 'twitter:title', meta.title),
    metaTag('name', 'twitter:description', meta.description),
    metaTag('name', 'twitter:image', image.url),
    metaTag('name', 'twitter:image:alt', image.alt),
  ];
}

export function headTags(meta: PageMeta): string {
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    metaTag('name', 'description', meta.description),
    ...(meta.robots ? [metaTag('name', 'robots', meta.robots)] : []),
    ...(meta.canonical ? [`<link rel="canonical" href="${escapeHtml(meta.canonical)}" />`] : []),
    ...(meta.oembed
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(meta.oembed)}" title="${escapeHtml(meta.title)}" />`,
        ]
      : []),
    ...(meta.image ? shareTags(meta, meta.image) : []),
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
  /** The noscript stylesheet, relative to the site's root. */
  noscriptCss: string;
  /** #root's prerendered markup and its data attributes (src/state/site-page.ts reads them). */
  rootHtml: string;
  rootData: Record<string, string>;
  /** The page's language, when not the template's English: <html lang dir>. */
  language?: { tag: string; dir: 'ltr' | 'rtl' };
  /** A Dari page's font: its stylesheet and regular face, relative to the site's root. */
  font?: { css: string; face: string };
  /**
   * A page for readers without JavaScript (a story's places page): no app; with JavaScript the reader goes
   * to the story's page at the same address (#/place/AF19), where the app opens the same reading.
   */
  withoutApp?: boolean;
}

/** The font in the first paint: preloaded, and declared before the scripts' chunk would declare it. */
function fontLinks(up: string, font: { css: string; face: string }): string {
  const face = escapeHtml(up + font.face);
  return `  <link rel="preload" href="${face}" as="font" type="font/woff2" crossorigin />
    <link rel="stylesheet" href="${escapeHtml(up + font.css)}" />
  `;
}

/** In a page's head: the app's scripts, the data they preload, and the template's comments about them. */
const APP_TAGS = [
  /<script type="module"[^>]*><\/script>\s*/g,
  /<link rel="modulepreload"[^>]*>\s*/g,
  /<script type="application\/json" id="reader-code">[^<]*<\/script>\s*/g,
  /<link rel="preload"[^>]*as="fetch"[^>]*>\s*/g,
  /<!--[\s\S]*?-->\s*/g,
];

/** The script, at the site's root, that takes a reader with JavaScript from a places page to its story's. */
export const TO_STORY_SCRIPT = 'to-story-page.js';
/** Its text: the story's page is the places page's folder's parent, at the same address (#/place/AF19). */
export const TO_STORY_SOURCE = "location.replace('../' + location.hash);\n";

/**
 * The app's scripts taken out, and instead one taking a reader with JavaScript to the story's page: a file,
 * as a strict Content-Security-Policy (script-src 'self') refuses inline scripts.
 */
function withoutApp(html: string, up: string): string {
  const end = html.indexOf('</head>');
  const out = APP_TAGS.reduce((h, tag) => h.replace(tag, ''), html.slice(0, end)) + html.slice(end);
  return replaceOnce(
    out,
    /<head>/,
    `<head>\n    <script src="${escapeHtml(up + TO_STORY_SCRIPT)}"></script>`,
    '<head> tags',
  );
}

/**
 * Holds the first paint until the parser reaches the first view's end (rel=expect, render-blocking): else a
 * phone paints the header a frame before the reading panel, and the panel's later paint is the page's LCP.
 * A browser without rel=expect paints as before.
 */
const WHOLE_FIRST_VIEW = `<link rel="expect" href="#${FIRST_VIEW_END_ID}" blocking="render" />`;

export function pageHtml(template: string, parts: PageParts): string {
  let html = rebase(template, parts.up);
  if (parts.language) {
    const { tag, dir } = parts.language;
    html = replaceOnce(html, /<html\b[^>]*>/, `<html lang="${escapeHtml(tag)}" dir="${dir}">`, '<html> tags');
  }
  html = replaceOnce(html, /<title>[^<]*<\/title>/, '', '<title> elements');
  const head = parts.withoutApp ? parts.head : `${parts.head}\n    ${WHOLE_FIRST_VIEW}`;
  html = replaceOnce(html, /<meta\s+name="description"[^>]*>/, head, 'description meta tags');
  html = replaceOnce(
    html,
    /<\/head>/,
    `${parts.font ? fontLinks(parts.up, parts.font) : ''}  <noscript><link rel="stylesheet" href="${escapeHtml(parts.up + parts.noscriptCss)}" /></noscript>\n  </head>`,
    '</head> tags',
  );
  const data = Object.entries(parts.rootData)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  html = replaceOnce(
    html,
    /<div id="root">[\s\S]*?<\/div>/,
    `<div id="root"${data}>${parts.rootHtml}</div>`,
    '#root elements',
  );
  return parts.withoutApp ? withoutApp(html, parts.up) : html;
}
