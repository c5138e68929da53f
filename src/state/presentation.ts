import type { Story } from '../story/schema.ts';
import type { Geography } from './geography.ts';
import type { Atlas, AtlasState, Via } from './store.ts';
import { buildTour, type Stop, type Tour } from './tour.ts';

// The presentation slice of the store: the facts a presenter chooses (showing, which stop, screen blanked).
// The stops themselves are derived from the story and the map by selectTour, never stored.

export interface PresentationState {
  /** The page is showing the story to a room: chrome hidden, the map large, keys step the tour. */
  presenting: boolean;
  /** Index of the current stop in selectTour's stops. */
  tourStep: number;
  /** The audience screen is black (B or .), as in slide software. */
  blanked: boolean;
  /** What caused the latest step or blank change, so a synced window does not echo what it was told. */
  presentVia: Via;
}

export interface PresentationActions {
  present(on: boolean, opts: { via: Via }): void;
  /** Go to a stop (clamped to the tour) and select its place so the map and the text follow. */
  goToStep(index: number, opts: { via: Via }): void;
  stepBy(delta: number, opts: { via: Via }): void;
  setBlanked(blanked: boolean, opts: { via: Via }): void;
}

export const initialPresentation: PresentationState = {
  presenting: false,
  tourStep: 0,
  blanked: false,
  presentVia: 'init',
};

const EMPTY_TOUR: Tour = { stops: [], skipped: [] };
let memo: { story: Story; geo: Geography; tour: Tour } | null = null;

/** The tour of the loaded story, computed once per story and map. */
export function selectTour(s: Pick<AtlasState, 'story' | 'geo'>): Tour {
  const { story, geo } = s;
  if (!story || !geo) return EMPTY_TOUR;
  if (memo?.story !== story || memo.geo !== geo) memo = { story, geo, tour: buildTour(story, geo.places) };
  return memo.tour;
}

export function selectStop(s: AtlasState, offset = 0): Stop | null {
  return selectTour(s).stops[s.tourStep + offset] ?? null;
}

type Set = (partial: Partial<AtlasState>) => void;

export function presentationActions(set: Set, get: () => Atlas): PresentationActions {
  return {
    present: (on, { via }) => {
      if (get().presenting === on) return;
      set({ presenting: on, presentVia: via, ...(on ? {} : { blanked: false }) });
      if (on) get().goToStep(get().tourStep, { via });
    },
    goToStep: (index, { via }) => {
      const { stops } = selectTour(get());
      if (stops.length === 0 || !Number.isFinite(index)) return;
      const step = Math.min(Math.max(0, Math.trunc(index)), stops.length - 1);
      if (step !== get().tourStep) set({ tourStep: step, presentVia: via });
      const stop = stops[step];
      if (stop) get().select(stop.place, { via: 'tour' });
    },
    stepBy: (delta, { via }) => get().goToStep(get().tourStep + delta, { via }),
    setBlanked: (blanked, { via }) => {
      if (get().blanked !== blanked) set({ blanked, presentVia: via });
    },
  };
}
