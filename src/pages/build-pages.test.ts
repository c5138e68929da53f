import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toyStory, toyTopology } from '../state/test-fixtures.ts';
import type { Story } from '../story/schema.ts';
import { buildPages } from './build-pages.ts';

// The pages' build on a toy site: what it writes, what it escapes, and that a story it cannot render stops
// it before any page is written.

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="North Atlas" />
    <title>North Atlas</title>
    <link rel="stylesheet" crossorigin href="./assets/app-1.css">
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"><noscript>North Atlas needs JavaScript.</noscript></div>
  </body>
</html>`;

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;

function hostileStory(): Story {
  const story = toyStory();
  const p3 = story.passages[2]!;
  return {
    ...story,
    // The schema refuses a javascript: URL; an http one may still carry markup.
    meta: { title: `Title ${HOSTILE}`, url: 'https://example.org/?q="><script>alert(3)</script>' },
    speakers: [{ ...story.speakers[0]!, name: `Speaker ${HOSTILE}`, description: 'javascript:alert(4)' }],
    passages: [
      story.passages[0]!,
      story.passages[1]!,
      { ...p3, text: `${p3.text} ${HOSTILE} javascript:alert(5)` },
    ],
    quotes: [{ ...story.quotes[0]!, text: `Quote ${HOSTILE}` }],
  };
}

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function site(stories: Record<string, unknown>): string {
  dist = mkdtempSync(join(tmpdir(), 'north-atlas-pages-'));
  const write = (file: string, data: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), data);
  };
  write('index.html', TEMPLATE);
  write('assets/app-1.css', '.app { color: #222; }\n');
  write('data/north.topo.json', JSON.stringify(toyTopology()));
  write('data/story.json', JSON.stringify(toyStory()));
  const entries = Object.keys(stories).map((slug) => ({ slug, title: slug, places: [] }));
  const pages = entries.length ? [{ id: 0, newest: `\u0000${entries[0]?.slug}`, count: entries.length }] : [];
  write('data/stories/index.json', JSON.stringify({ version: 2, total: entries.length, nextPage: 1, pages }));
  write('data/stories/pages/0.json', JSON.stringify({ version: 2, entries }));
  for (const [slug, story] of Object.entries(stories))
    write(`data/stories/${slug}.json`, JSON.stringify(story));
  return dist;
}

const read = (file: string) => readFileSync(join(dist, file), 'utf8');

describe('the pages’ build', () => {
  it('writes a page, a 1200 × 630 share card and the crawlers’ files for every story', () => {
    site({ toy: toyStory() });
    const { pages } = buildPages(dist, { NORTH_ATLAS_SITE_URL: 'https://atlas.example.org/' });
    expect(pages).toEqual(['index.html', 'stories/toy/index.html']);
    const page = read('stories/toy/index.html');
    expect(page).toContain(
      '<meta property="og:image" content="https://atlas.example.org/stories/toy/share.png" />',
    );
    expect(page).toContain('<link rel="canonical" href="https://atlas.example.org/stories/toy/" />');
    // The first view's styles as files: a strict Content-Security-Policy refuses <style> elements.
    expect(page).toContain('<link rel="stylesheet" crossorigin href="../../assets/app-1.css">');
    expect(page).not.toContain('<style');
    expect(page).toContain('data-place-links="places/" data-site-root="../../" data-story-slug="toy"');
    // The map inline, its shapes links to readings that are there without JavaScript, on the places page.
    expect(page).toMatch(/<a href="places\/#\/place\/AF19" tabindex="-1"><path d="m/);
    expect(page).not.toContain('id="/place/AF1907"');
    const places = read('stories/toy/places/index.html');
    expect(places).toMatch(/<a href="#\/place\/AF19" tabindex="-1"><path d="m/);
    expect(places).toContain('id="/place/AF1907"');
    // No app there: a reader with JavaScript is sent to the story's page, at the same place.
    expect(places).toContain('<script src="../../../to-story-page.js"></script>');
    expect(read('to-story-page.js')).toContain("location.replace('../' + location.hash)");
    expect(places).not.toMatch(/type="module"|modulepreload|reader-code|data-prerendered/);
    expect(places).toContain('<meta name="robots" content="noindex, follow" />');
    expect(places).toContain('<link rel="canonical" href="https://atlas.example.org/stories/toy/" />');
    expect(places).toContain('href="../../../assets/noscript-');
    const png = readFileSync(join(dist, 'stories/toy/share.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(page).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://atlas.example.org/stories/toy/oembed.json"',
    );
    const oembed = JSON.parse(read('stories/toy/oembed.json')) as { html: string; thumbnail_url: string };
    expect(oembed.html).toContain('src="https://atlas.example.org/embed.html?story=toy&amp;theme=auto"');
    expect(oembed.thumbnail_url).toBe('https://atlas.example.org/stories/toy/share.png');
    expect(read('sitemap.xml')).toContain('<loc>https://atlas.example.org/stories/toy/</loc>');
    expect(read('robots.txt')).toContain('Sitemap: https://atlas.example.org/sitemap.xml');
    // Again, from the kept template: the pages are made anew, not from a page.
    buildPages(dist, {});
    expect(read('index.html').match(/<title>/g)).toHaveLength(1);
    expect(read('index.html')).toContain('<meta property="og:image" content="share.png" />');
    // Without the site's address, relative to the oEmbed file (which a CMS cannot use: README).
    expect(read('index.html')).toContain('type="application/json+oembed" href="oembed.json"');
    expect(read('stories/toy/index.html')).toContain('href="../../stories/toy/oembed.json"');
    expect(read('stories/toy/oembed.json')).toContain('src=\\"../../embed.html?story=toy&amp;theme=auto\\"');
  });

  it('writes markup-like text as text: in the title, the speaker, the quotes and the passages', () => {
    site({ hostile: hostileStory() });
    buildPages(dist, {});
    for (const file of ['stories/hostile/index.html', 'stories/hostile/places/index.html']) {
      const page = read(file);
      expect(page).not.toMatch(/<script>alert|<img src=x|href="javascript:/i);
      expect(page).toContain('Title &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).toContain('javascript:alert(5)');
    }
    // Quotes and their speakers are in the places' readings.
    expect(read('stories/hostile/places/index.html')).toContain('Speaker &quot;&gt;&lt;script&gt;');
  });

  it('renders a story written in Dari in Dari, right to left, and an English one in English', () => {
    const story = toyStory();
    const dari: Story = {
      ...story,
      meta: { title: 'سیلاب در ولسوالی‌های کندز', date: '2010-12-01' },
      mentions: [],
      passages: story.passages.map((p) => ({ ...p, text: 'باران‌های شدید خانه‌های زیادی را ویران کرد.' })),
    };
    site({ dari });
    writeFileSync(join(dist, 'assets/dari-font-AbC1.css'), '@font-face{}');
    writeFileSync(join(dist, 'assets/vazirmatn-dari-400-XyZ2.woff2'), '');
    buildPages(dist, {});
    const page = read('stories/dari/index.html');
    expect(page).toMatch(/<html lang="fa-AF" dir="rtl">/);
    // The Dari face in the first paint, not only once the scripts have asked for it.
    expect(page).toContain(
      '<link rel="preload" href="../../assets/vazirmatn-dari-400-XyZ2.woff2" as="font" type="font/woff2" crossorigin />',
    );
    expect(page).toContain('<link rel="stylesheet" href="../../assets/dari-font-AbC1.css" />');
    expect(read('index.html')).not.toContain('dari-font');
    expect(page).toContain('<title>سیلاب در ولسوالی‌های کندز — اطلس شمال</title>');
    expect(read('stories/dari/places/index.html')).toMatch(/<html lang="fa-AF" dir="rtl">/);
    expect(page).toContain('۱۰ قوس ۱۳۸۹ (۱ دسمبر ۲۰۱۰)');
    expect(page).toContain('گزارش را جای به جای بخوانید');
    expect(page).not.toContain('Read the story by place');
    expect(read('index.html')).toMatch(/<html lang="en" dir="ltr">/);
    expect(read('index.html')).toContain('Read the story by place');
  });

  it('stops at a story it cannot render, naming it and why, before writing any page', () => {
    site({ toy: toyStory(), broken: { ...toyStory(), passages: 'none' } });
    expect(() => buildPages(dist, {})).toThrow(/story "broken": data\/stories\/broken.json: passages/);
    expect(existsSync(join(dist, 'stories/toy/index.html'))).toBe(false);
    expect(read('index.html')).toBe(TEMPLATE);
  });
});
