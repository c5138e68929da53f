import { createStore } from 'zustand/vanilla';
import type { Language } from './store.ts';
import type { ListEntry, ListHead } from '../story/index-entries.ts';
import type { ListMap } from './list-map-schema.ts';

// The list page's store: what was fetched (the list's head and pages, the counts, the map, each place's
// stories) and what the reader chose (the place, the date range, the language). What shows is derived
// (list-selectors.ts).

export interface ListState {
  language: Language;
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  head: ListHead | null;
  /** The list's pages fetched so far, in order. */
  stories: ListEntry[];
  pagesLoaded: number;
  counts: Record<string, number>;
  map: ListMap | null;
  /** The stories about a place, once its index has been fetched. */
  byPlace: Record<string, ListEntry[]>;
  /** The place filter's text as typed. */
  query: string;
  place: string | null;
  from: string;
  to: string;
}

export interface ListActions {
  loaded(part: Partial<Pick<ListState, 'head' | 'stories' | 'pagesLoaded' | 'counts' | 'map'>>): void;
  failed(error: string): void;
  placeLoaded(place: string, stories: ListEntry[]): void;
  /** The place filter's text changed; `place` is the place it names, if any. */
  typed(query: string, place: string | null): void;
  choosePlace(place: string | null, name: string): void;
  setRange(from: string, to: string): void;
  setLanguage(language: Language): void;
  clear(): void;
}

export type ListStore = ReturnType<typeof createListStore>;

export function createListStore(initial: Partial<ListState> = {}) {
  return createStore<ListState & ListActions>()((set) => ({
    language: 'en',
    status: 'loading',
    error: null,
    head: null,
    stories: [],
    pagesLoaded: 0,
    counts: {},
    map: null,
    byPlace: {},
    query: '',
    place: null,
    from: '',
    to: '',
    ...initial,
    loaded: (part) => set({ ...part, status: 'ready' }),
    failed: (error) => set({ status: 'failed', error }),
    placeLoaded: (place, stories) => set((s) => ({ byPlace: { ...s.byPlace, [place]: stories } })),
    typed: (query, place) => set({ query, place }),
    choosePlace: (place, name) => set({ place, query: name }),
    setRange: (from, to) => set({ from, to }),
    setLanguage: (language) => set({ language }),
    clear: () => set({ place: null, query: '', from: '', to: '' }),
  }));
}
