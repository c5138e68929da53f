import { createReadStream, existsSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

// The built site served as a CDN serves it: the precompressed file (.br, else .gz, written by the build)
// to a browser that accepts it, with Content-Encoding and Vary; hashed assets cached for a year, everything
// else (HTML, data, the share cards) revalidated each time, with an ETag so that costs a 304. `npm start`,
// the browser tests and the bench all serve through this, so what they measure is what a deployment sends.

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Vite names every file in assets/ by its content's hash: a changed file is a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export interface StaticServerOptions {
  /** Extra headers on every response (the browser tests' Content-Security-Policy). */
  headers?: OutgoingHttpHeaders;
}

/** Whether the request's Accept-Encoding takes `coding` (a q=0 refuses it). */
export function accepts(header: string | undefined, coding: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((x) => x !== undefined);
    return (name === coding || name === '*') && (q === undefined || Number(q) > 0);
  });
}

/** The file a URL path names inside `dir`, or null (outside it, hidden, missing). */
function fileFor(dir: string, urlPath: string): string | null {
  let path: string;
  try {
    path = normalize(join(dir, decodeURIComponent(urlPath)));
  } catch {
    return null;
  }
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  // Dot-folders hold the build's own files (the pages' template), not the site.
  if (
    path
      .slice(dir.length)
      .split(sep)
      .some((part) => part.startsWith('.'))
  )
    return null;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

/** The precompressed sibling to send, if the browser takes it and it is not older than the file. */
function encodedFor(path: string, stat: Stats, acceptEncoding: string | undefined) {
  for (const { name, suffix } of ENCODINGS) {
    if (!accepts(acceptEncoding, name) || !existsSync(path + suffix)) continue;
    const packed = statSync(path + suffix);
    if (packed.mtimeMs >= stat.mtimeMs) return { name, path: path + suffix, stat: packed };
  }
  return null;
}

function respond(dir: string, req: IncomingMessage, opts: StaticServerOptions) {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = fileFor(dir, url.pathname);
  if (!path)
    return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'not found' };
  const stat = statSync(path);
  const ext = extname(path);
  const encoded = encodedFor(path, stat, req.headers['accept-encoding']);
  const sent = encoded ?? { name: null, path, stat };
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoded ? `-${encoded.name}` : ''}"`;
  const hashed = url.pathname.includes('/assets/');
  const headers: OutgoingHttpHeaders = {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'cache-control': hashed ? IMMUTABLE : REVALIDATE,
    etag,
    vary: 'accept-encoding',
    ...(sent.name ? { 'content-encoding': sent.name } : {}),
    ...opts.headers,
  };
  if (req.headers['if-none-match'] === etag) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, 'content-length': sent.stat.size }, file: sent.path };
}

export function createStaticServer(dir: string, opts: StaticServerOptions = {}): Server {
  const root = resolve(dir);
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const answer = respond(root, req, opts);
    res.writeHead(answer.status, answer.headers);
    if (req.method === 'HEAD' || !('file' in answer)) res.end('body' in answer ? answer.body : undefined);
    else createReadStream(answer.file).pipe(res);
  });
}

/** Starts serving `dir` on 127.0.0.1 (an ephemeral port unless given). */
export async function listen(
  dir: string,
  opts: StaticServerOptions & { port?: number; host?: string } = {},
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createStaticServer(dir, opts);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
