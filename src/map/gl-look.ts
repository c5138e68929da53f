import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { ACCENT_LAYERS, DARK_PAINT, lookPaint, type Look } from './dark-theme.ts';

// The looks of dark-theme.ts applied to the GL map's layers: a whole style, or MapLibre's live paint changes.
// Only the GL controller uses these, so they load with it, not with the SVG map of the first view.

type Paint = Record<string, unknown>;

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
