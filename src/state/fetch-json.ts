// One way the reader fetches a data file: JSON, or an error that says which file and what the server said.

/** The server answered, but not with the file (its status says why: 404, the file is not there). */
export class ResponseError extends Error {
  constructor(
    url: string,
    readonly status: number,
    statusText: string,
  ) {
    super(`${url}: the server answered ${status} ${statusText}`.trim());
  }
}

export async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new ResponseError(url, res.status, res.statusText);
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}
