import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.ts';
import { IMMUTABLE, REVALIDATE, accepts, listen } from '../../scripts/static-server.ts';

// What `npm start` sends: the precompressed file the browser takes, the right cache headers, nothing from
// outside the site.

const HTML = `<!doctype html><title>x</title>${'<p>North Atlas</p>'.repeat(200)}`;
const JS = `export const x = ${JSON.stringify('north atlas '.repeat(300))};`;
let dir = '';
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'north-atlas-serve-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, '.pages'));
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'assets/index-abc123.js'), JS);
  writeFileSync(join(dir, 'data/story.json'), JSON.stringify({ text: 'x'.repeat(4000) }));
  writeFileSync(join(dir, 'share.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, '.pages/template.html'), HTML);
  precompress(dir);
  // A story published after the build: newer than its compressed copies, which must not be sent.
  writeFileSync(join(dir, 'data/story.json'), JSON.stringify({ text: 'published later' }));
  const later = new Date(Date.now() + 5000);
  utimesSync(join(dir, 'data/story.json'), later, later);
  server = await listen(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.origin + path, { headers });

describe('the static server', () => {
  it('sends brotli, else gzip, to a browser that takes it, saying so and varying on it', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('accept-encoding');
    expect(await br.text()).toBe(HTML); // fetch decodes it
    const gz = await fetch(server.origin + '/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gz.headers.get('content-length'))).toBeLessThan(JS.length / 5);
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('caches hashed assets for a year and revalidates the rest, answering 304 to a matching ETag', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const path of ['/', '/data/story.json', '/share.png']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect(res.headers.get('cache-control')).toBe(REVALIDATE);
      const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': res.headers.get('etag')! });
      expect(again.status).toBe(304);
    }
  });

  it('sends a file as it is when it is newer than its compressed copies', async () => {
    const res = await get('/data/story.json', { 'accept-encoding': 'br, gzip' });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.json()).toEqual({ text: 'published later' });
  });

  it('serves nothing outside the site or in its dot-folders', async () => {
    for (const path of ['/.pages/template.html', '/../package.json', '/%2e%2e/x', '/missing.js'])
      expect((await get(path)).status).toBe(404);
  });

  it('reads Accept-Encoding as browsers write it', () => {
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip;q=1.0, br;q=0', 'br')).toBe(false);
    expect(accepts('*', 'gzip')).toBe(true);
    expect(accepts(undefined, 'gzip')).toBe(false);
  });
});
