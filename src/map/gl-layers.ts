import type { Map as GlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { featuresOf, type Geography } from '../state/geography.ts';
import type { AtlasStore } from '../state/store.ts';
import type { Look } from './dark-theme.ts';
import { lookChanges, themedLayer } from './gl-look.ts';
import { borderSegments, capitals, collection, nationalBorder, pinPoints } from './overlays.ts';
import { SPOTLIGHT_LAYERS } from './spotlight.ts';
import { LAYERS, SOURCES } from './style.ts';

// What the GL map draws: the geography's sources and the style's layers (the first, the background, comes
// with the style the map opens with), in the store's look, repainted when the look changes.

/** The store's theme and accent. */
export const lookOf = (store: AtlasStore): Look => ({
  theme: store.getState().theme,
  accent: store.getState().accent,
});

/** Adds every source and layer past the background, drawn in `look`. */
export function addLayers(map: GlMap, geo: Geography, look: Look): void {
  const topo = geo.topology;
  const add = (id: string, data: FeatureCollection) =>
    map.addSource(id, { type: 'geojson', data, promoteId: 'pcode', tolerance: 0.2 });
  add(SOURCES.neighbours, collection(featuresOf(topo, 'neighbours')));
  add(SOURCES.context, collection(featuresOf(topo, 'context')));
  add(SOURCES.afghanistan, collection([nationalBorder(geo)]));
  add(SOURCES.provinces, collection(featuresOf(topo, 'provinces')));
  add(SOURCES.districts, collection(featuresOf(topo, 'districts')));
  add(SOURCES.borders, borderSegments(geo));
  add(SOURCES.capitals, capitals(geo));
  add(SOURCES.pins, pinPoints(geo));
  for (const layer of LAYERS.slice(1)) map.addLayer(themedLayer(layer, look));
  for (const s of SPOTLIGHT_LAYERS) map.addLayer(themedLayer(s.layer, look), s.before);
}

/**
 * A host's colour scheme can change while the map is open (`theme=auto`): repaint, do not rebuild.
 * Returns the function that stops following.
 */
export function repaintOnLook(map: GlMap, store: AtlasStore): () => void {
  return store.subscribe(
    () => lookOf(store),
    (now) => {
      const layers = [...LAYERS, ...SPOTLIGHT_LAYERS.map((l) => l.layer)];
      for (const { layer, key, value } of lookChanges(layers, now)) {
        map.setPaintProperty(layer, key, value as never);
      }
    },
    { equalityFn: (a, b) => a.theme === b.theme && a.accent === b.accent },
  );
}
