import type { Map as GlMap } from 'maplibre-gl';
import type { Geography } from '../state/geography.ts';
import type { AtlasStore } from '../state/store.ts';
import { placeCounts } from '../state/selectors.ts';
import { hitMemo } from './hit-memo.ts';
import { pickPlace, type Hits } from './pick.ts';
import { PICKABLE } from './style.ts';
import { showTooltip } from './tooltip.ts';

// The pointer on the GL map: what lies under it (asked of MapLibre), what a hover or click there picks (by the
// rule the SVG map shares, pick.ts), and the store actions and hover card that follow.

/** The pickable shapes drawn at a point, one per layer. */
function hitsAt(map: GlMap, x: number, y: number): Hits {
  const features = map.queryRenderedFeatures([x, y], { layers: [...PICKABLE] });
  const on = (layer: string) => {
    const f = features.find((x) => x.layer.id === layer);
    return f ? String(f.properties.pcode) : null;
  };
  return {
    district: on('districts-fill'),
    province: on('provinces-fill'),
    country: on('neighbours-fill'),
    pin: on('pins'),
  };
}

/** What a click at a point would pick. */
type GlPick = (point: { x: number; y: number }) => string | null;

/** The picker; the hover's answer serves the click at the same point, until the camera or the data changes. */
function glPicker(map: GlMap, geo: Geography, store: AtlasStore): GlPick {
  const hits = hitMemo((x, y) => hitsAt(map, x, y));
  map.on('move', hits.forget);
  map.on('resize', hits.forget);
  map.on('data', hits.forget);
  return (point) => pickPlace(geo, store.getState().selected, hits.at(point.x, point.y));
}

/** Turns hover, leaving and click into store actions, with the hover card in `tooltip` (an interactive map only). */
export function bindPointer(map: GlMap, geo: Geography, store: AtlasStore, tooltip: HTMLElement): void {
  const pick = glPicker(map, geo, store);
  map.on('mousemove', (e) => {
    const id = pick(e.point);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    store.getState().hover(id);
    const place = id ? geo.places.get(id) : undefined;
    const { story, language } = store.getState();
    showTooltip(tooltip, place, placeCounts(story, id ?? ''), language, e.point.x, e.point.y);
  });
  map.on('mouseout', () => {
    store.getState().hover(null);
    tooltip.hidden = true;
  });
  map.on('click', (e) => {
    const id = pick(e.point);
    if (id) store.getState().select(id, { via: 'map' });
  });
}
