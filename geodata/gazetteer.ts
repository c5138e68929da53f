import * as v from 'valibot';
import { Gazetteer, type GazetteerEntry } from '../src/story/gazetteer-schema.ts';
import { normalizeName } from '../src/story/normalize.ts';
import type { AliasesFile } from './aliases.ts';
import { dariForms } from './dari-forms.ts';
import type { LonLat } from './decorate.ts';
import { GeodataError } from './errors.ts';
import type { Units } from './units.ts';
import { nameVariants } from './variants.ts';

export interface GazetteerInput {
  units: Units;
  /** Label points of provinces and districts. */
  labels: ReadonlyMap<string, LonLat>;
  countryPoints: ReadonlyMap<string, LonLat>;
  aliases: AliasesFile;
  /** Named in error messages. */
  aliasesFile: string;
}

type Base = Omit<GazetteerEntry, 'names'>;
interface Place {
  base: Base;
  /** AGCHO's own names (English, ADM2ALT, Dari): two units may share one, as the source says they do. */
  source: string[];
  /** Source names and hand-kept aliases: a hand-kept alias may only collide when listed. */
  explicit: string[];
  /** Hand-kept aliases marked exact: linked as spelled, no variants generated from them. */
  exact: Set<string>;
  /** Transliterated Afghan names get mechanical variants; English exonyms (countries, regions) do not. */
  transliterated: boolean;
}

type Claim = 'source' | 'explicit' | 'generated';
const STRENGTH: Record<Claim, number> = { source: 2, explicit: 1, generated: 0 };

export interface GazetteerResult {
  gazetteer: Gazetteer;
  /** Generated variants left out because another place (or an English word) holds the key. */
  droppedVariants: number;
}

const withPoint = (base: Base, point: LonLat | undefined): Base => (point ? { ...base, point } : base);

/** "خوست (متون)": AGCHO writes a second name in brackets; each part is a name. */
const sourceNames = (...names: string[]): string[] =>
  names.flatMap((n) => {
    const m = /^([^()]+)\(([^()]+)\)\s*$/.exec(n);
    return m?.[1] && m[2] ? [m[1].trim(), m[2].trim()] : [n];
  });

function places({ units, labels, countryPoints, aliases }: GazetteerInput): Place[] {
  const onMap = new Set([...units.districts.map((d) => d.province), ...units.districts.map((d) => d.pcode)]);
  const mapped = (id: string) => ({ onMap: onMap.has(id) });
  const handKept = (id: string): string[] => (aliases.units[id] ?? []).map((a) => a.name);
  const exact = (id: string): Set<string> =>
    new Set((aliases.units[id] ?? []).filter((a) => a.exact).map((a) => a.name));
  const provinces = units.provinces.map((p): Place => {
    const capital = units.capitals.get(p.pcode);
    const base: Base = {
      id: p.pcode,
      kind: 'province',
      name_en: p.name_en,
      name_da: p.name_da,
      ...mapped(p.pcode),
    };
    const source = sourceNames(p.name_en, p.name_da);
    return {
      base: withPoint(capital ? { ...base, capital } : base, labels.get(p.pcode)),
      source,
      explicit: [...source, ...handKept(p.pcode)],
      exact: exact(p.pcode),
      transliterated: true,
    };
  });
  const districts = units.allDistricts.map((d): Place => {
    const english = sourceNames(d.name_en, ...d.alt_names);
    const source = [...english, ...sourceNames(d.name_da), ...dariForms(d.name_da, english, d.name_en)];
    const base: Base = {
      id: d.pcode,
      kind: 'district',
      name_en: d.name_en,
      name_da: d.name_da,
      province: d.province,
      ...mapped(d.pcode),
    };
    return {
      base: withPoint(base, labels.get(d.pcode)),
      source,
      explicit: [...source, ...handKept(d.pcode)],
      exact: exact(d.pcode),
      transliterated: true,
    };
  });
  const countries = aliases.countries.map((c): Place => ({
    base: withPoint(
      { id: c.id, kind: 'country', name_en: c.name_en, ...(c.name_da ? { name_da: c.name_da } : {}) },
      countryPoints.get(c.id),
    ),
    source: [],
    explicit: [c.name_en, ...(c.name_da ? [c.name_da] : []), ...c.names],
    exact: new Set(),
    transliterated: false,
  }));
  const regions = aliases.regions.map((r): Place => ({
    base: { id: r.id, kind: 'region', name_en: r.name_en },
    source: [],
    explicit: [r.name_en, ...r.names],
    exact: new Set(),
    transliterated: false,
  }));
  return [...provinces, ...districts, ...countries, ...regions];
}

/**
 * The gazetteer the story engine links against. Explicit names (source, ADM2ALT, Dari, hand-kept) that share a
 * normalizeName key across places must be listed under "ambiguous" in the aliases file, or the build fails;
 * generated variants never make a name ambiguous: they yield to any other place's claim and to English words.
 */
