// Requests started before their answers are wanted: the network works while a prerendered page waits for
// its reader, and the page's preloads are used at once rather than left to expire. Each is taken once.

const started = new Map<string, Promise<Response>>();

export function startFetching(urls: string[]): void {
  for (const url of urls) if (!started.has(url)) started.set(url, fetch(url));
}

/** The request for `url` started earlier, if any (and forgotten: a second fetch asks afresh). */
export function takeStarted(url: string): Promise<Response> | undefined {
  const early = started.get(url);
  started.delete(url);
  return early;
}
