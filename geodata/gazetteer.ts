import * as v from 'valibot';
import { Gazetteer, type GazetteerEntry } from '../src/story/gazetteer-schema.ts';
import { normalizeName } from '../src/story/normalize.ts';
import type { AliasesFile } from './aliases.ts';
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
  /** Source names, ADM2ALT names, Dari names and hand-kept aliases: these may only collide when listed. */
  explicit: string[];
  /** Hand-kept aliases marked exact: linked as spelled, no variants generated from them. */
  exact: Set<string>;
  /** Transliterated Afghan names get mechanical variants; English exonyms (countries, regions) do not. */
  transliterated: boolean;
}

type Claim = 'explicit' | 'generated';

export interface GazetteerResult {
  gazetteer: Gazetteer;
  /** Generated variants left out because another place (or an English word) holds the key. */
  droppedVariants: number;
}

const withPoint = (base: Base, point: LonLat | undefined): Base => (point ? { ...base, point } : base);

function places({ units, labels, countryPoints, aliases }: GazetteerInput): Place[] {
  const handKept = (id: string): string[] => (aliases.units[id] ?? []).map((a) => a.name);
  const exact = (id: string): Set<string> =>
    new Set((aliases.units[id] ?? []).filter((a) => a.exact).map((a) => a.name));
  const provinces = units.provinces.map((p): Place => {
    const capital = units.capitals.get(p.pcode);
    const base: Base = { id: p.pcode, kind: 'province', name_en: p.name_en, name_da: p.name_da };
    return {
      base: withPoint(capital ? { ...base, capital } : base, labels.get(p.pcode)),
      explicit: [p.name_en, p.name_da, ...handKept(p.pcode)],
      exact: exact(p.pcode),
      transliterated: true,
    };
  });
  const districts = units.districts.map((d): Place => ({
    base: withPoint(
      { id: d.pcode, kind: 'district', name_en: d.name_en, name_da: d.name_da, province: d.province },
      labels.get(d.pcode),
    ),
    explicit: [d.name_en, ...d.alt_names, d.name_da, ...handKept(d.pcode)],
    exact: exact(d.pcode),
    transliterated: true,
  }));
  const countries = aliases.countries.map((c): Place => ({
    base: withPoint(
      { id: c.id, kind: 'country', name_en: c.name_en, ...(c.name_da ? { name_da: c.name_da } : {}) },
      countryPoints.get(c.id),
    ),
    explicit: [c.name_en, ...(c.name_da ? [c.name_da] : []), ...c.names],
    exact: new Set(),
    transliterated: false,
  }));
  const regions = aliases.regions.map((r): Place => ({
    base: { id: r.id, kind: 'region', name_en: r.name_en },
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
  const claim = (id: string, name: string, kind: Claim): void => {
    const key = normalizeName(name);
    if (key === '') return;
    const byId = claims.get(key) ?? new Map<string, Claim>();
    if (byId.get(id) !== 'explicit') byId.set(id, kind);
    claims.set(key, byId);
    if (!spelling.has(`${id}\u0000${key}`)) spelling.set(`${id}\u0000${key}`, name);
  };
  for (const place of all) {
    for (const name of place.explicit) claim(place.base.id, name, 'explicit');
  }
  let droppedVariants = 0;
  for (const place of all) {
    if (!place.transliterated) continue;
    for (const name of place.explicit.filter((n) => !place.exact.has(n))) {
      for (const variant of nameVariants(name)) {
        if (notNames.has(normalizeName(variant))) droppedVariants++;
        else claim(place.base.id, variant, 'generated');
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
    const explicitIds = [...byId].filter(([, kind]) => kind === 'explicit').map(([id]) => id);
    for (const [id, kind] of byId) {
      if (kind === 'generated' || explicitIds.length === 0) {
        byId.delete(id);
        droppedVariants++;
      }
    }
    if (explicitIds.length > 1) {
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
