import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { Topology } from 'topojson-specification';
import { parseAnnotations } from '../../src/story/annotations.ts';
import type { Gazetteer } from '../../src/story/gazetteer-schema.ts';
import { ingestStory } from '../../src/story/ingest.ts';
import type { Story } from '../../src/story/schema.ts';
import { locatorFromTopology } from '../../src/story/topology-locator.ts';
import { DIST, mapIdle, open, screenPoint, type Served, servedAndLaunched } from './harness.ts';

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
  'Trucks bound for the north waited at Jabal Saraj for the pass to open.',
].join('\n\n');
/** A pin outside the four provinces: Jabal Saraj, in Parwan. */
const CONTEXT_PIN = 'pin-jabal-saraj';

function pinnedStory(): Story {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8'));
  const gazetteer = read('gazetteer.json') as Gazetteer;
  const annotations = parseAnnotations(
    {
      pins: [
        { text: 'Gor Tepa', name: 'Gor Tepa', name_da: 'گور تپه', at: AT },
        { text: 'Jabal Saraj', name: 'Jabal Saraj', at: [69.24, 35.12] },
      ],
    },
    new Set(gazetteer.entries.map((e) => e.id)),
  );
  const locator = locatorFromTopology(read('north.topo.json') as Topology);
  return ingestStory(ARTICLE, gazetteer, annotations, { locator });
}

let server: Served;
let browser: Browser;
const story = pinnedStory();
const pinPassage = story.places[PIN]?.passages[0] ?? '';

