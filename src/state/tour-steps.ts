import type { Story } from '../story/schema.ts';
import type { Geography } from './geography.ts';
import type { AtlasState, AtlasStore, Via } from './store.ts';
import { buildTour, type Stop, type Tour } from './tour.ts';

// Moving through a presentation's tour: the stops derived from the story and the map, and the steps between
// them. The code that builds a tour comes with the presentation (its chunk, the presenter's page, the
// windows' sync), not with the reader's first view, which never needs it (1 KB gzip).

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

/** Goes to a stop (clamped to the tour) and selects its place so the map and the text follow. */
export function goToStep(store: AtlasStore, index: number, { via }: { via: Via }): void {
  const s = store.getState();
  const { stops } = selectTour(s);
  if (stops.length === 0 || !Number.isFinite(index)) return;
  const step = Math.min(Math.max(0, Math.trunc(index)), stops.length - 1);
  if (step !== s.tourStep) store.setState({ tourStep: step, presentVia: via });
  const stop = stops[step];
  if (stop) store.getState().select(stop.place, { via: 'tour' });
}

export const stepBy = (store: AtlasStore, delta: number, opts: { via: Via }): void =>
  goToStep(store, store.getState().tourStep + delta, opts);
