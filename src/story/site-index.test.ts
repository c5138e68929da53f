import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { INDEX_FILES, cutAtWord, type PlaceEntry } from './index-entries.ts';
import { ingestStory } from './ingest.ts';
import { MAX_PAGE_ENTRIES, type IndexHead } from './paged-index.ts';
import type { Story } from './schema.ts';
import { readList, rebuildIndexes, updateIndexes, type IndexedStory } from './site-index.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

// The index writer against a data folder on disk: what publish, --remove and a republish leave in every index,
// and that a damaged index is rebuilt from the stories rather than patched.

const article = (title: string, body: string) => [title, body].join('\n\n');
const WELLS = article(
  'Wells Run Dry Along The River',
  'Farmers in Qala-e-Zal say the canal has carried no water since spring. "We dig deeper every month," said Nadia Karimi, who farms near the river.',
);
const MARKET = article(
  'Taloqan Market Reopens',
  'Traders in Taloqan opened their stalls again on Saturday after the road from Kunduz was cleared.',
);
const SCHOOL = article(
  'A School For Girls In Kunduz',
  'A community school in Kunduz city took in forty girls this term.',
);

let data = '';
const story = (text: string, date?: string): Story => {
  const s = ingestStory(text, TEST_GAZETTEER);
  return date ? { ...s, meta: { ...s.meta, date } } : s;
};
const indexed = (slug: string, s: Story): IndexedStory => ({ slug, story: s, isDefault: false });
/** What publish does: the story file, then the indexes. */
const publish = (slug: string, s: Story, old: IndexedStory | null = null) => {
  writeFileSync(path.join(data, 'stories', `${slug}.json`), JSON.stringify(s));
  return updateIndexes(data, old, indexed(slug, s));
};
const remove = (old: IndexedStory) => {
  rmSync(path.join(data, 'stories', `${old.slug}.json`));
  return updateIndexes(data, old, null);
};
const json = (rel: string) => JSON.parse(readFileSync(path.join(data, rel), 'utf8')) as unknown;
const placeHead = (id: string) => json(INDEX_FILES.placeHead(id)) as IndexHead;
const placeSlugs = (id: string) =>
  placeHead(id).pages.flatMap(
    (p) => (json(INDEX_FILES.placePage(id, p.id)) as { entries: PlaceEntry[] }).entries,
  );
const counts = () => (json(INDEX_FILES.placeCounts) as { places: Record<string, number> }).places;
/** Every index file's content: what a rebuild must reproduce. */
const snapshot = () => ({
  list: readList(data),
  counts: counts(),
  AF19: placeSlugs('AF19'),
  AF18: placeSlugs('AF18'),
});

beforeEach(() => {
  data = mkdtempSync(path.join(tmpdir(), 'site-index-'));
  mkdirSync(path.join(data, 'stories'));
});

