import type { Bbox, Geography, LonLat } from '../state/geography.ts';

// The camera both renderers agree on: where a selection puts the view, computed the way MapLibre's
// fitBounds does (Web Mercator, 512-px world tiles), so the SVG first paint and the GL map line up.

/** MapLibre's world is 512 px wide at zoom 0. */
export const TILE_SIZE_PX = 512;
export const FIT_PADDING_PX = 40;
export const FLY_MS = 700;
/** Districts get their own labels once the map is zoomed in this far. */
export const DISTRICT_LABEL_ZOOM = 7;
export const MIN_ZOOM = 4;
export const MAX_ZOOM = 11;
/** A selected district or province is never shown closer than this. */
export const PLACE_MAX_ZOOM = 9;
/** Countries are large; their stand-in bbox is a box around the label point, kept wide. */
export const COUNTRY_MAX_ZOOM = 6;

export interface Camera {
  zoom: number;
  center: LonLat;
}

export interface Size {
  width: number;
  height: number;
}

/** What the view fits for a selection: the place's bbox, or the whole region when nothing is selected. */
export function cameraTarget(geo: Geography, id: string | null): { bbox: Bbox; maxZoom: number } {
  const place = id ? geo.places.get(id) : undefined;
  if (!place) return { bbox: geo.bbox, maxZoom: MAX_ZOOM };
  return { bbox: place.bbox, maxZoom: place.kind === 'country' ? COUNTRY_MAX_ZOOM : PLACE_MAX_ZOOM };
}

/** Web Mercator's edge, where MapLibre stops too: the formula runs to infinity at the poles. */
const MAX_LAT = 85.051129;
const RAD = Math.PI / 180;

/** Web Mercator in radians-scaled units, latitude clamped at the edge: what every projection here starts from. */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  // d3's geoMercatorRaw, written out: importing it alone brought 0.9 KB of d3's module-level state along.
  return [lon * RAD, Math.log(Math.tan((Math.PI / 2 + phi) / 2))];
}

/** Lon/lat (degrees) of a point in mercator()'s units: the formula's inverse. */
function unmercator(x: number, y: number): LonLat {
  return [x / RAD, (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD];
}

/** Lon/lat to screen pixels and back, north up; what d3.geoMercator() does to a point, without its streams. */
export interface PointProjection {
  (lonlat: LonLat): [number, number];
  invert(point: [number, number]): LonLat;
  /** Pixels per radian: d3's scale. */
  readonly scale: number;
}

/**
 * Mercator at `scale` with `center` at pixel `at`. Only points are projected here (labels, dots, the
 * camera's maths): d3's full projection, with its clipping and resampling streams, stays out of the first
 * view's code; the shapes' paths go through the same formula (svg/paths.ts).
 */
function pointProjection(scale: number, center: LonLat, at: [number, number]): PointProjection {
  const [cx, cy] = mercator(center[0], center[1]);
  const project = ([lon, lat]: LonLat): [number, number] => {
    const [x, y] = mercator(lon, lat);
    return [at[0] + scale * (x - cx), at[1] - scale * (y - cy)];
  };
  const invert = ([x, y]: [number, number]): LonLat =>
    unmercator(cx + (x - at[0]) / scale, cy - (y - at[1]) / scale);
  return Object.assign(project, { invert, scale });
}

/** MapLibre's world at zoom 0: x and y run 0..512 px, north up. */
const WORLD_AT_ZOOM_0 = pointProjection(
  TILE_SIZE_PX / (2 * Math.PI),
  [0, 0],
  [TILE_SIZE_PX / 2, TILE_SIZE_PX / 2],
);

/**
 * MapLibre's cameraForBounds at bearing 0 with equal padding: the highest zoom (up to maxZoom) at which the
 * bbox fits inside the padded viewport, centred on the bbox's Mercator midpoint; then clamped to the map's
 * zoom range as MapLibre's transform does.
 */
export function fitCamera(
  bbox: Bbox,
  size: Size,
  opts: { padding?: number; maxZoom?: number; minZoom?: number } = {},
): Camera {
  const padding = opts.padding ?? FIT_PADDING_PX;
  const [x0, y1] = WORLD_AT_ZOOM_0([bbox[0], bbox[1]]);
  const [x1, y0] = WORLD_AT_ZOOM_0([bbox[2], bbox[3]]);
  const spanX = Math.max(x1 - x0, Number.EPSILON);
  const spanY = Math.max(y1 - y0, Number.EPSILON);
  const scale = Math.min((size.width - 2 * padding) / spanX, (size.height - 2 * padding) / spanY);
  const fitted = Math.min(Math.log2(Math.max(scale, Number.EPSILON)), opts.maxZoom ?? MAX_ZOOM);
  const zoom = Math.min(Math.max(fitted, opts.minZoom ?? MIN_ZOOM), MAX_ZOOM);
  const center = WORLD_AT_ZOOM_0.invert([(x0 + x1) / 2, (y0 + y1) / 2]);
  return { zoom, center: [center[0], center[1]] };
}

/**
 * The projection that shows what MapLibre shows under this camera: its 512-px-tile zoom z is a Mercator
 * scale of 512·2^z / 2π, with the camera's centre in the middle of the viewport.
 */
export function projectionFor(camera: Camera, size: Size): PointProjection {
  const scale = (TILE_SIZE_PX * 2 ** camera.zoom) / (2 * Math.PI);
  return pointProjection(scale, camera.center, [size.width / 2, size.height / 2]);
}

/**
 * What a view of `from` on `camera` shows once scaled into a box of `to`, as an SVG's viewBox is by
 * default (uniformly, centred): the same centre, closer or farther by the scale. A prerendered map drawn
 * for one size and shown at another continues from the picture the reader already sees.
 */
export function scaledCamera(camera: Camera, from: Size, to: Size): Camera {
  const scale = Math.min(to.width / from.width, to.height / from.height);
  if (!Number.isFinite(scale) || scale <= 0) return camera;
  return { zoom: camera.zoom + Math.log2(scale), center: camera.center };
}

/** The camera the map opens on for a selection (or the whole region) in a view of this size. */
export function openingCamera(geo: Geography, selected: string | null, size: Size): Camera {
  const target = cameraTarget(geo, selected);
  return fitCamera(target.bbox, size, { maxZoom: target.maxZoom });
}
