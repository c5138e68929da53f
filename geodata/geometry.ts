import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { borderPartCommands, type BorderPart } from './borders.ts';
import {
  BORDER_MATCH_KM,
  LABEL_DECIMALS,
  NORTH_PROVINCES,
  QUANTIZATION,
  SIMPLIFY_INTERVAL_M,
} from './config.ts';
import { GeodataError } from './errors.ts';
import { runMapshaper } from './mapshaper-run.ts';
import type { BBox } from './sources.ts';

export interface GeometryInput {
  adm2File: string;
  worldAtlasFile: string;
  /** Countries the neighbours object may hold: ISO3 id and the ISO numeric code world-atlas uses. */
  countries: readonly { id: string; numeric: string }[];
  /** Neighbours are clipped to this box. */
  neighbourBox: BBox;
}

export interface GeometryOutput {
  /** provinces, districts, context, afghanistan, neighbours: ids are P-codes / ISO3, properties only `pcode`. */
  topology: Topology;
  /** Inner label points of all provinces and the districts, [lon, lat], inside the simplified polygons. */
  labels: Map<string, [number, number]>;
  /** Spherical area of each northern district in the unsimplified source, m². */
  sourceAreas: Map<string, number>;
  borderParts: BorderPart[];
  /** Inner points of the listed countries (whole Natural Earth polygons), [lon, lat]. */
  countryPoints: Map<string, [number, number]>;
  /** world-atlas features inside the neighbour box: numeric id (may be empty) and name. */
  boxCountries: { numeric: string; name: string }[];
}

const AFGHANISTAN_NUMERIC = '004';

const round = (value: number): number => Number(value.toFixed(LABEL_DECIMALS));

/**
 * All geometry work, done by mapshaper in one run: district topology from AGCHO adm2 (provinces and the national
 * outline are dissolved from it, so all three share arcs), each northern district's stretch of national outline
 * matched against Natural Earth neighbours, neighbours grown up to the AGCHO outline, variable simplification,
 * inner label points, quantized TopoJSON.
 */
