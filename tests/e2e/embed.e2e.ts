import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DARK_PAINT } from '../../src/map/dark-theme.ts';
import { theme as lightTheme } from '../../src/map/theme.ts';
import { embedDescription } from '../../src/ui/embed-strings.ts';
import { en } from '../../src/i18n/en.ts';
import { translator } from '../../src/i18n/translate.ts';
import { ROOT, launch, reachFor, serve, wakeGlMap, type Served } from './harness.ts';
import { builtGeography, builtStory } from './data.ts';

// Embedding: news pages on other origins frame the map, size it, drive it and hear from it — under a strict CSP.

/** What a careful newsroom would send with the map: no eval, no inline script or style, nothing from elsewhere. */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  // The Dari font, from our own origin (only a page in Dari asks for it).
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  'frame-ancestors *',
].join('; ');

const geo = builtGeography();
const story = builtStory();
let browser: Browser;
/** Serves the built app, every response with the strict CSP. */
let map: Served;
/** The news site, on another port: another origin. */
let host: Served;
/** A third origin framed by the news page (an ad, say), which must not be able to drive the map. */
let third: Served;
const hostDir = mkdtempSync(join(tmpdir(), 'north-atlas-host-'));
const thirdDir = mkdtempSync(join(tmpdir(), 'north-atlas-third-'));

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>\n<body><main><h1>${title}</h1>\n${body}\n</main></body></html>\n`;
}

before(async () => {
  writeFileSync(join(hostDir, 'index.html'), page('placeholder', ''));
  writeFileSync(join(thirdDir, 'index.html'), page('Advert', '<script src="third.js"></script>'));
  map = await serve(undefined, { headers: { 'content-security-policy': STRICT_CSP } });
  host = await serve(hostDir);
  third = await serve(thirdDir);
  // The host keeps every message the map sends it, for the test to read.
  writeFileSync(
    join(hostDir, 'record.js'),
    `window.received = [];
window.addEventListener('message', function (e) {
  if (e.origin === ${JSON.stringify(map.origin)}) window.received.push(e.data);
});\n`,
  );
  // The third origin tries to select a place in the map (the host's first frame) when told to.
  writeFileSync(
    join(thirdDir, 'third.js'),
    `window.addEventListener('message', function (e) {
  if (e.data !== 'go') return;
  window.parent.frames[0].postMessage({ channel: 'north-atlas', type: 'select', place: 'AF19' }, '*');
});\n`,
  );
  copyFileSync(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), join(hostDir, 'pym.v1.min.js'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([map?.close(), host?.close(), third?.close()]);
  rmSync(hostDir, { recursive: true, force: true });
  rmSync(thirdDir, { recursive: true, force: true });
});

interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations, from every frame. */
  errors: string[];
  /** Requests to any origin but the ones the test serves. */
  foreign: string[];
}

const NOISE = [/GPU stall due to ReadPixels/, /WebGL.*performance/i];

async function session(viewport = { width: 1000, height: 900 }): Promise<Session> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  // Runs in every frame before its own scripts: a CSP refusal anywhere becomes a console error.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const p = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const ours = [map.origin, host.origin, third.origin];
  p.on('console', (m) => {
    if (m.type() === 'error' && !NOISE.some((re) => re.test(m.text()))) errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => {
    const url = r.url();
    if (!ours.some((o) => url.startsWith(o + '/')) && !/^(data|blob|about):/.test(url)) foreign.push(url);
  });
  return { context, page: p, errors, foreign };
}

/** The map's frame inside a host page. */
async function mapFrame(p: Page): Promise<Frame> {
  const el = await p.waitForSelector(`iframe[src^="${map.origin}/"]`);
  const frame = await el.contentFrame();
  assert.ok(frame, 'the map iframe has a frame');
  return frame;
}

/** Waits until MapLibre has drawn the map, in a frame or as the page itself. */
async function glMapIdle(target: Page | Frame): Promise<void> {
  // MapLibre starts when the reader reaches for the map, which MapView listens for once the SVG map is live.
  await wakeGlMap(target);
  await target.waitForFunction(
    () =>
      document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state') === 'idle' &&
      !!window.northAtlasMap,
    undefined,
    { timeout: 20000 },
  );
}

/** The embed's own content height, which the host's iframe should match. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));

/** Waits until the host's iframe is as tall as the embed's content, and returns that height. */
async function heightSettles(p: Page, frame: Frame): Promise<number> {
  let want = 0;
  // The content may still be moving (the map's first layout, the panel filling): measure again until it holds.
  for (let attempt = 0; attempt < 5; attempt++) {
    want = await contentHeight(frame);
    await p.waitForFunction(
      (h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) === h,
      want,
      { timeout: 5000 },
    );
    if ((await contentHeight(frame)) === want) return want;
  }
  assert.fail(`the embed's height never settled (last ${want}px)`);
}

