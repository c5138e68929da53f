import { baseFrame } from '../map/svg/paths.ts';
import type { Geography } from '../state/geography.ts';
import type { ListMap } from '../state/list-map-schema.ts';

// The list of stories' small map (data/places/_map.json, written by the build): the provinces as SVG paths
// at a small zoom, and every province's and district's names in English and Dari for the place filter. The
// list page draws it as it is, so neither d3 nor the topology is in that page's JavaScript.

/** The small map is drawn at this zoom: the region is some 300 px across, whole pixels are fine enough. */
export const LIST_MAP_ZOOM = 6;

export function listMapData(geo: Geography): ListMap {
  const frame = baseFrame(geo, { zoom: LIST_MAP_ZOOM });
  const [w, s, e, n] = geo.bbox;
  const [x0, y0] = frame.project([w, n]);
  const [x1, y1] = frame.project([e, s]);
  const viewBox = [x0, y0, x1 - x0, y1 - y0].map((v) => Math.round(v)).join(' ');
  const places = [...geo.places.values()]
    .filter((p) => p.kind !== 'country')
    .map((p) => ({
      id: p.id,
      en: p.name_en,
      da: p.name_da,
      ...(p.province ? { province: p.province } : {}),
    }));
  return {
    version: 1,
    viewBox,
    provinces: frame.paths.provinces.map(({ id, d }) => ({ id, d: d() })),
    places,
  };
}
