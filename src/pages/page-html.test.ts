import { describe, expect, it } from 'vitest';
import { toyStory } from '../state/test-fixtures.ts';
import { headTags, pageHtml, rebase, storyDescription } from './page-html.ts';
import { robotsTxt, siteUrl, sitemapXml } from './site-files.ts';
import { wrapLines } from './share-card.ts';

// The pure parts of a prerendered page: the head a link preview reads, the template filled, crawlers' files.

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="North Atlas"
    />
    <title>North Atlas</title>
    <link rel="preload" href="data/story.json" as="fetch" crossorigin />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <div id="root">
      <noscript>North Atlas needs JavaScript.</noscript>
    </div>
  </body>
</html>`;

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)> & 'q'`;

describe('a page’s head', () => {
  it('escapes every value it writes', () => {
    const head = headTags({
      title: HOSTILE,
      description: HOSTILE,
      canonical: 'javascript:alert(3)"',
      image: { url: 'share.png', width: 1200, height: 630, alt: HOSTILE },
    });
    expect(head).not.toMatch(/<script|<img/);
    expect(head).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(head).toContain('content="&quot;&gt;&lt;script&gt;');
    expect(head).toContain('href="javascript:alert(3)&quot;"');
    for (const tag of ['og:title', 'og:description', 'og:image', 'og:url', 'twitter:card', 'twitter:image'])
      expect(head).toContain(`="${tag}"`);
    const unknownSite = headTags({
      title: 't',
      description: 'd',
      canonical: null,
      image: { url: 'share.png', width: 1200, height: 630, alt: 'a' },
    });
    expect(unknownSite).not.toMatch(/canonical|og:url/);
  });

  it('describes a story by its first passage, cut at a word', () => {
    const story = toyStory();
    expect(storyDescription(story)).toBe(story.passages[0]!.text);
    const long = { ...story, passages: [{ ...story.passages[0]!, text: 'word '.repeat(80) }] };
    const description = storyDescription(long);
    expect(description.length).toBeLessThanOrEqual(201);
    expect(description).toMatch(/word…$/);
  });
});

describe('filling the built index.html', () => {
  it('moves relative addresses under a story’s folder, leaving fragments and absolute ones', () => {
    expect(
      rebase('<a href="#/place/AF19"><img src="./assets/a.png"><a href="https://x.org/">', '../../'),
    ).toBe('<a href="#/place/AF19"><img src="../../assets/a.png"><a href="https://x.org/">');
  });

  it('puts the story’s head, noscript styles and first view in, with #root’s data', () => {
    const html = pageHtml(TEMPLATE, {
      up: '../../',
      head: '<title>Story</title>',
      noscriptCss: 'assets/noscript-1.css',
      rootHtml: '<div class="app">first view</div>',
      rootData: { prerendered: 'true', 'site-root': '../../', 'story-slug': 'toy' },
    });
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Story</title>');
    expect(html).toContain('src="../../assets/index-abc.js"');
    expect(html).toContain(
      '<noscript><link rel="stylesheet" href="../../assets/noscript-1.css" /></noscript>',
    );
    expect(html).toContain(
      '<div id="root" data-prerendered="true" data-site-root="../../" data-story-slug="toy"><div class="app">first view</div></div>',
    );
    expect(html).not.toContain('needs JavaScript');
    // The first paint waits for the whole first view; a places page (no app, read top down) does not.
    expect(html).toContain('<link rel="expect" href="#first-view-end" blocking="render" />');
    const places = pageHtml(TEMPLATE, {
      up: '',
      head: '',
      noscriptCss: 'x.css',
      rootHtml: '',
      rootData: {},
      withoutApp: true,
    });
    expect(places).not.toContain('rel="expect"');
  });

  it('says which part of the template is missing', () => {
    expect(() =>
      pageHtml(TEMPLATE.replace('<div id="root">', '<main>'), {
        up: '',
        head: '',
        noscriptCss: 'x.css',
        rootHtml: '',
        rootData: {},
      }),
    ).toThrow(/0 #root elements/);
  });
});

describe('crawlers’ files', () => {
  it('names the sitemap in robots.txt only when the site’s address is known', () => {
    expect(robotsTxt(null)).not.toMatch(/Sitemap/);
    expect(robotsTxt('https://atlas.example.org/')).toContain(
      'Sitemap: https://atlas.example.org/sitemap.xml',
    );
  });

  it('lists the story pages, absolute when it can', () => {
    const xml = sitemapXml('https://atlas.example.org/news/', [
      { path: '', lastmod: '2010-12-01' },
      { path: 'stories/a-b/', lastmod: '2010-12' },
    ]);
    expect(xml).toContain('<loc>https://atlas.example.org/news/</loc><lastmod>2010-12-01</lastmod>');
    expect(xml).toContain('<loc>https://atlas.example.org/news/stories/a-b/</loc></url>');
  });

  it('takes the site’s address from NORTH_ATLAS_SITE_URL, or says what is wrong with it', () => {
    expect(siteUrl(undefined)).toBeNull();
    expect(siteUrl('https://atlas.example.org')).toBe('https://atlas.example.org/');
    expect(() => siteUrl('atlas.example.org')).toThrow(/NORTH_ATLAS_SITE_URL=atlas.example.org: not a URL/);
    expect(() => siteUrl('ftp://x.org/')).toThrow(/not an http\(s\) address/);
  });
});

describe('the share card’s title', () => {
  it('wraps to the width and cuts the last line with an ellipsis', () => {
    expect(wrapLines('A short title', 40, 1100, 2)).toEqual(['A short title']);
    const lines = wrapLines('word '.repeat(60), 40, 1100, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});