export function buildGazetteer(input: GazetteerInput): GazetteerResult {
  const { aliases, aliasesFile } = input;
  const all = places(input);
  const ids = new Set(all.map((p) => p.base.id));
  for (const id of Object.keys(aliases.units)) {
    if (!ids.has(id) || !/^AF\d/.test(id)) {
      throw new GeodataError(
        `${aliasesFile}: units has aliases for unknown P-code ${id}; fix or remove the entry.`,
      );
    }
  }
  for (const { ids: listed } of aliases.ambiguous) {
    for (const id of listed) {
      if (!ids.has(id)) throw new GeodataError(`${aliasesFile}: ambiguous lists unknown id ${id}.`);
    }
  }
  const notNames = new Set(aliases.notNames.map(normalizeName));

  // key → id → strongest claim, plus the first spelling seen per (id, key).
  const claims = new Map<string, Map<string, Claim>>();
  const spelling = new Map<string, string>();
  // The source name a generated variant comes from: Herat the province and Herat the city share their variants.
  const origin = new Map<string, string>();
  const claim = (id: string, name: string, kind: Claim, from: string = name): void => {
    const key = normalizeName(name);
    if (key === '') return;
    if (!origin.has(`${id}\u0000${key}`)) origin.set(`${id}\u0000${key}`, normalizeName(from));
    const byId = claims.get(key) ?? new Map<string, Claim>();
    const had = byId.get(id);
    if (had === undefined || STRENGTH[kind] > STRENGTH[had]) byId.set(id, kind);
    claims.set(key, byId);
    if (!spelling.has(`${id}\u0000${key}`)) spelling.set(`${id}\u0000${key}`, name);
  };
  for (const place of all) {
    for (const name of place.source) claim(place.base.id, name, 'source');
    for (const name of place.explicit) claim(place.base.id, name, 'explicit');
  }
  let droppedVariants = 0;
  for (const place of all) {
    if (!place.transliterated) continue;
    for (const name of place.explicit.filter((n) => !place.exact.has(n))) {
      for (const variant of nameVariants(name)) {
        if (notNames.has(normalizeName(variant))) droppedVariants++;
        else claim(place.base.id, variant, 'generated', name);
      }
    }
  }

  const listedSets = aliases.ambiguous.map((a) => new Set(a.ids));
  const usedSets = new Set<number>();
  const listedFor = (holders: readonly string[]): number =>
    listedSets.findIndex((set) => holders.every((id) => set.has(id)));
  const problems: string[] = [];
  for (const [key, byId] of claims) {
    if (byId.size < 2) continue;
    const listed = listedFor([...byId.keys()]);
    if (listed >= 0) {
      usedSets.add(listed);
      continue;
    }
    const explicitIds = [...byId].filter(([, kind]) => kind !== 'generated').map(([id]) => id);
    const origins = new Set([...byId.keys()].map((id) => origin.get(`${id}\u0000${key}`)));
    if (explicitIds.length === 0 && origins.size === 1) continue;
    for (const [id, kind] of byId) {
      if (kind === 'generated' || explicitIds.length === 0) {
        byId.delete(id);
        droppedVariants++;
      }
    }
    // AGCHO itself gives the name to several units (two Baharaks, Fayzabad in Badakhshan and in Jawzjan).
    const allSource = explicitIds.every((id) => byId.get(id) === 'source');
    if (explicitIds.length > 1 && !allSource) {
      const listedExplicit = listedFor(explicitIds);
      if (listedExplicit >= 0) {
        usedSets.add(listedExplicit);
        continue;
      }
      const who = explicitIds.map((id) => `${id} ("${spelling.get(`${id}\u0000${key}`)}")`).join(' and ');
      problems.push(`the name key "${key}" belongs to ${who}`);
    }
  }
  if (problems.length > 0) {
    throw new GeodataError(
      `Ambiguous place names in the gazetteer: ${problems.join('; ')}. If the places really share the name, add ` +
        `{ "ids": [...], "note": "..." } under "ambiguous" in ${aliasesFile}; otherwise fix the alias.`,
    );
  }
  aliases.ambiguous.forEach((a, index) => {
    if (!usedSets.has(index)) {
      throw new GeodataError(
        `${aliasesFile}: ambiguous entry [${a.ids.join(', ')}] shares no name; remove it.`,
      );
    }
  });

  const namesById = new Map<string, string[]>();
  for (const [key, byId] of claims) {
    for (const id of byId.keys()) {
      const list = namesById.get(id) ?? [];
      list.push(spelling.get(`${id}\u0000${key}`) ?? key);
      namesById.set(id, list);
    }
  }
  const entries = all.map((place): GazetteerEntry => {
    const names = namesById.get(place.base.id) ?? [];
    // Explicit names first, in their order; generated variants after.
    const explicitKeys = place.explicit.map(normalizeName);
    names.sort((a, b) => rank(explicitKeys, a) - rank(explicitKeys, b));
    return { ...place.base, names };
  });
  const gazetteer = v.parse(Gazetteer, { version: 1, entries });
  return { gazetteer, droppedVariants };
}

function rank(explicitKeys: readonly string[], name: string): number {
  const index = explicitKeys.indexOf(normalizeName(name));
  return index === -1 ? explicitKeys.length : index;
}
