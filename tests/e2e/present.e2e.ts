import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, mapIdle, open, type Served, servedAndLaunched } from './harness.ts';
import { builtGeography, builtStory } from './data.ts';
import { buildTour, type Stop } from '../../src/state/tour.ts';
import { englishForPresenter } from '../../src/i18n/en-presenter.ts';
import { translator } from '../../src/i18n/translate.ts';
import { notesText } from '../../src/ui/stop-label.ts';

// Presenting: the tour's keys, the blank screen, the presenter window kept in sync, projector-sized type.
// The expected stops come from the tour generator run on the built story and map.

const PROJECTOR = { width: 1920, height: 1080 };
/** The smallest passage type a room can read from the back, at 1920×1080 (the requirement). */
const MIN_PASSAGE_PX = 28;

let server: Served;
let browser: Browser;
const story = builtStory();
const geo = builtGeography();
const stops = buildTour(story, geo.places).stops;

servedAndLaunched((s, b) => {
  server = s;
  browser = b;
});
before(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  assert.ok(stops.length >= 5, 'the default story makes a tour worth stepping through');
  assert.ok(
    stops.some((s) => s.quotes.length > 0),
    'the tour has quotation stops',
  );
});

/** Waits until the audience screen shows stop `i` (0-based): the counter, the stop, its place on the map. */
async function showsStop(page: Page, i: number): Promise<Stop> {
  const stop = stops[i];
  assert.ok(stop, `stop ${i}`);
  await page
    .getByTestId('present-count')
    .filter({ hasText: `${i + 1} / ${stops.length}` })
    .waitFor();
  await page.locator(`[data-testid="present-stop"] article[data-stop="${stop.id}"]`).waitFor();
  await page.waitForFunction((id) => window.northAtlasMap?.stateOf(id).selected === true, stop.place, {
    timeout: 5000,
  });
  return stop;
}

/** The text the room reads at a stop: its quotations, else its passage. */
async function assertStopText(page: Page, stop: Stop): Promise<void> {
  const pane = page.getByTestId('present-stop');
  if (stop.quotes.length > 0) {
    for (const q of stop.quotes) {
      const want = story.quotes.find((x) => x.id === q)!.text;
      const got = await pane.locator(`[data-quote="${q}"] blockquote`).innerText();
      assert.equal(got.trim(), want.trim(), `quote ${q}`);
    }
    assert.equal(await pane.locator('[data-passage]').count(), 0, 'a quotation stop shows no passage');
  } else {
    const want = story.passages.find((p) => p.id === stop.passage)!.text;
    const got = await pane.locator(`[data-passage="${stop.passage}"]`).innerText();
    assert.equal(
      got.replace(/\s+/g, ' ').trim(),
      want.replace(/\s+/g, ' ').trim(),
      `passage ${stop.passage}`,
    );
  }
}

async function present(page: Page): Promise<void> {
  await page.locator('.app[data-presenting]').waitFor();
  await mapIdle(page);
}