/** Waits for the first message from the map whose fields include all of `fields`, and returns it. */
async function received<T = Record<string, unknown>>(p: Page, fields: Record<string, unknown>): Promise<T> {
  const handle = await p.waitForFunction((want) => {
    const all = (window as unknown as { received: Record<string, unknown>[] }).received;
    return all.find(
      (m) => typeof m === 'object' && m !== null && Object.entries(want).every(([k, v]) => m[k] === v),
    );
  }, fields);
  return (await handle.jsonValue()) as T;
}

function hostPage(name: string, title: string, body: string): string {
  writeFileSync(join(hostDir, name), page(title, `${body}\n<script src="record.js"></script>`));
  return `${host.origin}/${name}`;
}

test('"Embed this map" gives the current view as a snippet that works on another site, its height following the panel', async () => {
  const s = await session();
  const reader = s.page;
  await reader.goto(`${map.origin}/#/place/AF19`);
  await glMapIdle(reader);
  await reader.getByRole('button', { name: 'Embed this map' }).click();
  const dialog = reader.getByRole('dialog', { name: 'Embed this map' });
  await dialog.waitFor();
  const snippet = await dialog.getByTestId('embed-code').inputValue();
  // The host's colour scheme is the snippet's default.
  assert.match(snippet, new RegExp(`<iframe src="${map.origin}/embed\\.html\\?place=AF19&amp;theme=auto"`));
  assert.match(snippet, new RegExp(`<script src="${map.origin}/embed\\.js" async></script>`));
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: map.origin });
  await dialog.getByRole('button', { name: 'Copy the code' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), snippet);
  // Escape closes the dialog and leaves the reader's selection alone.
  await reader.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await reader.evaluate(() => location.hash), '#/place/AF19');
  // The reader runs under the same strict CSP as the embed, with no errors either.
  assert.deepEqual(s.errors, []);

  const url = hostPage(
    'snippet.html',
    'A news story',
    `<p>Some reporting before the map.</p>\n${snippet}\n<p>And after it.</p>`,
  );
  // Narrow enough for the panel to sit under the map, where opening it changes the height.
  await s.page.setViewportSize({ width: 480, height: 900 });
  await s.page.goto(url);
  const frame = await mapFrame(s.page);
  await glMapIdle(frame);
  const ready = await received<{ place: string; name: string }>(s.page, { type: 'ready' });
  assert.deepEqual([ready.place, ready.name], ['AF19', geo.places.get('AF19')!.name_en]);
  const open = await heightSettles(s.page, frame);

  await frame.getByRole('button', { name: 'Hide the text' }).click();
  await frame.getByTestId('panel').waitFor({ state: 'hidden' });
  const closed = await heightSettles(s.page, frame);
  assert.ok(closed < open - 100, `closing the panel shrinks the iframe (${open}px → ${closed}px)`);

  await frame.getByRole('button', { name: 'Show the text' }).click();
  await frame.getByTestId('panel').waitFor();
  assert.equal(await heightSettles(s.page, frame), open, 'reopening restores the height');
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.foreign, []);
  assert.deepEqual(await s.context.cookies(), [], 'no cookies');
  await s.context.close();
});

