import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { BoundaryLayers, UnitFeature, UnitProps } from './point-locator.ts';

// A toy map: Chahar Dara and Kunduz side by side in Kunduz province, Kabul as a context province, Tajikistan to
// the north. Afghanistan's outline is the box around the three.
const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const unit = (props: UnitProps, geometry: Polygon): UnitFeature => ({
  type: 'Feature',
  properties: props,
  geometry,
});
/** Boundary layers of the toy map, as the locator takes them. */
export const TOY_BOUNDARIES: BoundaryLayers = {
  districts: [
    unit({ pcode: 'AF1902', name_en: 'Chahar Darah', province: 'AF19' }, box(68.4, 36.5, 68.7, 37)),
    unit({ pcode: 'AF1901', name_en: 'Kunduz', province: 'AF19' }, box(68.7, 36.5, 69, 37)),
  ],
  provinces: [
    unit(
      { pcode: 'AF19', name_en: 'Kunduz', capital: { name_en: 'Kunduz', lonlat: [68.8643, 36.8082] } },
      box(68.4, 36.5, 69, 37),
    ),
  ],
  context: [unit({ pcode: 'AF01', name_en: 'Kabul' }, box(68.4, 34, 69, 36.5))],
  neighbours: [unit({ pcode: 'TJK', name_en: 'Tajikistan' }, box(68, 37, 70, 39))],
  afghanistan: [{ type: 'Feature', properties: {}, geometry: box(68, 34, 70, 37) }],
};

/** The toy map as the pipeline's TopoJSON, for the CLI. */
export function toyTopology(): Topology {
  const fc = (features: readonly Feature[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [...features],
  });
  const { districts, provinces, context, neighbours, afghanistan } = TOY_BOUNDARIES;
  const withIds = (features: readonly UnitFeature[]) =>
    features.map((f) => ({ ...f, id: f.properties.pcode }));
  return topology({
    districts: fc(withIds(districts)),
    provinces: fc(withIds(provinces)),
    context: fc(withIds(context)),
    neighbours: fc(withIds(neighbours)),
    afghanistan: fc(afghanistan),
  });
}
