import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, mapIdle, open, screenPoint, servedAndLaunched, wakeGlMap, type Served } from './harness.ts';
import { builtGeography, builtStory } from './data.ts';
import { EXPORT_SCALE, TITLE_BAND_PX, imageSize } from '../../src/map/svg/png.ts';
import { shareColour } from '../../src/map/svg/svg-map.ts';
import { theme } from '../../src/map/theme.ts';
import type { LonLat } from '../../src/state/geography.ts';

// The SVG first paint: the map a reader gets at once, and keeps when WebGL or MapLibre is missing.

let server: Served;
let browser: Browser;
const story = builtStory();
const geo = builtGeography();
/** The MapLibre chunk as the build names it. */
const GL_CHUNK = /\/assets\/controller-[^/]*\.js$/;
/** MapLibre's worker script, a file of its own beside our assets. */
const GL_WORKER = /\/assets\/maplibre-gl-csp-worker-[^/]*\.js$/;
/** What a failed request logs; the page itself must log nothing else. */
const FAILED_LOAD = /Failed to load resource/;

servedAndLaunched((s, b) => {
  server = s;
  browser = b;
});

/** The SVG map is on screen and live: a prerendered page shows it before the script takes it over. */
async function svgDrawn(page: Page): Promise<void> {
  await page
    .locator('[data-testid="svg-map"] path[data-layer="province"]')
    .first()
    .waitFor({ state: 'attached' });
  await page.waitForFunction(() => !!window.northAtlasSvgMap, undefined, { timeout: 20000 });
}

/** Page coordinates of a lon/lat on the SVG map. */
async function svgPoint(page: Page, lonlat: LonLat): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const box = document.querySelector('[data-testid="svg-map"]')!.getBoundingClientRect();
    const p = window.northAtlasSvgMap!.project(ll);
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonlat);
}

async function listed(page: Page) {
  const passages = await page
    .locator('.place-reading > ol.passages > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-passage')));
  const quotes = await page
    .locator('.place-reading > section.quotes > figure')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote')));
  return { passages, quotes };
}

/** The district of a province the story names most: real content behind a second click. */
function busiestDistrict(province: string): string {
  return geo.districts
    .filter((d) => geo.places.get(d)?.province === province)
    .map((d) => ({ d, n: story.places[d]?.passages.length ?? 0 }))
    .sort((a, b) => b.n - a.n)[0]!.d;
}

/** A reader's round on the SVG map alone: hover, a province, then one of its districts. */
async function readOnTheSvgMap(page: Page): Promise<void> {
  const kunduz = geo.places.get('AF19')!;
  const zoomBefore = await page.evaluate(() => window.northAtlasSvgMap!.camera().zoom);
  const at = await svgPoint(page, kunduz.label);
  await page.mouse.move(at.x, at.y);
  await page.locator('[data-testid="svg-map"] .map-tooltip').filter({ hasText: kunduz.name_en }).waitFor();
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => location.hash === '#/place/AF19');
  await page.getByRole('heading', { level: 2, name: /Kunduz/ }).waitFor();
  assert.deepEqual(await listed(page), story.places.AF19 ?? { passages: [], quotes: [] });
  const zoomAfter = await page.evaluate(() => window.northAtlasSvgMap!.camera().zoom);
  assert.ok(zoomAfter > zoomBefore, 'the camera fits the selected province');

  const district = busiestDistrict('AF19');
  const dp = await svgPoint(page, geo.places.get(district)!.label);
  await page.mouse.click(dp.x, dp.y);
  await page.waitForFunction((d) => location.hash === `#/place/${d}`, district);
  await page
    .getByRole('heading', { level: 2, name: new RegExp(geo.places.get(district)!.name_en) })
    .waitFor();
  const outline = await page
    .locator(`[data-testid="svg-map"] path[stroke="${theme.selectedLine}"][stroke-width="3"]`)
    .getAttribute('d');
  const shape = await page
    .locator(`[data-testid="svg-map"] path[data-place="${district}"]`)
    .getAttribute('d');
  assert.ok(outline && outline === shape, 'the selected district is outlined');
  assert.equal(await page.locator('.map-view').getAttribute('data-renderer'), 'svg');
}

test('without WebGL the SVG map stays, says so briefly, and the map and panel work', async () => {
  const noGl = await launch({ webgl: false });
  try {
    const { page, context, foreign, errors } = await open(noGl, server.origin);
    await svgDrawn(page);
    await wakeGlMap(page);
    await page.locator('.map-notice').filter({ hasText: /WebGL/ }).waitFor();
    await readOnTheSvgMap(page);
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await noGl.close();
  }
});

