import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { catalogFor } from '../i18n/catalogs.ts';
import { translator } from '../i18n/translate.ts';
import { storyLanguage } from '../i18n/choose-language.ts';
import { buildGeography, type Geography, type NorthTopology } from '../state/geography.ts';
import { createAtlasStore, loadedState } from '../state/store.ts';
import { readList } from '../story/site-index.ts';
import { Story } from '../story/schema.ts';
import { validate } from '../story/validate.ts';
import noscriptCss from './noscript.css?raw';
import { OEMBED_FILE, oembedFor } from './oembed.ts';
import {
  headTags,
  pageHtml,
  storyDescription,
  SITE_NAME,
  TO_STORY_SCRIPT,
  TO_STORY_SOURCE,
} from './page-html.ts';
import { facadeImages } from './facade-image.ts';
import { renderFirstView } from './render-page.tsx';
import { CARD, CARD_FONT, shareCardSvg } from './share-card.ts';
import { robotsTxt, siteUrl, sitemapXml } from './site-files.ts';
import { listMapData } from './list-map.ts';
import { LIST_MAP_FILE } from '../state/list-map-schema.ts';
import { PLACES_PAGE } from '../state/site-page.ts';

// The build's last step (scripts/pages.ts runs it after Vite has written dist/): a prerendered page for the
// default story (index.html) and for every published story (stories/<slug>/index.html), each with its share
// card (share.png), oEmbed answer (oembed.json) and the embed facade's pictures (map.svg, map-dark.svg), plus robots.txt and sitemap.xml. Every page is rendered before any is written, so a story
// that fails stops the build with its slug and the reason, and leaves no page half-written.

/** Where the reader's built index.html is kept, to make the pages from again (it is replaced by one). */
const TEMPLATE = '.pages/template.html';
/** The geodata pipeline's lighter map for first views (geodata/first-view.ts). */
const FIRST_VIEW_FILE = 'data/first-view.topo.json';
const CARD_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'];

interface PageSpec {
  /** The page's folder from the site's root: '' or 'stories/<slug>/'. */
  path: string;
  story: Story;
  /** The story file, from the site's root. */
  storyFile: string;
  slug: string | null;
  /** The address this page's content has (the default story's own page points at the site's root). */
  canonicalPath: string;
}

export interface BuiltPages {
  pages: string[];
}

function readJson(dist: string, file: string): unknown {
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`${file} is missing from ${dist}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
}

function readStory(dist: string, file: string): Story {
  const result = validate(Story, readJson(dist, file));
  if (!result.ok) throw new Error(`${file}: ${result.path.join('.') || '(top level)'}: ${result.message}`);
  return result.value;
}

function pageSpecs(dist: string): PageSpec[] {
  const specs: PageSpec[] = [
    {
      path: '',
      story: readStory(dist, 'data/story.json'),
      storyFile: 'data/story.json',
      slug: null,
      canonicalPath: '',
    },
  ];
  for (const entry of readList(join(dist, 'data'))) {
    const storyFile = `data/stories/${entry.slug}.json`;
    let story: Story;
    try {
      story = readStory(dist, storyFile);
    } catch (e) {
      throw new Error(`story "${entry.slug}": ${(e as Error).message}`);
    }
    const path = `stories/${entry.slug}/`;
    specs.push({ path, story, storyFile, slug: entry.slug, canonicalPath: entry.default ? '' : path });
  }
  return specs;
}

function cardFonts(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return CARD_FONT_FILES.map((f) => join(dir, f));
}

/** The share card as PNG: the SVG drawn by resvg with the packaged fonts only, nothing from the system. */
function cardPng(svg: string, fonts: string[]): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      fontFiles: fonts,
      defaultFontFamily: CARD_FONT,
      sansSerifFamily: CARD_FONT,
    },
  });
  return Buffer.from(resvg.render().asPng());
}

/** The Dari font Vite wrote (its stylesheet and regular face, hashed names), or null if it wrote none. */
function dariFont(dist: string): { css: string; face: string } | null {
  const assets = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')) : [];
  const css = assets.find((f) => /^dari-font-[\w-]+\.css$/.test(f));
  const face = assets.find((f) => /^vazirmatn-dari-400-[\w-]+\.woff2$/.test(f));
  return css && face ? { css: `assets/${css}`, face: `assets/${face}` } : null;
}

interface PageContext {
  geo: Geography;
  /** The first view's lighter map (data/first-view.topo.json), or the full one when it is not there. */
  firstView: Geography;
  template: string;
  site: string | null;
  css: string;
  /** The share card's font files. */
  fonts: string[];
  dariFont: { css: string; face: string } | null;
}

function renderPage(spec: PageSpec, ctx: PageContext) {
  const up = spec.path ? '../'.repeat(spec.path.split('/').filter(Boolean).length) : '';
  const facts = createAtlasStore(loadedState({ story: spec.story, geo: ctx.geo })).getState();
  const fromPage = (path: string) => (ctx.site ? ctx.site + path : up + path || './');
  const catalog = catalogFor(storyLanguage(spec.story));
  const t = translator(catalog);
  const title = spec.story.meta.title.trim() || t('app.region');
  const siteName = catalog.language === 'en' ? SITE_NAME : t('app.name');
  const head = headTags({
    title: `${title} — ${siteName}`,
    description: storyDescription(spec.story),
    canonical: ctx.site ? ctx.site + spec.canonicalPath : null,
    image: {
      url: fromPage(`${spec.path}share.png`),
      ...CARD,
      alt: `Map of northern Afghanistan's provinces, shaded by how much of “${title}” concerns each`,
    },
    ...(spec.story.meta.date ? { published: spec.story.meta.date } : {}),
    oembed: fromPage(`${spec.path}${OEMBED_FILE}`),
  });
  // Relative addresses are read from the oEmbed file's folder, the page's own.
  const oembed = oembedFor({
    story: spec.story,
    slug: spec.slug,
    root: ctx.site ?? up,
    thumbnail: ctx.site ? `${ctx.site}${spec.path}share.png` : 'share.png',
  });
  const views = renderFirstView(spec.story, ctx.geo, ctx.firstView);
  const page = {
    up,
    head,
    noscriptCss: ctx.css,
    rootHtml: views.page,
    language: { tag: catalog.tag, dir: catalog.dir },
    ...(catalog.language === 'da' && ctx.dariFont ? { font: ctx.dariFont } : {}),
    rootData: {
      prerendered: 'true',
      'place-links': PLACES_PAGE,
      ...(spec.slug ? { 'site-root': up, 'story-slug': spec.slug } : {}),
    },
  };
  const html = pageHtml(ctx.template, page);
  // The places page: for readers without JavaScript (and search engines' crawlers), not a page of its own.
  const placesHead = headTags({
    title: `${t('panel.places')}: ${title} — ${siteName}`,
    description: storyDescription(spec.story),
    canonical: ctx.site ? ctx.site + spec.canonicalPath : null,
    robots: 'noindex, follow',
  });
  const places = pageHtml(ctx.template, {
    ...page,
    up: `${up}../`,
    head: placesHead,
    rootHtml: views.places,
    rootData: {},
    withoutApp: true,
  });
  return {
    html,
    places,
    png: cardPng(shareCardSvg(facts, ctx.geo), ctx.fonts),
    oembed: `${JSON.stringify(oembed, null, 2)}\n`,
    facade: facadeImages(facts, ctx.geo),
  };
}

