import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, open, reachFor, serve, servedAndLaunched, type Served } from './harness.ts';
import { builtGeography, builtStory } from './data.ts';
import { readList, updateIndexes } from '../../src/story/site-index.ts';

// The prerendered pages: read without JavaScript, taken over by the app without a shift, shared with a
// picture, and served compressed.

let server: Served;
let browser: Browser;
const story = builtStory();
const geo = builtGeography();
const catalog = { stories: readList(join(DIST, 'data')) };

servedAndLaunched((s, b) => {
  server = s;
  browser = b;
});

async function withoutJs(path: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(server.origin + path);
  return { context, page };
}

/** The items a place's reading lists, in order. */
async function readingOf(page: Page, scope: string) {
  const passages = await page
    .locator(`${scope} .place-reading > ol.passages > li`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-passage')));
  const quotes = await page
    .locator(`${scope} .place-reading > section.quotes > figure`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote')));
  return { passages, quotes };
}

const sectionOf = (id: string) => `[id="/place/${id}"]`;

test('without JavaScript: the map shows, each place opens its reading, every passage is there, print works', async () => {
  const { context, page } = await withoutJs('/');
  const map = page.locator('[data-testid="svg-map"] svg');
  assert.ok(await map.isVisible(), 'the SVG map is on screen');
  assert.equal(await map.locator('path[data-layer="province"]').count(), geo.provinces.length);
  assert.ok(await map.locator('text[data-place="AF19"]').isVisible(), 'Kunduz is labelled');
  // The whole story, every passage once.
  for (const p of story.passages)
    assert.equal(await page.locator(`.static-story [data-passage="${p.id}"]`).count(), 1, `passage ${p.id}`);

  // Each place links to its reading on the story's places page, which keeps the story's page light.
  assert.equal(await map.locator('a[href="places/#/place/AF18"]').count(), 1);
  assert.equal(await page.locator('[id^="/place/"]').count(), 0, 'no place readings in the first view');
  // A province from the place list: the places page, its reading in place of the overview.
  await page.locator('.place-nav a[data-place="AF19"]').click();
  // Another document: wait until it has loaded before looking at it (isVisible does not wait).
  await page.waitForURL((u) => u.pathname === '/places/' && u.hash === '#/place/AF19');
  await page.waitForLoadState();
  await page.locator(sectionOf('AF19')).waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).pathname, '/places/');
  assert.equal(new URL(page.url()).hash, '#/place/AF19');
  assert.ok(await page.locator(sectionOf('AF19')).isVisible());
  assert.equal(await page.locator('.overview').isVisible(), false, 'the overview gives way');
  assert.equal(await page.locator('.static-story').isVisible(), false);
  assert.deepEqual(await readingOf(page, sectionOf('AF19')), story.places.AF19);

  // A province on the map.
  await page.locator('[data-testid="svg-map"] a[href="#/place/AF18"] path').click();
  assert.equal(new URL(page.url()).hash, '#/place/AF18');
  assert.ok(await page.locator(sectionOf('AF18')).isVisible());
  assert.equal(await page.locator(sectionOf('AF19')).isVisible(), false);

  // A district, from the list that JavaScript would fold: its own items, and a link to its province's.
  const district = geo.districts.find((d) => (story.places[d]?.passages.length ?? 0) > 0)!;
  const province = geo.places.get(district)!.province!;
  await page.locator(`.place-nav a[data-place="${district}"]`).click();
  assert.deepEqual(await readingOf(page, sectionOf(district)), story.places[district]);
  await page.locator(`${sectionOf(district)} .parent-link a`).click();
  await page.locator(sectionOf(province)).waitFor({ state: 'visible' });

  // Print: the headline, the map and the reading on screen.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await map.isVisible(), 'the map prints');
  assert.ok(await page.locator(sectionOf(province)).isVisible(), 'the reading prints');
  assert.equal(await page.locator('.place-nav').isVisible(), false);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await context.close();
});

test('without JavaScript on a phone the page scrolls as one document', async () => {
  const { context, page } = await withoutJs('/places/#/place/AF19', { width: 412, height: 823 });
  assert.ok(await page.locator('[data-testid="svg-map"] svg').isVisible());
  const panel = await page.locator('[data-testid="panel"]').evaluate((e) => getComputedStyle(e).position);
  assert.equal(panel, 'static', 'no bottom sheet that cannot open');
  assert.ok(await page.locator(sectionOf('AF19')).isVisible());
  await context.close();
});

