import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { SHARE_STOPS, theme } from './theme.ts';

// The whole style is data defined here: no remote tiles, glyphs, sprites or fonts.

export const SOURCES = {
  neighbours: 'neighbours',
  context: 'context',
  afghanistan: 'afghanistan',
  provinces: 'provinces',
  districts: 'districts',
  borders: 'border-segments',
  capitals: 'capitals',
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
    paint: { 'line-color': theme.neighbourLine, 'line-width': 0.8 },
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
    paint: { 'line-color': theme.contextLine, 'line-width': 0.6 },
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
      'fill-opacity': ['case', state('hover'), 0.45, state('selected'), 0.3, state('dim'), 0.25, 0],
    },
  },
  {
    id: 'districts-line',
    type: 'line',
    source: SOURCES.districts,
    paint: {
      'line-color': theme.districtLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4, 9, 1.2],
      'line-opacity': 0.8,
    },
  },
  {
    id: 'provinces-hover',
    type: 'fill',
    source: SOURCES.provinces,
    paint: { 'fill-color': theme.hoverFill, 'fill-opacity': ['case', state('hover'), 0.35, 0] },
  },
  {
    id: 'provinces-line',
    type: 'line',
    source: SOURCES.provinces,
    paint: { 'line-color': theme.provinceLine, 'line-width': 1.6 },
  },
  {
    id: 'border-segments',
    type: 'line',
    source: SOURCES.borders,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': borderColour, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 4, 9, 8] },
  },
  {
    id: 'national-border',
    type: 'line',
    source: SOURCES.afghanistan,
    paint: { 'line-color': theme.nationalBorder, 'line-width': 1.6 },
  },
  {
    id: 'selected-district-line',
    type: 'line',
    source: SOURCES.districts,
    paint: {
      'line-color': theme.selectedLine,
      'line-width': 3,
      'line-opacity': ['case', state('selected'), 1, 0],
    },
  },
  {
    id: 'selected-province-line',
    type: 'line',
    source: SOURCES.provinces,
    paint: {
      'line-color': theme.selectedLine,
      'line-width': 3.5,
      'line-opacity': ['case', state('selected'), 1, 0],
    },
  },
  {
    id: 'capitals',
    type: 'circle',
    source: SOURCES.capitals,
    paint: {
      'circle-radius': 4,
      'circle-color': '#ffffff',
      'circle-stroke-color': theme.capital,
      'circle-stroke-width': 2,
    },
  },
];

/** Layers a pointer can pick, most specific first. */
export const PICKABLE = ['districts-fill', 'provinces-fill', 'neighbours-fill'] as const;

export function baseStyle(): StyleSpecification {
  return { version: 8, sources: {}, layers: [LAYERS[0] as LayerSpecification] };
}