test('the host selects, clears and switches language by postMessage and hears every selection', async () => {
  const s = await session({ width: 500, height: 900 });
  await s.page.goto(
    hostPage(
      'api.html',
      'API',
      `<iframe src="${map.origin}/embed.html" title="Map" width="100%" height="500"></iframe>`,
    ),
  );
  const frame = await mapFrame(s.page);
  await glMapIdle(frame);
  await received(s.page, { type: 'ready' });
  const send = (msg: object) =>
    s.page.evaluate(
      ({ msg, origin }) => document.querySelector('iframe')!.contentWindow!.postMessage(msg, origin),
      { msg, origin: map.origin },
    );

  const takhar = geo.places.get('AF18')!;
  await send({ channel: 'north-atlas', type: 'select', place: 'AF18' });
  const event = await received(s.page, { type: 'selection', place: 'AF18' });
  assert.deepEqual(event, {
    channel: 'north-atlas',
    type: 'selection',
    place: 'AF18',
    name: takhar.name_en,
    name_da: takhar.name_da,
    via: 'embed',
  });
  await frame.getByRole('heading', { level: 2, name: new RegExp(takhar.name_en) }).waitFor();
  await glMapIdle(frame);
  assert.equal(await frame.evaluate(() => window.northAtlasMap!.stateOf('AF18').selected), true);
  const summary = await frame.getByTestId('place-summary').innerText();
  assert.match(summary, new RegExp(`^${story.places.AF18?.passages.length ?? 0} passage`));

  // A reader's own pick is reported too, with its cause.
  await frame.getByTestId('place-picker').selectOption('AF19');
  await received(s.page, { type: 'selection', place: 'AF19', via: 'list' });

  await send({ channel: 'north-atlas', type: 'language', language: 'da' });
  await frame.waitForFunction(
    (name) => document.querySelector('.map-label-province[data-place="AF18"]')?.textContent === name,
    takhar.name_da,
  );
  await send({ channel: 'north-atlas', type: 'clear' });
  await received(s.page, { type: 'selection', place: null, via: 'embed' });
  // The language message switches the whole embed, not only its labels.
  await frame.getByRole('heading', { level: 2, name: 'گزارش را جای به جای بخوانید' }).waitFor();
  assert.equal(await frame.evaluate(() => document.documentElement.dir), 'rtl');
  assert.deepEqual(s.errors, []);
  await s.context.close();
});

async function thirdOriginTries(allow: string): Promise<{ s: Session; frame: Frame }> {
  const s = await session({ width: 700, height: 900 });
  await s.page.goto(
    hostPage(
      'third.html',
      'Third party',
      `<iframe src="${map.origin}/embed.html${allow}" title="Map" width="100%" height="500"></iframe>
<iframe src="${third.origin}/" title="Advert" width="300" height="100"></iframe>`,
    ),
  );
  const frame = await mapFrame(s.page);
  await glMapIdle(frame);
  await received(s.page, { type: 'ready' });
  await s.page.evaluate((origin) => {
    const advert = document.querySelectorAll('iframe')[1] as HTMLIFrameElement;
    advert.contentWindow!.postMessage('go', origin);
  }, third.origin);
  return { s, frame };
}

test('messages from a third origin on the host page are ignored, unless the embedder allows that origin', async () => {
  const refused = await thirdOriginTries('');
  await refused.frame.waitForFunction(
    (origin) => window.northAtlasEmbed?.ignored.some((i) => i.origin === origin && i.reason === 'origin'),
    third.origin,
  );
  assert.equal(
    await refused.frame.evaluate(() => window.northAtlasMap!.stateOf('AF19').selected ?? false),
    false,
  );
  assert.equal(
    await refused.s.page.evaluate(() =>
      (window as unknown as { received: { type?: string }[] }).received.some((m) => m.type === 'selection'),
    ),
    false,
    'no selection happened',
  );
  await refused.s.context.close();

  // The same message is obeyed once `allow` names the third origin: the refusal above was the origin check.
  const allowed = await thirdOriginTries(`?allow=${encodeURIComponent(third.origin)}`);
  await received(allowed.s.page, { type: 'selection', place: 'AF19', via: 'embed' });
  await allowed.s.context.close();
});

