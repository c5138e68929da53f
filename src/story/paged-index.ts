import * as v from 'valibot';

// A list kept newest first in pages of at most MAX_PAGE_ENTRIES, with a small head naming each page and the
// newest key on it. Adding or removing one entry reads and writes the head and one page (two when a full page
// splits), whatever the list's length: the site's list of stories and each place's index are such lists.

export const MAX_PAGE_ENTRIES = 50;
export const INDEX_VERSION = 2;

export const PageRef = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The sort key of the newest entry on the page. */
  newest: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PAGE_ENTRIES)),
});

export const IndexHead = v.object({
  version: v.literal(INDEX_VERSION),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The id the next new page gets (ids are never reused while the head lives). */
  nextPage: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Newest first. */
  pages: v.array(PageRef),
});

export type PageRef = v.InferOutput<typeof PageRef>;
export type IndexHead = v.InferOutput<typeof IndexHead>;

export const EMPTY_HEAD: IndexHead = { version: INDEX_VERSION, total: 0, nextPage: 0, pages: [] };

/** What every entry carries: the story it names and the date it sorts by. */
export interface Dated {
  slug: string;
  date?: string | undefined;
}

/** Newest first by date, then by slug; a story without a date sorts after every dated one. */
export function sortKey(entry: Dated): string {
  return `${entry.date ?? ''}\u0000${entry.slug}`;
}

/** Sorts newest first (the greater key first). */
export function newestFirst(a: Dated, b: Dated): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

/** Thrown when a page does not hold what its head says: the caller rebuilds the index from the stories. */
export class IndexDamaged extends Error {
  constructor(readonly where: string) {
    super(`${where} does not match its index`);
  }
}

/** The position in `head.pages` of the page that holds (or would hold) `key`. */
export function pageFor(head: IndexHead, key: string): number {
  let at = 0;
  for (let i = 1; i < head.pages.length; i++) if ((head.pages[i]?.newest ?? '') >= key) at = i;
  return at;
}

/** An index after a change, and the pages the change wrote (null: the page is deleted). */
export interface IndexChange<E, H extends IndexHead = IndexHead> {
  head: H;
  pages: Map<number, E[] | null>;
}

/** Checks a page against its head: the count it promises and the order every lookup relies on. */
export function checkPage<E extends Dated>(ref: PageRef, entries: E[] | null, where: string): E[] {
  if (!entries || entries.length !== ref.count) throw new IndexDamaged(where);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as E;
    if (i === 0 && sortKey(e) !== ref.newest) throw new IndexDamaged(where);
    if (i > 0 && newestFirst(entries[i - 1] as E, e) >= 0) throw new IndexDamaged(where);
  }
  return entries;
}

function withPage<E extends Dated, H extends IndexHead>(
  head: H,
  at: number,
  entries: E[],
): IndexChange<E, H> {
  const pages = new Map<number, E[] | null>();
  const refs = [...head.pages];
  const old = refs[at] as PageRef;
  let nextPage = head.nextPage;
  if (entries.length === 0) {
    refs.splice(at, 1);
    pages.set(old.id, null);
  } else if (entries.length > MAX_PAGE_ENTRIES) {
    const half = Math.ceil(entries.length / 2);
    const later = { id: nextPage++, entries: entries.slice(half) };
    refs.splice(at, 1, ref(old.id, entries.slice(0, half)), ref(later.id, later.entries));
    pages.set(old.id, entries.slice(0, half)).set(later.id, later.entries);
  } else {
    refs.splice(at, 1, ref(old.id, entries));
    pages.set(old.id, entries);
  }
  const total = refs.reduce((n, r) => n + r.count, 0);
  return { head: { ...head, total, nextPage, pages: refs }, pages };
}

function ref(id: number, entries: Dated[]): PageRef {
  return { id, newest: sortKey(entries[0] as Dated), count: entries.length };
}

/**
 * The index with `entry` added (replacing one of the same slug and key). `read` gives a page's entries, or
 * null when the page is missing or not a list of entries.
 */
export function addEntry<E extends Dated, H extends IndexHead>(
  head: H,
  read: (id: number) => E[] | null,
  entry: E,
  where: (id: number) => string,
): IndexChange<E, H> {
  if (head.pages.length === 0) {
    const id = head.nextPage;
    const first = { ...head, pages: [{ id, newest: sortKey(entry), count: 1 }], nextPage: id + 1, total: 1 };
    return { head: first, pages: new Map([[id, [entry]]]) };
  }
  const at = pageFor(head, sortKey(entry));
  const r = head.pages[at] as PageRef;
  const entries = checkPage(r, read(r.id), where(r.id)).filter((e) => e.slug !== entry.slug);
  entries.push(entry);
  entries.sort(newestFirst);
  return withPage(head, at, entries);
}

/** The index without the entry `old` (found by its key); null when no such entry is there. */
export function removeEntry<E extends Dated, H extends IndexHead>(
  head: H,
  read: (id: number) => E[] | null,
  old: Dated,
  where: (id: number) => string,
): IndexChange<E, H> | null {
  if (head.pages.length === 0) return null;
  const at = pageFor(head, sortKey(old));
  const r = head.pages[at] as PageRef;
  const entries = checkPage(r, read(r.id), where(r.id));
  const kept = entries.filter((e) => e.slug !== old.slug);
  return kept.length === entries.length ? null : withPage(head, at, kept);
}
