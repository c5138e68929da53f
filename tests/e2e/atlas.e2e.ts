import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DIST, ROOT, launch, open, serve, type Served } from './harness.ts';
import { ARTICLES } from './atlas-articles.ts';

// The newsroom's atlas on a built site: three articles published into it, then the list of stories (all
// three, filtered by place and by date, axe-clean in English and Dari) and a place's reading in one story
// linking to another story that concerns the place, opened there at the same place.

const [A, B, C] = ARTICLES.map((a) => a.text.split('\n')[0] ?? '') as [string, string, string];
const TITLES = [A, B, C];
const SLUGS = ARTICLES.map((a) => a.slug);

let site = '';
let server: Served;
let browser: Browser;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'north-atlas-atlas-'));
  cpSync(DIST, site, { recursive: true });
  for (const a of ARTICLES) {
    const text = join(site, `${a.slug}.txt`);
    const notes = join(site, `${a.slug}.json`);
    writeFileSync(text, a.text);
    writeFileSync(notes, JSON.stringify({ meta: a.meta }));
    const published = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/story/publish-cli.ts'),
        text,
        '--annotations',
        notes,
        '--slug',
        a.slug,
      ],
      { encoding: 'utf8', env: { ...process.env, NORTH_ATLAS_DATA_DIR: join(site, 'data') } },
    );
    assert.equal(published.status, 0, published.stderr);
  }
  const pages = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/pages.ts'), site], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(pages.status, 0, pages.stderr);
  server = await serve(site);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('the list of stories shows all three, newest first, and filters by place (English or Dari) and date', async () => {
  const { page, context, foreign, errors } = await open(browser, server.origin, '/stories/');
  const rows = page.locator('.story-title');
  await rows.filter({ hasText: A }).waitFor();
  const titles = await rows.allInnerTexts();
  for (const title of TITLES) assert.ok(titles.includes(title), `${title} is listed`);
  assert.ok(titles.indexOf(B) < titles.indexOf(A), 'newest first');
  assert.ok(titles.indexOf(A) < titles.indexOf(C), 'newest first');

  const place = page.getByLabel('Place, in English or Dari');
  await place.fill('Imam Sahib');
  await page.getByRole('heading', { name: 'Stories about Imam Sahib' }).waitFor();
  await page.getByRole('status').filter({ hasText: '2 stories' }).waitFor();
  assert.deepEqual((await rows.allInnerTexts()).sort(), [A, C].sort());
  // The timeline: a bar per month from November 2023 to May 2024.
  assert.equal(await page.locator('.timeline-bars li').count(), 7);
  assert.match(page.url(), /\?place=AF1905/);

  await page.getByLabel('From').fill('2024-01-01');
  await page.getByRole('status').filter({ hasText: '1 story' }).waitFor();
  assert.deepEqual(await rows.allInnerTexts(), [A]);

  await page.getByRole('button', { name: 'Show all stories' }).click();
  await place.fill('تالقان');
  await page.getByRole('heading', { name: 'Stories about Taloqan' }).waitFor();
  await page.getByRole('status').filter({ hasText: '1 story' }).waitFor();
  assert.deepEqual(await rows.allInnerTexts(), [B]);

  // A province on the small map, by keyboard.
  await page.getByRole('button', { name: 'Show all stories' }).click();
  await page.getByRole('link', { name: /^Kunduz: \d+ stories$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Stories about Kunduz' }).waitFor();
  // The place's own index arrives after the heading: the Taloqan story concerns Kunduz too.
  await rows.filter({ hasText: B }).waitFor();
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a place’s reading in one story links to another story about it, which opens at the same place', async () => {
  const { page, context, foreign } = await open(
    browser,
    server.origin,
    `/stories/${SLUGS[0]}/#/place/AF1905`,
  );
  const related = page.getByRole('region', { name: 'Other stories about Imam Sahib' });
  await related.waitFor();
  const link = related.getByRole('link', { name: C });
  assert.equal(await link.getAttribute('href'), `../../stories/${SLUGS[2]}/#/place/AF1905`);
  assert.equal(await related.getByRole('link', { name: A }).count(), 0, 'not the story shown');
  await link.click();
  await page.waitForURL(`**/stories/${SLUGS[2]}/#/place/AF1905`);
  await page.getByRole('heading', { level: 1, name: C }).waitFor();
  await page.getByRole('heading', { level: 2, name: /Imam Sahib/ }).waitFor();
  await page
    .getByRole('region', { name: 'Other stories about Imam Sahib' })
    .getByRole('link', { name: A })
    .waitFor();
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the embed lists other stories only with related=true', async () => {
  const path = `/embed.html?story=${SLUGS[1]}&place=AF1801`;
  for (const [query, count] of [
    ['', 0],
    ['&related=true', 1],
  ] as const) {
    const { page, context } = await open(browser, server.origin, path + query);
    await page.getByRole('heading', { level: 2, name: /Taloqan/ }).waitFor();
    if (count) await page.getByRole('region', { name: 'Other stories about Taloqan' }).waitFor();
    else {
      await page.waitForLoadState('networkidle');
      assert.equal(await page.locator('.related-stories').count(), 0);
    }
    await context.close();
  }
});

test('axe-core finds nothing on the list page, in English and in Dari', async () => {
  for (const path of ['/stories/', '/stories/?lang=da&place=AF19']) {
    const { page, context } = await open(browser, server.origin, path);
    await page.locator('.story-title').first().waitFor();
    if (path.includes('lang=da')) await page.locator('html[dir="rtl"]').waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      path,
    );
    await context.close();
  }
});
