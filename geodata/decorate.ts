import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { BorderStretch } from './borders.ts';
import { GeodataError } from './errors.ts';
import type { Units } from './units.ts';

export type LonLat = [number, number];

export interface ProvinceProperties {
  pcode: string;
  name_en: string;
  name_da: string;
  capital: { name_en: string; lonlat: LonLat };
  label: LonLat;
}

export interface DistrictProperties {
  pcode: string;
  name_en: string;
  name_da: string;
  alt_names: string[];
  province: string;
  border: BorderStretch[];
  label: LonLat;
}

export interface NamedProperties {
  pcode: string;
  name_en: string;
  name_da?: string;
}

export interface DecorateInput {
  topology: Topology;
  units: Units;
  labels: ReadonlyMap<string, LonLat>;
  borders: ReadonlyMap<string, BorderStretch[]>;
  countryNames: ReadonlyMap<string, { name_en: string; name_da?: string | undefined }>;
}

export const OBJECT_NAMES = ['provinces', 'districts', 'context', 'afghanistan', 'neighbours'] as const;

/**
 * The published topology: every feature's id is its P-code (ISO3 for countries), repeated as property `pcode`
 * (MapLibre keeps only numeric feature ids, so the app promotes `pcode`), with names, label points and borders.
 */
export function decorateTopology({
  topology,
  units,
  labels,
  borders,
  countryNames,
}: DecorateInput): Topology {
  const provinceByCode = new Map(units.provinces.map((p) => [p.pcode, p]));
  const districtByCode = new Map(units.districts.map((d) => [d.pcode, d]));
  const label = (pcode: string): LonLat => {
    const point = labels.get(pcode);
    if (!point)
      throw new GeodataError(`No label point for ${pcode}: the feature was lost in simplification.`);
    return point;
  };
  const unknown = (object: string, pcode: string): never => {
    throw new GeodataError(
      `Unknown P-code ${pcode} in the ${object} layer: it has no record in the source tables.`,
    );
  };

  const decorators: Record<(typeof OBJECT_NAMES)[number], (pcode: string) => object> = {
    provinces: (pcode): ProvinceProperties => {
      const p = provinceByCode.get(pcode) ?? unknown('provinces', pcode);
      const capitalCode = units.capitals.get(pcode) ?? unknown('provinces (capital)', pcode);
      const capital = districtByCode.get(capitalCode) ?? unknown('districts', capitalCode);
      return {
        pcode,
        name_en: p.name_en,
        name_da: p.name_da,
        capital: { name_en: capital.name_en, lonlat: label(capitalCode) },
        label: label(pcode),
      };
    },
    districts: (pcode): DistrictProperties => {
      const d = districtByCode.get(pcode) ?? unknown('districts', pcode);
      return {
        pcode,
        name_en: d.name_en,
        name_da: d.name_da,
        alt_names: d.alt_names,
        province: d.province,
        border: borders.get(pcode) ?? [],
        label: label(pcode),
      };
    },
    context: (pcode): NamedProperties & { label: LonLat } => {
      const p = provinceByCode.get(pcode) ?? unknown('context', pcode);
      return { pcode, name_en: p.name_en, name_da: p.name_da, label: label(pcode) };
    },
    afghanistan: (pcode): NamedProperties => ({ pcode, ...units.national }),
    neighbours: (pcode): NamedProperties => {
      const names = countryNames.get(pcode) ?? unknown('neighbours', pcode);
      return { pcode, name_en: names.name_en, ...(names.name_da ? { name_da: names.name_da } : {}) };
    },
  };

  const objects: Record<string, GeometryCollection> = {};
  for (const name of OBJECT_NAMES) {
    const source = topology.objects[name];
    if (!source || source.type !== 'GeometryCollection') {
      throw new GeodataError(`mapshaper output lacks the ${name} object.`);
    }
    const geometries = source.geometries
      .map((g): GeometryObject => {
        const pcode = String(g.id ?? '');
        return { ...g, id: pcode, properties: decorators[name](pcode) } as GeometryObject;
      })
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    objects[name] = { type: 'GeometryCollection', geometries };
  }
  return { ...topology, objects };
}
