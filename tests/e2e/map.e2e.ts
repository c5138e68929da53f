import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DIST, mapIdle, open, reachFor, screenPoint, type Served, servedAndLaunched } from './harness.ts';
import { builtGeography } from './data.ts';

// Foundation: the built app draws the northern provinces with MapLibre from the pipeline's topology.

let server: Served;
let browser: Browser;
servedAndLaunched((s, b) => {
  server = s;
  browser = b;
});

test('the map reaches idle and a click on Kunduz lands on AF19, all from our own origin', async () => {
  const geo = builtGeography();
  const kunduz = geo.places.get('AF19');
  assert.ok(kunduz, 'AF19 in the topology');
  const { page, context, foreign, errors } = await open(browser, server.origin);
  await mapIdle(page);
  const pt = await screenPoint(page, kunduz.label);
  const hits = await page.evaluate(({ x, y }) => {
    const box = document.querySelector('[data-testid="map"] canvas')!.getBoundingClientRect();
    return window.northAtlasMap!.featuresAt(x - box.left, y - box.top);
  }, pt);
  assert.ok(
    hits.some((h) => h.id === 'AF19' && h.layer === 'provinces-fill'),
    `Kunduz's label point should hit AF19, got ${JSON.stringify(hits)}`,
  );
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction(() => location.hash === '#/place/AF19');
  const attribution = await page.locator('.attribution').innerText();
  assert.match(attribution, /AGCHO \/ OCHA \(CC BY-IGO 3\.0\)/);
  assert.match(attribution, /Natural Earth/);
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
  assert.deepEqual(errors, [], 'no console errors');
  await context.close();
});

test('MapLibre is a chunk of its own, loaded after the first script', async () => {
  const { page, context } = await open(browser, server.origin);
  const entry = await page.evaluate(
    () => (document.querySelector('script[type="module"]') as HTMLScriptElement).src,
  );
  const source = await (await fetch(entry)).text();
  // MapLibre's code names its DOM classes "maplibregl-…"; none of that may be in the entry chunk.
  assert.ok(!source.includes('maplibregl'), 'the entry chunk holds no MapLibre code');
  await mapIdle(page);
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
  assert.ok(
    scripts.some((n) => n !== entry),
    'a second chunk (the map) was loaded on demand',
  );
  await context.close();
});

test('map labels never overprint one another, on the SVG and the GL map, in a narrow embed and on a phone', async () => {
  /** The boxes of the labels on screen, as the browser lays them out. */
  const boxes = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none')
        .map((el) => {
          const b = el.getBoundingClientRect();
          return { id: el.getAttribute('data-place'), l: b.left, t: b.top, r: b.right, b: b.bottom };
        }),
    );
  for (const [path, viewport] of [
    ['/embed.html', { width: 320, height: 560 }],
    ['/', { width: 375, height: 740 }],
  ] as const) {
    const { page, context } = await open(browser, server.origin, path, { viewport });
    await page.locator('[data-testid="svg-map"] text').first().waitFor({ state: 'attached' });
    const svg = await boxes(page, '[data-testid="svg-map"] text[data-place]');
    await mapIdle(page);
    const gl = await boxes(page, '.map-label');
    for (const [map, labels] of [
      ['SVG', svg],
      ['GL', gl],
    ] as const) {
      assert.ok(labels.length >= 3, `${map} map at ${viewport.width}px shows labels: ${labels.length}`);
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1))
          assert.ok(
            a.r <= b.l || b.r <= a.l || a.b <= b.t || b.b <= a.t,
            `${map} map at ${viewport.width}px: ${a.id} and ${b.id} overlap`,
          );
    }
    await context.close();
  }
});

/** Waits until the GL map draws `id` selected, its province lit and another dimmed (read from MapLibre). */
async function drawnSelected(page: Page, id: string, province: string, other: string): Promise<void> {
  await page.waitForFunction(
    ({ id, province, other }) => {
      const map = window.northAtlasMap;
      if (!map?.loaded()) return false;
      return (
        map.stateOf(id).selected === true &&
        map.stateOf(province).dim === false &&
        map.stateOf(other).dim === true
      );
    },
    { id, province, other },
    { timeout: 10000 },
  );
}

/** A district of Kunduz the story names, Kunduz, and another province: the test's selection and what it dims. */
function kunduzDistrict(): [string, string, string] {
  const geo = builtGeography();
  const district = geo.districts.find(
    (id) => geo.places.get(id)?.province === 'AF19' && existsSync(join(DIST, 'data/places', `${id}.json`)),
  );
  assert.ok(district, 'a district of Kunduz the story names');
  return [district, 'AF19', 'AF18'];
}

test('a selected district stays drawn selected through a switch to Dari and MapLibre loading its style again', async () => {
  const [district, province, other] = kunduzDistrict();
  const { page, context, errors } = await open(browser, server.origin, `/#/place/${district}`);
  await mapIdle(page);
  await drawnSelected(page, district, province, other);
  await page.getByRole('button', { name: /دری/ }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await drawnSelected(page, district, province, other);
  // What MapLibre does when a lost WebGL context is restored: the whole style again, new sources without
  // feature-states. The selection, the dimming and the shares must be written into them again.
  const reloading = await page.evaluate(() => {
    window.northAtlasMap!.reloadStyle();
    return !window.northAtlasMap!.loaded();
  });
  assert.ok(reloading, 'the style is being loaded again');
  await drawnSelected(page, district, province, other);
  const share = await page.evaluate((id) => window.northAtlasMap!.stateOf(id).share, province);
  assert.ok(typeof share === 'number' && share > 0, `${province} still coloured by its share: ${share}`);
  // And the next selection is drawn into the new sources, the last one unset there.
  await page.evaluate((id) => (location.hash = `#/place/${id}`), other);
  await drawnSelected(page, other, other, province);
  assert.equal(await page.evaluate((id) => window.northAtlasMap!.stateOf(id).selected, district), false);
  assert.deepEqual(errors, [], 'no console errors');
  await context.close();
});

test('an embed’s selected district stays drawn selected when the host’s colour scheme changes', async () => {
  const [district, province, other] = kunduzDistrict();
  const context = await browser.newContext({
    viewport: { width: 900, height: 700 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${server.origin}/embed.html?theme=auto&place=${district}`);
  await reachFor(page);
  await mapIdle(page);
  await drawnSelected(page, district, province, other);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await drawnSelected(page, district, province, other);
  await context.close();
});
