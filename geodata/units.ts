import { CAPITAL_MARKER, NORTH_PROVINCES } from './config.ts';
import { GeodataError } from './errors.ts';
import type { AttributeRecord, SourceFiles, SourceRecords } from './sources.ts';

export interface Province {
  pcode: string;
  name_en: string;
  name_da: string;
}

export interface District {
  pcode: string;
  name_en: string;
  name_da: string;
  /** ADM2ALT1EN/ADM2ALT2EN, without AGCHO's "Centre" marker. */
  alt_names: string[];
  province: string;
  /** AGCHO marks the provincial centre (capital) district with ADM2ALT1EN = "Centre". */
  isCapital: boolean;
}

export interface Units {
  national: { name_en: string; name_da: string };
  /** All 34 provinces, in source order. */
  provinces: Province[];
  /** The districts of the four northern provinces, sorted by P-code: the map's districts. */
  districts: District[];
  /** All 399 districts, sorted by P-code: the gazetteer knows every same-name district. */
  allDistricts: District[];
  /** Capital district P-code per province (all 34). */
  capitals: Map<string, string>;
}

const text = (record: AttributeRecord, field: string): string => {
  const value = record[field];
  return typeof value === 'string' ? value.trim() : '';
};

/** Typed, cross-checked units from the AGCHO attribute tables; every failure names the file, field and code. */
export function parseUnits(records: SourceRecords, files: SourceFiles): Units {
  const nationalRecord = records.adm0[0] ?? {};
  const provinces = records.adm1.map((r) => ({
    pcode: text(r, 'ADM1_PCODE'),
    name_en: text(r, 'ADM1_EN'),
    name_da: text(r, 'ADM1_DA'),
  }));
  const provinceCodes = new Set(provinces.map((p) => p.pcode));
  for (const p of provinces) {
    if (!/^AF\d{2}$/.test(p.pcode)) {
      throw new GeodataError(
        `${files.adm1}: field ADM1_PCODE has "${p.pcode}", not a province P-code (AF + 2 digits).`,
      );
    }
  }
  for (const code of NORTH_PROVINCES) {
    if (!provinceCodes.has(code)) {
      throw new GeodataError(
        `${files.adm1}: field ADM1_PCODE has no province ${code}, one of the four the atlas maps.`,
      );
    }
  }
  const all: District[] = records.adm2.map((r) => {
    const alts = [text(r, 'ADM2ALT1EN'), text(r, 'ADM2ALT2EN')];
    return {
      pcode: text(r, 'ADM2_PCODE'),
      name_en: text(r, 'ADM2_EN'),
      name_da: text(r, 'ADM2_DA'),
      alt_names: alts.filter((a) => a !== '' && a !== CAPITAL_MARKER),
      province: text(r, 'ADM1_PCODE'),
      isCapital: alts.includes(CAPITAL_MARKER),
    };
  });
  for (const d of all) {
    if (!/^AF\d{4}$/.test(d.pcode)) {
      throw new GeodataError(
        `${files.adm2}: field ADM2_PCODE has "${d.pcode}", not a district P-code (AF + 4 digits).`,
      );
    }
    if (!provinceCodes.has(d.province)) {
      throw new GeodataError(
        `${files.adm2}: district ${d.pcode} has ADM1_PCODE "${d.province}", an unknown P-code (not in ${files.adm1}).`,
      );
    }
  }
  const allDistricts = all.sort((a, b) => a.pcode.localeCompare(b.pcode));
  const districts = allDistricts.filter((d) => NORTH_PROVINCES.includes(d.province));
  const capitals = new Map<string, string>();
  for (const p of provinces) {
    const capital = capitalOf(p, allDistricts);
    if (capital) capitals.set(p.pcode, capital);
    else if (NORTH_PROVINCES.includes(p.pcode)) {
      throw new GeodataError(
        `${files.adm2}: province ${p.pcode} has no district with ADM2ALT1EN "${CAPITAL_MARKER}"; ` +
          'exactly one (the provincial capital) is expected.',
      );
    }
  }
  return {
    national: { name_en: text(nationalRecord, 'ADM0_EN'), name_da: text(nationalRecord, 'ADM0_DA') },
    provinces,
    districts,
    allDistricts,
    capitals,
  };
}

/**
 * The provincial capital district: the one AGCHO marks "Centre", else (Kabul, which AGCHO leaves unmarked) the
 * single district named like its province.
 */
function capitalOf(province: Province, districts: readonly District[]): string | null {
  const own = districts.filter((d) => d.province === province.pcode);
  const marked = own.filter((d) => d.isCapital);
  if (marked.length === 1 && marked[0]) return marked[0].pcode;
  if (marked.length > 1) return null;
  const named = own.filter((d) => d.name_en === province.name_en);
  return named.length === 1 && named[0] ? named[0].pcode : null;
}
