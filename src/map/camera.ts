import { geoMercator, type GeoProjection } from 'd3-geo';
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

/** MapLibre's world at zoom 0 as a d3 projection: x and y run 0..512 px, north up, no resampling. */
const WORLD_AT_ZOOM_0 = geoMercator()
  .scale(TILE_SIZE_PX / (2 * Math.PI))
  .translate([TILE_SIZE_PX / 2, TILE_SIZE_PX / 2])
  .precision(0);

function world(lonlat: LonLat): [number, number] {
  return WORLD_AT_ZOOM_0(lonlat) ?? [0, 0];
}

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
  const [x0, y1] = world([bbox[0], bbox[1]]);
  const [x1, y0] = world([bbox[2], bbox[3]]);
  const spanX = Math.max(x1 - x0, Number.EPSILON);
  const spanY = Math.max(y1 - y0, Number.EPSILON);
  const scale = Math.min((size.width - 2 * padding) / spanX, (size.height - 2 * padding) / spanY);
  const fitted = Math.min(Math.log2(Math.max(scale, Number.EPSILON)), opts.maxZoom ?? MAX_ZOOM);
  const zoom = Math.min(Math.max(fitted, opts.minZoom ?? MIN_ZOOM), MAX_ZOOM);
  const center = WORLD_AT_ZOOM_0.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]) ?? [0, 0];
  return { zoom, center: [center[0], center[1]] };
}

/**
 * The d3 projection that shows what MapLibre shows under this camera: its 512-px-tile zoom z is a d3
 * Mercator scale of 512·2^z / 2π, with the camera's centre in the middle of the viewport. Precision 0
 * turns off d3's great-circle resampling, because MapLibre draws straight lines between vertices.
 */
export function projectionFor(camera: Camera, size: Size): GeoProjection {
  return geoMercator()
    .scale((TILE_SIZE_PX * 2 ** camera.zoom) / (2 * Math.PI))
    .center(camera.center)
    .translate([size.width / 2, size.height / 2])
    .precision(0);
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