test('keys step through every stop, and the map and the text follow; back keys, Home, End and a number jump', async () => {
  const { page, context, errors, foreign } = await open(browser, server.origin, '/?present', {
    viewport: PROJECTOR,
  });
  await present(page);
  await assertStopText(page, await showsStop(page, 0));
  const forward = ['ArrowRight', ' ', 'PageDown'];
  for (let i = 1; i < stops.length; i++) {
    await page.keyboard.press(forward[i % forward.length]!);
    const stop = await showsStop(page, i);
    await assertStopText(page, stop);
    // The address is written just after the stop is drawn: a loaded machine may read it a moment early.
    const hash = `#/place/${stop.place}`;
    await page.waitForFunction((h) => location.hash === h, hash, { timeout: 5000 }).catch(() => undefined);
    assert.equal(await page.evaluate(() => location.hash), hash, 'the address follows the map');
    // The rest of the map is veiled: another province, or this one's neighbour, is dimmed.
    const other = geo.provinces.find((p) => p !== stop.place && p !== geo.places.get(stop.place)?.province);
    if (other) {
      assert.equal(await page.evaluate((id) => window.northAtlasMap!.stateOf(id).dim, other), true);
    }
  }
  // Past the end nothing moves.
  await page.keyboard.press('ArrowRight');
  await showsStop(page, stops.length - 1);
  await page.keyboard.press('ArrowLeft');
  await showsStop(page, stops.length - 2);
  await page.keyboard.press('PageUp');
  await showsStop(page, stops.length - 3);
  await page.keyboard.press('Home');
  await showsStop(page, 0);
  await page.keyboard.press('End');
  await showsStop(page, stops.length - 1);
  const n = Math.min(5, stops.length);
  await page.keyboard.type(String(n));
  await page
    .getByTestId('present-digits')
    .filter({ hasText: `Go to stop ${n}` })
    .waitFor();
  await page.keyboard.press('Enter');
  const jumped = await showsStop(page, n - 1);
  await assertStopText(page, jumped);
  assert.equal(await page.getByTestId('present-digits').innerText(), '');
  const bar = page.getByRole('progressbar', { name: 'Tour progress' });
  assert.equal(await bar.getAttribute('aria-valuenow'), String(n));
  assert.equal(await bar.getAttribute('aria-valuetext'), `Stop ${n} of ${stops.length}`);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('B and "." blank the screen to black and back; Esc leaves the presentation for the reader', async () => {
  const { page, context } = await open(browser, server.origin, '/?present', { viewport: PROJECTOR });
  await present(page);
  await page.keyboard.press('ArrowRight');
  const stop = await showsStop(page, 1);
  for (const key of ['b', '.']) {
    await page.keyboard.press(key);
    const blank = page.getByTestId('present-blank');
    await blank.waitFor();
    const cover = await blank.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return {
        colour: getComputedStyle(el).backgroundColor,
        full: r.left <= 0 && r.top <= 0 && r.right >= innerWidth && r.bottom >= innerHeight,
        onTop: top === el,
      };
    });
    assert.deepEqual(cover, { colour: 'rgb(0, 0, 0)', full: true, onTop: true }, `${key} blanks`);
    await page.getByTestId('present-status').filter({ hasText: 'Screen blanked' }).waitFor();
    await page.keyboard.press(key);
    await blank.waitFor({ state: 'detached' });
    await showsStop(page, 1);
  }
  await page.keyboard.press('Escape');
  await page.locator('.app:not([data-presenting])').waitFor();
  await page.locator('.masthead').waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('present-stop').count(), 0);
  // The reader opens where the show stopped, and Esc went to the presentation, not to clearing the place.
  assert.equal(await page.evaluate(() => location.hash), `#/place/${stop.place}`);
  assert.equal(await page.evaluate(() => location.search), '', 'a reload stays in the reader');
  await context.close();
});

test('the Present button presents (full screen or not), and its presenter button opens the presenter window', async () => {
  const { page, context } = await open(browser, server.origin, '/', { viewport: PROJECTOR });
  await mapIdle(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await present(page);
  await showsStop(page, 0);
  assert.equal(await page.evaluate(() => location.search), '?present', 'a reload keeps presenting');
  assert.equal(await page.locator('.masthead').isVisible(), false, 'the reader’s chrome is hidden');
  assert.equal(await page.locator('.place-nav').isVisible(), false);
  const map = await page.getByTestId('map').boundingBox();
  assert.ok(map && map.width > PROJECTOR.width * 0.55, `the map is large (${map?.width}px wide)`);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: /Presenter view/ }).click(),
  ]);
  await presenter.waitForLoadState();
  await presenter.getByRole('heading', { level: 2, name: /^Now: / }).waitFor();
  assert.match(new URL(presenter.url()).pathname, /presenter\.html$/);
  // And the presenter view opens an audience window of its own, presenting where the show is.
  await presenter.keyboard.press('ArrowRight');
  await showsStop(page, 1);
  const [second] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByRole('button', { name: 'Open the audience window' }).click(),
  ]);
  await present(second);
  await showsStop(second, 1);
  await context.close();
});

/** The presenter window is at stop `i`: its heading, its notes, its counter. */
async function presenterShows(page: Page, i: number): Promise<void> {
  const stop = stops[i]!;
  await page.locator(`.presenter-current article[data-stop="${stop.id}"]`).waitFor();
  await page
    .getByTestId('present-count')
    .filter({ hasText: `${i + 1} / ${stops.length}` })
    .waitFor();
  const notes = notesText(stop.notes, geo.places, 'en', translator(englishForPresenter));
  assert.equal((await page.getByTestId('presenter-notes').innerText()).trim(), notes.trim());
}

test('the presenter and audience windows stay in sync both ways, whichever drives', async () => {
  const { page: audience, context } = await open(browser, server.origin, '/?present', {
    viewport: PROJECTOR,
  });
  await present(audience);
  // The audience has moved on before the presenter view opens: it joins where the show is.
  await audience.keyboard.press('ArrowRight');
  await showsStop(audience, 1);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto(`${server.origin}/presenter.html`);
  await presenterShows(presenter, 1);
  assert.match(await presenter.locator('[role="timer"]').innerText(), /^\d+:\d\d$/);

  // Presenter drives: keys, then a stop from the list.
  await presenter.keyboard.press('ArrowRight');
  await presenterShows(presenter, 2);
  await showsStop(audience, 2);
  const next = stops[3];
  if (next) {
    const nextTitle = await presenter.locator(`.presenter-next[data-stop="${next.id}"] h2`).innerText();
    assert.match(nextTitle, /^Next: /);
  }
  await presenter.locator('.presenter-stops li').nth(4).getByRole('button').click();
  await showsStop(audience, 4);
  await presenter.keyboard.press('b');
  await audience.getByTestId('present-blank').waitFor();
  await presenter.getByRole('button', { name: /Blank the screen/, pressed: true }).waitFor();

  // Audience drives.
  await audience.keyboard.press('b');
  await audience.getByTestId('present-blank').waitFor({ state: 'detached' });
  await presenter.getByRole('button', { name: /Blank the screen/, pressed: false }).waitFor();
  await audience.keyboard.press('End');
  await presenterShows(presenter, stops.length - 1);
  await audience.keyboard.press('Home');
  await presenterShows(presenter, 0);
  await context.close();
});