test('with the MapLibre chunk blocked the SVG map stays and everything works', async () => {
  const { page, context, foreign, errors } = await open(browser, server.origin, '/', { block: GL_CHUNK });
  await svgDrawn(page);
  await wakeGlMap(page);
  await page
    .locator('.map-notice')
    .filter({ hasText: /could not be loaded/ })
    .waitFor();
  await readOnTheSvgMap(page);
  assert.deepEqual(foreign, []);
  assert.deepEqual(
    errors.filter((e) => !FAILED_LOAD.test(e)),
    [],
  );
  await context.close();
});

test('with the MapLibre worker script blocked the SVG map stays, says why, and everything works', async () => {
  const { page, context, foreign, errors } = await open(browser, server.origin, '/', { block: GL_WORKER });
  await svgDrawn(page);
  await wakeGlMap(page);
  await page
    .locator('.map-notice')
    .filter({ hasText: "Simple map shown: the full map's worker script could not be loaded." })
    .waitFor();
  await readOnTheSvgMap(page);
  assert.equal(await page.locator('[data-testid="map"] canvas').count(), 0, 'the stalled GL map is gone');
  assert.deepEqual(foreign, []);
  assert.deepEqual(
    errors.filter((e) => !FAILED_LOAD.test(e)),
    [],
  );
  await context.close();
});

test('a map data file that parses but is damaged: a clear message, the story text and its places', async () => {
  // The right keys around empty objects, and no arcs: what a truncated pipeline run could leave.
  const body = JSON.stringify({
    type: 'Topology',
    objects: { provinces: {}, districts: {}, context: {}, afghanistan: {}, neighbours: {} },
  });
  const { page, context, errors } = await open(browser, server.origin, '/', {
    answer: { url: /\/data\/north\.topo\.json$/, body },
  });
  await page
    .getByRole('alert')
    .filter({
      hasText: 'The map data could not be read. (data/north.topo.json: arcs: missing)',
    })
    .waitFor();
  assert.equal(await page.locator('.loading').count(), 0, 'no "Loading…" left on the page');
  // The story reads without the map: its whole text is open, and its places are listed by name.
  const first = story.passages[0]!;
  await page.locator(`.whole-story [data-passage="${first.id}"]`).waitFor();
  await page.getByRole('button', { name: 'Places' }).click();
  const named = page.getByTestId('places-without-map');
  await named.waitFor();
  const kunduz = story.mentions.find((m) => m.place === 'AF19')!;
  assert.match(await named.innerText(), new RegExp(`${kunduz.text} \\d+ passages?`));
  assert.deepEqual(errors, []);
  await context.close();
});

test('MapLibre is not fetched until the reader reaches for the map', async () => {
  const { page, context } = await open(browser, server.origin);
  await svgDrawn(page);
  // A click in the place list is reading, not reaching for the map.
  await page.locator('.place-nav [data-place="AF18"]').click();
  await page.waitForFunction(() => location.hash === '#/place/AF18');
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/controller-/.test(e.name)));
  assert.equal(await fetched(), false);
  await mapIdle(page);
  assert.equal(await fetched(), true);
  await context.close();
});

