import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import { parseAnnotations } from '../../src/story/annotations.ts';
import type { Gazetteer } from '../../src/story/gazetteer-schema.ts';
import { ingestStory } from '../../src/story/ingest.ts';
import type { Story } from '../../src/story/schema.ts';
import { locatorFromTopology } from '../../src/story/topology-locator.ts';
import { DIST, launch, mapIdle, open, screenPoint, serve, type Served } from './harness.ts';

// Pins in the reader: a village pinned inside Chahar Dara is read at the village, at Chahar Dara and at Kunduz
// province, and drawn on both maps. The story is made here from a short article of our own, read by the engine
// against the built gazetteer and boundaries, and served in place of the default story.

const PIN = 'pin-gor-tepa';
/** A point inside Chahar Dara (AF1902), west of Kunduz city. */
const AT: [number, number] = [68.55, 36.7];
const ARTICLE = [
  'Night Raid West Of The City',
  'Fighting spread across Kunduz province this week, officials said.',
  'Gunmen burned the school in Gor Tepa on Tuesday night, elders said.',
  'The market in Taloqan stayed open.',
].join('\n\n');

function pinnedStory(): Story {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8'));
  const gazetteer = read('gazetteer.json') as Gazetteer;
  const annotations = parseAnnotations(
    { pins: [{ text: 'Gor Tepa', name: 'Gor Tepa', name_da: 'گور تپه', at: AT }] },
    new Set(gazetteer.entries.map((e) => e.id)),
  );
  const locator = locatorFromTopology(read('north.topo.json') as Topology);
  return ingestStory(ARTICLE, gazetteer, annotations, { locator });
}

let server: Served;
let browser: Browser;
const story = pinnedStory();
const pinPassage = story.places[PIN]?.passages[0] ?? '';

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const openPinned = async (path = '/') => {
  const watched = await open(browser, server.origin, path, {
    answer: { url: /data\/story\.json$/, body: JSON.stringify(story) },
  });
  return { ...watched, errors: unexpected(watched.errors) };
};

/**
 * The page was prerendered for the default story and is served another one here: React says the prerendered
 * text does not match (error 418) and renders afresh, as it would for any story the page was not built with.
 */
const unexpected = (errors: string[]) => {
  const live = errors;
  return {
    get list() {
      return live.filter((e) => !/React error #418/.test(e));
    },
  };
};

async function passagesShown(page: Page, id: string): Promise<string[]> {
  await page.evaluate((hash) => (location.hash = hash), `#/place/${id}`);
  await page.locator(`.place-nav a[aria-current="true"][data-place="${id}"]`).waitFor({ state: 'attached' });
  return page
    .locator('.place-reading > ol.passages > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-passage') ?? ''));
}

test('the engine put the pin in Chahar Dara, and its passage only reaches the district through it', () => {
  assert.equal(story.pins?.[0]?.district, 'AF1902');
  assert.ok(pinPassage, 'the pinned passage');
  assert.ok(!story.mentions.some((m) => m.passage === pinPassage && m.place === 'AF1902'));
});