export async function buildGeometry(input: GeometryInput): Promise<GeometryOutput> {
  const adm2Layer = path.basename(input.adm2File).replace(/\.[^.]+$/, '');
  const north = JSON.stringify(NORTH_PROVINCES);
  const isoByNumeric = JSON.stringify(Object.fromEntries(input.countries.map((c) => [c.numeric, c.id])));
  const numerics = JSON.stringify(input.countries.map((c) => c.numeric));
  const box = input.neighbourBox.join(',');
  const interval =
    `tier == 'north' ? ${SIMPLIFY_INTERVAL_M.north} : ` +
    `tier == 'context' ? ${SIMPLIFY_INTERVAL_M.context} : ${SIMPLIFY_INTERVAL_M.neighbour}`;
  const labelExpr = `lon = +this.innerX.toFixed(${LABEL_DECIMALS}), lat = +this.innerY.toFixed(${LABEL_DECIMALS})`;

  // prettier-ignore
  const tokens = [
    '-i', input.adm2File, input.worldAtlasFile, 'combine-files',
    '-rename-layers', 'all', `target=${adm2Layer}`,
    '-drop', 'target=land',
    // Source areas are measured before anything touches the geometry.
    '-each', `pcode = ADM2_PCODE, province = ADM1_PCODE, srcArea = this.area, ` +
      `tier = ${north}.includes(ADM1_PCODE) ? 'north' : 'context'`, 'target=all',
    '-filter-fields', 'pcode,province,srcArea,tier', 'target=all',
    '-dissolve', 'target=all', '+', 'name=outline',
    // A district's "outer" boundary (no other district on the far side) is its stretch of the national outline.
    '-lines', 'each=pcode = A.pcode', 'target=all', '+', 'name=outer',
    '-filter', `TYPE == 'outer' && ${north}.includes(pcode.slice(0, 4))`, 'target=outer',
    // Country centres for the gazetteer, from the whole Natural Earth polygons.
    '-filter', `${numerics}.includes(FID)`, 'target=countries', '+', 'name=country_points',
    '-each', `iso = ${isoByNumeric}[FID], ${labelExpr}`, 'target=country_points',
    '-clip', `bbox=${box}`, 'target=countries',
    '-filter', `FID != '${AFGHANISTAN_NUMERIC}'`, 'target=countries',
    '-filter', 'true', 'target=countries', '+', 'name=box_countries',
    '-each', 'numeric = FID || ""', 'target=box_countries',
    '-filter', `${numerics}.includes(FID)`, 'target=countries',
    '-each', `pcode = ${isoByNumeric}[FID], tier = 'neighbour'`, 'target=countries',
    '-filter-fields', 'pcode,tier', 'target=countries',
    // Grow each neighbour over the gap to Afghanistan; where two could claim the same ground it is split
    // between them along the medial axis, so a stretch of outline is never counted for two countries.
    '-buffer', `${BORDER_MATCH_KM}km`, 'topological', 'target=countries', 'name=zones',
    '-clip', `bbox=${box}`, 'target=zones',
    ...borderPartCommands(input.countries.map((c) => c.id), 'outer', 'zones', 'border_parts'),
    // The drawn neighbours meet the AGCHO outline exactly: no slivers, shared arcs.
    '-erase', 'outline', 'target=zones', '+', 'name=neighbour_zones',
    '-merge-layers', 'target=all,neighbour_zones', 'force', 'name=units',
    '-simplify', 'variable', `interval=${interval}`, 'keep-shapes', 'target=units',
    '-filter', `tier == 'north'`, 'target=units', '+', 'name=districts',
    '-filter', `tier == 'neighbour'`, 'target=units', '+', 'name=neighbours',
    '-filter', `tier != 'neighbour'`, 'target=units', '+', 'name=afg',
    '-dissolve', 'province', 'target=afg', '+', 'name=all_provinces',
    '-each', 'pcode = province', 'target=all_provinces',
    '-filter', `${north}.includes(pcode)`, 'target=all_provinces', '+', 'name=provinces',
    '-filter', `!${north}.includes(pcode)`, 'target=all_provinces', '+', 'name=context',
    '-dissolve', 'target=afg', '+', 'name=afghanistan',
    '-each', `pcode = 'AFG'`, 'target=afghanistan',
    '-each', labelExpr, 'target=districts,provinces,context',
    '-o', 'districts.json', 'format=json', 'target=districts',
    '-o', 'provinces.json', 'format=json', 'target=provinces',
    '-o', 'context.json', 'format=json', 'target=context',
    '-filter-fields', 'pcode', 'target=districts,provinces,context,afghanistan,neighbours',
    '-o', 'north.topo.json', 'format=topojson', `quantization=${QUANTIZATION}`, 'id-field=pcode',
    'target=provinces,districts,context,afghanistan,neighbours',
    '-o', 'border_parts.json', 'format=json', 'target=border_parts',
    '-o', 'box_countries.json', 'format=json', 'target=box_countries',
    '-o', 'country_points.json', 'format=json', 'target=country_points',
  ];
  const out = await runMapshaper(tokens);
  const json = <T>(name: string): T => {
    const text = out[name];
    if (text === undefined) throw new GeodataError(`mapshaper produced no ${name}`);
    return JSON.parse(text) as T;
  };
  type Labelled = { pcode: string; lon: number; lat: number };
  const labels = new Map<string, [number, number]>();
  const sourceAreas = new Map<string, number>();
  for (const d of json<(Labelled & { srcArea: number })[]>('districts.json')) {
    labels.set(d.pcode, [round(d.lon), round(d.lat)]);
    sourceAreas.set(d.pcode, d.srcArea);
  }
  for (const p of [...json<Labelled[]>('provinces.json'), ...json<Labelled[]>('context.json')]) {
    labels.set(p.pcode, [round(p.lon), round(p.lat)]);
  }
  const countryPoints = new Map<string, [number, number]>();
  for (const c of json<{ iso: string; lon: number; lat: number }[]>('country_points.json')) {
    countryPoints.set(c.iso, [round(c.lon), round(c.lat)]);
  }
  return {
    topology: json<Topology>('north.topo.json'),
    labels,
    sourceAreas,
    borderParts: json<BorderPart[]>('border_parts.json'),
    countryPoints,
    boxCountries: json<{ numeric: string; name: string }[]>('box_countries.json'),
  };
}
