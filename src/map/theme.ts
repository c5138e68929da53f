// Colours and widths of the map, in one place, so every renderer draws the same picture.
export const theme = {
  water: '#dfe9ef',
  neighbourFill: '#eceae4',
  neighbourLine: '#b9b5aa',
  contextFill: '#f4f2ec',
  contextLine: '#c9c4b8',
  /** Province fill from "not in the story" to "the story's main ground". */
  shareRamp: ['#f6efe0', '#f0c987', '#de8d47', '#b85a2b'] as const,
  provinceLine: '#5b4636',
  districtLine: '#8a7765',
  nationalBorder: '#1f1a17',
  /** The border a district shares, by the country it faces. */
  borderByCountry: {
    TJK: '#2a7f62',
    UZB: '#3568a8',
    TKM: '#7b4fa0',
    CHN: '#b0343c',
    PAK: '#9a6b00',
  } as Record<string, string>,
  borderDefault: '#555555',
  hoverFill: '#ffffff',
  selectedLine: '#0b57d0',
  capital: '#1f1a17',
  /** A pinned village, base or crossing: a red dot, apart from the capitals' white ones. */
  pin: '#b3261e',
  dimOpacity: 0.35,
  /** White veils over a district or province, by its state. */
  districtHoverOpacity: 0.45,
  districtSelectedOpacity: 0.3,
  provinceHoverOpacity: 0.35,
  districtLineOpacity: 0.8,
} as const;

/** Line widths in screen px; a pair list is [zoom, px] stops, linear between them and flat outside. */
export const widths = {
  neighbourLine: 0.8,
  contextLine: 0.6,
  provinceLine: 1.6,
  nationalBorder: 1.6,
  selectedDistrictLine: 3,
  selectedProvinceLine: 3.5,
  districtLine: [
    [5, 0.4],
    [9, 1.2],
  ],
  borderSegment: [
    [5, 4],
    [9, 8],
  ],
  capitalRadius: 4,
  capitalStroke: 2,
  pinRadius: 5,
  pinSelectedRadius: 7,
  pinStroke: 1.5,
  /** A pin's label sits above its dot, by this many px. */
  pinLabelOffset: 14,
} as const;

export type ZoomStops = readonly (readonly [number, number])[];

/** A width at a zoom, interpolated as MapLibre's ['interpolate', ['linear'], ['zoom'], …] does. */
export function atZoom(stops: ZoomStops, zoom: number): number {
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return 0;
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a && b && zoom <= b[0]) return a[1] + ((b[1] - a[1]) * (zoom - a[0])) / (b[0] - a[0]);
  }
  return last[1];
}

/** Share thresholds (of the story's passages) at which the ramp steps; shown in the legend. */
export const SHARE_STOPS = [0, 0.1, 0.3, 0.6] as const;
