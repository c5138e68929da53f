import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { SHARE_STOPS, theme, widths, type ZoomStops } from './theme.ts';

// The whole style is data defined here: no remote tiles, glyphs, sprites or fonts.

/** The interpolation stops flattened for a MapLibre expression. */
const stopsFlat = (stops: ZoomStops): number[] => stops.flatMap(([z, w]) => [z, w]);

export const SOURCES = {
  neighbours: 'neighbours',
  context: 'context',
  afghanistan: 'afghanistan',
  provinces: 'provinces',
  districts: 'districts',
  borders: 'border-segments',
  capitals: 'capitals',
  pins: 'pins',
} as const;

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

const shareColour: ExpressionSpecification = [
  'step',
  ['coalesce', ['feature-state', 'share'], 0],
  theme.shareRamp[0],
  SHARE_STOPS[1],
  theme.shareRamp[1],
  SHARE_STOPS[2],
  theme.shareRamp[2],
  SHARE_STOPS[3],
  theme.shareRamp[3],
];

const borderColour: ExpressionSpecification = [
  'match',
  ['get', 'country'],
  ...Object.entries(theme.borderByCountry).flat(),
  theme.borderDefault,
] as unknown as ExpressionSpecification;

export const LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': theme.water } },
  {
    id: 'neighbours-fill',
    type: 'fill',
    source: SOURCES.neighbours,
    paint: { 'fill-color': theme.neighbourFill },
  },
  {
    id: 'neighbours-line',
    type: 'line',
    source: SOURCES.neighbours,
    paint: { 'line-color': theme.neighbourLine, 'line-width': widths.neighbourLine },
  },
  {
    id: 'context-fill',
    type: 'fill',
    source: SOURCES.context,
    paint: { 'fill-color': theme.contextFill },
  },
  {
    id: 'context-line',
    type: 'line',
    source: SOURCES.context,
    paint: { 'line-color': theme.contextLine, 'line-width': widths.contextLine },
  },
  {
    id: 'provinces-fill',
    type: 'fill',
    source: SOURCES.provinces,
    paint: {
      'fill-color': shareColour,
      'fill-opacity': ['case', state('dim'), theme.dimOpacity, 1],
    },
  },
  {
    id: 'districts-fill',
    type: 'fill',
    source: SOURCES.districts,
    paint: {
      'fill-color': theme.hoverFill,
      'fill-opacity': [
        'case',
        state('hover'),
        theme.districtHoverOpacity,
        state('selected'),
        theme.districtSelectedOpacity,
        0,
      ],
    },
  },
  {
    id: 'districts-line',
    type: 'line',
    source: SOURCES.districts,
    paint: {
      'line-color': theme.districtLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], ...stopsFlat(widths.districtLine)],
      'line-opacity': theme.districtLineOpacity,
    },
  },
  {
    id: 'provinces-hover',
    type: 'fill',
    source: SOURCES.provinces,
    paint: {
      'fill-color': theme.hoverFill,
      'fill-opacity': ['case', state('hover'), theme.provinceHoverOpacity, 0],
    },
  },
  {
    id: 'provinces-line',
    type: 'line',
    source: SOURCES.provinces,
    paint: { 'line-color': theme.provinceLine, 'line-width': widths.provinceLine },
  },
  {
    id: 'border-segments',
    type: 'line',
    source: SOURCES.borders,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': borderColour,
      'line-width': ['interpolate', ['linear'], ['zoom'], ...stopsFlat(widths.borderSegment)],
    },
  },
  {
    id: 'national-border',
    type: 'line',
    source: SOURCES.afghanistan,
    paint: { 'line-color': theme.nationalBorder, 'line-width': widths.nationalBorder },
  },
  {
    id: 'selected-district-line',
    type: 'line',
    source: SOURCES.districts,
    paint: {
      'line-color': theme.selectedLine,
      'line-width': widths.selectedDistrictLine,
      'line-opacity': ['case', state('selected'), 1, 0],
    },
  },
  {
    id: 'selected-province-line',
    type: 'line',
    source: SOURCES.provinces,
    paint: {
      'line-color': theme.selectedLine,
      'line-width': widths.selectedProvinceLine,
      'line-opacity': ['case', state('selected'), 1, 0],
    },
  },
  {
    id: 'capitals',
    type: 'circle',
    source: SOURCES.capitals,
    paint: {
      'circle-radius': widths.capitalRadius,
      'circle-color': '#ffffff',
      'circle-stroke-color': theme.capital,
      'circle-stroke-width': widths.capitalStroke,
    },
  },
  {
    id: 'pins',
    type: 'circle',
    source: SOURCES.pins,
    paint: {
      'circle-radius': ['case', state('selected'), widths.pinSelectedRadius, widths.pinRadius],
      'circle-color': theme.pin,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': widths.pinStroke,
    },
  },
];

/** Layers a pointer can pick, most specific first. */
export const PICKABLE = ['pins', 'districts-fill', 'provinces-fill', 'neighbours-fill'] as const;

export function baseStyle(): StyleSpecification {
  return { version: 8, sources: {}, layers: [LAYERS[0] as LayerSpecification] };
}