servedAndLaunched((s, b) => {
  server = s;
  browser = b;
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

test('a pin outside the four provinces is read in its province, as context, and listed under no district', async () => {
  assert.equal(story.pins?.[1]?.district, null);
  const { page, context, errors } = await openPinned(`/#/place/${CONTEXT_PIN}`);
  await page
    .getByTestId('pin-where')
    .filter({ hasText: /^In Parwan province, outside the districts this map draws/ })
    .waitFor();
  // The northern pin is listed under its district once the list is drawn; the other under none.
  await page
    .locator(`.place-nav li:has(> a[data-place="AF1902"]) a[data-place="${PIN}"]`)
    .waitFor({ state: 'attached' });
  assert.equal(await page.locator(`.place-nav a[data-place="${CONTEXT_PIN}"]`).count(), 0);
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

// Pinning on the studio's map: the engine proposes "the village of Gor Tepa" as a place to pin; the author
// chooses it and clicks the map, or moves the crosshair with the arrow keys and presses Enter.

const TO_PIN_ARTICLE = [
  'Night Raid West Of The City',
  'Fighting spread across Kunduz province this week, officials said.',
  'Gunmen burned the school in the village of Gor Tepa on Tuesday night, elders said.',
].join('\n\n');

async function studioProposing() {
  const watched = await open(browser, server.origin, '/studio.html');
  const { page } = watched;
  await page.getByTestId('news').filter({ hasNotText: 'Loading the place list' }).waitFor();
  await page.getByLabel('Article text').fill(TO_PIN_ARTICLE);
  const proposal = page.getByTestId('places-to-pin').getByRole('button', { name: 'Pin “Gor Tepa”' });
  await proposal.waitFor();
  return { ...watched, proposal };
}

/** Where the studio's map draws a point, in the page. */
async function pinMapPoint(page: Page, lonlat: [number, number]) {
  return page.evaluate((ll) => {
    const drawing = document.querySelector('[data-testid="pin-map"] .pin-map-drawing');
    const p = window.northAtlasSvgMap?.project(ll);
    if (!drawing || !p) throw new Error('the pin map is not drawn');
    const box = drawing.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonlat);
}

/** The point the form holds, [lon, lat], from its Coordinates field ("lat, lon"). */
async function typedAt(page: Page): Promise<[number, number]> {
  const value = await page.getByTestId('pin-form').getByLabel('Coordinates').inputValue();
  const [lat = NaN, lon = NaN] = value.split(',').map(Number);
  return [lon, lat];
}

const near = (a: [number, number], b: [number, number], deg: number) =>
  Math.abs(a[0] - b[0]) <= deg && Math.abs(a[1] - b[1]) <= deg;

test('studio: the engine proposes a place to pin; a click on the map places it, the district says where', async () => {
  const { page, context, errors, foreign, proposal } = await studioProposing();
  // The name is highlighted in the preview too, as a place to pin.
  await page.locator('.studio-preview .pv-to-pin[data-unresolved="Gor Tepa"]').waitFor();
  await proposal.click();
  const form = page.getByTestId('pin-form');
  await form.locator('.pin-map svg').waitFor();
  // A first click on the whole region lands within a few kilometres and frames the district it fell in…
  const regionZoom = await page.evaluate(() => window.northAtlasSvgMap?.camera().zoom ?? 0);
  let pt = await pinMapPoint(page, AT);
  await page.mouse.click(pt.x, pt.y);
  await form
    .getByTestId('pin-check')
    .filter({ hasText: /^Chahar Darah district, Kunduz province · \d+ km (west|south-west) of Kunduz/ })
    .waitFor();
  assert.ok(near(await typedAt(page), AT, 0.05), `first click at ${String(await typedAt(page))}`);
  // …where a second click is closer.
  await page.waitForFunction((from) => (window.northAtlasSvgMap?.camera().zoom ?? 0) > from + 1, regionZoom);
  pt = await pinMapPoint(page, AT);
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction((want) => {
    const input = [...document.querySelectorAll<HTMLInputElement>('[data-testid="pin-form"] input')].find(
      (i) => i.labels?.[0]?.textContent === 'Coordinates',
    );
    const [lat = NaN, lon = NaN] = (input?.value ?? '').split(',').map(Number);
    return Math.abs(lon - want[0]) < 0.005 && Math.abs(lat - want[1]) < 0.005;
  }, AT);
  const axe = await new AxeBuilder({ page }).include('.inspector').analyze();
  assert.deepEqual(
    axe.violations.map((v) => v.id),
    [],
    'axe, with the pin form and its map open',
  );
  await form.getByRole('button', { name: 'Pin', exact: true }).click();
  await pinnedMention(page).waitFor();
  // Pinned, it is no longer a place to pin.
  await page.getByTestId('places-to-pin').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('studio: by keyboard — choose the place to pin, move the crosshair with the arrow keys, Enter, confirm', async () => {
  const { page, context, errors, proposal } = await studioProposing();
  await proposal.focus();
  await page.keyboard.press('Enter');
  const form = page.getByTestId('pin-form');
  const map = form.getByTestId('pin-map');
  await form.locator('.pin-map svg').waitFor();
  // Tab from the form's first field to the map, as a keyboard user would.
  for (let i = 0; i < 6 && !(await map.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  assert.equal(await map.evaluate((el) => el === document.activeElement), true, 'the map takes focus');
  // The crosshair starts in the middle of the map: steps of 40 px with Shift, then of 4 px.
  const box = await map.locator('.pin-map-drawing').boundingBox();
  assert.ok(box);
  const target = await pinMapPoint(page, AT);
  const move = async (delta: number, plus: string, minus: string) => {
    const key = delta >= 0 ? plus : minus;
    const fast = Math.floor(Math.abs(delta) / 40);
    for (let i = 0; i < fast; i++) await page.keyboard.press(`Shift+${key}`);
    const slow = Math.round((Math.abs(delta) - fast * 40) / 4);
    for (let i = 0; i < slow; i++) await page.keyboard.press(key);
  };
  await move(target.x - (box.x + box.width / 2), 'ArrowRight', 'ArrowLeft');
  await move(target.y - (box.y + box.height / 2), 'ArrowDown', 'ArrowUp');
  await page.getByTestId('pin-map-aim').waitFor();
  await page.keyboard.press('Enter');
  await form
    .getByTestId('pin-check')
    .filter({ hasText: /^Chahar Darah district, Kunduz province/ })
    .waitFor();
  assert.ok(near(await typedAt(page), AT, 0.05), `placed at ${String(await typedAt(page))}`);
  // Confirm from the Coordinates field, which the map filled.
  await page.keyboard.press('Tab');
  assert.equal(
    await form.getByLabel('Coordinates').evaluate((el) => el === document.activeElement),
    true,
    'Tab goes on to the coordinates',
  );
  await page.keyboard.press('Enter');
  await pinnedMention(page).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('studio: a Dari article’s places to pin are offered in Dari, right to left, and axe finds nothing', async () => {
  const { page, context, errors } = await open(browser, server.origin, '/studio.html');
  await page.getByTestId('news').filter({ hasNotText: 'Loading the place list' }).waitFor();
  await page
    .getByLabel('Article text')
    .fill(
      ['آتش‌سوزی در چهاردره', 'شب گذشته افراد مسلح مکتب قریهٔ گورتپه را آتش زدند، بزرگان محل گفتند.'].join(
        '\n\n',
      ),
    );
  const list = page.getByTestId('places-to-pin');
  await list.getByRole('heading', { name: 'جاهایی که باید روی نقشه نشانی شوند (1)' }).waitFor();
  assert.equal(await list.getAttribute('dir'), 'rtl');
  assert.equal(await list.getAttribute('lang'), 'fa-AF');
  const axe = await new AxeBuilder({ page }).include('[data-testid="places-to-pin"]').analyze();
  assert.deepEqual(
    axe.violations.map((v) => v.id),
    [],
  );
  await list.getByRole('button', { name: '«گورتپه» را روی نقشه نشانی کنید' }).click();
  await page
    .getByTestId('inspector')
    .getByText('به نظر می‌رسد «گورتپه» نام یک قریه باشد که در فهرست جاها نیست؛ آن را روی نقشه نشانی کنید.')
    .waitFor();
  await page.getByTestId('pin-form').locator('.pin-map svg').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// A tour can stop at a pin: the editor's tour goes from the province to the village.

const touring: Story = { ...story, tour: [{ place: 'AF19' }, { place: PIN }] };

test('a tour stops at a pin: the presentation shows its passage and the map selects it', async () => {
  const { page, context, errors } = await open(browser, server.origin, '/?present', {
    answer: { url: /data\/story\.json$/, body: JSON.stringify(touring) },
  });
  const live = unexpected(errors);
  await page.locator('.app[data-presenting]').waitFor();
  await mapIdle(page);
  await page.getByTestId('present-count').filter({ hasText: '1 / 2' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('present-count').filter({ hasText: '2 / 2' }).waitFor();
  await page.waitForFunction((want) => location.hash === `#/place/${want}`, PIN);
  await page.locator(`[data-testid="present-stop"] [data-passage="${pinPassage}"]`).waitFor();
  await page.waitForFunction((id) => window.northAtlasMap?.stateOf(id).selected === true, PIN, {
    timeout: 5000,
  });
  assert.deepEqual(live.list, []);
  await context.close();
});
