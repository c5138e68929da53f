import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { AtlasState } from '../state/store.ts';

// The dark theme recolours only the surroundings (water, neighbours, lines around the provinces): the provinces
// keep the story-share ramp so the legend, read from the same theme, stays true in both themes. An embedding
// page's accent recolours the selection's outlines. Both maps read their paint from here, the SVG map by
// layer id as well, so the two pictures match in every look.

type Paint = Record<string, unknown>;

/** What the maps' colours depend on besides the light theme: the store's theme and accent. */
export type Look = Pick<AtlasState, 'theme' | 'accent'>;

export const DARK_PAINT: Readonly<Record<string, Paint>> = {
  background: { 'background-color': '#14212b' },
  'neighbours-fill': { 'fill-color': '#262a2e' },
  'neighbours-line': { 'line-color': '#4b5157' },
  'context-fill': { 'fill-color': '#30343a' },
  'context-line': { 'line-color': '#575d64' },
  'national-border': { 'line-color': '#e8e2d6' },
};

/** The layers that outline the selection, which an accent recolours. */
export const ACCENT_LAYERS = ['selected-district-line', 'selected-province-line', 'selected-country-line'];

/** The paint a layer takes over its light self in this look; undefined where it keeps its own. */
export function lookPaint(layerId: string, look: Look): Paint | undefined {
  const dark = look.theme === 'dark' ? DARK_PAINT[layerId] : undefined;
  const accent = look.accent && ACCENT_LAYERS.includes(layerId) ? { 'line-color': look.accent } : undefined;
  return dark || accent ? { ...dark, ...accent } : undefined;
}

/** The ids of every layer some look repaints: what a change of look has to visit. */
export const LOOK_LAYERS: readonly string[] = [...Object.keys(DARK_PAINT), ...ACCENT_LAYERS];

/** A layer as drawn in the given look: the light layer itself, or a copy with the look's paint merged in. */
export function themedLayer(layer: LayerSpecification, look: Look): LayerSpecification {
  const paint = lookPaint(layer.id, look);
  if (!paint) return layer;
  return { ...layer, paint: { ...(layer.paint as Paint | undefined), ...paint } } as LayerSpecification;
}

export function themedStyle(style: StyleSpecification, look: Look): StyleSpecification {
  return { ...style, layers: style.layers.map((l) => themedLayer(l, look)) };
}

/**
 * Every paint property a change from one look to another sets, with its value in the new look (the light
 * layer's own value where the new look has none): MapLibre's setPaintProperty calls for a live change.
 */
export function lookChanges(
  layers: readonly Pick<LayerSpecification, 'id' | 'paint'>[],
  look: Look,
): { layer: string; key: string; value: unknown }[] {
  const changes: { layer: string; key: string; value: unknown }[] = [];
  for (const layer of layers) {
    if (!LOOK_LAYERS.includes(layer.id)) continue;
    const light = (layer.paint ?? {}) as Paint;
    const keys = new Set([
      ...Object.keys(DARK_PAINT[layer.id] ?? {}),
      ...(ACCENT_LAYERS.includes(layer.id) ? ['line-color'] : []),
    ]);
    const now = lookPaint(layer.id, look) ?? {};
    for (const key of keys) changes.push({ layer: layer.id, key, value: now[key] ?? light[key] });
  }
  return changes;
}
