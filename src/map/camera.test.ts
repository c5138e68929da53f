import { describe, expect, it } from 'vitest';
import { geoMercatorRaw } from 'd3-geo';
import type { Bbox, LonLat } from '../state/geography.ts';
import { toyGeography } from '../state/test-fixtures.ts';
import {
  COUNTRY_MAX_ZOOM,
  FIT_PADDING_PX,
  MAX_ZOOM,
  MIN_ZOOM,
  PLACE_MAX_ZOOM,
  TILE_SIZE_PX,
  cameraTarget,
  fitCamera,
  mercator,
  projectionFor,
  type Camera,
  type Size,
} from './camera.ts';

// The SVG map must put every point where MapLibre does. MapLibre's own formulas, written out here from its
// source (geo/mercator_coordinate.ts, transform.locationToScreenPoint at bearing 0), are the reference.

function maplibreScreenPoint(camera: Camera, size: Size, [lon, lat]: LonLat): [number, number] {
  const worldSize = TILE_SIZE_PX * 2 ** camera.zoom;
  const mx = (l: number) => (180 + l) / 360;
  const my = (l: number) =>
    (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
  return [
    (mx(lon) - mx(camera.center[0])) * worldSize + size.width / 2,
    (my(lat) - my(camera.center[1])) * worldSize + size.height / 2,
  ];
}

const SIZE: Size = { width: 1024, height: 700 };
const NORTH: Bbox = [67.3, 34.4, 74.9, 38.5];

describe('the shared camera', () => {
  it('is d3’s raw Mercator, and its inverse brings a point back', () => {
    const RAD = Math.PI / 180;
    const camera = { zoom: 7.3, center: [70.2, 36.8] as LonLat };
    const projection = projectionFor(camera, SIZE);
    for (const [lon, lat] of [
      [67.3, 34.4],
      [74.9, 38.5],
      [-120, -60],
      [0, 0],
    ] as LonLat[]) {
      const [x, y] = mercator(lon, lat);
      const [ex, ey] = geoMercatorRaw(lon * RAD, lat * RAD);
      expect(x).toBeCloseTo(ex, 12);
      expect(y).toBeCloseTo(ey, 12);
      const [lon2, lat2] = projection.invert(projection([lon, lat])!);
      expect(lon2).toBeCloseTo(lon, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });

  it('projects with d3 exactly where MapLibre draws, at any zoom', () => {
    for (const camera of [
      { zoom: 5.7, center: [70.5, 36.6] as LonLat },
      { zoom: 9, center: [69.1, 36.9] as LonLat },
    ]) {
      const projection = projectionFor(camera, SIZE);
      for (const p of [
        [67.3, 34.4],
        [74.9, 38.5],
        [70, 37],
        [69.123, 35.987],
      ] as LonLat[]) {
        const [x, y] = projection(p)!;
        const [ex, ey] = maplibreScreenPoint(camera, SIZE, p);
        expect(x).toBeCloseTo(ex, 6);
        expect(y).toBeCloseTo(ey, 6);
      }
      // MapLibre's 512-px tiles: zoom z is a d3 scale of 512·2^z / 2π.
      expect(projection.scale).toBeCloseTo((512 * 2 ** camera.zoom) / (2 * Math.PI), 9);
    }
  });

  it('fits a bbox as fitBounds does: the tighter side touches the padding, the box is centred', () => {
    const camera = fitCamera(NORTH, SIZE);
    const project = (p: LonLat) => maplibreScreenPoint(camera, SIZE, p);
    const [x0, y1] = project([NORTH[0], NORTH[1]]);
    const [x1, y0] = project([NORTH[2], NORTH[3]]);
    const gapX = Math.min(x0, SIZE.width - x1);
    const gapY = Math.min(y0, SIZE.height - y1);
    expect(Math.min(gapX, gapY)).toBeCloseTo(FIT_PADDING_PX, 6);
    expect(Math.max(gapX, gapY)).toBeGreaterThanOrEqual(FIT_PADDING_PX - 1e-6);
    expect(x0 + x1).toBeCloseTo(SIZE.width, 6);
    expect(y0 + y1).toBeCloseTo(SIZE.height, 6);
  });

  it('stops at the selection’s closest zoom and never leaves the map’s zoom range', () => {
    const geo = toyGeography();
    const tiny: Bbox = [70, 36, 70.001, 36.001];
    expect(fitCamera(tiny, SIZE, { maxZoom: PLACE_MAX_ZOOM }).zoom).toBe(PLACE_MAX_ZOOM);
    expect(fitCamera(tiny, SIZE).zoom).toBe(MAX_ZOOM);
    expect(fitCamera([-170, -80, 170, 80], SIZE).zoom).toBe(MIN_ZOOM);
    expect(cameraTarget(geo, null)).toEqual({ bbox: geo.bbox, maxZoom: MAX_ZOOM });
    expect(cameraTarget(geo, 'AF1907').maxZoom).toBe(PLACE_MAX_ZOOM);
    expect(cameraTarget(geo, 'TJK').maxZoom).toBe(COUNTRY_MAX_ZOOM);
    expect(cameraTarget(geo, 'AF1907').bbox).toEqual(geo.places.get('AF1907')!.bbox);
  });
});
