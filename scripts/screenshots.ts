// npm run screenshots — the README's pictures (docs/*.png), from the built site (npm run build first).
//
// They show docs/demo-article.txt, an article written for them, published into a copy of the site as a
// newsroom would (`?story=demo`): the default article's text is not ours to put in pictures in this repository.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, ROOT, launch, mapIdle, open, serve } from '../tests/e2e/harness.ts';

const SLUG = 'demo';
const OUT = join(ROOT, 'docs');

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`${DIST}/index.html is missing: run "npm run build" first`);
  const site = mkdtempSync(join(tmpdir(), 'north-atlas-shots-'));
  cpSync(DIST, site, { recursive: true });
  const published = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'src/story/publish-cli.ts'),
      join(ROOT, 'docs/demo-article.txt'),
      '--slug',
      SLUG,
    ],
    { encoding: 'utf8', env: { ...process.env, NORTH_ATLAS_DATA_DIR: join(site, 'data') } },
  );
  if (published.status !== 0) throw new Error(`publishing the demo article failed: ${published.stderr}`);
  const server = await serve(site);
  const browser = await launch();
  try {
    const shot = async (
      name: string,
      path: string,
      viewport: { width: number; height: number },
      then?: (page: Page) => Promise<void>,
    ) => {
      const { page, context } = await open(browser, server.origin, path, { viewport });
      await mapIdle(page);
      await then?.(page);
      await page.screenshot({ path: join(OUT, name) });
      await context.close();
      process.stderr.write(`screenshots: docs/${name}\n`);
    };
    await shot('desktop.png', `/?story=${SLUG}#/place/AF19`, { width: 1280, height: 800 });
    await shot('mobile.png', `/?story=${SLUG}#/place/AF18`, { width: 375, height: 740 });
    // The Dari reader: the whole interface in Dari, right to left (the demo article stays English).
    const dari = async (page: Page) => {
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await page.locator('.map-label-province[data-place="AF19"][dir="rtl"]').waitFor();
      await page.evaluate(() => document.fonts.ready);
    };
    await shot('dari-desktop.png', `/?story=${SLUG}&lang=da#/place/AF19`, { width: 1280, height: 800 }, dari);
    await shot('dari-mobile.png', `/?story=${SLUG}&lang=da#/place/AF18`, { width: 375, height: 740 }, dari);
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshots: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
