import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureStates } from './feature-states.ts';
import type { Geography } from '../state/geography.ts';
import { LAYERS, SOURCES } from './style.ts';
import { theme, widths } from './theme.ts';

// Presenting, the room should see at once where to look: the current place stays as drawn and everything
// around it is veiled. The reader already dims the other provinces on a selection; the spotlight also veils
// the other districts and the neighbouring countries, and outlines a selected country as it does a province.

/** How much of the colour beneath a veiled district or country still shows through, 0..1. */
const VEIL_OPACITY = 0.6;

const dimmed = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Each layer with the id of the style layer it goes beneath, so lines and labels stay on top. */
const UNDER: { layer: LayerSpecification; before: string }[] = [
  {
    before: 'neighbours-line',
    layer: {
      id: 'spotlight-neighbours',
      type: 'fill',
      source: SOURCES.neighbours,
      paint: { 'fill-color': theme.hoverFill, 'fill-opacity': ['case', dimmed('dim'), VEIL_OPACITY, 0] },
    },
  },
  {
    before: 'districts-line',
    layer: {
      id: 'spotlight-districts',
      type: 'fill',
      source: SOURCES.districts,
      paint: { 'fill-color': theme.hoverFill, 'fill-opacity': ['case', dimmed('dim'), VEIL_OPACITY, 0] },
    },
  },
  {
    before: 'capitals',
    layer: {
      id: 'selected-country-line',
      type: 'line',
      source: SOURCES.neighbours,
      paint: {
        'line-color': theme.selectedLine,
        'line-width': widths.selectedProvinceLine,
        'line-opacity': ['case', dimmed('selected'), 1, 0],
      },
    },
  },
];

/** MapLibre refuses a layer placed before one it lacks: a renamed style layer only moves the veil to the top. */
export const SPOTLIGHT_LAYERS = UNDER.map(({ layer, before }) => ({
  layer,
  before: LAYERS.some((l) => l.id === before) ? before : undefined,
}));

/** Veils every district and country that is neither the selected place nor inside it; lifts all when off. */
export function applySpotlight(
  map: FeatureStates,
  geo: Geography,
  selected: string | null,
  on: boolean,
): void {
  const place = selected ? geo.places.get(selected) : undefined;
  const lit = on && place !== undefined;
  for (const id of geo.districts) {
    const inside = id === place?.id || geo.places.get(id)?.province === place?.id;
    map.setFeatureState({ source: SOURCES.districts, id }, { dim: lit && !inside });
  }
  for (const { id } of geo.countries) {
    map.setFeatureState({ source: SOURCES.neighbours, id }, { dim: lit && id !== place?.id });
  }
}
