import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../state/geography.ts';
import { toyGeography } from '../../state/test-fixtures.ts';
import { projectionFor, type Camera } from '../camera.ts';
import { baseFrame, viewTransform } from './paths.ts';

// The SVG map projects its shapes once and moves them with one transform per camera: that transform must
// land every point exactly where the camera's d3 projection (and so MapLibre) puts it.

const geo = toyGeography();
const frame = baseFrame(geo);
const SIZE = { width: 900, height: 600 };

function applyMatrix(transform: string, [x, y]: [number, number]): [number, number] {
  const [a, , , d, e, f] = /matrix\(([^)]*)\)/.exec(transform)![1]!.split(' ').map(Number) as number[];
  return [a! * x + e!, d! * y + f!];
}

describe('the SVG map’s base frame', () => {
  it('moves, under any camera, to where the camera’s projection draws', () => {
    const cameras: Camera[] = [
      { zoom: 5.2, center: [70, 36.5] },
      { zoom: 9, center: [69.5, 36.5] },
      { zoom: 11, center: [71.2, 36.9] },
    ];
    const points: LonLat[] = [
      [68, 36],
      [72, 37],
      [69.5, 36.5],
      [60, 30],
    ];
    for (const camera of cameras) {
      const t = viewTransform(frame, camera, SIZE);
      const projection = projectionFor(camera, SIZE);
      for (const p of points) {
        const [x, y] = applyMatrix(t, frame.project(p));
        const [ex, ey] = projection(p)!;
        expect(x).toBeCloseTo(ex, 6);
        expect(y).toBeCloseTo(ey, 6);
      }
    }
  });

  it('draws a ring as given, whatever its winding (the toy squares are RFC 7946, counter-clockwise)', () => {
    const kunduz = frame.paths.provinces.find((p) => p.id === 'AF19')!;
    const numbers = kunduz
      .d()
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    const [x0, y0] = frame.project([68, 37]);
    const [x1, y1] = frame.project([70, 36]);
    // Every vertex within the square's own box: no world-spanning inverted polygon.
    for (let i = 0; i < numbers.length; i += 2) {
      expect(numbers[i]).toBeGreaterThanOrEqual(x0 - 0.1);
      expect(numbers[i]).toBeLessThanOrEqual(x1 + 0.1);
      expect(numbers[i + 1]).toBeGreaterThanOrEqual(y0 - 0.1);
      expect(numbers[i + 1]).toBeLessThanOrEqual(y1 + 0.1);
    }
  });
});
