// npm run bench -- --atlas   (the site built in dist/ for the list page's first view: `npm run build` first)
//
// The newsroom atlas at scale: synthetic sites of 1,000 and 10,000 stories, made at bench time from the
// atlas's own test articles (tests/e2e/atlas-articles.ts; nothing generated is committed), each indexed once.
// Then, on each: the time to publish one more story (its file and every index it touches; the engine's run is
// the same for any N and is timed apart), the bytes a reader fetches to open a place's "other stories", and
// the list page's first view. Budgets: publishing must not grow with N (10,000 within 1.5× of 1,000 plus
// 5 ms), a place's other stories ≤ 20 KB gzip.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTICLES } from '../tests/e2e/atlas-articles.ts';
import { gazetteerPath, loadGazetteer } from '../src/story/cli.ts';
import { INDEX_FILES } from '../src/story/index-entries.ts';
import { ingestStory } from '../src/story/ingest.ts';
import type { IndexHead } from '../src/story/paged-index.ts';
import type { Story } from '../src/story/schema.ts';
import { rebuildIndexes, updateIndexes } from '../src/story/site-index.ts';

export const ATLAS_BUDGET = { relatedKb: 20, growth: 1.5, slackMs: 5 } as const;
const SIZES = [1_000, 10_000];
const PUBLISHES = 7;
const KB = 1024;

/** The place whose other stories are measured: a district (so its province's index is fetched too). */
const PLACE = 'AF1905';
const PROVINCE = 'AF19';

function baseStories(): { stories: Story[]; engineMs: number } {
  const gazetteer = loadGazetteer(gazetteerPath(process.env));
  const started = performance.now();
  const stories = ARTICLES.map((a) => {
    const s = ingestStory(a.text, gazetteer);
    return { ...s, meta: { ...s.meta, ...a.meta } };
  });
  return { stories, engineMs: (performance.now() - started) / ARTICLES.length };
}

/** The n-th synthetic story: a test article under its own slug, title and date (spread over ten years). */
function synthetic(base: Story[], n: number): { slug: string; story: Story } {
  const story = base[n % base.length] as Story;
  const day = new Date(Date.UTC(2015, 0, 1) + ((n * 7919) % 3650) * 86_400_000).toISOString().slice(0, 10);
  return {
    slug: `story-${n}`,
    story: { ...story, meta: { ...story.meta, title: `${story.meta.title} (${n})`, date: day } },
  };
}

function site(base: Story[], n: number): string {
  const data = mkdtempSync(join(tmpdir(), `north-atlas-bench-${n}-`));
  mkdirSync(join(data, 'stories'));
  for (let i = 0; i < n; i++) {
    const { slug, story } = synthetic(base, i);
    writeFileSync(join(data, 'stories', `${slug}.json`), JSON.stringify(story));
  }
  rebuildIndexes(data);
  return data;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

function publishMs(base: Story[], data: string, n: number): number {
  const times: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const { slug, story } = synthetic(base, n + i);
    const started = performance.now();
    writeFileSync(join(data, 'stories', `${slug}.json`), JSON.stringify(story));
    const rebuilt = updateIndexes(data, null, { slug, story, isDefault: false });
    times.push(performance.now() - started);
    if (rebuilt) throw new Error(`the bench's indexes were rebuilt: ${rebuilt}`);
  }
  return median(times);
}

/** What the reader fetches for the district's other stories: its index's head and newest page, its province's. */
function relatedBytes(data: string): number {
  return [PLACE, PROVINCE].reduce((sum, place) => {
    const head = JSON.parse(readFileSync(join(data, INDEX_FILES.placeHead(place)), 'utf8')) as IndexHead;
    const first = head.pages[0];
    const page = first ? gz(join(data, INDEX_FILES.placePage(place, first.id))) : 0;
    return sum + gz(join(data, INDEX_FILES.placeHead(place))) + page;
  }, 0);
}

/** The list page's first view: its scripts and styles in dist/, and the data it fetches on this site. */
function listFirstView(dist: string, data: string): { codeKb: number; dataKb: number } {
  const html = readFileSync(join(dist, 'stories/index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  const code = [...new Set(assets)].reduce(
    (sum, a) => sum + gz(join(dist, a)),
    gz(join(dist, 'stories/index.html')),
  );
  const head = JSON.parse(readFileSync(join(data, INDEX_FILES.listHead), 'utf8')) as IndexHead;
  const files = [INDEX_FILES.listHead, INDEX_FILES.listPage(head.pages[0]?.id ?? 0), INDEX_FILES.placeCounts];
  const fetched = files.reduce((sum, f) => sum + gz(join(data, f)), gz(join(dist, 'data/places/_map.json')));
  return { codeKb: code / KB, dataKb: fetched / KB };
}

export interface AtlasRow {
  stories: number;
  publishMs: number;
  relatedKb: number;
  listCodeKb: number;
  listDataKb: number;
}

export function atlasReport(dist: string): { rows: AtlasRow[]; engineMs: number; text: string; ok: boolean } {
  const { stories: base, engineMs } = baseStories();
  const rows = SIZES.map((n) => {
    const data = site(base, n);
    try {
      const view = listFirstView(dist, data);
      return {
        stories: n,
        publishMs: publishMs(base, data, n),
        relatedKb: relatedBytes(data) / KB,
        listCodeKb: view.codeKb,
        listDataKb: view.dataKb,
      };
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
  const [small, large] = rows as [AtlasRow, AtlasRow];
  const flat = large.publishMs <= small.publishMs * ATLAS_BUDGET.growth + ATLAS_BUDGET.slackMs;
  const related = rows.every((r) => r.relatedKb <= ATLAS_BUDGET.relatedKb);
  const text = [
    '| stories | publish one more (indexes) | a place’s other stories | list page JS+CSS | list page data |',
    '|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.stories.toLocaleString('en')} | ${r.publishMs.toFixed(1)} ms | ${r.relatedKb.toFixed(1)} KB | ${r.listCodeKb.toFixed(1)} KB | ${r.listDataKb.toFixed(1)} KB |`,
    ),
    `The engine's run, the same for any number of stories: ${engineMs.toFixed(0)} ms per article.`,
    `  ${flat ? 'ok  ' : 'FAIL'} publishing at 10,000 within ${ATLAS_BUDGET.growth}× of 1,000 (+${ATLAS_BUDGET.slackMs} ms)`,
    `  ${related ? 'ok  ' : 'FAIL'} a place's other stories ≤ ${ATLAS_BUDGET.relatedKb} KB gzip`,
  ].join('\n');
  return { rows, engineMs, text, ok: flat && related };
}
