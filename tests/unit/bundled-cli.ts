// A CLI started through tsx spends most of a second or two loading TypeScript; the same code bundled once per
// test file starts in a fraction of that, and each test still runs it as its own process.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

// Inside node_modules, so the bundle's own imports (valibot…) resolve as the sources' do.
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));

/** Each module keeps its own `import.meta.url`, so paths it resolves from its folder stay right. */
const ownUrlPerModule: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

/**
 * Bundles `entry` (a module exporting `main(argv, env)` that resolves to an exit code) behind a small
 * entry that calls it, and returns the bundle's path: `node <path> …args` runs the CLI.
 */
export async function bundledCli(entry: string): Promise<string> {
  // One folder per CLI, written over on each run: nothing piles up in the cache.
  const dir = path.join(CACHE, 'bundled-cli', path.basename(entry, '.ts'));
  mkdirSync(dir, { recursive: true });
  const stub = path.join(dir, 'entry.mjs');
  writeFileSync(
    stub,
    `import { main } from ${JSON.stringify(entry)};\n` +
      'Promise.resolve(main(process.argv.slice(2), process.env)).then((code) => { process.exitCode = code; });\n',
  );
  const out = path.join(dir, 'cli.mjs');
  await build({
    entryPoints: [stub],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'error',
    plugins: [ownUrlPerModule],
  });
  return out;
}
