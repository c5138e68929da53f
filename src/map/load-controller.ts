import type * as Controller from './controller.ts';

// The GL map as a chunk of its own, fetched only when the reader reaches for the map (see MapView.tsx),
// so MapLibre's megabyte of code never stands between the reader and the first picture. (vite.config.ts
// swaps in the eager variant beside this file for the bench's comparison build.)

type ControllerModule = typeof Controller;

/** Wait for the reader to reach for the map before fetching MapLibre. */
export const DEFER_MAP = true;

export function loadController(): Promise<ControllerModule> {
  return import('./controller.ts');
}
