import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, launch, serve, type Served } from './harness.ts';
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
  // MapLibre starts when the reader reaches for the map, which MapView listens for once the first (SVG) map is
  // up and marks its renderer: reach for it only then, or the gesture goes unheard.
  const view = target.locator('.map-view[data-renderer]').first();
  await view.waitFor();
  await view.dispatchEvent('pointerenter');
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
  assert.match(snippet, new RegExp(`<iframe src="${map.origin}/embed\\.html\\?place=AF19"`));
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
