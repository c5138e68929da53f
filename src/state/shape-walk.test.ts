import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geoDistance, geoPath, geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { planarBounds, drawShape, type Project } from './shape-walk.ts';
import { pathText } from '../map/svg/paths.ts';
import { greatCircleAngle } from './selectors.ts';

// The shape walk replaced d3-geo's geoPath in the first view: d3 stays the oracle here, so the map's paths,
// bounds and distances are what they were.

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [68, 36],
      [70, 36],
      [70, 37],
      [68, 37],
      [68, 36],
    ],
  ],
};
const twoLines: MultiLineString = {
  type: 'MultiLineString',
  coordinates: [
    [
      [68, 36],
      [69, 36.5],
    ],
    [
      [70, 37],
      [71.5, 38.25],
      [72, 38],
    ],
  ],
};
const feature = <G extends Polygon | MultiPolygon | MultiLineString>(geometry: G): Feature<G> => ({
  type: 'Feature',
  geometry,
  properties: {},
});
const collection: FeatureCollection = {
  type: 'FeatureCollection',
  features: [feature(square), feature(twoLines)],
};

const scale: Project = (lon, lat) => [lon * 37.3, -lat * 41.7];
const d3Path = (shape: Parameters<ReturnType<typeof geoPath>>[0]) =>
  geoPath(
    geoTransform({
      point(lon, lat) {
        this.stream.point(...scale(lon, lat));
      },
    }),
  ).digits(0)(shape) ?? '';

describe('the shape walk', () => {
  it('closes a ring without its repeated last position, and leaves lines open', () => {
    const steps: string[] = [];
    drawShape(feature({ type: 'MultiPolygon', coordinates: [square.coordinates] }), (x, y) => [x, y], {
      moveTo: (x, y) => steps.push(`M${x} ${y}`),
      lineTo: (x, y) => steps.push(`L${x} ${y}`),
      closePath: () => steps.push('Z'),
    });
    expect(steps).toEqual(['M68 36', 'L70 36', 'L70 37', 'L68 37', 'Z']);
    expect(pathText(twoLines, (x, y) => [x, y])).toBe('M68,36L69,37M70,37L72,38L72,38');
  });

  it('writes the same path d3 wrote, shape by shape', () => {
    for (const shape of [square, twoLines, feature(square), collection]) {
      expect(pathText(shape, scale)).toBe(d3Path(shape));
    }
  });

  it('measures the planar bounds d3 measured', () => {
    const [[w, s], [e, n]] = geoPath().bounds(collection);
    expect(planarBounds(collection)).toEqual([w, s, e, n]);
    expect(planarBounds(feature(square))).toEqual([68, 36, 70, 37]);
  });
});

describe('greatCircleAngle', () => {
  const lonLat = fc.tuple(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -90, max: 90, noNaN: true }),
  );

  it('is d3’s geoDistance for any two points', () => {
    fc.assert(
      fc.property(lonLat, lonLat, (a, b) => {
        expect(greatCircleAngle(a, b)).toBeCloseTo(geoDistance(a, b), 12);
      }),
    );
  });

  it('is a quarter turn from the equator to the pole', () => {
    expect(greatCircleAngle([69, 0], [12, 90])).toBeCloseTo(Math.PI / 2, 12);
  });
});