describe('the site indexes', () => {
  it('lists published stories newest first, undated last, and indexes each under its places', () => {
    expect(publish('wells', story(WELLS, '2024-03-01'))).toBeNull();
    publish('market', story(MARKET, '2024-05-10'));
    publish('school', story(SCHOOL));
    expect(readList(data).map((e) => e.slug)).toEqual(['market', 'wells', 'school']);
    expect(readList(data)[1]?.places).toEqual(['AF1907', 'AF19']);
    expect(placeSlugs('AF1907').map((e) => e.slug)).toEqual(['wells']);
    expect(placeSlugs('AF19').map((e) => e.slug)).toEqual(['market', 'wells', 'school']);
    expect(placeSlugs('AF1907')[0]?.snippet).toBe('“We dig deeper every month”');
    expect(counts()).toMatchObject({ AF19: 3, AF1907: 1, AF18: 1, AF1801: 1 });
  });

  it('removes a story from the list and from every place index; an emptied place index goes', () => {
    const wells = indexed('wells', story(WELLS, '2024-03-01'));
    publish('wells', wells.story);
    publish('school', story(SCHOOL));
    expect(remove(wells)).toBeNull();
    expect(readList(data).map((e) => e.slug)).toEqual(['school']);
    expect(placeSlugs('AF19').map((e) => e.slug)).toEqual(['school']);
    expect(counts().AF1907).toBeUndefined();
    expect(() => json(INDEX_FILES.placeHead('AF1907'))).toThrow();
  });

  it('republishing a slug with another date and places moves its entries, leaving no old one behind', () => {
    const first = indexed('news', story(WELLS, '2024-03-01'));
    publish('news', first.story);
    publish('school', story(SCHOOL, '2024-04-01'));
    publish('news', story(MARKET, '2024-06-01'), first);
    expect(readList(data).map((e) => [e.slug, e.title])).toEqual([
      ['news', 'Taloqan Market Reopens'],
      ['school', 'A School For Girls In Kunduz'],
    ]);
    expect(counts().AF1907).toBeUndefined();
    expect(placeSlugs('AF18').map((e) => e.slug)).toEqual(['news']);
    expect(placeSlugs('AF19').map((e) => e.slug)).toEqual(['news', 'school']);
  });

  it('splits a full page in two, and one more story reads and writes only its pages', () => {
    for (let i = 0; i <= MAX_PAGE_ENTRIES; i++)
      publish(`s${i}`, story(SCHOOL, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const head = placeHead('AF19');
    expect(head.total).toBe(MAX_PAGE_ENTRIES + 1);
    expect(head.pages.map((p) => p.count)).toEqual([26, 25]);
    expect(readList(data)).toHaveLength(MAX_PAGE_ENTRIES + 1);
  });

  for (const [what, damage] of [
    ['a truncated page', () => writeFileSync(path.join(data, INDEX_FILES.placePage('AF19', 0)), '{"vers')],
    ['a missing place index', () => rmSync(path.join(data, INDEX_FILES.placeHead('AF19')))],
    [
      'a hand-edited count',
      () => writeFileSync(path.join(data, INDEX_FILES.placeCounts), '{"version":2,"places":{"AF19":9}}'),
    ],
    ['a missing list of stories', () => rmSync(path.join(data, INDEX_FILES.listHead))],
    [
      'a page out of order',
      () => {
        const file = path.join(data, INDEX_FILES.listPage(0));
        const page = json(INDEX_FILES.listPage(0)) as { entries: unknown[] };
        writeFileSync(file, JSON.stringify({ ...page, entries: [...page.entries].reverse() }));
      },
    ],
  ] as const)
    it(`rebuilds every index from the stories after ${what}, and says so`, () => {
      publish('wells', story(WELLS, '2024-03-01'));
      publish('school', story(SCHOOL, '2024-04-01'));
      damage();
      const note = publish('market', story(MARKET, '2024-05-10'));
      expect(note).toMatch(/was missing or damaged: every index was rebuilt from the 3 stories/);
      const rebuilt = snapshot();
      rebuildIndexes(data);
      expect(snapshot()).toEqual(rebuilt);
      expect(rebuilt.list.map((e) => e.slug)).toEqual(['market', 'school', 'wells']);
      expect(rebuilt.counts).toMatchObject({ AF19: 3, AF18: 1 });
    });

  it('a rebuild leaves out a file that is not a story, and names it', () => {
    publish('wells', story(WELLS, '2024-03-01'));
    writeFileSync(path.join(data, 'stories', 'broken.json'), '{"version": 1');
    expect(rebuildIndexes(data)).toEqual({ stories: 1, skipped: ['broken.json'] });
  });
});

describe('cutAtWord', () => {
  it('keeps a short text whole and cuts a long one after a word, with an ellipsis', () => {
    expect(cutAtWord('A  short\ntext.')).toBe('A short text.');
    expect(cutAtWord('one two three four', 12)).toBe('one two…');
  });
});
