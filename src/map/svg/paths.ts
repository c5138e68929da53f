import { merge, mesh } from 'topojson-client';
import type { GeoJsonObject, GeoJsonProperties } from 'geojson';
import type { GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import type { Geography, LonLat } from '../../state/geography.ts';
import { featuresOf } from '../../state/geography.ts';
import { drawShape, type PathSink, type Project } from '../../state/shape-walk.ts';
import { TILE_SIZE_PX, mercator, type Camera, type Size } from '../camera.ts';
import { borderSegments, nationalBorder } from '../overlays.ts';

// Every shape of the SVG map as a path string, projected once at a fixed zoom around the region; the
// camera is then only a scale and a shift of that picture (Web Mercator zooms are similar figures).
// The shapes go through the raw Mercator formula as a planar transform, not a full d3 projection: no
// spherical clipping or resampling, which MapLibre does not do either and which would cost the first
// paint a hundred milliseconds; the SVG viewport clips, and even-odd filling makes ring order moot.

/** Paths are projected at this zoom, the closest any selection fits to, so rounding never shows. */
export const BASE_ZOOM = 9;
/**
 * Whole pixels at BASE_ZOOM: within half a pixel at the closest zoom a selection reaches, less at every
 * other. A quarter shorter than tenths, and a third faster to write (integers print faster than decimals).
 */
export function pathText(shape: GeoJsonObject, project: Project): string {
  let d = '';
  drawShape(shape, project, {
    moveTo: (x, y) => (d += `M${Math.round(x)},${Math.round(y)}`),
    lineTo: (x, y) => (d += `L${Math.round(x)},${Math.round(y)}`),
    closePath: () => (d += 'Z'),
  });
  return d;
}

/** A path's `d`, written when first asked for: a prerendered map already has it in its markup. */
export type LazyPath = () => string;

export interface ShapePaths {
  neighbours: { id: string; d: LazyPath }[];
  /** The rest of Afghanistan as one shape (its outline is under other lines everywhere)… */
  context: LazyPath;
  /** …and the lines between its provinces, each once. */
  contextLines: LazyPath;
  provinces: { id: string; d: LazyPath }[];
  /**
   * The district shapes: filled only under the pointer or when selected, and the layer with the most
   * points, so they are drawn after the first paint, or at the first interaction.
   */
  districts: { id: string; d: LazyPath }[];
  districtLines: LazyPath;
  provinceLines: LazyPath;
  borders: { id: string; country: string; d: LazyPath }[];
  national: LazyPath;
}

export interface BaseFrame {
  /** The zoom the picture is projected at (BASE_ZOOM, or a still picture's own). */
  zoom: number;
  /** Projects lon/lat to the base picture's coordinates. */
  project(lonlat: LonLat): [number, number];
  paths: ShapePaths;
}

function regionCentre(geo: Geography): LonLat {
  const [w, s, e, n] = geo.bbox;
  return [(w + e) / 2, (s + n) / 2];
}

/** Mercator at BASE_ZOOM's scale with the region's centre at (0, 0), exactly as d3.geoMercator() would. */
function baseProjection(geo: Geography, zoom: number): Project {
  const k = (TILE_SIZE_PX * 2 ** zoom) / (2 * Math.PI);
  const [c0, c1] = regionCentre(geo);
  const [cx, cy] = mercator(c0, c1);
  return (lon, lat) => {
    const [x, y] = mercator(lon, lat);
    return [k * (x - cx), -k * (y - cy)];
  };
}

const isPolygon = <P extends GeoJsonProperties>(g: GeometryObject<P>): g is Polygon<P> | MultiPolygon<P> =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
const provinceOf = (g: GeometryObject): unknown =>
  (g as { properties?: { province?: unknown } }).properties?.province;

/** Writes a shape's path its own way (grid-path.ts, for a first view) by drawing it into a sink. */
export type PathWriter = (draw: (context: PathSink) => void) => string;

/**
 * The region's shapes in the base frame, as pathText writes them (whole base units), or by `write` (a first
 * view's light paths, written in Node only). `zoom` projects them at another zoom: a still picture at its
 * own zoom needs no scale, so its line widths are what they say even where `vector-effect` is not supported
 * (resvg, for the share cards).
 */
export function baseFrame(
  geo: Geography,
  { zoom = BASE_ZOOM, write }: { zoom?: number; write?: PathWriter } = {},
): BaseFrame {
  const project = baseProjection(geo, zoom);
  const d = write
    ? (shape: GeoJsonObject) => write((context) => drawShape(shape, project, context))
    : (shape: GeoJsonObject) => pathText(shape, project);
  const lazy = (shape: () => GeoJsonObject): LazyPath => {
    let written: string | undefined;
    return () => (written ??= d(shape()));
  };
  const topo = geo.topology;
  const byId = (key: 'neighbours' | 'provinces' | 'districts') =>
    topo.objects[key].geometries.map((g, i) => ({
      id: String(g.id ?? (g.properties as { pcode?: string } | undefined)?.pcode),
      d: lazy(() => featuresOf(topo, key)[i]!),
    }));
  return {
    zoom,
    project: ([lon, lat]) => project(lon, lat),
    paths: {
      neighbours: byId('neighbours'),
      context: lazy(() => merge(topo, topo.objects.context.geometries.filter(isPolygon))),
      contextLines: lazy(() => mesh(topo, topo.objects.context, (a, b) => a !== b)),
      provinces: byId('provinces'),
      districts: byId('districts'),
      // Each shared boundary once, and only between districts of one province: the province lines and the
      // national border, drawn above and wider, cover the others (half the points of the whole mesh, for
      // the same picture).
      districtLines: lazy(() =>
        mesh(topo, topo.objects.districts, (a, b) => a !== b && provinceOf(a) === provinceOf(b)),
      ),
      provinceLines: lazy(() => mesh(topo, topo.objects.provinces)),
      borders: borderSegments(geo).features.map((f) => ({
        id: f.properties.pcode,
        country: f.properties.country,
        d: lazy(() => f),
      })),
      national: lazy(() => nationalBorder(geo)),
    },
  };
}

/** The SVG transform that turns the base picture into the view of `camera` in a viewport of `size`. */
export function viewTransform(frame: BaseFrame, camera: Camera, size: Size): string {
  const s = 2 ** (camera.zoom - frame.zoom);
  const [cx, cy] = frame.project(camera.center);
  const tx = size.width / 2 - s * cx;
  const ty = size.height / 2 - s * cy;
  return `matrix(${s} 0 0 ${s} ${tx} ${ty})`;
}
