import { mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { featuresOf, type Geography } from '../state/geography.ts';

// Shapes derived from the topology that both renderers draw: border stretches and provincial capitals.

export function collection<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

/** The stretch of national border each border district runs along, from shared topology arcs. */
export function borderSegments(
  geo: Geography,
): FeatureCollection<MultiLineString, { pcode: string; country: string }> {
  const topo = geo.topology;
  const outline = topo.objects.afghanistan.geometries;
  const features: Feature<MultiLineString, { pcode: string; country: string }>[] = [];
  for (const g of topo.objects.districts.geometries) {
    const place = geo.places.get(String(g.id));
    const main = place?.border.slice().sort((a, b) => b.km - a.km)[0];
    if (!place || !main) continue;
    const pair: GeometryCollection = { type: 'GeometryCollection', geometries: [...outline, g] };
    const line = mesh(topo, pair, (a, b) => a !== b);
    if (line.coordinates.length > 0) {
      features.push({
        type: 'Feature',
        geometry: line,
        properties: { pcode: place.id, country: main.country },
      });
    }
  }
  return collection(features);
}

export function capitals(geo: Geography): FeatureCollection<Point, { name: string }> {
  return collection(
    featuresOf(geo.topology, 'provinces').flatMap((f): Feature<Point, { name: string }>[] => {
      const c = f.properties.capital;
      return c
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: c.lonlat },
              properties: { name: c.name_en },
            },
          ]
        : [];
    }),
  );
}

/** The story's pins as points, keyed by their id like the shapes by their P-code. */
export function pinPoints(geo: Geography): FeatureCollection<Point, { pcode: string }> {
  return collection(
    (geo.pins ?? []).flatMap((id): Feature<Point, { pcode: string }>[] => {
      const place = geo.places.get(id);
      return place
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: place.label },
              properties: { pcode: id },
            },
          ]
        : [];
    }),
  );
}

/** Afghanistan's outline as one line feature (every arc of the national border once). */
export function nationalBorder(geo: Geography): Feature<MultiLineString, Record<string, never>> {
  const topo = geo.topology;
  return { type: 'Feature', geometry: mesh(topo, topo.objects.afghanistan), properties: {} };
}
