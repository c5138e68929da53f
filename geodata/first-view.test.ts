import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { toyTopology } from '../src/state/test-fixtures.ts';
import { firstViewTopology } from './first-view.ts';

const points = (t: Topology) => t.arcs.reduce((n, arc) => n + arc.length, 0);
const geometries = (t: Topology) =>
  Object.entries(t.objects).map(([name, o]) => [
    name,
    o.type === 'GeometryCollection' ? o.geometries.map((g) => [g.id, g.type, g.properties]) : [],
  ]);

describe('the first view’s map', () => {
  it('keeps every object, shape, id and property, with no more points than the full map', async () => {
    const full = toyTopology() as unknown as Topology;
    const light = JSON.parse(await firstViewTopology(JSON.stringify(full))) as Topology;
    expect(geometries(light)).toEqual(geometries(full));
    expect(points(light)).toBeLessThanOrEqual(points(full));
  });

  it('drops the detail a first view cannot show (a wiggle of 100 m along 50 km)', async () => {
    // A square district whose north edge wiggles by ±0.001° (about 100 m) every 0.0025°.
    const edge = Array.from({ length: 201 }, (_, i) => [68.5 - i * 0.0025, 36.5 + (i % 2) * 0.001]);
    const ring = [[68, 36], [68.5, 36], ...edge, [68, 36]];
    const wiggly = {
      type: 'Topology',
      arcs: [ring],
      objects: {
        districts: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], id: 'AF1901', properties: { pcode: 'AF1901' } }],
        },
      },
    } as unknown as Topology;
    const light = JSON.parse(await firstViewTopology(JSON.stringify(wiggly))) as Topology;
    expect(points(light)).toBeLessThan(20);
    expect(geometries(light)).toEqual(geometries(wiggly));
  });
});
