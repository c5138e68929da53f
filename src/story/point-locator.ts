import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bearing from '@turf/bearing';
import distance from '@turf/distance';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

// Where a point lies among the boundary shapes the pipeline writes: its district and province, a context
// province, a neighbouring country or nowhere the map knows. Built from GeoJSON features (the CLI, the build, the
// studio's worker and the reader decode them from north.topo.json), so the engine never reads a file.

/** Properties of the pipeline's features that the locator reads. */
export interface UnitProps {
  pcode: string;
  name_en: string;
  name_da?: string;
  province?: string;
  capital?: { name_en: string; lonlat: [number, number] };
}

export type UnitFeature = Feature<Geometry, UnitProps>;

export interface BoundaryLayers {
  districts: readonly UnitFeature[];
  provinces: readonly UnitFeature[];
  context: readonly UnitFeature[];
  neighbours: readonly UnitFeature[];
  afghanistan: readonly Feature[];
}

export type PointPlace =
  | { kind: 'district'; district: string; province: string }
  | { kind: 'province'; province: string }
  | { kind: 'abroad'; country: string; name: string }
  | { kind: 'nowhere' };

/** Distance and direction from a place, km and degrees clockwise from north. */
export interface Bearing {
  km: number;
  deg: number;
}

export interface PointLocator {
  locate(lon: number, lat: number): PointPlace;
  /** The provincial capital of a province the map draws: name and point. */
  capitalOf(province: string): { name_en: string; lonlat: [number, number] } | null;
  /** The nearest neighbouring country and the distance to Afghanistan's outline, km. */
  nearestBorder(lon: number, lat: number): { km: number; country: string } | null;
}

type Box = [number, number, number, number];
interface Shape {
  feature: UnitFeature;
  box: Box;
}

export function buildPointLocator(layers: BoundaryLayers): PointLocator {
  const districts = layers.districts.map(shapeOf);
  const context = layers.context.map(shapeOf);
  const neighbours = layers.neighbours.map(shapeOf);
  const outline = layers.afghanistan.flatMap((f) => ringsOf(f.geometry));
  const capitals = new Map(
    layers.provinces.flatMap((f) =>
      f.properties.capital ? [[f.properties.pcode, f.properties.capital]] : [],
    ),
  );
  return {
    locate(lon, lat) {
      const at: Position = [lon, lat];
      const d = find(districts, at);
      if (d) return { kind: 'district', district: d.pcode, province: d.province ?? d.pcode.slice(0, 4) };
      const c = find(context, at);
      if (c) return { kind: 'province', province: c.pcode };
      const n = find(neighbours, at);
      return n ? { kind: 'abroad', country: n.pcode, name: n.name_en } : { kind: 'nowhere' };
    },
    capitalOf: (province) => capitals.get(province) ?? null,
    nearestBorder(lon, lat) {
      const at: Position = [lon, lat];
      const km = distanceToRings(at, outline);
      let country = '';
      let best = Infinity;
      for (const n of neighbours) {
        const d = distanceToRings(at, ringsOf(n.feature.geometry));
        if (d < best) [best, country] = [d, n.feature.properties.pcode];
      }
      return Number.isFinite(km) && country ? { km, country } : null;
    },
  };
}

/** Distance and bearing from one point to another (turf: great circle, km). */
export function bearingFrom(from: [number, number], to: [number, number]): Bearing {
  const deg = bearing(from, to);
  return { km: distance(from, to, { units: 'kilometers' }), deg: (deg + 360) % 360 };
}

function shapeOf(feature: UnitFeature): Shape {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(feature.geometry))
    for (const [x = 0, y = 0] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  return { feature, box };
}

function find(shapes: readonly Shape[], at: Position): UnitProps | null {
  const [x = 0, y = 0] = at;
  for (const { feature, box } of shapes) {
    if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
    const g = feature.geometry;
    if (isAreal(g) && booleanPointInPolygon(at, g)) return feature.properties;
  }
  return null;
}

function isAreal(g: Geometry): g is Polygon | MultiPolygon {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function ringsOf(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(ringsOf);
  return [];
}

const KM_PER_DEGREE = 111.195;

/**
 * Shortest distance from a point to any edge of the rings, km, on a plane centred on the point (degrees of
 * longitude shrunk by the cosine of its latitude): within a few metres of the great-circle answer at 25 km.
 */
function distanceToRings([x0 = 0, y0 = 0]: Position, rings: readonly Position[][]): number {
  const kx = Math.cos((y0 * Math.PI) / 180) * KM_PER_DEGREE;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i - 1] ?? [];
      const [bx = 0, by = 0] = ring[i] ?? [];
      best = Math.min(
        best,
        segmentDistance((ax - x0) * kx, (ay - y0) * KM_PER_DEGREE, (bx - x0) * kx, (by - y0) * KM_PER_DEGREE),
      );
    }
  }
  return best;
}

/** Distance from the origin to the segment a–b. */
function segmentDistance(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