test('a page using pym.js embeds the map with no script of ours and keeps its height right', async () => {
  const s = await session({ width: 420, height: 900 });
  writeFileSync(
    join(hostDir, 'pym-host.js'),
    `new pym.Parent('atlas', ${JSON.stringify(`${map.origin}/embed.html?panel=closed`)}, { title: 'Map of northern Afghanistan' });\n`,
  );
  await s.page.goto(
    hostPage(
      'pym.html',
      'pym.js host',
      '<div id="atlas"></div>\n<script src="pym.v1.min.js"></script>\n<script src="pym-host.js"></script>',
    ),
  );
  const frame = await mapFrame(s.page);
  await glMapIdle(frame);
  assert.match(frame.url(), /[?&]childId=atlas(&|$)/, 'pym.js named its child');
  const closed = await heightSettles(s.page, frame);
  await frame.getByRole('button', { name: 'Show the text' }).click();
  const open = await heightSettles(s.page, frame);
  assert.ok(open > closed + 100, `opening the panel grows the pym iframe (${closed}px → ${open}px)`);
  // pym.js sends the new width when its page resizes, and the map answers with its height.
  await s.page.setViewportSize({ width: 900, height: 900 });
  await heightSettles(s.page, frame);
  assert.ok(
    (await frame.evaluate(() => window.northAtlasEmbed!.handled)) > 0,
    'the map handled pym.js width messages',
  );
  assert.deepEqual(s.errors, []);
  await s.context.close();
});

test('under the strict CSP the embed runs its worker from our origin, with no errors, cookies or foreign requests', async () => {
  const s = await session({ width: 360, height: 800 });
  const response = await s.page.goto(`${map.origin}/embed.html?place=AF18&theme=dark`);
  assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
  await glMapIdle(s.page);
  const workers = await s.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('worker')),
  );
  assert.ok(
    workers.some((w) => w.startsWith(map.origin) && /maplibre-gl-csp-worker/.test(w)),
    `MapLibre's worker came from our origin: ${workers.join(', ')}`,
  );
  assert.equal(await s.page.evaluate(() => window.northAtlasMap!.stateOf('AF18').selected), true);
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.foreign, []);
  assert.deepEqual(await s.context.cookies(), []);
  await s.context.close();
});

test('under the strict CSP the reader’s "Download image" gives a PNG of the map, with no CSP violation', async () => {
  const s = await session({ width: 1280, height: 800 });
  const response = await s.page.goto(`${map.origin}/#/place/AF19`);
  assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
  await s.page.locator('[data-testid="svg-map"] path[data-layer="province"]').first().waitFor();
  const [download] = await Promise.all([
    s.page.waitForEvent('download'),
    s.page.getByRole('button', { name: 'Download image' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^north-atlas-AF19\.png$/);
  const png = readFileSync((await download.path())!);
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
  await s.page.getByRole('status').filter({ hasText: 'Image downloaded.' }).waitFor();
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.foreign, []);
  await s.context.close();
});

test('interactive=false gives a static locator map: no pointer or keyboard on the map', async () => {
  const other = geo.provinces[0]!;
  /** Clicks the middle of the map, has the host select `other`, and returns every selection the host heard. */
  async function clickThenHostSelects(query: string): Promise<{ place: string; via: string }[]> {
    const s = await session({ width: 500, height: 800 });
    await s.page.goto(
      hostPage(
        'static.html',
        'Static',
        `<iframe src="${map.origin}/embed.html${query}" title="Map" width="100%" height="500"></iframe>`,
      ),
    );
    const frame = await mapFrame(s.page);
    await received(s.page, { type: 'ready' });
    await frame.locator('.map-view svg').first().waitFor();
    const box = (await frame.locator('.map-view').boundingBox())!;
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // Messages from one frame arrive in order: a selection made by the click would come before this one.
    await s.page.evaluate(
      ({ origin, place }) =>
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage({ channel: 'north-atlas', type: 'select', place }, origin),
      { origin: map.origin, place: other },
    );
    await received(s.page, { type: 'selection', place: other, via: 'embed' });
    const heard = await s.page.evaluate(() =>
      (window as unknown as { received: { type?: string; place: string; via: string }[] }).received
        .filter((m) => m.type === 'selection')
        .map(({ place, via }) => ({ place, via })),
    );
    const focusable = await frame.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.map-view *')].filter(
          (e) => e.tabIndex >= 0 && e.getClientRects().length > 0,
        ).length,
    );
    await s.context.close();
    return focusable === 0 ? heard : [...heard, { place: `${focusable} focusable`, via: 'keyboard' }];
  }
  // The same click on an interactive map selects a place: the click does land on the map.
  const live = await clickThenHostSelects('?panel=closed');
  assert.equal(live[0]?.via, 'map', 'an interactive map takes the click');
  assert.deepEqual(
    await clickThenHostSelects('?panel=closed&interactive=false'),
    [{ place: other, via: 'embed' }],
    'the static map takes neither the click nor keyboard focus',
  );
});