/** Counts layout shifts from the start and marks the <svg> the HTML brings, before any script runs. */
async function watchFirstView(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    // What moved, for the failure message: a shift is only fixable when we know its element. (No named
    // functions in here: the test runner's transform would wrap them in a helper the page lacks.)
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        const moved: string[] = [];
        for (const { node: n, previousRect: a, currentRect: b } of e.sources) {
          const what =
            n instanceof Element
              ? `${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}.${[...n.classList].join('.')}`
              : String(n?.nodeName);
          moved.push(
            `${what} ${Math.round(a.x)},${Math.round(a.y)} ${Math.round(a.width)}x${Math.round(a.height)}` +
              ` → ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}x${Math.round(b.height)}`,
          );
        }
        w.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const seen = new MutationObserver(() => {
      const svg = document.querySelector('[data-testid="svg-map-drawing"]');
      if (!svg) return;
      svg.setAttribute('data-from-html', 'true');
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
}

async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!window.northAtlasSvgMap && performance.getEntriesByName('north-atlas:first-map-paint').length > 0,
  );
  // The legend folds, labels are laid out again, the deferred lists render: a few frames.
  for (let i = 0; i < 5; i++)
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 412, height: 823 },
]) {
  test(`with JavaScript at ${viewport.width}px: hydrated without errors or a shift, the map's own elements taken over`, async () => {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await watchFirstView(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.origin + '/');
    await reachFor(page);
    await hydrated(page);
    assert.deepEqual(errors, [], 'no hydration mismatch or other error');
    const svgs = await page
      .locator('[data-testid="svg-map"] svg')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-from-html')));
    assert.deepEqual(svgs, ['true'], 'one SVG, the one the HTML brought');
    const { cls, shifts, mapPaint, fcp } = await page.evaluate(() => ({
      cls: (window as unknown as { __cls: number }).__cls,
      shifts: (window as unknown as { __shifts: string[] }).__shifts,
      mapPaint: performance.getEntriesByName('north-atlas:first-map-paint')[0]!.startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    }));
    assert.ok(cls < 0.01, `cumulative layout shift ${cls}:\n${shifts.join('\n')}`);
    assert.equal(mapPaint, fcp, 'the map was in the first contentful paint');
    // The app works on the markup it took over: a place in the overview selects, the URL follows.
    await page.locator('.named-places a[href$="#/place/AF18"]').click();
    await page.waitForFunction(() => location.hash === '#/place/AF18');
    await page.getByRole('heading', { level: 2, name: /Takhar/ }).waitFor();
    await context.close();
  });
}

test('with JavaScript, #/place/AF19 opens the same reading in the app, from the places page too', async () => {
  const { page, context, errors } = await open(browser, server.origin, '/places/#/place/AF19');
  await page.waitForURL(`${server.origin}/#/place/AF19`);
  await page
    .locator('.place-reading')
    .getByRole('heading', { level: 2, name: /Kunduz/ })
    .waitFor();
  assert.deepEqual(await readingOf(page, '[data-testid="panel"] .panel-body'), story.places.AF19);
  assert.equal(await page.locator('.place-nav a[data-place="AF19"][aria-current="true"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the map is on screen before any script has loaded', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Scripts held back: none arrives.
  await context.route(/\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  const map = page.locator('[data-testid="svg-map"] svg');
  assert.ok(await map.isVisible());
  assert.equal(await map.locator('path[data-layer="province"]').count(), geo.provinces.length);
  assert.ok(await page.locator('.place-nav a[data-place="AF19"]').isVisible(), 'the place list too');
  await context.close();
});

/**
 * The reader's page from `server`, its HTML sent in two parts with a pause before `cutBefore` (a slow
 * network's second round trip); every other file as it is.
 */
async function servePausedBefore(cutBefore: string, pauseMs: number): Promise<Served> {
  const page = await (
    await fetch(server.origin + '/', { headers: { 'accept-encoding': 'identity' } })
  ).text();
  const cut = page.indexOf(cutBefore);
  assert.ok(cut > 0, `the page has ${cutBefore}`);
  const proxy = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(page.slice(0, cut));
      setTimeout(() => res.end(page.slice(cut)), pauseMs);
      return;
    }
    void fetch(server.origin + (req.url ?? '/'), { headers: { 'accept-encoding': 'identity' } }).then(
      async (r) => {
        res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'text/plain' });
        res.end(Buffer.from(await r.arrayBuffer()));
      },
    );
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        proxy.close(() => done());
        proxy.closeAllConnections();
      }),
  };
}

