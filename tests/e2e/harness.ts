import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import type { OutgoingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { listen } from '../../scripts/static-server.ts';

// Shared plumbing for the browser tests: the static server for dist/, Debian's Chromium, request checks.

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, process.env.NORTH_ATLAS_DIST ?? 'dist');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (an ephemeral port unless given) as `npm start` does (precompressed files,
 * cache headers: scripts/static-server.ts), with optional extra headers.
 */
export async function serve(
  dir = DIST,
  opts: { port?: number; headers?: OutgoingHttpHeaders } = {},
): Promise<Served> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html is missing: run "npm run build" first`);
  return listen(dir, opts);
}

/** Debian's Chromium (or CHROMIUM_PATH); installed with apt-get when missing on a Debian machine run as root. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file`);
    return fromEnv;
  }
  const debian = '/usr/bin/chromium';
  if (existsSync(debian)) return debian;
  const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (!canApt) {
    throw new Error(
      'No Chromium found at /usr/bin/chromium: install Debian\'s "chromium" or set CHROMIUM_PATH',
    );
  }
  console.error(
    'Browser tests need Chromium and it is missing: installing Debian\'s "chromium" with apt-get…',
  );
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return debian;
}

export const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SOFTWARE_WEBGL = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL = ['--disable-webgl', '--disable-webgl2'];

export async function launch(opts: { webgl?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...BASE_FLAGS, ...(opts.webgl === false ? NO_WEBGL : SOFTWARE_WEBGL)],
  });
}

/**
 * A test file's site and browser: the built site served and Chromium launched before its tests, both closed
 * after them; `ready` hands them to the file.
 */
export function servedAndLaunched(ready: (server: Served, browser: Browser) => void): void {
  let server: Served | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await serve();
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the page's own origin (blob: and data: are local). */
  foreign: string[];
  /** Console errors, minus Chromium's software-rendering noise. */
  errors: string[];
}

const NOISE = [/GPU stall due to ReadPixels/, /WebGL.*performance/i];

export async function open(
  browser: Browser,
  origin: string,
  path = '/',
  opts: {
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    /** The browser's language (navigator.language), as a reader's browser would have it. */
    locale?: string;
    /** Requests to abort, as a failed network would (e.g. the MapLibre chunk). */
    block?: RegExp;
    /** Requests answered with this status and body instead of the file (a damaged or failing server). */
    answer?: { url: RegExp; status?: number; body: string };
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  if (opts.block) await context.route(opts.block, (route) => route.abort());
  const answer = opts.answer;
  if (answer)
    await context.route(answer.url, (route) =>
      route.fulfill({ status: answer.status ?? 200, contentType: 'application/json', body: answer.body }),
    );
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !NOISE.some((re) => re.test(msg.text()))) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(origin + path);
  await reachFor(page);
  return { context, page, foreign, errors };
}

/**
 * The reader's first move on the page: a prerendered page's app wakes at it (src/ui/reader-intent.ts).
 * The pointer goes to the page's top corner, over the header, where it hovers no place.
 */
export async function reachFor(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
}

/** Waits until MapLibre has drawn everything (the controller marks its container). */
export async function mapIdle(page: Page): Promise<void> {
  // The GL map starts when the reader reaches for the map (MapView.tsx); the test reaches for it the
  // same way, without moving the mouse (which would hover a place).
  await wakeGlMap(page);
  // The maps draw the store's state at the next animation frame (src/map/frame.ts): let a frame pass, so a
  // camera move just asked for has begun (the map is no longer "idle") before waiting for it to end.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state') === 'idle' &&
      !!window.northAtlasMap,
    undefined,
    { timeout: 20000 },
  );
}

/** Tells the page the reader is reaching for the map, which starts MapLibre; harmless once started. */
export async function wakeGlMap(page: Page | Frame): Promise<void> {
  // A prerendered page shows the map before its scripts run: reach for it once the app has taken it over.
  await page.waitForFunction(() => !!window.northAtlasSvgMap, undefined, { timeout: 20000 });
  await page.locator('.map-view').first().dispatchEvent('pointerenter');
}

/** The screen point of a lon/lat on the map canvas, in page coordinates. */
export async function screenPoint(page: Page, lonlat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const canvas = document.querySelector('[data-testid="map"] canvas');
    const p = window.northAtlasMap?.project(ll);
    if (!canvas || !p) throw new Error('map not ready');
    const box = canvas.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonlat);
}
