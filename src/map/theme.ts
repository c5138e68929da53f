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
  dimOpacity: 0.35,
} as const;

/** Share thresholds (of the story's passages) at which the ramp steps; shown in the legend. */
export const SHARE_STOPS = [0, 0.1, 0.3, 0.6] as const;
