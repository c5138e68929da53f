import type { Atlas, AtlasState, Via } from './store.ts';

// The presentation slice of the store: the facts a presenter chooses (showing, which stop, screen blanked).
// The stops themselves are derived from the story and the map by selectTour (tour-steps.ts, loaded with the
// presentation), never stored, and so are the steps between them.

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
  /** The current stop's place is then selected by the windows' sync (present-sync.ts), with the tour's code. */
  present(on: boolean, opts: { via: Via }): void;
  setBlanked(blanked: boolean, opts: { via: Via }): void;
}

export const initialPresentation: PresentationState = {
  presenting: false,
  tourStep: 0,
  blanked: false,
  presentVia: 'init',
};

type Set = (partial: Partial<AtlasState>) => void;

export function presentationActions(set: Set, get: () => Atlas): PresentationActions {
  return {
    present: (on, { via }) => {
      if (get().presenting === on) return;
      set({ presenting: on, presentVia: via, ...(on ? {} : { blanked: false }) });
    },
    setBlanked: (blanked, { via }) => {
      if (get().blanked !== blanked) set({ blanked, presentVia: via });
    },
  };
}
