import type { PlaceEntry } from '../story/index-entries.ts';

// "Other stories about <place>": where the site's indexes are and which story this is (set by the page), and
// each place's index once fetched (related-load.ts). What a reading lists is derived (related-select.ts, loaded with the list).

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

/** What a page at `root` lists beside its story: `?story=<slug>`, else the page's own story (null: the default). */
export function relatedSource(root: string, search: string, pageSlug: string | null = null): RelatedSource {
  return { root, current: new URLSearchParams(search).get('story') ?? pageSlug };
}
