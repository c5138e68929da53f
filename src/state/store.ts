import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { ListEntry } from '../story/index-entries.ts';
import type { Story } from '../story/schema.ts';
import type { Geography } from './geography.ts';
import type { Notice } from './notice.ts';
import { withPins } from './pin-places.ts';
import {
  initialPresentation,
  presentationActions,
  type PresentationActions,
  type PresentationState,
} from './presentation.ts';
import { initialRelated, relatedActions, type RelatedActions, type RelatedState } from './related.ts';

// The single source of truth. Facts the user chose live here; everything derivable is a selector.

// 'tour': a presentation stepped to the place; 'channel': another window of the presentation said so.
export type Via = 'map' | 'text' | 'url' | 'key' | 'list' | 'embed' | 'init' | 'tour' | 'channel';
export type Language = 'en' | 'da';
export type PanelView = 'place' | 'story';
export type Theme = 'light' | 'dark';

export interface AtlasState extends PresentationState, RelatedState {
  status: 'loading' | 'ready' | 'error';
  error: Notice | null;
  story: Story | null;
  geo: Geography | null;
  /** Non-fatal problems worth telling the reader (e.g. the story failed but the map works). */
  notices: Notice[];
  /** The site's stories, listed when the one the URL asks for (`?story=`) cannot be shown. */
  storyChoices: ListEntry[];
  selected: string | null;
  /** What caused the latest selection change: the map flies only for some causes, the URL ignores its own. */
  selectedVia: Via;
  hovered: string | null;
  language: Language;
  view: PanelView;
  sheetExpanded: boolean;
  /**
   * The colours drawn, chosen by an embedding page (`theme=dark`, or the reader's colour scheme under
   * `theme=auto`); the reader itself stays light.
   */
  theme: Theme;
  /** The selection's colour, an embedding page's brand (`accent=#c00`); null draws the theme's own. */
  accent: string | null;
  /** False for a static locator map (`interactive=false` in an embed): no pointer or keyboard on the map. */
  mapInteractive: boolean;
}

export interface AtlasActions extends PresentationActions, RelatedActions {
  loaded(data: { story: Story | null; geo: Geography; notices?: Notice[] }): void;
  failed(notice: Notice): void;
  select(id: string | null, opts: { via: Via }): void;
  clear(opts: { via: Via }): void;
  hover(id: string | null): void;
  setLanguage(language: Language): void;
  showView(view: PanelView): void;
  setSheetExpanded(expanded: boolean): void;
  setTheme(theme: Theme): void;
}

export type Atlas = AtlasState & AtlasActions;

export const initialState: AtlasState = {
  status: 'loading',
  error: null,
  story: null,
  geo: null,
  notices: [],
  storyChoices: [],
  selected: null,
  selectedVia: 'init',
  hovered: null,
  language: 'en',
  view: 'place',
  sheetExpanded: false,
  theme: 'light',
  accent: null,
  mapInteractive: true,
  ...initialPresentation,
  ...initialRelated,
};

/** The facts once the data is in: what `loaded` sets, and what a prerendered page starts from. */
export function loadedState(data: {
  story: Story | null;
  geo: Geography;
  notices?: Notice[];
}): Pick<AtlasState, 'status' | 'story' | 'geo' | 'notices' | 'error'> {
  // A story's pins are places of its map (pin-places.ts).
  const geo = withPins(data.geo, data.story?.pins);
  return { status: 'ready', story: data.story, geo, notices: data.notices ?? [], error: null };
}

export function createAtlasStore(init: Partial<AtlasState> = {}) {
  return createStore<Atlas>()(
    subscribeWithSelector((set, get) => ({
      ...initialState,
      ...init,
      loaded: (data) => {
        const { selected } = get();
        // A selection made before the data arrived (a deep link) survives only if the place exists.
        const state = loadedState(data);
        const keep = selected !== null && state.geo?.places.has(selected) ? selected : null;
        set({ ...state, selected: keep });
      },
      failed: (notice) => set({ status: 'error', error: notice }),
      select: (id, { via }) => {
        const { geo, selected } = get();
        if (id !== null && geo && !geo.places.has(id)) return;
        if (id === selected) {
          if (id !== null) set({ view: 'place', selectedVia: via });
          return;
        }
        set({ selected: id, selectedVia: via, view: 'place' });
      },
      clear: ({ via }) => {
        if (get().selected !== null) set({ selected: null, selectedVia: via });
      },
      hover: (id) => {
        if (get().hovered !== id) set({ hovered: id });
      },
      setLanguage: (language) => set({ language }),
      showView: (view) => set({ view, sheetExpanded: true }),
      setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
      setTheme: (theme) => {
        if (get().theme !== theme) set({ theme });
      },
      ...presentationActions(set, get),
      ...relatedActions(set),
    })),
  );
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
