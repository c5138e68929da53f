import { takeStarted } from './early-fetch.ts';

// One way the reader fetches a data file: JSON, or an error that says which file and what the server said.

/** An error for a response that is not the file; its `status` says why (404: the file is not there). */
export type ResponseError = Error & { status?: number };

export async function fetchJson(url: string): Promise<unknown> {
  // A request the entry started while the page waited for its reader (early-fetch.ts) is its answer.
  const res = await (takeStarted(url) ?? fetch(url));
  if (!res.ok)
    throw Object.assign(new Error(`${url}: the server answered ${res.status} ${res.statusText}`.trim()), {
      status: res.status,
    });
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}
