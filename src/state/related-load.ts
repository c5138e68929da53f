import * as v from 'valibot';
import { EntryPage, INDEX_FILES, PlaceEntry } from '../story/index-entries.ts';
import { IndexHead } from '../story/paged-index.ts';
import { fetchJson } from './fetch-json.ts';
import { relatedPlaces } from './related-select.ts';
import type { AtlasStore } from './store.ts';

// Fetches what a reading's "Other stories" needs: the head and newest page of the place's index and of a
// district's province (a few kilobytes each), once per place. An index that is missing or damaged lists
// nothing: the reading shows without the list, never an error.

async function newestOf(root: string, place: string): Promise<PlaceEntry[] | null> {
  try {
    const head = v.parse(IndexHead, await fetchJson(`${root}data/${INDEX_FILES.placeHead(place)}`));
    const first = head.pages[0];
    if (!first) return null;
    const page = await fetchJson(`${root}data/${INDEX_FILES.placePage(place, first.id)}`);
    return v.parse(EntryPage(PlaceEntry), page).entries;
  } catch {
    return null;
  }
}

/** Places whose index is on its way, per store: a second reading of the place does not fetch it again. */
const asked = new WeakMap<AtlasStore, Set<string>>();

export function loadRelated(store: AtlasStore, place: string): void {
  const { geo, relatedSource } = store.getState();
  if (!geo || !relatedSource) return;
  const pending = asked.get(store) ?? new Set<string>();
  asked.set(store, pending);
  for (const id of relatedPlaces(geo, place)) {
    if (pending.has(id)) continue;
    pending.add(id);
    void newestOf(relatedSource.root, id).then((entries) => store.getState().relatedLoaded(id, entries));
  }
}
