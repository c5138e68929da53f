// A prerendered page's first paint is its own: what the app will need (its code, the data) is asked for
// only once the page has painted, so nothing competes with the page's first round trips on a slow network.

/** Settles once the page has loaded and painted a frame after that. */
export function afterFirstPaint(win: Window = window): Promise<void> {
  const loaded =
    win.document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((done) => win.addEventListener('load', () => done(), { once: true }));
  return loaded.then(
    () => new Promise<void>((done) => win.requestAnimationFrame(() => win.setTimeout(done, 0))),
  );
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
 * Downloads the app's code into the browser's cache (prefetch links, in the request mode of module scripts,
 * so they are answered from it): unlike modulepreload, the page's main thread neither decodes nor compiles
 * any of it until the app is imported, and the network fetches it at a low priority.
 */
export function prefetch(doc: Document, urls: readonly string[]): void {
  for (const url of urls) {
    const link = doc.createElement('link');
    link.rel = 'prefetch';
    link.crossOrigin = 'anonymous';
    link.href = url;
    doc.head.appendChild(link);
  }
}
