import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderPages } from './scripts/pages.ts';
import { escapeRegExp } from './src/story/regex-parts.ts';

// Every page of the site is its own entry with its own chunks; the reader's first view must not grow.
const PAGES = ['index', 'embed', 'studio', 'presenter', 'stories/index'];
const input = Object.fromEntries(
  PAGES.filter((p) => existsSync(resolve(import.meta.dirname, `${p}.html`))).map((p) => [
    p,
    resolve(import.meta.dirname, `${p}.html`),
  ]),
);

// The bench's comparison build (NORTH_ATLAS_EAGER_MAP=1): MapLibre loaded eagerly, as a straightforward
// build would, by swapping the lazy loader for its eager twin.
const eagerMap = process.env.NORTH_ATLAS_EAGER_MAP === '1';

/**
 * The reader's app is imported when the reader first reaches for the page (src/main.tsx); its code
 * downloads before that all the same, once the page has painted: the build lists the files in the page
 * (src/ui/after-paint.ts makes them prefetch links, or modulepreload links when the app starts at once). The
 * entry's import of reader-boot carries no list of its own (resolveDependencies below): it would repeat this.
 */
function listReaderCode(): Plugin {
  return {
    name: 'north-atlas:list-reader-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        // The reader's page only (stories/index.html is the list's own entry).
        if (!bundle || ctx.path !== '/index.html') return html;
        const boot = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/reader-boot.tsx'),
        );
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (files.has(file) || chunk?.type !== 'chunk') return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        if (boot) visit(boot.fileName);
        const code = [...files].filter((file) => !html.includes(file));
        const tag: HtmlTagDescriptor = {
          tag: 'script',
          attrs: { type: 'application/json', id: 'reader-code' },
          children: JSON.stringify(code),
          injectTo: 'head',
        };
        return { html, tags: [tag] };
      },
    },
  };
}

/**
 * Small modules the reader's first view shares with other pages, in one chunk. With five pages in one build,
 * each set of pages sharing a module got a chunk of its own: the first view fetched nine chunks under 1 KB,
 * whose import lists and gzip framing cost it 0.9 KB (npm run bench -- --sizes), and later four under 2 KB
 * (1.0 KB). Files, so that a module renamed or moved stops the build here rather than quietly leaving the group.
 */
const FIRST_VIEW_SHARED_FILES = [
  'src/state/site-page.ts',
  'src/state/early-fetch.ts',
  'src/state/fetch-json.ts',
  'src/state/present-url.ts',
  'src/state/url-sync.ts',
  'src/i18n/choose-language.ts',
  'src/i18n/translate.ts',
  'src/story/slug.ts',
  'src/story/validate.ts',
  // The store, its selectors and the geography: alone they made four chunks, and in a group of their own
  // they drew zustand out of React's chunk, so the stories index fetched them anyway (100.0 KB, not 99.4).
  'src/state/store.ts',
  'src/state/selectors.ts',
  'src/state/pin-places.ts',
  'src/state/presentation.ts',
  'src/state/related.ts',
  'src/state/geography.ts',
  'src/state/shape-walk.ts',
  'src/state/atlas-context.tsx',
  'src/ui/use-t.ts',
  'src/ui/after-paint.ts',
  'node_modules/topojson-client/src/neighbors.js',
  'node_modules/topojson-client/src/bisect.js',
  'node_modules/zustand/esm/middleware.mjs',
  'node_modules/topojson-client/src/identity.js',
  'node_modules/topojson-client/src/transform.js',
  'node_modules/topojson-client/src/reverse.js',
  'node_modules/topojson-client/src/feature.js',
];
const missingShared = FIRST_VIEW_SHARED_FILES.filter((f) => !existsSync(resolve(import.meta.dirname, f)));
if (missingShared.length > 0) {
  throw new Error(
    `vite.config.ts: FIRST_VIEW_SHARED_FILES names ${missingShared.join(', ')}, missing: renamed or moved?`,
  );
}
/** The group's modules by id (Vite's preload helper is a virtual module, with no file). */
const FIRST_VIEW_SHARED = new RegExp(
  `(?:/(?:${FIRST_VIEW_SHARED_FILES.map(escapeRegExp).join('|')})|vite/preload-helper\\.js)$`,
);

/** Test files of pure modules (no DOM, no mocks, no globals). */
const ENGINE_TESTS = ['src/story/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/eval/**/*.test.ts'];

export default defineConfig({
  // The pages' prerendering runs after every build, the bench's too: what ships is what is measured.
  plugins: [react(), listReaderCode(), prerenderPages()],
  base: './',
  resolve: {
    alias: eagerMap
      ? [
          {
            find: /^\.\.\/map\/load-controller\.ts$/,
            replacement: resolve(import.meta.dirname, 'src/map/load-controller.eager.ts'),
          },
        ]
      : [],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the reader supports knows modulepreload: no polyfill in the first view.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps) => (/(^|\/)reader-boot-[\w-]+\.js$/.test(file) ? [] : deps),
    },
    rolldownOptions: {
      input,
      output: { codeSplitting: { groups: [{ name: 'shared', test: FIRST_VIEW_SHARED }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    testTimeout: 30000,
    projects: [
      {
        // The engine and the pipeline are pure: their files share one module graph per worker instead of
        // importing the engine again for each of a hundred files.
        extends: true,
        test: { name: 'engine', include: ENGINE_TESTS, isolate: false },
      },
      {
        // Components, the store and the map mock modules and touch globals: each file on its own.
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...ENGINE_TESTS],
        },
      },
    ],
  },
});
