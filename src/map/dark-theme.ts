import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../state/store.ts';

// The dark theme recolours only the surroundings (water, neighbours, lines around the provinces): the provinces
// keep the story-share ramp so the legend, read from the same theme, stays true in both themes.

type Paint = Record<string, unknown>;

export const DARK_PAINT: Readonly<Record<string, Paint>> = {
  background: { 'background-color': '#14212b' },
  'neighbours-fill': { 'fill-color': '#262a2e' },
  'neighbours-line': { 'line-color': '#4b5157' },
  'context-fill': { 'fill-color': '#30343a' },
  'context-line': { 'line-color': '#575d64' },
  'national-border': { 'line-color': '#e8e2d6' },
};

/** A layer as drawn in the given theme: the light layer itself, or a copy with dark paint merged in. */
export function themedLayer(layer: LayerSpecification, theme: Theme): LayerSpecification {
  const dark = theme === 'dark' ? DARK_PAINT[layer.id] : undefined;
  if (!dark) return layer;
  return { ...layer, paint: { ...(layer.paint as Paint | undefined), ...dark } } as LayerSpecification;
}

export function themedStyle(style: StyleSpecification, theme: Theme): StyleSpecification {
  return theme === 'light' ? style : { ...style, layers: style.layers.map((l) => themedLayer(l, theme)) };
}