// The pause falls before the reading panel, and inside the credits after their start tag (rel=expect lets the
// paint go once its element is in the DOM: a mark on the credits themselves painted them empty, then shifted).
for (const [where, cutBefore] of [
  ['the reading panel', '<aside class="panel"'],
  ["the credits' text", '<p>Boundaries:'],
] as const) {
  test(`the first paint is the whole first view: nothing paints before ${where} has arrived`, async (t) => {
    const PAUSE_MS = 2000;
    const slow = await servePausedBefore(cutBefore, PAUSE_MS);
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    // Closed whatever happens: an open proxy would keep the test process alive after a failure.
    t.after(() => Promise.all([context.close(), slow.close()]));
    const page = await context.newPage();
    await page.goto(slow.origin + '/', { waitUntil: 'commit' });
    await page.locator('.panel').waitFor();
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((done) =>
          new PerformanceObserver((list) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (fcp) done(fcp.startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
    // Without the hold the header and the map paint as soon as their part and the styles are in (~0.1 s).
    assert.ok(fcp >= PAUSE_MS - 50, `first paint at ${Math.round(fcp)} ms, before ${where} arrived`);
  });
}

test('a published story has a page at a clean address that works as the reader; ?story= still works', async () => {
  const entry = catalog.stories[0]!;
  const failed: string[] = [];
  const { page, context, errors } = await open(browser, server.origin, `/stories/${entry.slug}/`);
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  await page.waitForFunction(() => !!window.northAtlasSvgMap);
  assert.equal((await page.locator('h1').innerText()).replace(/\s+/g, ' '), entry.title);
  await page.locator('.place-nav a[data-place="AF19"]').click();
  await page
    .locator('.place-reading')
    .getByRole('heading', { level: 2, name: /Kunduz/ })
    .waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(failed, []);
  const viaQuery = await open(browser, server.origin, `/?story=${entry.slug}`);
  await viaQuery.page.locator('h1').filter({ hasText: entry.title }).waitFor();
  assert.deepEqual(viaQuery.errors, []);
  await viaQuery.context.close();
  await context.close();
});

test('each page has its title, description and share card; crawlers have their files', async () => {
  for (const path of ['/', ...catalog.stories.map((s) => `/stories/${s.slug}/`)]) {
    const html = await (await fetch(server.origin + path)).text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
    assert.ok(meta('description'), `${path}: a description`);
    assert.equal(meta('twitter:card'), 'summary_large_image');
    const image = new URL(meta('og:image')!, server.origin + path);
    const png = Buffer.from(await (await fetch(image)).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString(), 'PNG', `${path}: og:image is a PNG`);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  }
  for (const file of ['/robots.txt', '/sitemap.xml'])
    assert.equal((await fetch(server.origin + file)).status, 200);
});

test('the page, its scripts and styles arrive compressed; hashed assets are cached for a year', async () => {
  const { page, context } = await open(browser, server.origin, '/', {
    viewport: { width: 1280, height: 800 },
  });
  const seen: { url: string; encoding: string | undefined; cache: string | undefined }[] = [];
  page.on('response', async (r) => {
    const headers = await r.allHeaders();
    seen.push({ url: r.url(), encoding: headers['content-encoding'], cache: headers['cache-control'] });
  });
  await page.reload();
  await reachFor(page);
  await page.waitForFunction(() => !!window.northAtlasSvgMap);
  const doc = seen.find((s) => s.url === `${server.origin}/`)!;
  assert.equal(doc.encoding, 'br');
  assert.equal(doc.cache, 'no-cache');
  // Below a kilobyte a file is sent as it is (scripts/precompress.ts): compressing it saves no packet.
  const assets = seen.filter(
    (s) =>
      /\/assets\/.*\.(js|css)$/.test(s.url) && statSync(join(DIST, new URL(s.url).pathname)).size >= 1024,
  );
  assert.ok(assets.length > 0);
  for (const a of assets) {
    assert.equal(a.encoding, 'br', a.url);
    assert.equal(a.cache, 'public, max-age=31536000, immutable', a.url);
  }
  await context.close();
});

test('a story with markup-like text prerenders it as text, with and without JavaScript', async () => {
  const HOSTILE = `"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;
  const site = mkdtempSync(join(tmpdir(), 'north-atlas-hostile-'));
  try {
    cpSync(DIST, site, { recursive: true });
    const text = (s: string) => `${s} ${HOSTILE} javascript:window.__pwned=3`;
    const hostile = {
      ...story,
      // The schema refuses a javascript: URL; an http one may still carry markup.
      meta: { ...story.meta, title: text('Title'), url: `https://example.org/?q=${HOSTILE}` },
      speakers: story.speakers.map((s) => ({ ...s, name: text(s.name) })),
      quotes: story.quotes.map((q) => ({ ...q, text: text(q.text) })),
      passages: story.passages.map((p) => ({ ...p, text: p.text + text('') })),
    };
    writeFileSync(join(site, 'data/stories/hostile.json'), JSON.stringify(hostile));
    updateIndexes(join(site, 'data'), null, { slug: 'hostile', story: hostile, isDefault: false });
    const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/pages.ts'), site], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    const hostileServer = await serve(site);
    try {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
        await page.goto(`${hostileServer.origin}/stories/hostile/${javaScriptEnabled ? '' : 'places/'}`);
        if (javaScriptEnabled) await reachFor(page);
        if (javaScriptEnabled) await page.waitForFunction(() => !!window.northAtlasSvgMap);
        assert.match(await page.locator('h1').innerText(), /<script>window.__pwned=1<\/script>/);
        assert.equal(await page.locator('img[src="x"]').count(), 0, 'no image made from the text');
        assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
        assert.equal(
          await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? 0).catch(() => 0),
          0,
        );
        assert.deepEqual(dialogs, []);
        await context.close();
      }
    } finally {
      await hostileServer.close();
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

/** Each response's file and whether the browser's cache (a prefetch's) answered it, in order. */
async function watchResponses(page: Page) {
  const seen: { file: string; cached: boolean }[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.responseReceived', ({ response }) =>
    seen.push({
      file: new URL(response.url).pathname,
      cached: !!(response.fromPrefetchCache || response.fromDiskCache),
    }),
  );
  await cdp.send('Network.enable');
  return seen;
}

test('the app wakes when the reader reaches for the page; a button pressed before that still works', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const responses = await watchResponses(page);
  await page.goto(server.origin + '/', { waitUntil: 'load' });
  // Left alone, the page stays as the build wrote it: no hydration, no takeover, no work on the main thread.
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.northAtlasSvgMap === undefined), true, 'still asleep');
  // The data and the app's code were fetched once the page had painted; waking, the app takes the data's
  // requests up (no second request) and finds its code in the cache.
  const fetched = (file: string) => responses.filter((r) => r.file === file);
  assert.equal(fetched('/data/north.topo.json').length, 1, 'the map data, fetched while asleep');
  // The reader's first act is a press on a prerendered button: it wakes the app, and the press is not lost.
  await page.getByRole('button', { name: 'Whole story' }).click();
  await page.locator('.whole-story').waitFor();
  await page.waitForFunction(() => !!window.northAtlasSvgMap);
  assert.deepEqual(fetched('/data/north.topo.json'), [{ file: '/data/north.topo.json', cached: false }]);
  const client = responses.filter((r) => /^\/assets\/client-[\w-]+\.js$/.test(r.file));
  assert.deepEqual(
    client.map((r) => r.cached),
    [false, true],
    'the app’s code: fetched asleep, then answered from the cache',
  );
  // A place's link pressed on the sleeping page opens its reading here, not on the places page.
  const sleeping = await context.newPage();
  await sleeping.goto(server.origin + '/', { waitUntil: 'load' });
  await sleeping.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
  await sleeping.locator('.place-nav a[data-place="AF19"]').click();
  await sleeping
    .locator('.place-reading')
    .getByRole('heading', { level: 2, name: /Kunduz/ })
    .waitFor();
  assert.equal(new URL(sleeping.url()).hash, '#/place/AF19');
  assert.equal(await sleeping.evaluate(() => (window as { __samePage?: boolean }).__samePage), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an address naming a place starts the app at once, its code asked for all together and fetched once', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const responses = await watchResponses(page);
  await page.goto(server.origin + '/#/place/AF19');
  await page
    .locator('.place-reading')
    .getByRole('heading', { level: 2, name: /Kunduz/ })
    .waitFor();
  const { listed, preloaded } = await page.evaluate(() => ({
    listed: JSON.parse(document.getElementById('reader-code')!.textContent!) as string[],
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
      (l) => new URL(l.href).pathname,
    ),
  }));
  assert.ok(listed.length > 3, 'the build lists the app’s code');
  // Not import by import (a round trip each on a slow network): every file asked for when the page starts.
  for (const file of listed) {
    assert.ok(preloaded.includes('/' + file), `${file} preloaded`);
    assert.equal(responses.filter((r) => r.file === '/' + file).length, 1, `${file} fetched once`);
  }
  await context.close();
});
