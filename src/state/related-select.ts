import type { PlaceEntry } from '../story/index-entries.ts';
import type { Geography } from './geography.ts';
import type { RelatedState } from './related.ts';

// What a reading's "Other stories" lists, derived from the store's facts. Its own module, loaded with the list
// (RelatedStories.tsx), so none of it is in the reader's first view.

/**
 * The places whose indexes a reading lists: the place, then a district's province. A pin is one story's own
 * (no index has it): its reading lists its district's stories, then its province's — when that province is
 * a place of the map (a pin elsewhere in Afghanistan lies in a province no index has).
 */
export function relatedPlaces(geo: Geography, place: string): string[] {
  const here = geo.places.get(place);
  if (here?.kind === 'pin')
    return [here.district, here.province].filter((id): id is string => !!id && geo.places.has(id));
  return here?.province ? [place, here.province] : [place];
}

export interface RelatedGroup {
  place: string;
  entries: PlaceEntry[];
}

/**
 * Other stories about the place: its own first, then (for a district) its province's not listed already,
 * never the story shown. Empty groups are left out; undefined while an index is still to come.
 */
export function relatedFor(state: RelatedState, geo: Geography, place: string): RelatedGroup[] | undefined {
  const source = state.relatedSource;
  if (!source) return [];
  const seen = new Set<string>();
  const groups: RelatedGroup[] = [];
  for (const id of relatedPlaces(geo, place)) {
    const entries = state.relatedStories[id];
    if (entries === undefined) return undefined;
    const others = (entries ?? []).filter((e) => {
      const isCurrent = source.current === null ? e.default === true : e.slug === source.current;
      if (isCurrent || seen.has(e.slug)) return false;
      seen.add(e.slug);
      return true;
    });
    if (others.length > 0) groups.push({ place: id, entries: others });
  }
  return groups;
}