test('the embed fits 280 to 1200 pixels wide: nothing overflows, the panel sits beside the map when there is room', async () => {
  for (const width of [280, 400, 800, 1200]) {
    const s = await session({ width, height: 900 });
    await s.page.goto(`${map.origin}/embed.html?place=AF19`);
    await glMapIdle(s.page);
    // No helper functions inside evaluate: the test runner's transpiler would name them with a helper the page lacks.
    const layout = await s.page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      map: document.querySelector('.embed-map')!.getBoundingClientRect().toJSON() as DOMRect,
      panel: document.querySelector('.embed-panel')!.getBoundingClientRect().toJSON() as DOMRect,
    }));
    assert.ok(layout.overflow <= 0, `no sideways scrolling at ${width}px`);
    assert.ok(layout.map.height >= 200, `the map keeps a usable height at ${width}px`);
    if (width >= 800)
      assert.ok(layout.panel.left >= layout.map.right - 1, `panel beside the map at ${width}px`);
    else assert.ok(layout.panel.top >= layout.map.bottom - 1, `panel under the map at ${width}px`);
    await s.context.close();
  }
});

test('axe-core finds no violations in the embed, light and dark, narrow and wide', async () => {
  for (const [width, query] of [
    [320, '?place=AF19'],
    [1000, '?place=AF1907&theme=dark'],
    [480, '?theme=dark&panel=closed&interactive=false'],
  ] as const) {
    const s = await session({ width, height: 900 });
    await s.page.goto(`${map.origin}/embed.html${query}`);
    await glMapIdle(s.page);
    const results = await new AxeBuilder({ page: s.page }).analyze();
    assert.deepEqual(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      `axe at ${width}px ${query}`,
    );
    await s.context.close();
  }
});

// Issue 17: the stacks news sites run — AMP, oEmbed, dark mode, a facade — and a description for screen readers.

