import type { Story } from '../story/schema.ts';
import { featuresOf, type Geography, type MapPlace } from './geography.ts';

// Where a pin lies, worded for its reading: its own module, loaded with the pin's reading (PinWhere.tsx), so a
// story without pins never fetches it and the reader's first view does not carry it.

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
