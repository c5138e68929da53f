import * as v from 'valibot';
import {
  EntryPage,
  INDEX_FILES,
  ListEntry,
  ListHead,
  PlaceCounts,
  PlaceEntry,
} from '../story/index-entries.ts';
import { IndexHead } from '../story/paged-index.ts';
import { fetchJson } from './fetch-json.ts';
import { LIST_MAP_FILE, ListMap } from './list-map-schema.ts';
import type { ListStore } from './list-store.ts';

// Fetches the list page's data into its store: the list's head and first page, the counts and the small map at
// once; further pages when asked; a place's index when a place is chosen. `root` is the site's root.

/** A place's index is read up to this many pages (2,500 stories) for its list and timeline. */
export const MAX_PLACE_PAGES = 50;

async function fetchChecked<S extends v.GenericSchema>(url: string, schema: S): Promise<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, await fetchJson(url));
  if (!parsed.success) throw new Error(`${url}: not what the list page reads`);
  return parsed.output;
}

async function listPage(root: string, head: ListHead, index: number): Promise<ListEntry[]> {
  const ref = head.pages[index];
  if (!ref) return [];
  const page = await fetchChecked(`${root}data/${INDEX_FILES.listPage(ref.id)}`, EntryPage(ListEntry));
  return page.entries;
}

export async function loadList(store: ListStore, root: string): Promise<void> {
  try {
    const [head, counts, map] = await Promise.all([
      fetchChecked(`${root}data/${INDEX_FILES.listHead}`, ListHead),
      fetchChecked(`${root}data/${INDEX_FILES.placeCounts}`, PlaceCounts).catch(() => null),
      fetchChecked(`${root}data/${LIST_MAP_FILE}`, ListMap).catch(() => null),
    ]);
    const stories = await listPage(root, head, 0);
    store.getState().loaded({ head, stories, pagesLoaded: 1, counts: counts?.places ?? {}, map });
  } catch (err) {
    store.getState().failed((err as Error).message);
  }
}

/** The list's next page, appended. */
export async function loadMore(store: ListStore, root: string): Promise<void> {
  const { head, pagesLoaded, stories } = store.getState();
  if (!head || pagesLoaded >= head.pages.length) return;
  try {
    const more = await listPage(root, head, pagesLoaded);
    store.getState().loaded({ stories: [...stories, ...more], pagesLoaded: pagesLoaded + 1 });
  } catch (err) {
    store.getState().failed((err as Error).message);
  }
}

/** Every story about `place` (up to MAX_PLACE_PAGES pages of its index), once. */
export async function loadPlace(store: ListStore, root: string, place: string): Promise<void> {
  if (store.getState().byPlace[place]) return;
  const url = `${root}data/${INDEX_FILES.placeHead(place)}`;
  let entries: ListEntry[] = [];
  try {
    const head = await fetchChecked(url, IndexHead);
    const pages = await Promise.all(
      head.pages
        .slice(0, MAX_PLACE_PAGES)
        .map((ref) =>
          fetchChecked(`${root}data/${INDEX_FILES.placePage(place, ref.id)}`, EntryPage(PlaceEntry)),
        ),
    );
    entries = pages.flatMap((p) => p.entries);
  } catch {
    // No index for the place (no story concerns it) or a damaged one: no stories to show.
  }
  store.getState().placeLoaded(place, entries);
}
