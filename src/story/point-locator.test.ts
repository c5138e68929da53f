import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { locatorFromTopology } from './topology-locator.ts';

// The real boundaries the pipeline writes (npm run data, which test:unit runs first): the step that matters is
// a village a few hundred metres from a district line landing on the right side of it.
const TOPOLOGY = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../public/data/north.topo.json',
);
const topology = existsSync(TOPOLOGY) ? (JSON.parse(readFileSync(TOPOLOGY, 'utf8')) as Topology) : null;
const locator = topology ? locatorFromTopology(topology) : null;

/** Metres either side of a shared border the test points sit at. */
const OFFSET_M = 300;
const M_PER_DEGREE = 111_195;

/** Two points OFFSET_M either side of the middle of the border two districts share. */
function acrossBorder(t: Topology, a: string, b: string): [[number, number], [number, number]] {
  const districts = t.objects.districts as GeometryCollection;
  const line = mesh(t, districts, (x, y) => {
    const ids = [String(x.id), String(y.id)];
    return ids.includes(a) && ids.includes(b) && x !== y;
  });
  const coords = line.coordinates.flat();
  expect(coords.length, `${a} and ${b} share a border`).toBeGreaterThan(2);
  const mid = Math.floor(coords.length / 2);
  const [x0 = 0, y0 = 0] = coords[mid - 1] ?? [];
  const [x1 = 0, y1 = 0] = coords[mid] ?? [];
  const kx = Math.cos((y0 * Math.PI) / 180);
  const [dx, dy] = [(x1 - x0) * kx, y1 - y0];
  const len = Math.hypot(dx, dy);
  // The normal to the border's segment, scaled to OFFSET_M, from the segment's middle.
  const [nx, ny] = [(-dy / len) * (OFFSET_M / M_PER_DEGREE), (dx / len) * (OFFSET_M / M_PER_DEGREE)];
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return [
    [cx + nx / kx, cy + ny],
    [cx - nx / kx, cy - ny],
  ];
}

describe.skipIf(!locator || !topology)('point locator on the real boundaries', () => {
  const locate = (at: [number, number]) => locator!.locate(...at);

  it('puts points 300 m either side of shared district borders in the two districts', () => {
    // Chahar Dara and Kunduz; Kunduz's Imam Sahib and Qala-e-Zal; Khan Abad and Takhar's Bangi; Chahar Dara and Baghlan's Baghlan-e-Jadid.
    for (const [a, b] of [
      ['AF1901', 'AF1902'],
      ['AF1905', 'AF1907'],
      ['AF1904', 'AF1804'],
      ['AF1902', 'AF0905'],
    ] as const) {
      const [p, q] = acrossBorder(topology!, a, b);
      const found = [locate(p), locate(q)].map((r) => (r.kind === 'district' ? r.district : r.kind));
      expect(found.sort(), `${a}|${b} at ${JSON.stringify([p, q])}`).toEqual([a, b].sort());
    }
  });

  it('gives a district its province', () => {
    expect(locate([68.55, 36.7])).toEqual({ kind: 'district', district: 'AF1902', province: 'AF19' });
  });

  it('reads a point elsewhere in Afghanistan as its province, abroad as the country, the sea as nowhere', () => {
    expect(locate([69.19, 34.58])).toEqual({ kind: 'province', province: 'AF01' });
    expect(locate([68.78, 38.56])).toEqual({ kind: 'abroad', country: 'TJK', name: 'Tajikistan' });
    expect(locate([36.72, 68.86])).toEqual({ kind: 'nowhere' });
  });

  it('measures the distance to the international border and names the neighbour', () => {
    const near = locator!.nearestBorder(68.86, 37.2);
    expect(near?.country).toBe('TJK');
    expect(near!.km).toBeGreaterThan(1);
    expect(near!.km).toBeLessThan(25);
    expect(locator!.nearestBorder(68.86, 36.72)!.km).toBeGreaterThan(25);
  });

  it('knows the capitals of the provinces it draws', () => {
    expect(locator!.capitalOf('AF19')?.name_en).toBe('Kunduz');
    expect(locator!.capitalOf('AF01')).toBeNull();
  });
});
