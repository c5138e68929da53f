// The embed facade's cost to the host page (issue 17): what a news page that pastes the facade snippet
// fetches from the map's site before the reader asks for the map — the loader and the picture, nothing else —
// beside what the plain iframe snippet fetches until its map is ready. Bytes as sent (brotli where the server
// has it), from our own static server, as `npm start` serves them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { embedSnippet, facadeSnippet } from '../src/state/embed-snippet.ts';
import { serve } from '../tests/e2e/harness.ts';

const KB = 1024;
/** A facade that costs the host page more than this breaks its budget. */
export const FACADE_BUDGET_KB = 30;

export interface FacadeCost {
  /** Every byte fetched from the map's site before the reader asks (loader + picture). */
  facadeKb: number;
  loaderKb: number;
  pictureKb: number;
  /** What the facade fetched, by path: the test that nothing of the map came with it. */
  facadeFiles: string[];
  /** The plain iframe snippet, until its map says it is ready. */
  iframeKb: number;
}

/** Bytes received from `origin`, by path, as the page loads them. */
function received(page: Page, origin: string): Map<string, number> {
  const bytes = new Map<string, number>();
  page.on('requestfinished', (req) => {
    if (!req.url().startsWith(`${origin}/`)) return;
    void req.sizes().then((s) => {
      const path = new URL(req.url()).pathname;
      bytes.set(path, (bytes.get(path) ?? 0) + s.responseBodySize + s.responseHeadersSize);
    });
  });
  return bytes;
}

const sum = (m: Map<string, number>, only?: (path: string) => boolean) =>
  [...m].filter(([p]) => !only || only(p)).reduce((t, [, b]) => t + b, 0) / KB;

/** Loads `body` as a host page on another origin and returns what came from the map's site. */
async function hostLoad(
  browser: Browser,
  origin: string,
  body: string,
  until: (page: Page) => Promise<void>,
) {
  const dir = mkdtempSync(join(tmpdir(), 'north-atlas-bench-host-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><title>Host</title><body>${body}</body></html>`,
  );
  const host = await serve(dir);
  const context = await browser.newContext({ viewport: { width: 600, height: 900 } });
  try {
    const page = await context.newPage();
    const bytes = received(page, origin);
    await page.goto(`${host.origin}/`, { waitUntil: 'load' });
    await until(page);
    // Let the last requestfinished handlers' size look-ups settle.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    return bytes;
  } finally {
    await context.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function facadeCost(browser: Browser, dir: string): Promise<FacadeCost> {
  const map = await serve(dir);
  try {
    const appUrl = `${map.origin}/`;
    const options = { theme: 'light' } as const;
    const title = 'North Atlas';
    const facade = await hostLoad(
      browser,
      map.origin,
      facadeSnippet({ appUrl, options, title }).replace('data-facade', 'data-facade="click"'),
      (page) =>
        page
          .waitForFunction(
            () => document.querySelector<HTMLImageElement>('[data-north-atlas-facade] img')?.complete,
          )
          .then(() => undefined),
    );
    const iframe = await hostLoad(browser, map.origin, embedSnippet({ appUrl, options, title }), (page) =>
      page.frameLocator('iframe').locator('[data-testid="svg-map-drawing"]').waitFor({ timeout: 30_000 }),
    );
    return {
      facadeKb: sum(facade),
      loaderKb: sum(facade, (p) => p.endsWith('.js')),
      pictureKb: sum(facade, (p) => !p.endsWith('.js')),
      facadeFiles: [...facade.keys()].sort(),
      iframeKb: sum(iframe),
    };
  } finally {
    await map.close();
  }
}

export function facadeTable(cost: FacadeCost): string {
  const kb = (n: number) => `${n.toFixed(1)} KB`;
  return [
    '| embed on a host page (bytes as sent)        | fetched from the map’s site                      | budget   |',
    '| ------------------------------------------- | ------------------------------------------------ | -------- |',
    `| facade snippet, before the reader asks      | ${kb(cost.facadeKb)} (loader ${kb(cost.loaderKb)} + picture ${kb(cost.pictureKb)}) | ≤ ${FACADE_BUDGET_KB} KB |`,
    `| iframe snippet, until the map is drawn      | ${kb(cost.iframeKb)}                                |          |`,
  ].join('\n');
}
