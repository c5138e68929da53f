import * as controller from './controller.ts';

type ControllerModule = typeof controller;

// What a straightforward build does: MapLibre in the entry chunk, started at once. Only the bench's
// comparison build (NORTH_ATLAS_EAGER_MAP=1) uses this file, in place of load-controller.ts.

export const DEFER_MAP = false;

export function loadController(): Promise<ControllerModule> {
  return Promise.resolve(controller);
}
