import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { mapIdle, open, reachFor, type Served, servedAndLaunched } from './harness.ts';
import { builtGeography, builtStory } from './data.ts';
import { EXPORT_SCALE, TITLE_BAND_PX } from '../../src/map/svg/png.ts';

// The reader, the embed and both windows of a presentation in Dari: every word of the interface in Dari,
// right to left, Persian digits, the reader's choice remembered, nothing for axe to find.

let server: Served;
let browser: Browser;
const story = builtStory();
const geo = builtGeography();
/** A province the story names, so its reading has passages and quotes to count. */
const PLACE = geo.provinces.reduce((a, b) =>
  (story.places[a]?.passages.length ?? 0) >= (story.places[b]?.passages.length ?? 0) ? a : b,
);

servedAndLaunched((s, b) => {
  server = s;
  browser = b;
});

/**
 * What the reader sees in Latin letters that is the interface's and not the story's: visible text nodes,
 * and the names buttons and regions give screen readers. The story's own words, the credits' proper names
 * and the language switch's "English" are marked `data-verbatim`; key caps (<kbd>Esc</kbd>) are printed so
 * on every keyboard.
 */
async function latinOffenders(page: Page): Promise<string[]> {
  // Sent as source: the test's transpiler would wrap named functions in a helper the page does not have.
  return page.evaluate<string[]>(`(() => {
    const LATIN = /[A-Za-z]/;
    const exempt = (el) => el.closest('[data-verbatim], kbd, noscript, script, style') !== null;
    const shown = (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && el.checkVisibility({ checkOpacity: true, visibilityProperty: true });
    };
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent || '';
      if (el && LATIN.test(text) && !exempt(el) && shown(el)) out.push('"' + text.trim() + '" in <' + el.localName + '>');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [aria-valuetext]')) {
      for (const attr of ['aria-label', 'title', 'aria-valuetext']) {
        const value = el.getAttribute(attr);
        if (value && LATIN.test(value) && !exempt(el)) out.push(attr + '="' + value + '" on <' + el.localName + '>');
      }
    }
    return out;
  })()`);
}

async function assertAllDari(page: Page, where: string): Promise<void> {
  // The page may be switching language still (a prerendered English page hydrates, then turns Dari).
  let offenders = await latinOffenders(page);
  for (let tries = 0; offenders.length > 0 && tries < 20; tries++) {
    await page.waitForTimeout(250);
    offenders = await latinOffenders(page);
  }
  assert.deepEqual(offenders, [], `${where}: interface text in Latin letters:\n${offenders.join('\n')}`);
}

async function rightToLeft(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.lang === 'fa-AF' && document.documentElement.dir === 'rtl',
    undefined,
    { timeout: 10000 },
  );
}

async function assertAxeClean(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `${where}: axe in Dari`);
}

test('the reader in Dari: no English left, mirrored, Persian digits, axe clean', async () => {
  const { page, context, foreign } = await open(browser, server.origin, `/?lang=da#/place/${PLACE}`);
  await rightToLeft(page);
  await page.locator('.place-nav a[data-place]').first().waitFor();
  await page.getByTestId('place-summary').waitFor();
  await mapIdle(page);
  await assertAllDari(page, 'the reader');

  // Mirrored: the place list on the right, the reading panel on the left; the map itself is not mirrored.
  const nav = await page.locator('.place-nav').boundingBox();
  const panel = await page.getByTestId('panel').boundingBox();
  assert.ok(nav && panel && panel.x < nav.x, 'the reading panel has swapped sides with the place list');
  const west = await page.evaluate((ids) => ids.map((id) => window.northAtlasMap!.project(id)), [
    geo.places.get('AF18')!.label,
    geo.places.get('AF19')!.label,
  ] as [number, number][]);
  assert.ok(west[1]!.x < west[0]!.x, 'Kunduz stays west of Takhar on the map');

  // Counts in Persian digits: the reading's summary and the place list.
  const summary = await page.getByTestId('place-summary').innerText();
  assert.match(summary, /[۰-۹]/);
  assert.doesNotMatch(summary, /[0-9]/);
  const count = await page.locator(`.place-nav a[data-place="${PLACE}"] .place-count`).innerText();
  assert.match(count, /^[۰-۹]+$/);

  // The whole story and the overview in Dari too.
  await page.getByRole('button', { name: 'همهٔ گزارش' }).click();
  await page.locator('.whole-story').waitFor();
  await assertAllDari(page, 'the whole story view');
  await assertAxeClean(page, 'the reader');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'جای‌ها' }).click();
  await page.locator('.overview').waitFor();
  await assertAllDari(page, 'the overview');

  // The embed dialog: Dari but for the code itself and the names of web technologies.
  await page.getByRole('button', { name: 'جاسازی این نقشه' }).click();
  await page.getByTestId('embed-code').waitFor();
  const TECH = /\b(HTML|AMP|amp-iframe|iframe|Ctrl\+C)\b/g;
  const dialog = (await latinOffenders(page)).filter((o) =>
    /[A-Za-z]/.test(o.replace(TECH, '').replace(/ in <\w+>$/, '')),
  );
  assert.deepEqual(dialog, [], `the embed dialog: interface text in Latin letters:\n${dialog.join('\n')}`);
  await page.keyboard.press('Escape');

  // The Dari font comes from our own origin, and only now.
  const fonts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.woff2'))
      .map((r) => r.name),
  );
  assert.ok(
    fonts.some((f) => f.startsWith(server.origin) && /vazirmatn-dari/.test(f)),
    fonts.join(' '),
  );
  assert.deepEqual(foreign, []);
  await context.close();
});

