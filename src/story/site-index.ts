import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { writeAtomic } from './cli.ts';
import {
  EntryPage,
  INDEX_FILES,
  ListEntry,
  ListHead,
  PlaceCounts,
  PlaceEntry,
  listEntry,
  placeEntry,
} from './index-entries.ts';
import {
  EMPTY_HEAD,
  IndexDamaged,
  IndexHead,
  addEntry,
  newestFirst,
  removeEntry,
  type Dated,
} from './paged-index.ts';
import { Story } from './schema.ts';

// The site's indexes on disk, kept by publish: the list of stories and one index per place (see
// index-entries.ts). A change reads and writes the list's head and one page, and the head and one page of each
// place the story concerns, so publishing one more story costs the same with ten stories or ten thousand. An
// index file that is missing, unreadable or disagrees with its head is never patched: every index is rebuilt
// from the stories themselves (data/stories/<slug>.json).

/** A story going onto the site or coming off it. */
export interface IndexedStory {
  slug: string;
  story: Story;
  isDefault: boolean;
}

/** JSON files under the data folder, read once and written together at the end. */
class IndexFiles {
  private readonly pending = new Map<string, unknown>();
  constructor(
    readonly dataDir: string,
    private readonly fromDisk: boolean,
  ) {}

  /** The file's JSON; undefined when it is missing or not JSON. */
  json(rel: string): unknown {
    if (this.pending.has(rel)) return this.pending.get(rel) ?? undefined;
    const file = path.join(this.dataDir, rel);
    if (!this.fromDisk || !existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Writes `value` at commit; null deletes the file. */
  put(rel: string, value: unknown): void {
    this.pending.set(rel, value);
  }

  commit(): void {
    for (const [rel, value] of this.pending) {
      const file = path.join(this.dataDir, rel);
      if (value === null) rmSync(file, { force: true });
      else writeAtomic(file, `${JSON.stringify(value)}\n`);
    }
  }
}

function parsed<S extends v.GenericSchema>(schema: S, raw: unknown, where: string): v.InferOutput<S> {
  const result = v.safeParse(schema, raw);
  if (!result.success) throw new IndexDamaged(where);
  return result.output;
}

/** One paged index changed: `old` (if any) removed, `entry` (if any) added; returns the new head. */
function changeIndex<E extends Dated, H extends IndexHead>(
  files: IndexFiles,
  head: H,
  entrySchema: v.GenericSchema<unknown, E>,
  pageFile: (id: number) => string,
  change: { old: Dated | null; entry: E | null },
): H {
  const pageSchema = EntryPage(entrySchema);
  const read = (id: number): E[] | null => {
    const result = v.safeParse(pageSchema, files.json(pageFile(id)));
    return result.success ? (result.output.entries as E[]) : null;
  };
  let next = head;
  const apply = (done: { head: H; pages: Map<number, E[] | null> } | null) => {
    if (!done) return;
    next = done.head;
    for (const [id, entries] of done.pages) files.put(pageFile(id), entries && { version: 2, entries });
  };
  if (change.old) apply(removeEntry(next, read, change.old, pageFile));
  if (change.entry) apply(addEntry(next, read, change.entry, pageFile));
  return next;
}

function readCounts(files: IndexFiles, listTotal: number): Record<string, number> {
  const raw = files.json(INDEX_FILES.placeCounts);
  if (raw === undefined && listTotal === 0) return {};
  return { ...parsed(PlaceCounts, raw, INDEX_FILES.placeCounts).places };
}

function readPlaceHead(files: IndexFiles, counts: Record<string, number>, place: string): IndexHead {
  const file = INDEX_FILES.placeHead(place);
  const raw = files.json(file);
  if (raw === undefined && counts[place] === undefined) return EMPTY_HEAD;
  const head = parsed(IndexHead, raw, file);
  if (head.total !== counts[place]) throw new IndexDamaged(file);
  return head;
}

/** Places a story is indexed under, each with the key its entry sorts by. */
const indexedPlaces = (s: IndexedStory | null) => (s ? listEntry(s.slug, s.story, s.isDefault).places : []);

/**
 * Applies one change to every index it concerns: `old` (the story as it was indexed, if it was) comes off,
 * `next` goes on. Throws IndexDamaged when an index it reads is not what its head promises.
 */
function applyChange(files: IndexFiles, old: IndexedStory | null, next: IndexedStory | null): void {
  const rawHead = files.json(INDEX_FILES.listHead);
  let head: ListHead =
    rawHead === undefined ? { ...EMPTY_HEAD } : parsed(ListHead, rawHead, INDEX_FILES.listHead);
  // A missing list with stories on disk is a lost list, not an empty one.
  if (rawHead === undefined && countStoryFiles(files.dataDir) > (next ? 1 : 0))
    throw new IndexDamaged(INDEX_FILES.listHead);
  const counts = readCounts(files, head.total);
  const oldKey = old ? { slug: old.slug, date: old.story.meta.date } : null;
  const entry = next ? listEntry(next.slug, next.story, next.isDefault) : null;
  head = changeIndex(files, head, ListEntry, INDEX_FILES.listPage, { old: oldKey, entry });
  if (next?.isDefault) head = { ...head, default: next.slug };
  else if (old?.isDefault && head.default === old.slug) delete head.default;
  files.put(INDEX_FILES.listHead, head);
  const places = new Set([...indexedPlaces(old), ...indexedPlaces(next)]);
  for (const place of places) {
    const had = indexedPlaces(old).includes(place);
    const has = next !== null && indexedPlaces(next).includes(place);
    const placeHead = changeIndex(
      files,
      readPlaceHead(files, counts, place),
      PlaceEntry,
      (id) => INDEX_FILES.placePage(place, id),
      {
        old: had ? oldKey : null,
        entry: has && next ? placeEntry(next.slug, next.story, place, next.isDefault) : null,
      },
    );
    files.put(INDEX_FILES.placeHead(place), placeHead.total > 0 ? placeHead : null);
    if (placeHead.total > 0) counts[place] = placeHead.total;
    else delete counts[place];
  }
  files.put(INDEX_FILES.placeCounts, { version: 2, places: counts });
}

function storyFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
}

function countStoryFiles(dataDir: string): number {
  return storyFiles(dataDir).length;
}

/** The stories in data/stories/, read and checked; files that are not stories are left out, and said. */
function readStories(
  dataDir: string,
  defaultSlug: string | undefined,
): { stories: IndexedStory[]; skipped: string[] } {
  const stories: IndexedStory[] = [];
  const skipped: string[] = [];
  for (const name of storyFiles(dataDir).sort()) {
    const slug = name.slice(0, -'.json'.length);
    try {
      const story = v.parse(Story, JSON.parse(readFileSync(path.join(dataDir, 'stories', name), 'utf8')));
      stories.push({ slug, story, isDefault: slug === defaultSlug });
    } catch {
      skipped.push(name);
    }
  }
  return { stories, skipped };
}

/** The default story's slug: the list's word for it if it can be read, else the story that is data/story.json. */
function findDefault(dataDir: string, stories: IndexedStory[]): string | undefined {
  const head = readListHead(dataDir);
  if (head?.default) return head.default;
  const file = path.join(dataDir, 'story.json');
  if (!existsSync(file)) return undefined;
  try {
    const wanted = JSON.stringify(v.parse(Story, JSON.parse(readFileSync(file, 'utf8'))));
    return stories.find((s) => JSON.stringify(s.story) === wanted)?.slug;
  } catch {
    return undefined;
  }
}

/** Every index written again from data/stories/; returns the files that are not stories (left out). */
export function rebuildIndexes(dataDir: string): { stories: number; skipped: string[] } {
  const first = readStories(dataDir, undefined);
  const defaultSlug = findDefault(dataDir, first.stories);
  const stories = first.stories.map((s) => ({ ...s, isDefault: s.slug === defaultSlug }));
  stories.sort((a, b) =>
    newestFirst({ slug: a.slug, date: a.story.meta.date }, { slug: b.slug, date: b.story.meta.date }),
  );
  const files = new IndexFiles(dataDir, false);
  files.put(INDEX_FILES.listHead, { ...EMPTY_HEAD });
  // Oldest first, so each page fills from the end as the list grows.
  for (const s of [...stories].reverse()) applyChange(files, null, s);
  rmSync(path.join(dataDir, 'places'), { recursive: true, force: true });
  rmSync(path.join(dataDir, 'stories', 'pages'), { recursive: true, force: true });
  files.commit();
  return { stories: stories.length, skipped: first.skipped };
}

/**
 * Brings every index up to date after a story file was written (`next`) or deleted (`old` only). Returns
 * why the indexes were rebuilt from the stories, or null when the change was applied to them as they were.
 */
export function updateIndexes(
  dataDir: string,
  old: IndexedStory | null,
  next: IndexedStory | null,
): string | null {
  const files = new IndexFiles(dataDir, true);
  try {
    applyChange(files, old, next);
  } catch (err) {
    if (!(err instanceof IndexDamaged)) throw err;
    const { stories, skipped } = rebuildIndexes(dataDir);
    const left = skipped.length ? `; left out ${skipped.join(', ')} (not stories)` : '';
    return `${err.where} was missing or damaged: every index was rebuilt from the ${stories} stories${left}`;
  }
  files.commit();
  return null;
}

/** The list's head as it is on disk, if it can be read: how many stories, and which is the default. */
export function readListHead(dataDir: string): ListHead | null {
  const result = v.safeParse(ListHead, new IndexFiles(dataDir, true).json(INDEX_FILES.listHead));
  return result.success ? result.output : null;
}

/** Every entry of the list of stories, newest first (the build's pages and sitemap read the whole list). */
export function readList(dataDir: string): ListEntry[] {
  const head = readListHead(dataDir);
  if (!head) return [];
  const files = new IndexFiles(dataDir, true);
  const pageSchema = EntryPage(ListEntry);
  return head.pages.flatMap((ref) => {
    const page = v.safeParse(pageSchema, files.json(INDEX_FILES.listPage(ref.id)));
    if (!page.success) throw new Error(`${INDEX_FILES.listPage(ref.id)}: not a page of the list of stories`);
    return page.output.entries;
  });
}
