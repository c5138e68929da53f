// User Timing marks the bench reads (scripts/bench.ts): when each map first showed the reader something.
export const PERF_MARKS = {
  /** The SVG map's first frame. */
  firstMapPaint: 'north-atlas:first-map-paint',
  /** The SVG map bound to the store: the page answers the reader (on a prerendered page, once hydrated). */
  mapLive: 'north-atlas:map-live',
  /** The GL map's first `idle`, when it takes over from the SVG. */
  glMapIdle: 'north-atlas:gl-map-idle',
} as const;

/**
 * Marks the SVG map's first paint: its next frame when it draws now, or, when it took over a map the
 * prerendered HTML already showed, the page's first contentful paint (the map was part of it).
 * Returns the animation frame to cancel (0 for none).
 */
export function markFirstMapPaint(prerendered: boolean): number {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  if (!prerendered || !fcp) return requestAnimationFrame(() => performance.mark(PERF_MARKS.firstMapPaint));
  performance.mark(PERF_MARKS.firstMapPaint, { startTime: fcp.startTime });
  return 0;
}
