// User Timing marks the bench reads (scripts/bench.ts): when each map first showed the reader something.
export const PERF_MARKS = {
  /** The SVG map's first frame. */
  firstMapPaint: 'north-atlas:first-map-paint',
  /** The GL map's first `idle`, when it takes over from the SVG. */
  glMapIdle: 'north-atlas:gl-map-idle',
} as const;
