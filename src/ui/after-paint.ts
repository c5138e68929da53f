// A prerendered page's first paint is its own: what the app will need (its code, the data) is asked for
// only once the page has painted, so nothing competes with the page's first round trips on a slow network.

/** A page in a background tab does not paint: what waits for the first paint waits this long at most. */
const PAINT_WAIT_MS = 5000;

const delay = (win: Window, ms: number) => new Promise<void>((done) => win.setTimeout(done, ms));

function loaded(win: Window): Promise<void> {
  return win.document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise<void>((done) => win.addEventListener('load', () => done(), { once: true }));
}

/** The first contentful paint's timing entry: the frame on screen, not merely drawn; null where unreported. */
function firstContentfulPaint(win: Window): Promise<void> | null {
  const Observer = (win as Window & typeof globalThis).PerformanceObserver as
    typeof PerformanceObserver | undefined;
  if (!Observer?.supportedEntryTypes?.includes('paint')) return null;
  return new Promise<void>((done) => {
    const observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * Settles once the page's first paint is on screen; where the browser does not say when, after the load and
 * a frame. A slow phone shows a frame well after drawing it: a request sent in between would stand, in the
 * page's timing, before its first paint.
 */
export function afterFirstPaint(win: Window = window, waitMs = PAINT_WAIT_MS): Promise<void> {
  const load = loaded(win);
  const painted =
    firstContentfulPaint(win) ??
    load.then(() => new Promise<void>((done) => win.requestAnimationFrame(() => done())));
  const late = load.then(() => delay(win, waitMs));
  return Promise.race([painted, late]).then(() => delay(win, 0));
}

/** The id of the list of the app's code files the build writes into the reader's page (vite.config.ts). */
export const CODE_LIST_ID = 'reader-code';
const CODE_FILE = /^assets\/[\w.-]+\.js$/;

/** The app's code files the build listed in the page, under the site's root; none from a damaged list. */
export function readerCode(doc: Document, root: string): string[] {
  let files: unknown;
  try {
    files = JSON.parse(doc.getElementById(CODE_LIST_ID)?.textContent ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(files)) return [];
  return files.filter((f): f is string => typeof f === 'string' && CODE_FILE.test(f)).map((f) => root + f);
}

/**
 * Downloads the app's code: `prefetch` into the browser's cache (in the request mode of module scripts, so
 * they are answered from it), where, unlike modulepreload, the page's main thread neither decodes nor
 * compiles any of it until the app is imported, and the network fetches it at a low priority; `modulepreload`
 * when the app starts at once, all of it in parallel rather than import by import.
 */
export function fetchCode(
  doc: Document,
  urls: readonly string[],
  rel: 'prefetch' | 'modulepreload' = 'prefetch',
): void {
  for (const url of urls) {
    const link = doc.createElement('link');
    link.rel = rel;
    link.crossOrigin = 'anonymous';
    link.href = url;
    doc.head.appendChild(link);
  }
}

/** How long work waiting for the next paint waits at most: a hidden tab produces no frames. */
const NEXT_PAINT_WAIT_MS = 200;

/**
 * Runs `work` once the next frame has been produced (a task queued from that frame's animation callbacks),
 * or after `waitMs` where no frame comes. A click's own work (the reading panel) paints first; what only
 * follows from it (a fetch, a prefetch) starts after. Returns the function that cancels it.
 */
export function afterNextPaint(
  work: () => void,
  win: Pick<
    Window,
    'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'
  > = window,
  waitMs = NEXT_PAINT_WAIT_MS,
): () => void {
  let done = false;
  let task = 0;
  const run = () => {
    if (done) return;
    done = true;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(late);
    win.clearTimeout(task);
    work();
  };
  const frame = win.requestAnimationFrame(() => (task = win.setTimeout(run, 0)));
  const late = win.setTimeout(run, waitMs);
  return () => {
    if (done) return;
    done = true;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(late);
    win.clearTimeout(task);
  };
}
