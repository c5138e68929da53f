import type { PlaceEntry } from '../story/index-entries.ts';
import type { Geography } from './geography.ts';

// "Other stories about <place>": where the site's indexes are and which story this is (set by the page), and
// each place's index once fetched (related-load.ts). What a reading lists is derived (relatedFor).

export interface RelatedSource {
  /** The site's root relative to this page. */
  root: string;
  /** The story shown: its slug, or null for the site's default story. */
  current: string | null;
}

export interface RelatedState {
  /** Null: the page lists no other stories (an embed without `related=true`, a page built in Node). */
  relatedSource: RelatedSource | null;
  /** A place's newest stories from its index; null when it has none or the index could not be read. */
  relatedStories: Record<string, PlaceEntry[] | null>;
}

export interface RelatedActions {
  relatedLoaded(place: string, entries: PlaceEntry[] | null): void;
}

export const initialRelated: RelatedState = { relatedSource: null, relatedStories: {} };

type Set = (partial: (s: RelatedState) => Partial<RelatedState>) => void;

export function relatedActions(set: Set): RelatedActions {
  return {
    relatedLoaded: (place, entries) =>
      set((s) => ({ relatedStories: { ...s.relatedStories, [place]: entries } })),
  };
}

/** The places whose indexes a reading lists: the place, then a district's province. */
export function relatedPlaces(geo: Geography, place: string): string[] {
  const province = geo.places.get(place)?.province;
  return province ? [place, province] : [place];
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

/** What a page at `root` lists beside its story: `?story=<slug>`, else the page's own story (null: the default). */
export function relatedSource(root: string, search: string, pageSlug: string | null = null): RelatedSource {
  return { root, current: new URLSearchParams(search).get('story') ?? pageSlug };
}