test('an English reader downloads neither the Dari catalog nor its font', async () => {
  const { page, context } = await open(browser, server.origin, '/', { locale: 'en-GB' });
  await page.locator('.place-nav a[data-place]').first().waitFor();
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.deepEqual(
    loaded.filter((u) => /\/da-[\w-]+\.js|vazirmatn|dari-font/.test(u)),
    [],
    'nothing Dari is fetched for an English reader',
  );
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  await context.close();
});

test('the switch wins, and is remembered in the address and in local storage', async () => {
  const { page, context } = await open(browser, server.origin, '/', { locale: 'en-US' });
  await page.locator('.place-nav a[data-place]').first().waitFor();
  await page.getByRole('button', { name: /دری/ }).click();
  await rightToLeft(page);
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'da');
  assert.equal(await page.evaluate(() => localStorage.getItem('north-atlas.lang')), 'da');
  // A later visit without `lang` opens in Dari, as chosen.
  await page.goto(`${server.origin}/`);
  await reachFor(page);
  await rightToLeft(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  assert.equal(await page.getByRole('button', { name: 'Present' }).count(), 1);
  await context.close();
});

test('the browser’s language decides without a choice, and an unknown `lang` is no choice', async () => {
  for (const [locale, path, want] of [
    ['fa-AF', '/', 'rtl'],
    ['fa-AF', '/?lang=xx', 'rtl'],
    ['en-US', '/?lang=xx', 'ltr'],
  ] as const) {
    const { page, context } = await open(browser, server.origin, path, { locale });
    await page.locator('.place-nav a[data-place]').first().waitFor();
    await page.waitForFunction((dir) => (document.documentElement.dir || 'ltr') === dir, want);
    if (want === 'rtl') await assertAllDari(page, `${locale} ${path}`);
    await context.close();
  }
});

test('the embed’s `lang=da` switches the whole embed', async () => {
  const { page, context } = await open(browser, server.origin, `/embed.html?lang=da&place=${PLACE}`, {
    viewport: { width: 640, height: 900 },
    locale: 'en-US',
  });
  await rightToLeft(page);
  await page.getByTestId('place-summary').waitFor();
  await assertAllDari(page, 'the embed');
  await assertAxeClean(page, 'the embed');
  await context.close();
});

test('the presentation and the presenter view follow, ← leading to the next stop', async () => {
  const { page, context } = await open(browser, server.origin, '/?present&lang=da', {
    viewport: { width: 1280, height: 720 },
  });
  await rightToLeft(page);
  const count = page.getByTestId('present-count');
  await count.filter({ hasText: /^۱ \/ [۰-۹]+$/ }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await count.filter({ hasText: /^۲ \/ [۰-۹]+$/ }).waitFor();
  await assertAllDari(page, 'the presentation');
  await assertAxeClean(page, 'the presentation');

  const presenter = await context.newPage();
  await presenter.goto(`${server.origin}/presenter.html?lang=da`);
  await rightToLeft(presenter);
  await presenter.getByTestId('presenter-notes').filter({ hasText: /./ }).waitFor();
  await assertAllDari(presenter, 'the presenter view');
  await assertAxeClean(presenter, 'the presenter view');
  await context.close();
});

test('what went wrong is said in Dari too: an unknown story, a damaged story file', async () => {
  const unknown = await open(browser, server.origin, '/?lang=da&story=no-such-story');
  await rightToLeft(unknown.page);
  await unknown.page
    .getByRole('alert')
    .filter({ hasText: 'گزارشی به نام «no-such-story» در این سایت نیست.' })
    .waitFor();
  await assertAllDari(unknown.page, 'an unknown story');
  await assertAxeClean(unknown.page, 'an unknown story');
  await unknown.context.close();

  const damaged = await open(browser, server.origin, '/?lang=da', {
    answer: { url: /\/data\/story\.json$/, body: '{"version": 1, "pass' },
  });
  await rightToLeft(damaged.page);
  const alert = damaged.page.getByRole('alert').filter({ hasText: 'گزارش باز نشد.' });
  await alert.waitFor();
  await assertAllDari(damaged.page, 'a damaged story file');
  // The English detail is one click away for whoever reports the fault.
  await alert.getByText('جزئیات فنی').click();
  await alert.getByText(/data\/story\.json/).waitFor();
  await assertAxeClean(damaged.page, 'a damaged story file');
  await damaged.context.close();
});

test('"Download image" in Dari: its bands in Dari, drawn from the right', async () => {
  const { page, context } = await open(browser, server.origin, '/?lang=da');
  await rightToLeft(page);
  await page.waitForFunction(() => window.northAtlasSvgMap !== undefined);
  const height = await page.evaluate(() => document.querySelector('[data-testid="svg-map"]')!.clientHeight);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'دانلود تصویر' }).click(),
  ]);
  await page.getByRole('status').filter({ hasText: 'تصویر دانلود شد.' }).waitFor();
  const png = readFileSync((await download.path())!);
  // Ink in the credits' last line (Dari, shorter than the map is wide): at the right end, none at the left.
  const ink = await page.evaluate(
    async ({ bytes, top, bottom }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const fifth = Math.floor(bitmap.width / 5);
      // Anonymous functions only: the test's transpiler names named ones with a helper the page lacks.
      const [left, right] = [0, bitmap.width - fifth].map((x) => {
        const data = ctx.getImageData(x, top, fifth, bottom - top).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 160) n++;
        return n;
      });
      return { left: left ?? 0, right: right ?? 0 };
    },
    {
      bytes: [...png],
      top: Math.round((TITLE_BAND_PX + height + 20) * EXPORT_SCALE),
      bottom: Math.round((TITLE_BAND_PX + height + 33) * EXPORT_SCALE),
    },
  );
  assert.ok(ink.right > 20 && ink.left === 0, `credits drawn from the right: ${JSON.stringify(ink)}`);
  await context.close();
});