test('inside amp-iframe (#amp=1) the map asks AMP for its content height, and again when it changes', async () => {
  const s = await session({ width: 480, height: 900 });
  await s.page.goto(
    hostPage(
      'amp.html',
      'AMP',
      // What amp-iframe makes of the README's snippet: AMP's sandbox, `#amp=1` on the address.
      `<iframe src="${map.origin}/embed.html?panel=closed#amp=1" title="Map" width="100%" height="420"
        sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
    ),
  );
  const frame = await mapFrame(s.page);
  await received(s.page, { type: 'ready' });
  /** The last height AMP was asked for, once it is the content's height. */
  const asked = async () => {
    const want = await contentHeight(frame);
    await s.page.waitForFunction(
      (h) => {
        const sizes = (window as unknown as { received: { sentinel?: string; height?: number }[] }).received
          .filter((m) => m && m.sentinel === 'amp')
          .map((m) => m.height);
        return sizes.at(-1) === h;
      },
      want,
      { timeout: 5000 },
    );
    return want;
  };
  const closed = await asked();
  await frame.getByRole('button', { name: 'Show the text' }).click();
  await frame.getByTestId('panel').waitFor();
  const open = await asked();
  assert.ok(open > closed + 100, `opening the text asks for more height (${closed}px → ${open}px)`);
  const sample = await s.page.evaluate(() =>
    (window as unknown as { received: { sentinel?: string }[] }).received.find((m) => m.sentinel === 'amp'),
  );
  assert.deepEqual(Object.keys(sample ?? {}).sort(), ['height', 'sentinel', 'type']);
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.foreign, []);
  await s.context.close();
});

test('the reader’s page names its oEmbed answer, a valid rich oEmbed whose iframe embeds the map', async () => {
  const s = await session();
  await s.page.goto(`${map.origin}/`);
  const href = await s.page.getAttribute(
    'head link[rel="alternate"][type="application/json+oembed"]',
    'href',
  );
  assert.ok(href, 'a discovery link in the head');
  const oembedUrl = new URL(href, `${map.origin}/`).href;
  const response = await s.page.request.get(oembedUrl);
  assert.match(response.headers()['content-type'] ?? '', /^application\/json/);
  const o = (await response.json()) as Record<string, unknown>;
  assert.equal(o.version, '1.0');
  assert.equal(o.type, 'rich');
  for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
    assert.ok(Number.isInteger(o[key]) && (o[key] as number) > 0, `${key} is a size in pixels`);
  for (const key of ['title', 'provider_name', 'provider_url', 'thumbnail_url', 'html'])
    assert.equal(typeof o[key], 'string', `${key} is text`);
  assert.equal(o.title, story.meta.title);
  // A static answer: a consumer's parameters, sane or not, get the same well-formed answer.
  const odd = await s.page.request.get(`${oembedUrl}?url=x&maxwidth=-1&maxheight=1e99&format=xml`);
  assert.deepEqual(await odd.json(), o);
  const thumbnail = await s.page.request.get(new URL(o.thumbnail_url as string, oembedUrl).href);
  assert.equal(thumbnail.headers()['content-type'], 'image/png');
  // A CMS puts the answer's html into its article: the map loads from it and sizes itself.
  const src = /<iframe src="([^"]+)"/.exec(o.html as string)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const embedUrl = new URL(src, oembedUrl);
  assert.equal(embedUrl.pathname, '/embed.html');
  const loader = /<script src="([^"]+)"/.exec(o.html as string)?.[1] ?? '';
  const html = (o.html as string)
    .replace(/<iframe src="[^"]+"/, `<iframe src="${embedUrl.href.replace(/&/g, '&amp;')}"`)
    .replace(/<script src="[^"]+"/, `<script src="${new URL(loader, oembedUrl).href}"`);
  await s.page.setViewportSize({ width: 480, height: 900 });
  await s.page.goto(hostPage('oembed.html', 'Pasted by a CMS', html));
  const frame = await mapFrame(s.page);
  await received(s.page, { type: 'ready' });
  await heightSettles(s.page, frame);
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.foreign, []);
  await s.context.close();
});

/** The SVG map's water and the GL map's background, in the frame or page given. */
async function waterColours(target: Page): Promise<{ page: string; svg: string; gl: unknown }> {
  return target.evaluate(() => ({
    page: document.documentElement.dataset.theme ?? '',
    svg: document.querySelector('[data-testid="svg-map-drawing"] > rect')?.getAttribute('fill') ?? '',
    gl: window.northAtlasMap?.paint('background', 'background-color') ?? null,
  }));
}

test('theme=auto is dark under a dark colour scheme and light under a light one, changing live in both maps', async () => {
  const dark = DARK_PAINT.background!['background-color'];
  const s = await session({ width: 800, height: 900 });
  await s.page.emulateMedia({ colorScheme: 'dark' });
  await s.page.goto(`${map.origin}/embed.html?theme=auto&place=AF19&accent=%23C0392B`);
  await s.page.locator('[data-testid="svg-map-drawing"]').waitFor();
  assert.deepEqual(await waterColours(s.page), { page: 'dark', svg: dark, gl: null });
  const body = () =>
    s.page.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor);
  const darkBody = await body();
  await glMapIdle(s.page);
  assert.deepEqual(await waterColours(s.page), { page: 'dark', svg: dark, gl: dark });
  // The reader's system turns light: everything follows without a reload.
  await s.page.emulateMedia({ colorScheme: 'light' });
  await s.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.deepEqual(await waterColours(s.page), {
    page: 'light',
    svg: lightTheme.water,
    gl: lightTheme.water,
  });
  assert.notEqual(await body(), darkBody, 'the page’s own colours follow');
  // The accent is the selection's colour in both maps and the page.
  const accent = await s.page.evaluate(() => ({
    svg: [...document.querySelectorAll('[data-testid="svg-map-drawing"] path')]
      .filter((p) => p.getAttribute('stroke-width') === '3.5')
      .map((p) => p.getAttribute('stroke')),
    gl: window.northAtlasMap!.paint('selected-province-line', 'line-color'),
    css: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
  }));
  assert.deepEqual(accent, { svg: ['#c0392b'], gl: '#c0392b', css: '#c0392b' });
  assert.deepEqual(s.errors, []);
  await s.context.close();

  // Forced themes ignore the scheme; bad values fall back to the defaults (light, our own accent).
  for (const [query, scheme, want] of [
    ['?theme=light', 'dark', 'light'],
    ['?theme=dark', 'light', 'dark'],
    ['?theme=purple&accent=red', 'dark', 'light'],
  ] as const) {
    const t = await session({ width: 600, height: 800 });
    await t.page.emulateMedia({ colorScheme: scheme });
    await t.page.goto(`${map.origin}/embed.html${query}&place=AF19`);
    await t.page.locator('[data-testid="svg-map-drawing"]').waitFor();
    assert.equal((await waterColours(t.page)).page, want, query);
    const outline = await t.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="svg-map-drawing"] path')]
        .filter((p) => p.getAttribute('stroke-width') === '3.5')
        .map((p) => p.getAttribute('stroke')),
    );
    assert.deepEqual(outline, [lightTheme.selectedLine], `${query}: our own selection colour`);
    assert.deepEqual(t.errors, [], query);
    await t.context.close();
  }
});

/** The snippet "Embed this map" gives for a kind of page, on the reader's first view. */
async function dialogSnippet(kind: RegExp): Promise<string> {
  const s = await session();
  await s.page.goto(`${map.origin}/`);
  // The button is in the prerendered page before the app that answers it: wake the app, wait for it.
  await reachFor(s.page);
  await s.page.waitForFunction(() => !!window.northAtlasSvgMap, undefined, { timeout: 20000 });
  await s.page.getByRole('button', { name: 'Embed this map' }).click();
  const dialog = s.page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.getByRole('radio', { name: kind }).check();
  const code = await dialog.getByTestId('embed-code').inputValue();
  assert.deepEqual(s.errors, []);
  await s.context.close();
  return code;
}

test('the dialog offers the AMP snippet: amp-iframe, resizable, sandboxed, the share card as placeholder', async () => {
  const amp = await dialogSnippet(/AMP page/);
  assert.match(amp, new RegExp(`^<amp-iframe src="${map.origin}/embed\\.html\\?theme=auto"`));
  assert.match(amp, / resizable /);
  assert.match(amp, /sandbox="allow-scripts allow-same-origin allow-popups"/);
  assert.match(amp, new RegExp(`<amp-img layout="fill" src="${map.origin}/share\\.png" alt="" placeholder>`));
  assert.match(amp, /<div overflow [^>]*role="button"/);
});

test('the facade loads no script or data of the map until the reader asks, then the map, by keyboard too', async () => {
  // The dialog's facade snippet, as a newsroom copies it.
  const code = await dialogSnippet(/map loaded on demand/);
  assert.match(
    code,
    new RegExp(`<a href="${map.origin}/embed\\.html\\?theme=auto" data-north-atlas data-facade`),
  );
  const snippet = (facade: string) => code.replace('data-facade', facade);
  /** Every request to the map's origin, by path. */
  const fromMap = (s: Session) => {
    const paths: string[] = [];
    s.context.on('request', (r) => {
      if (r.url().startsWith(`${map.origin}/`)) paths.push(new URL(r.url()).pathname);
    });
    return paths;
  };
  const s = await session({ width: 600, height: 800 });
  const requests = fromMap(s);
  await s.page.goto(hostPage('facade.html', 'Facade', `<p>Before.</p>\n${snippet('data-facade="click"')}`));
  const button = s.page.getByRole('button', {
    name: 'Load the interactive map: North Atlas: map of northern Afghanistan',
  });
  await button.waitFor();
  await s.page.waitForFunction(
    () => document.querySelector<HTMLImageElement>('[data-north-atlas-facade] img')?.complete,
  );
  // theme=auto under a light scheme: the light picture of the first view.
  assert.deepEqual(requests.sort(), ['/embed.js', '/map.svg'], 'the loader and the picture only');
  // Keyboard: Tab reaches the button, Enter loads the map and puts the reader in it.
  await s.page.keyboard.press('Tab');
  assert.equal(await s.page.evaluate(() => document.activeElement?.textContent), 'Load the interactive map');
  await s.page.keyboard.press('Enter');
  const frame = await mapFrame(s.page);
  await received(s.page, { type: 'ready' });
  assert.equal(await s.page.evaluate(() => document.activeElement?.tagName), 'IFRAME');
  assert.ok(requests.includes('/embed.html') && requests.some((p) => p.startsWith('/assets/')));
  await heightSettles(s.page, frame);
  assert.deepEqual(s.errors, []);
  await s.context.close();

  // By default it also loads when the reader scrolls near it, and not before.
  const t = await session({ width: 600, height: 800 });
  const later = fromMap(t);
  await t.page.goto(
    hostPage(
      'facade-below.html',
      'Facade below',
      `<div style="height:6000px"></div>\n${snippet('data-facade')}`,
    ),
  );
  await t.page.getByRole('button', { name: /Load the interactive map/ }).waitFor({ state: 'attached' });
  assert.deepEqual(later, ['/embed.js'], 'nothing of the map, not even its picture, far below the fold');
  await t.page.mouse.wheel(0, 5600);
  await mapFrame(t.page);
  await received(t.page, { type: 'ready' });
  assert.ok(later.includes('/embed.html'));
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.foreign, []);
  await t.context.close();
});

test('screen readers hear a description before the map: the story and its places, or the host’s own words', async () => {
  const s = await session({ width: 600, height: 800 });
  await s.page.goto(`${map.origin}/embed.html`);
  const description = s.page.getByTestId('embed-description');
  await description.filter({ hasText: 'passage' }).waitFor();
  const text = await description.textContent();
  assert.ok(text?.includes(story.meta.title), text ?? '');
  assert.equal(text, embedDescription(story, geo, translator(en)));
  // Before the map in reading order, and the map's description.
  const order = await s.page.evaluate(() => {
    const d = document.querySelector('[data-testid="embed-description"]')!;
    const m = document.querySelector('.embed-map')!;
    return {
      before: !!(d.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING),
      describes: m.getAttribute('aria-describedby') === d.id,
    };
  });
  assert.deepEqual(order, { before: true, describes: true });

  const words = '<b>Where</b> the floods reached';
  await s.page.goto(`${map.origin}/embed.html?description=${encodeURIComponent(words)}`);
  await s.page.getByTestId('embed-description').filter({ hasText: words }).waitFor({ state: 'attached' });
  assert.equal(await s.page.locator('[data-testid="embed-description"] b').count(), 0, 'text, not markup');
  assert.deepEqual(s.errors, []);
  await s.context.close();
});
