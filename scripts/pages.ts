// node --import tsx scripts/pages.ts [dist]
//
// The build's last step, also run by `vite build` itself (the plugin below): the prerendered pages, share
// cards, robots.txt and sitemap.xml (src/pages/build-pages.ts), then every text file precompressed. Run it
// alone on a built site after `npm run publish` has added stories to it, to give them their pages.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import type { BuiltPages } from '../src/pages/build-pages.ts';
import { precompress } from './precompress.ts';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Runs the pages' build through Vite's server-side module loading: the pages are the app's own components,
 * which import their stylesheets, and only Vite knows what such an import means in Node.
 */
export async function renderPages(dist: string, log: (line: string) => void = () => {}): Promise<void> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { buildPages } = (await server.ssrLoadModule('/src/pages/build-pages.ts')) as {
      buildPages: (dist: string) => BuiltPages;
    };
    const { pages } = buildPages(dist);
    log(`pages: ${pages.length} prerendered (${pages.join(', ')})`);
  } finally {
    await server.close();
  }
  const packed = precompress(dist);
  const kb = (b: number) => `${Math.round(b / 1024)} KB`;
  log(
    `precompressed ${packed.files} files: ${kb(packed.bytes)} → ${kb(packed.br)} brotli, ${kb(packed.gz)} gzip`,
  );
}

/** The Vite plugin: once the bundle is written, the pages from it. Skipped for the SSR build of nothing. */
export function prerenderPages(): Plugin {
  let outDir = '';
  return {
    name: 'north-atlas:pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await renderPages(outDir, (line) => this.info(line));
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? resolve(ROOT, 'dist'));
  renderPages(dist, (line) => process.stderr.write(`${line}\n`)).catch((e: unknown) => {
    process.stderr.write(`pages: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