test('a passage about a pinned village is read at the village, at Chahar Dara and at Kunduz province', async () => {
  const { page, context, errors, foreign } = await openPinned(`/#/place/${PIN}`);
  await page.getByTestId('pin-where').waitFor();
  assert.match(
    await page.getByTestId('pin-where').innerText(),
    /In Chahar Darah district · \d+ km (west|south-west) of Kunduz/,
  );
  assert.deepEqual(await passagesShown(page, PIN), [pinPassage]);
  for (const id of ['AF1902', 'AF19']) {
    assert.ok((await passagesShown(page, id)).includes(pinPassage), `${id} lists the pinned passage`);
  }
  // The place list shows the pin under its district.
  const listed = page.locator('.place-nav li:has(> a[data-place="AF1902"]) a[data-place="pin-gor-tepa"]');
  assert.equal(await listed.count(), 1);
  assert.deepEqual(errors.list, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the pin is drawn on the SVG map and on the GL map, and a click on it opens its reading', async () => {
  const { page, context, errors } = await openPinned('/');
  const dot = page.locator(`[data-testid="svg-map-drawing"] circle[data-layer="pin"][data-place="${PIN}"]`);
  await dot.waitFor({ state: 'attached' });
  await mapIdle(page);
  const pt = await screenPoint(page, AT);
  const hits = await page.evaluate(({ x, y }) => {
    const box = document.querySelector('[data-testid="map"] canvas')!.getBoundingClientRect();
    return window.northAtlasMap!.featuresAt(x - box.left, y - box.top);
  }, pt);
  assert.ok(
    hits.some((h) => h.id === PIN && h.layer === 'pins'),
    JSON.stringify(hits),
  );
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction((want) => location.hash === `#/place/${want}`, PIN);
  await mapIdle(page);
  const state = await page.evaluate((id) => window.northAtlasMap!.stateOf(id), PIN);
  assert.equal(state.selected, true);
  assert.deepEqual(errors.list, []);
  await context.close();
});

test('the keyboard reaches the pin through the place list', async () => {
  const { page, context } = await openPinned('/#/place/AF1902');
  const link = page.locator(`.place-nav a[data-place="${PIN}"]`);
  await link.waitFor();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((want) => location.hash === `#/place/${want}`, PIN);
  await page.getByTestId('pin-where').waitFor();
  await context.close();
});

// The studio: pin a name the gazetteer lacks by keyboard and with the mouse, typing its coordinates.

async function studioWithArticle() {
  const watched = await open(browser, server.origin, '/studio.html');
  const { page } = watched;
  await page.getByTestId('news').filter({ hasNotText: 'Loading the place list' }).waitFor();
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.locator('.studio-preview[data-engine="idle"] .pv-mention').first().waitFor();
  return watched;
}

const pinnedMention = (page: Page) =>
  page.locator(`.studio-preview[data-engine="idle"] .pv-mention[data-place="${PIN}"]`);

test('studio: pinning by keyboard, a refused point leaves the draft unchanged, undo takes the pin back', async () => {
  const { page, context, errors } = await studioWithArticle();
  await page.getByLabel('Words to link').focus();
  await page.keyboard.type('Gor Tepa');
  await page.getByRole('button', { name: 'Pin “Gor Tepa” to a point…' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByTestId('pin-form');
  await form.getByLabel('Coordinates').focus();
  // Tajikistan: refused, with the message naming the pin, and nothing to confirm.
  await page.keyboard.type('38.00, 68.80');
  await form
    .getByTestId('pin-check')
    .filter({ hasText: '$.pins[0].at: [68.8, 38] lies in Tajikistan' })
    .waitFor();
  assert.equal(await form.getByRole('button', { name: 'Pin', exact: true }).isDisabled(), true);
  await page.keyboard.press('Enter');
  assert.equal(await pinnedMention(page).count(), 0);
  // The three forms land in the same place; the last one is confirmed with Enter.
  for (const typed of ['68.55, 36.70', '36°42′N 68°33′E', '36.7N 68.55E']) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(typed);
    await form
      .getByTestId('pin-check')
      .filter({ hasText: /^Chahar Darah district, Kunduz province · \d+ km/ })
      .waitFor();
  }
  await page.keyboard.press('Enter');
  await pinnedMention(page).waitFor();
  assert.equal(
    await pinnedMention(page)
      .innerText()
      .then((t) => t.includes('Gor Tepa')),
    true,
  );
  // Undo outside the text fields: the pin goes.
  await page.getByTestId('inspector').getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await page.waitForFunction(
    (id) => !document.querySelector(`.studio-preview[data-engine="idle"] .pv-mention[data-place="${id}"]`),
    PIN,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('studio: pinning with the mouse — select the words in the preview, type the point, click Pin', async () => {
  const { page, context, errors } = await studioWithArticle();
  const box = await page.evaluate(() => {
    const walker = document.createTreeWalker(
      document.querySelector('.studio-preview')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf('Gor Tepa') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'Gor Tepa'.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, y: r.top + r.height / 2 };
    }
    throw new Error('no "Gor Tepa" in the preview');
  });
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.y, { steps: 4 });
  await page.mouse.up();
  const form = page.getByTestId('pin-form');
  await form.getByLabel('Coordinates').click();
  await page.keyboard.type('36.70, 68.55');
  await form.getByTestId('pin-check').filter({ hasText: 'Chahar Darah district' }).waitFor();
  await form.getByRole('button', { name: 'Pin', exact: true }).click();
  await pinnedMention(page).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
