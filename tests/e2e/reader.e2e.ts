import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, mapIdle, open, screenPoint, type Served, servedAndLaunched } from './harness.ts';
import { builtGeography, builtStory } from './data.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// The reader: click a place, read what the story says about it, and follow the text back to the map.

let server: Served;
let browser: Browser;
const story = builtStory();
const geo = builtGeography();

servedAndLaunched((s, b) => {
  server = s;
  browser = b;
});
before(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

async function listed(page: Page, scope = '.place-reading > ') {
  const passages = await page
    .locator(`${scope}ol.passages > li`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-passage')));
  const quotes = await page
    .locator(`${scope}section.quotes > figure`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote')));
  return { passages, quotes };
}

async function clickPlace(page: Page, id: string) {
  const place = geo.places.get(id);
  assert.ok(place, id);
  const pt = await screenPoint(page, place.label);
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction((want) => location.hash === `#/place/${want}`, id);
}

test('clicking each province on the canvas lists exactly its passages and quotes', async () => {
  const { page, context, foreign } = await open(browser, server.origin);
  await mapIdle(page);
  for (const id of geo.provinces) {
    // Start from the whole region each time, as a reader arriving at the page would.
    await page.keyboard.press('Escape');
    await mapIdle(page);
    await clickPlace(page, id);
    await mapIdle(page);
    const want = story.places[id] ?? { passages: [], quotes: [] };
    const got = await listed(page);
    assert.deepEqual(got.passages, want.passages, `${id} passages`);
    assert.deepEqual(got.quotes, want.quotes, `${id} quotes`);
    const state = await page.evaluate((p) => window.northAtlasMap!.stateOf(p), id);
    assert.equal(state.selected, true, `${id} is selected on the map`);
    await page
      .getByTestId('announcer')
      .filter({ hasText: geo.places.get(id)!.name_en })
      .waitFor();
  }
  await page.screenshot({ path: join(ARTIFACTS, 'desktop.png') });
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a mention in the text selects its place on the map; back and forward walk the selections', async () => {
  const first = story.mentions.find(
    (m) => geo.places.has(m.place) && geo.places.get(m.place)?.kind !== 'country',
  );
  assert.ok(first, 'the story links at least one place on the map');
  const { page, context } = await open(browser, server.origin);
  await mapIdle(page);
  await page.getByRole('button', { name: 'Whole story' }).click();
  const link = page
    .locator(`.whole-story [data-passage="${first.passage}"] a.mention[data-place="${first.place}"]`)
    .first();
  await link.click();
  await page.waitForFunction((p) => location.hash === `#/place/${p}`, first.place);
  await mapIdle(page);
  const state = await page.evaluate((p) => window.northAtlasMap!.stateOf(p), first.place);
  assert.equal(state.selected, true);
  await page
    .getByRole('heading', { level: 2, name: new RegExp(geo.places.get(first.place)!.name_en) })
    .waitFor();

  // A second selection, then back and forward.
  const other = geo.provinces.find((p) => p !== first.place && p !== geo.places.get(first.place)?.province)!;
  await page.locator(`.place-nav [data-place="${other}"]`).click();
  await page.waitForFunction((p) => location.hash === `#/place/${p}`, other);
  await page.goBack();
  await page.waitForFunction((p) => location.hash === `#/place/${p}`, first.place);
  await page.locator(`.place-nav [data-place="${first.place}"][aria-current="true"]`).waitFor();
  await page.goForward();
  await page.locator(`.place-nav [data-place="${other}"][aria-current="true"]`).waitFor();
  await context.close();
});

test('a deep link opens with the place selected, a district listing its own items then its province', async () => {
  // The district the story names most, so the test covers the district path with real content.
  const district = geo.districts
    .map((d) => ({ d, n: story.places[d]?.passages.length ?? 0 }))
    .sort((a, b) => b.n - a.n)[0]!.d;
  const { page, context } = await open(browser, server.origin, `/#/place/${district}`);
  await mapIdle(page);
  await page.locator(`.place-nav [data-place="${district}"][aria-current="true"]`).waitFor();
  const own = await listed(page);
  assert.deepEqual(own.passages, story.places[district]?.passages ?? []);
  const province = geo.places.get(district)!.province!;
  const more = await listed(page, '.parent-items > ');
  const expected = (story.places[province]?.passages ?? []).filter((p) => !own.passages.includes(p));
  assert.deepEqual(more.passages, expected);
  assert.equal(await page.evaluate((p) => window.northAtlasMap!.stateOf(p).selected, district), true);
  await context.close();
});

test('keyboard alone: from page load to a district’s passages, and Esc clears', async () => {
  const { page, context } = await open(browser, server.origin);
  await mapIdle(page);
  const kunduz = geo.places.get('AF19')!;
  // Tab until the place list is reached.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inNav = await page.evaluate(() => !!document.activeElement?.closest('.place-nav'));
    if (inNav) break;
  }
  const startId = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
  assert.ok(startId && geo.provinces.includes(startId), 'Tab reaches a province in the place list');
  // Arrow keys move between neighbouring provinces until Kunduz has focus.
  let focused = startId;
  for (let i = 0; i < 6 && focused !== kunduz.id; i++) {
    const from = geo.places.get(focused)!;
    const dx = kunduz.label[0] - from.label[0];
    const dy = kunduz.label[1] - from.label[1];
    const key =
      Math.abs(dx) > Math.abs(dy) ? (dx < 0 ? 'ArrowLeft' : 'ArrowRight') : dy > 0 ? 'ArrowUp' : 'ArrowDown';
    await page.keyboard.press(key);
    focused = (await page.evaluate(() => document.activeElement?.getAttribute('data-place'))) ?? focused;
  }
  assert.equal(focused, 'AF19', 'arrows reach Kunduz');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/place/AF19');
  await page.keyboard.press('Tab');
  const district = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
  assert.ok(district && geo.places.get(district)?.province === 'AF19', 'Tab moves into Kunduz’s districts');
  await page.keyboard.press('Enter');
  await page.waitForFunction((d) => location.hash === `#/place/${d}`, district);
  await page
    .getByRole('heading', { level: 2, name: new RegExp(geo.places.get(district)!.name_en) })
    .waitFor();
  const focusVisible = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return getComputedStyle(el).outlineStyle !== 'none';
  });
  assert.ok(focusVisible, 'focus is visible');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => location.hash === '#/');
  await page.getByTestId('announcer').filter({ hasText: 'No place selected' }).waitFor();
  await context.close();
});

test('Dari labels render right to left in Arabic script', async () => {
  const { page, context } = await open(browser, server.origin);
  await mapIdle(page);
  await page.getByRole('button', { name: /Dari/ }).click();
  // Labels are laid out in the frame after the language changes: wait for the Dari one (it fails if none comes).
  const label = page.locator('.map-label-province[data-place="AF19"][dir="rtl"]');
  await label.waitFor();
  assert.equal(await label.getAttribute('dir'), 'rtl');
  const text = await label.innerText();
  assert.equal(text, geo.places.get('AF19')!.name_da);
  assert.match(text, /[\u0600-\u06FF]/, 'Arabic script');
  await page.screenshot({ path: join(ARTIFACTS, 'dari.png') });
  await context.close();
});

test('axe-core finds no violations, with and without a selection, on desktop and mobile', async () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    const { page, context } = await open(browser, server.origin, '/#/place/AF18', { viewport });
    await mapIdle(page);
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      `axe at ${viewport.width}px`,
    );
    if (viewport.width < 500) await page.screenshot({ path: join(ARTIFACTS, 'mobile.png') });
    await context.close();
  }
});