test('with reduced motion the camera cuts to each stop and the interface does not animate', async () => {
  const { page, context } = await open(browser, server.origin, '/?present', {
    viewport: PROJECTOR,
    reducedMotion: 'reduce',
  });
  await present(page);
  // Steps that move the camera: to a stop at another place than the one before.
  const moves = stops.flatMap((s, i) => (i > 0 && s.place !== stops[i - 1]!.place ? [i] : [])).slice(0, 3);
  assert.ok(moves.length > 0);
  for (const i of moves) {
    await page.keyboard.type(String(i));
    await page.keyboard.press('Enter');
    await showsStop(page, i - 1);
    await mapIdle(page);
    await page.keyboard.press('ArrowRight');
    // Read the camera at the frame the step is drawn in (maps draw at the next frame): a flight would be
    // one frame from its start there, a cut already at its end.
    const now = await page.evaluate(
      () =>
        new Promise<[number, number]>((done) =>
          requestAnimationFrame(() => done(window.northAtlasMap!.center())),
        ),
    );
    await showsStop(page, i);
    await mapIdle(page);
    const settled = await page.evaluate(() => window.northAtlasMap!.center());
    assert.ok(
      Math.abs(now[0] - settled[0]) < 1e-6 && Math.abs(now[1] - settled[1]) < 1e-6,
      `stop ${i + 1}: the camera was already there (${now} vs ${settled})`,
    );
  }
  const fill = await page
    .locator('.present-bar-fill')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(fill, '0s', 'the progress bar does not animate');
  await context.close();

  // Without the preference the bar does animate: the check above is not vacuous.
  const moving = await open(browser, server.origin, '/?present', {
    viewport: PROJECTOR,
    reducedMotion: 'no-preference',
  });
  await moving.page.locator('.present-bar-fill').waitFor();
  const animated = await moving.page
    .locator('.present-bar-fill')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.notEqual(animated, '0s');
  await moving.context.close();
});

test('projector type: passages and quotations at least 28 px at 1920×1080', async () => {
  const { page, context } = await open(browser, server.origin, '/?present', { viewport: PROJECTOR });
  await present(page);
  const firstPassage = stops.findIndex((s) => s.quotes.length === 0 && s.passage !== null);
  const firstQuote = stops.findIndex((s) => s.quotes.length > 0);
  for (const i of [firstPassage, firstQuote]) {
    await page.keyboard.type(String(i + 1));
    await page.keyboard.press('Enter');
    await showsStop(page, i);
    const selector = stops[i]!.quotes.length > 0 ? 'blockquote' : '.passage-text';
    const px = await page
      .getByTestId('present-stop')
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(px >= MIN_PASSAGE_PX, `${selector} is ${px}px`);
    // The map and the stop fill the screen above the progress bar: nothing blank above them.
    for (const part of ['.map-area', '[data-testid="present-stop"]']) {
      const box = (await page.locator(part).boundingBox())!;
      assert.ok(box.y < 1 && box.height > PROJECTOR.height * 0.85, `${part} at ${box.y}+${box.height}px`);
    }
    await mapIdle(page);
    await page.screenshot({ path: join(ARTIFACTS, i === firstQuote ? 'present-quote.png' : 'present.png') });
  }
  await context.close();
});

test('axe-core finds no violations in presentation mode or in the presenter view', async () => {
  const { page, context } = await open(browser, server.origin, '/?present', { viewport: PROJECTOR });
  await present(page);
  const firstQuote = stops.findIndex((s) => s.quotes.length > 0);
  for (const i of [0, firstQuote]) {
    await page.keyboard.type(String(i + 1));
    await page.keyboard.press('Enter');
    await showsStop(page, i);
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      `axe on the audience screen at stop ${i + 1}`,
    );
  }
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto(`${server.origin}/presenter.html`);
  await presenterShows(presenter, firstQuote);
  const results = await new AxeBuilder({ page: presenter }).analyze();
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    'axe on the presenter view',
  );
  await presenter.screenshot({ path: join(ARTIFACTS, 'presenter.png') });
  await context.close();
});
