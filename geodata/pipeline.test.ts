import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as topojson from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject as AnyGeometryObject,
  Topology,
} from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, NORTH_PROVINCES, OUTPUT_FILES } from './config.ts';
import type { DistrictProperties, ProvinceProperties } from './decorate.ts';
import { runCli } from './test-helpers.ts';

type GeometryObject = AnyGeometryObject<GeoJSON.GeoJsonProperties>;

// One real run of the CLI on the AGCHO files into a temporary folder; every test reads what it wrote.
let dataDir: string;
let stdout: string;
let topology: Topology;

const collection = (name: string): GeometryCollection<GeoJSON.GeoJsonProperties> => {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`no ${name}`);
  return object;
};
const props = <T>(g: GeometryObject): T => g.properties as T;
const districts = () => collection('districts').geometries.map((g) => props<DistrictProperties>(g));
const district = (pcode: string): DistrictProperties => {
  const found = districts().find((d) => d.pcode === pcode);
  if (!found) throw new Error(`no district ${pcode}`);
  return found;
};

function arcIds(geometries: readonly GeometryObject[]): Set<number> {
  const ids = new Set<number>();
  const walk = (value: unknown): void => {
    if (typeof value === 'number') ids.add(value < 0 ? ~value : value);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  for (const g of geometries) if ('arcs' in g) walk(g.arcs);
  return ids;
}

/** Even-odd ray casting over every ring: enough to tell a label point is inside its polygon. */
function contains(geometry: GeoJSON.Geometry, [x, y]: [number, number]): boolean {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let inside = false;
  for (const ring of polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'north-atlas-geodata-'));
  const run = runCli([], { NORTH_ATLAS_DATA_DIR: dataDir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  stdout = run.stdout;
  topology = JSON.parse(fs.readFileSync(path.join(dataDir, OUTPUT_FILES.topology), 'utf8')) as Topology;
}, 60_000);

describe('north.topo.json', () => {
  it('holds the five objects with the expected counts', () => {
    expect(Object.keys(topology.objects).sort()).toEqual(
      ['afghanistan', 'context', 'districts', 'neighbours', 'provinces'].sort(),
    );
    expect(collection('provinces').geometries).toHaveLength(4);
    expect(collection('districts').geometries).toHaveLength(67);
    expect(collection('context').geometries).toHaveLength(30);
    expect(collection('afghanistan').geometries).toHaveLength(1);
  });

  it('uses P-codes / ISO3 as feature ids, repeated as the pcode property', () => {
    for (const name of Object.keys(topology.objects)) {
      for (const g of collection(name).geometries) {
        expect(props<{ pcode: string }>(g).pcode).toBe(g.id);
      }
    }
    expect(
      collection('provinces')
        .geometries.map((g) => g.id)
        .sort(),
    ).toEqual([...NORTH_PROVINCES].sort());
    expect(
      districts().every((d) => /^AF(19|18|09|17)\d{2}$/.test(d.pcode) && d.pcode.startsWith(d.province)),
    ).toBe(true);
    expect(collection('afghanistan').geometries[0]?.id).toBe('AFG');
    const neighbours = collection('neighbours').geometries.map((g) =>
      props<{ pcode: string; name_en: string; name_da?: string }>(g),
    );
    expect(neighbours.map((n) => n.pcode)).toEqual(
      expect.arrayContaining(['TJK', 'UZB', 'TKM', 'PAK', 'CHN']),
    );
    expect(neighbours.find((n) => n.pcode === 'TJK')?.name_en).toBe('Tajikistan');
    // Dari labels for the neighbours too, from the reviewed names file.
    expect(neighbours.find((n) => n.pcode === 'TJK')?.name_da).toBe('تاجیکستان');
    expect(neighbours.every((n) => /[\u0600-\u06FF]/.test(String(n.name_da)))).toBe(true);
  });

  it('names every province and district in English and Dari', () => {
    const dari = /[\u0600-\u06FF]/;
    for (const p of collection('provinces').geometries.map((g) => props<ProvinceProperties>(g))) {
      expect(p.name_en).toMatch(/^[A-Za-z]/);
      expect(p.name_da).toMatch(dari);
    }
    for (const d of districts()) {
      expect(d.name_en).toMatch(/^[A-Za-z]/);
      expect(d.name_da).toMatch(dari);
    }
    expect(district('AF1907')).toMatchObject({
      name_en: 'Qala-e-Zal',
      alt_names: ['Qalai Zal'],
      province: 'AF19',
    });
    expect(district('AF1901').alt_names).toEqual([]); // AGCHO's "Centre" marker is not a name
  });

  it('gives each province its capital district, at that district label', () => {
    const kunduz = collection('provinces').geometries.find((g) => g.id === 'AF19');
    const p = props<ProvinceProperties>(kunduz as GeometryObject);
    expect(p.capital).toEqual({ name_en: 'Kunduz', lonlat: district('AF1901').label });
    const capitals = collection('provinces').geometries.map(
      (g) => props<ProvinceProperties>(g).capital.name_en,
    );
    expect(capitals.sort()).toEqual(['Fayzabad', 'Kunduz', 'Pul-e-Khumri', 'Taloqan']);
  });

  it('puts every label point inside its polygon', () => {
    for (const name of ['provinces', 'districts']) {
      for (const g of collection(name).geometries) {
        const feature = topojson.feature(topology, g) as GeoJSON.Feature;
        const label = props<{ label: [number, number] }>(g).label;
        expect(contains(feature.geometry, label), `${String(g.id)} label`).toBe(true);
      }
    }
  });

  it('shares arcs between provinces, districts and the national outline', () => {
    const provinceArcs = arcIds(collection('provinces').geometries);
    const districtArcs = arcIds(collection('districts').geometries);
    expect([...provinceArcs].every((a) => districtArcs.has(a))).toBe(true);
    const outline = arcIds(collection('afghanistan').geometries);
    expect([...outline].some((a) => districtArcs.has(a))).toBe(true);
    expect([...arcIds(collection('neighbours').geometries)].some((a) => outline.has(a))).toBe(true);
  });

  it('finds the border districts from the geometry', () => {
    const faces = (pcode: string) => district(pcode).border.map((b) => b.country);
    for (const pcode of ['AF1907', 'AF1905', 'AF1906']) expect(faces(pcode)).toEqual(['TJK']);
    expect(faces('AF1728').sort()).toEqual(['CHN', 'PAK', 'TJK']);
    expect(district('AF1901').border).toEqual([]);
    for (const d of districts()) for (const b of d.border) expect(b.km).toBeGreaterThanOrEqual(1);
  });

  it('meets the size and area budgets and reports them', () => {
    const raw = fs.readFileSync(path.join(dataDir, OUTPUT_FILES.topology));
    expect(zlib.gzipSync(raw, { level: 9 }).length).toBeLessThanOrEqual(BUDGET.maxGzipBytes);
    const areaError = /worst area error: ([\d.]+) %/.exec(stdout)?.[1];
    expect(Number(areaError)).toBeLessThan(BUDGET.maxAreaError * 100);
    expect(stdout).toMatch(/TJK \(\d+\): .*Qala-e-Zal AF1907/);
  });

  it('skips the work when the stamp matches', () => {
    const before = fs.statSync(path.join(dataDir, OUTPUT_FILES.topology)).mtimeMs;
    const run = runCli([], { NORTH_ATLAS_DATA_DIR: dataDir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/up to date/);
    expect(fs.statSync(path.join(dataDir, OUTPUT_FILES.topology)).mtimeMs).toBe(before);
  });
});