test('the swap to MapLibre keeps the selection and the view, then MapLibre takes the clicks', async () => {
  const { page, context, errors } = await open(browser, server.origin);
  await svgDrawn(page);
  const takhar = geo.places.get('AF18')!;
  // Selected on the SVG map, before MapLibre exists.
  const at = await svgPoint(page, takhar.label);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => location.hash === '#/place/AF18');
  const district = busiestDistrict('AF18');
  const probes: LonLat[] = [takhar.label, geo.places.get(district)!.label, [geo.bbox[0], geo.bbox[3]]];
  const svgView = await page.evaluate(
    (pts) => ({
      camera: window.northAtlasSvgMap!.camera(),
      points: pts.map((p) => window.northAtlasSvgMap!.project(p)),
    }),
    probes,
  );
  await mapIdle(page);
  assert.equal(await page.locator('.map-view').getAttribute('data-renderer'), 'gl');
  assert.equal(await page.locator('[data-testid="svg-map"]').isVisible(), false, 'the SVG has faded out');
  const glView = await page.evaluate(
    (pts) => ({
      selected: window.northAtlasMap!.stateOf('AF18').selected,
      center: window.northAtlasMap!.center(),
      points: pts.map((p) => window.northAtlasMap!.project(p)),
    }),
    probes,
  );
  assert.equal(glView.selected, true, 'MapLibre shows the selection made on the SVG map');
  svgView.points.forEach((p, i) => {
    const q = glView.points[i]!;
    assert.ok(
      Math.hypot(p.x - q.x, p.y - q.y) < 0.5,
      `point ${i} moved from ${JSON.stringify(p)} to ${JSON.stringify(q)}`,
    );
  });
  assert.ok(Math.abs(glView.center[0] - svgView.camera.center[0]) < 1e-6);
  assert.ok(Math.abs(glView.center[1] - svgView.camera.center[1]) < 1e-6);

  const dp = await screenPoint(page, geo.places.get(district)!.label);
  await page.mouse.click(dp.x, dp.y);
  await page.waitForFunction((d) => location.hash === `#/place/${d}`, district);
  assert.equal(await page.evaluate((d) => window.northAtlasMap!.stateOf(d).selected, district), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('print shows the map as SVG with the selected passages and quotes, on A4 and on Letter', async () => {
  const { page, context } = await open(browser, server.origin, '/#/place/AF19');
  // The harder case: MapLibre on screen, whose canvas does not print.
  await mapIdle(page);
  await page.emulateMedia({ media: 'print' });
  const want = story.places.AF19 ?? { passages: [], quotes: [] };
  assert.ok(want.passages.length > 0, 'the story names Kunduz');
  for (const id of want.passages)
    assert.ok(
      await page.locator(`.place-reading li[data-passage="${id}"]`).isVisible(),
      `passage ${id} prints`,
    );
  for (const id of want.quotes)
    assert.ok(
      await page.locator(`.place-reading figure[data-quote="${id}"]`).isVisible(),
      `quote ${id} prints`,
    );
  assert.ok(await page.locator('[data-testid="svg-map"] svg').isVisible(), 'the SVG map prints');
  for (const hidden of [
    '[data-testid="map"]',
    '.place-nav',
    '.map-actions',
    '.panel-tabs',
    '.language-switch',
  ])
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} does not print`);

  for (const [format, widthMm] of [
    ['A4', 210],
    ['Letter', 215.9],
  ] as const) {
    // The page box less the 12 mm margins of print.css, in CSS px: nothing may run wider.
    const width = Math.floor(((widthMm - 24) * 96) / 25.4);
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      map: document.querySelector('[data-testid="svg-map"] svg')!.getBoundingClientRect().right,
    }));
    assert.ok(overflow.page <= 0, `${format}: the page is ${overflow.page}px too wide`);
    assert.ok(overflow.map <= width, `${format}: the map ends at ${overflow.map}px of ${width}`);
    const pdf = await page.pdf({ format });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', `${format}: a PDF`);
  }
  await context.close();
});

test('"Download image" gives a PNG of the view, at the promised size, with the map in it', async () => {
  const { page, context, foreign } = await open(browser, server.origin);
  await svgDrawn(page);
  // The map's box in whole CSS px, as the browser lays it out.
  const box = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="svg-map"]')!;
    return { width: el.clientWidth, height: el.clientHeight };
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download image' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^north-atlas-.*\.png$/);
  const png = readFileSync((await download.path())!);
  assert.deepEqual(
    [...png.subarray(0, 8)],
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    'PNG signature',
  );
  assert.equal(png.subarray(12, 16).toString(), 'IHDR');
  const want = imageSize({ width: box.width, height: box.height });
  assert.deepEqual({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, want);

  // The picture is the map: below Kunduz's name, the province has its share colour.
  const kunduz = geo.places.get('AF19')!;
  const share = (story.places.AF19?.passages.length ?? 0) / story.passages.length;
  const p = await page.evaluate((ll) => window.northAtlasSvgMap!.project(ll), kunduz.label);
  const colour = await page.evaluate(
    async ({ bytes, x, y }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(x - 4, y - 4, 9, 9).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const hex = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
        counts.set(hex, (counts.get(hex) ?? 0) + 1);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    },
    // 18 px below the label's centre: clear of the text.
    {
      bytes: [...png],
      x: Math.round(p.x * EXPORT_SCALE),
      y: Math.round((TITLE_BAND_PX + p.y + 18) * EXPORT_SCALE),
    },
  );
  assert.equal(colour, shareColour(share));
  assert.deepEqual(foreign, []);
  await context.close();
});
