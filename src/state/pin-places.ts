import type { Story, StoryPin } from '../story/schema.ts';
import { featuresOf, type Bbox, type Geography, type MapPlace } from './geography.ts';

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

export type CompassPoint = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
const COMPASS: readonly CompassPoint[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];

/** The nearest of the eight compass points to a bearing in degrees from north. */
export function compassPoint(deg: number): CompassPoint {
  return COMPASS[Math.round((((deg % 360) + 360) % 360) / 45) % 8] ?? 'n';
}

/** Where a pin is, for its reading: its district (or province), its capital's distance and direction, the border. */
export interface PinWhere {
  district: MapPlace | null;
  province: Pick<MapPlace, 'name_en' | 'name_da'> | null;
  fromCapital: { km: number; direction: CompassPoint; city: Pick<MapPlace, 'name_en' | 'name_da'> } | null;
  border: { km: number; country: MapPlace | null } | null;
}

export function pinWhere(story: Story | null, geo: Geography, id: string): PinWhere | null {
  const pin = story?.pins?.find((p) => p.id === id);
  if (!pin) return null;
  const { fromCapital, border } = pin;
  // The capital is the district of its name in the pin's province: its Dari name is the city's.
  const capital = [...geo.places.values()].find(
    (p) => p.kind === 'district' && p.province === pin.province && p.name_en === fromCapital?.name,
  );
  return {
    district: pin.district ? (geo.places.get(pin.district) ?? null) : null,
    province: geo.places.get(pin.province) ?? contextProvince(geo, pin.province),
    fromCapital: fromCapital
      ? {
          km: fromCapital.km,
          direction: compassPoint(fromCapital.deg),
          city: capital ?? { name_en: fromCapital.name, name_da: fromCapital.name },
        }
      : null,
    border: border ? { km: border.km, country: geo.places.get(border.country) ?? null } : null,
  };
}

/**
 * A province outside the four, which the map draws as context and not as a place: its names, for a pin there
 * ("In Baghlan province, outside the districts this map draws").
 */
function contextProvince(geo: Geography, id: string): Pick<MapPlace, 'name_en' | 'name_da'> | null {
  const f = featuresOf(geo.topology, 'context').find((c) => String(c.id ?? c.properties.pcode) === id);
  return f ? { name_en: f.properties.name_en, name_da: f.properties.name_da ?? f.properties.name_en } : null;
}

/** The pins that lie in a district, in the story's order: the place list shows them under it. */
export function pinsIn(geo: Geography, district: string): string[] {
  return (geo.pins ?? []).filter((id) => geo.places.get(id)?.district === district);
}
