import type { StoryPin } from '../story/schema.ts';
import type { Bbox, Geography, MapPlace } from './geography.ts';

// A story's pins as places of the map: selectable, labelled and listed like districts, each under its district
// and province. The geography with them is derived from the pipeline's geography and the story, once per pair.

/** Half the side of the box the camera frames a pin in, degrees (about 11 km). */
const PIN_FRAME_DEG = 0.1;

const cache = new WeakMap<Geography, WeakMap<readonly StoryPin[], Geography>>();

export function pinPlace(pin: StoryPin): MapPlace {
  const [lon, lat] = pin.at;
  const bbox: Bbox = [lon - PIN_FRAME_DEG, lat - PIN_FRAME_DEG, lon + PIN_FRAME_DEG, lat + PIN_FRAME_DEG];
  return {
    id: pin.id,
    kind: 'pin',
    name_en: pin.name,
    name_da: pin.name_da ?? pin.name,
    province: pin.province,
    district: pin.district,
    label: [lon, lat],
    border: [],
    bbox,
  };
}

/** The geography with the story's pins among its places (the same object when there are none). */
export function withPins(geo: Geography, pins: readonly StoryPin[] | undefined): Geography {
  if (!pins || pins.length === 0) return geo;
  let byPins = cache.get(geo);
  if (!byPins) cache.set(geo, (byPins = new WeakMap()));
  let out = byPins.get(pins);
  if (!out) {
    const places = new Map(geo.places);
    for (const pin of pins) places.set(pin.id, pinPlace(pin));
    out = { ...geo, places, pins: pins.map((p) => p.id) };
    byPins.set(pins, out);
  }
  return out;
}

/** The pins that lie in a district, in the story's order: the place list shows them under it. */
export function pinsIn(geo: Geography, district: string): string[] {
  return (geo.pins ?? []).filter((id) => geo.places.get(id)?.district === district);
}
