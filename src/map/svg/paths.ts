import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { mesh } from 'topojson-client';
import type { Geography, LonLat } from '../../state/geography.ts';
import { featuresOf, type PlaceFeature } from '../../state/geography.ts';
import { TILE_SIZE_PX, type Camera, type Size } from '../camera.ts';
import { borderSegments, nationalBorder } from '../overlays.ts';

// Every shape of the SVG map as a path string, projected once at a fixed zoom around the region; the
// camera is then only a scale and a shift of that picture (Web Mercator zooms are similar figures).

/** Paths are projected at this zoom, the closest any selection fits to, so rounding never shows. */
export const BASE_ZOOM = 9;
/** Tenths of a pixel at BASE_ZOOM: sharp at every zoom a selection reaches, and short strings. */
const PATH_DIGITS = 1;

export interface ShapePaths {
  neighbours: { id: string; d: string }[];
  context: string;
  provinces: { id: string; d: string }[];
  districts: { id: string; d: string }[];
  districtLines: string;
  provinceLines: string;
  borders: { id: string; country: string; d: string }[];
  national: string;
}

export interface BaseFrame {
  /** Projects lon/lat to the base picture's coordinates. */
  project(lonlat: LonLat): [number, number];
  paths: ShapePaths;
}

/**
 * d3 reads polygons on the sphere, exterior rings clockwise; RFC 7946 GeoJSON winds them the other way,
 * which d3 takes for "the whole world but this". The pipeline's TopoJSON is clockwise today (mapshaper
 * keeps the shapefiles' order); a feature that comes out larger than a hemisphere is turned round.
 */
export function clockwise<F extends Feature<Geometry, unknown>>(f: F): F {
  if (geoArea(f.geometry) <= 2 * Math.PI) return f;
  const g = f.geometry;
  if (g.type === 'Polygon') {
    return { ...f, geometry: { ...g, coordinates: g.coordinates.map((r) => [...r].reverse()) } };
  }
  if (g.type === 'MultiPolygon') {
    return {
      ...f,
      geometry: { ...g, coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) },
    };
  }
  return f;
}

function regionCentre(geo: Geography): LonLat {
  const [w, s, e, n] = geo.bbox;
  return [(w + e) / 2, (s + n) / 2];
}

export function baseFrame(geo: Geography): BaseFrame {
  const projection = geoMercator()
    .scale((TILE_SIZE_PX * 2 ** BASE_ZOOM) / (2 * Math.PI))
    .center(regionCentre(geo))
    .translate([0, 0])
    .precision(0);
  const path = geoPath(projection).digits(PATH_DIGITS);
  const d = (shape: GeoPermissibleObjects) => path(shape) ?? '';
  const topo = geo.topology;
  const features = (key: 'neighbours' | 'provinces' | 'districts' | 'context'): PlaceFeature[] =>
    featuresOf(topo, key).map(clockwise);
  const byId = (key: 'neighbours' | 'provinces' | 'districts') =>
    features(key).map((f) => ({ id: String(f.id ?? f.properties.pcode), d: d(f) }));
  return {
    project: (lonlat) => projection(lonlat) ?? [0, 0],
    paths: {
      neighbours: byId('neighbours'),
      context: d({ type: 'FeatureCollection', features: features('context') }),
      provinces: byId('provinces'),
      districts: byId('districts'),
      // Each shared boundary once: one stroke per edge, as the reader sees it.
      districtLines: d(mesh(topo, topo.objects.districts)),
      provinceLines: d(mesh(topo, topo.objects.provinces)),
      borders: borderSegments(geo).features.map((f) => ({
        id: f.properties.pcode,
        country: f.properties.country,
        d: d(f),
      })),
      national: d(nationalBorder(geo)),
    },
  };
}

/** The SVG transform that turns the base picture into the view of `camera` in a viewport of `size`. */
export function viewTransform(frame: BaseFrame, camera: Camera, size: Size): string {
  const s = 2 ** (camera.zoom - BASE_ZOOM);
  const [cx, cy] = frame.project(camera.center);
  const tx = size.width / 2 - s * cx;
  const ty = size.height / 2 - s * cy;
  return `matrix(${s} 0 0 ${s} ${tx} ${ty})`;
}