/** Writes through a temporary file and a rename: a reader never gets half a file. */
function writeAtomic(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function buildPages(dist: string, env: Record<string, string | undefined> = process.env): BuiltPages {
  const site = siteUrl(env.NORTH_ATLAS_SITE_URL);
  const templateFile = join(dist, TEMPLATE);
  if (!existsSync(templateFile)) writeAtomic(templateFile, readFileSync(join(dist, 'index.html'), 'utf8'));
  const template = readFileSync(templateFile, 'utf8');
  const geo = buildGeography(readJson(dist, 'data/north.topo.json') as NorthTopology);
  const firstView = existsSync(join(dist, FIRST_VIEW_FILE))
    ? buildGeography(readJson(dist, FIRST_VIEW_FILE) as NorthTopology)
    : geo;
  const css = `assets/noscript-${createHash('sha256').update(noscriptCss).digest('hex').slice(0, 10)}.css`;
  const ctx = { geo, firstView, template, site, css, fonts: cardFonts(), dariFont: dariFont(dist) };
  const rendered = pageSpecs(dist).map((spec) => {
    try {
      return { spec, ...renderPage(spec, ctx) };
    } catch (e) {
      const which = spec.slug ? `story "${spec.slug}"` : `the default story (${spec.storyFile})`;
      throw new Error(`${which} could not be prerendered: ${(e as Error).message}`);
    }
  });
  writeAtomic(join(dist, css), noscriptCss);
  writeAtomic(join(dist, TO_STORY_SCRIPT), TO_STORY_SOURCE);
  for (const { spec, html, places, png, oembed, facade } of rendered) {
    writeAtomic(join(dist, spec.path, PLACES_PAGE, 'index.html'), places);
    writeAtomic(join(dist, spec.path, 'share.png'), png);
    writeAtomic(join(dist, spec.path, OEMBED_FILE), oembed);
    for (const [file, svg] of Object.entries(facade)) writeAtomic(join(dist, spec.path, file), svg);
    writeAtomic(join(dist, spec.path, 'index.html'), html);
  }
  writeAtomic(join(dist, 'data', LIST_MAP_FILE), JSON.stringify(listMapData(geo)));
  writeAtomic(join(dist, 'robots.txt'), robotsTxt(site));
  const listed = rendered.filter((r) => r.spec.canonicalPath === r.spec.path);
  writeAtomic(
    join(dist, 'sitemap.xml'),
    sitemapXml(
      site,
      listed.map(({ spec }) => ({
        path: spec.path,
        ...(spec.story.meta.date ? { lastmod: spec.story.meta.date } : {}),
      })),
    ),
  );
  return { pages: rendered.map((r) => `${r.spec.path}index.html`) };
}
