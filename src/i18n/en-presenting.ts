import type { Catalog } from './types.ts';

// A presentation's words in English (the reader's full-screen tour, and the presenter view's progress bar):
// they join the English catalog when the presentation's chunk loads (Presentation.tsx, withPresenterWords),
// so the reader's first view never carries them. Dari has them in its own chunk.

export const presentingMessages = {
  'present.none': 'This story has no places on the map to present.',
  'present.presenter': 'Presenter view',
  'present.leave': 'Leave',
  'present.blanked': 'Screen blanked. Press B to show it again.',
  'present.status': 'Stop {n} of {total}: {title}.',
  'present.tour': 'Tour',
  'present.prev': 'Previous stop',
  'present.next': 'Next stop',
  'present.progress': 'Tour progress',
  'present.stopOf': 'Stop {n} of {total}',
  'present.goTo': 'Go to stop {n} — press Enter',
} as const satisfies Record<string, Catalog['messages'][string]>;
