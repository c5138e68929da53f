import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Gazetteer, type GazetteerEntry } from '../src/story/gazetteer-schema.ts';
import { findPlaceCandidates } from '../src/story/link-places.ts';
import { normalizeName } from '../src/story/normalize.ts';
import { buildPlaceIndex } from '../src/story/place-index.ts';
import { readAliases, type AliasesFile } from './aliases.ts';
import { REPO_ROOT, resolvePaths } from './config.ts';
import { buildGazetteer } from './gazetteer.ts';
import { locateSources, readSourceRecords } from './sources.ts';
import { parseUnits, type Units } from './units.ts';

// The gazetteer built from the real AGCHO tables and the reviewed aliases file (no geometry needed).
const ALIASES = path.join(REPO_ROOT, 'geodata', 'aliases.json');
let units: Units;
let aliases: AliasesFile;
let entries: GazetteerEntry[];
let index: Map<string, Set<string>>;

const build = (a: AliasesFile) =>
  buildGazetteer({
    units,
    labels: new Map(),
    countryPoints: new Map(),
    aliases: a,
    aliasesFile: 'aliases.json',
  });
const resolve = (name: string): string[] => [...(index.get(normalizeName(name)) ?? [])].sort();

beforeAll(async () => {
  const files = locateSources(resolvePaths(process.env, process.cwd()).agchoDir);
  units = parseUnits((await readSourceRecords(files)).records, files);
  aliases = readAliases(ALIASES);
  entries = build(aliases).gazetteer.entries;
  index = new Map();
  for (const e of entries) {
    for (const n of e.names) {
      const key = normalizeName(n);
      index.set(key, (index.get(key) ?? new Set()).add(e.id));
    }
  }
}, 30_000);

describe('gazetteer', () => {
  it('validates against the story schema and holds every province, district, country and region', () => {
    expect(() => v.parse(Gazetteer, { version: 1, entries })).not.toThrow();
    const kinds = (kind: string) => entries.filter((e) => e.kind === kind);
    expect(kinds('province')).toHaveLength(34);
    expect(kinds('district')).toHaveLength(399);
    expect(kinds('district').filter((e) => e.onMap)).toHaveLength(67);
    expect(entries.find((e) => e.id === 'AF01')).toMatchObject({ capital: 'AF0101', onMap: false });
    expect(kinds('country').map((e) => e.id)).toEqual(
      expect.arrayContaining(['TJK', 'UZB', 'TKM', 'PAK', 'CHN', 'RUS', 'IND', 'IRN']),
    );
    expect(kinds('region').map((e) => e.id)).toEqual(expect.arrayContaining(['central-asia', 'waziristan']));
    expect(entries.find((e) => e.id === 'AF19')).toMatchObject({ capital: 'AF1901', name_da: 'کندز' });
    expect(entries.find((e) => e.id === 'AF1907')).toMatchObject({ province: 'AF19', kind: 'district' });
  });

  it('reaches every district by its source name and ADM2ALT names', () => {
    for (const d of units.allDistricts) {
      // "خوست (متون)": each part of a bracketed Dari name is a name.
      for (const name of [d.name_en, ...d.name_da.split(/[()]/), ...d.alt_names].filter((n) => n.trim())) {
        expect(resolve(name), `${name} → ${d.pcode}`).toContain(d.pcode);
      }
    }
  });

  it.each([
    ['Konduz', 'AF19'],
    ['Qunduz', 'AF1901'],
    ['Qal-e Zal', 'AF1907'],
    ['Qalai Zal', 'AF1907'],
    ['Qala-i-Zal', 'AF1907'],
    ['Dasht-i-Archi', 'AF1906'],
    ['Dashti Archi', 'AF1906'],
    ['Khoja Ghar', 'AF1809'],
    ['Chahar Dara', 'AF1902'],
    ['Taluqan', 'AF1801'],
    ['Faizabad', 'AF1701'],
    ['Feyzabad', 'AF1701'],
    ['Puli Khumri', 'AF0901'],
    ['Pol-e Khomri', 'AF0901'],
    ['Rustaq', 'AF1810'],
    ['Ishkashim', 'AF1723'],
    ['Kishim', 'AF1715'],
    ['Khanabad', 'AF1904'],
    ['Herat', 'AF32'],
    ['Helmand', 'AF30'],
    ['Panjshir', 'AF08'],
    ['Tajikistan', 'TJK'],
    ['central asia', 'central-asia'],
  ])('resolves %s to %s', (name, id) => {
    expect(resolve(name)).toContain(id);
  });

  it('points no name at two places unless listed as ambiguous or shared in AGCHO itself', () => {
    const listed = aliases.ambiguous.map((a) => new Set(a.ids));
    const sourceKeys = (id: string): string[] => {
      const e = entries.find((x) => x.id === id);
      const d = units.allDistricts.find((x) => x.pcode === id);
      const p = units.provinces.find((x) => x.pcode === id);
      return [e?.name_en ?? '', ...(d ? [d.name_da, ...d.alt_names] : []), ...(p ? [p.name_da] : [])]
        .flatMap((n) => n.split(/[()]/))
        .map(normalizeName);
    };
    for (const [key, ids] of index) {
      if (ids.size < 2) continue;
      const shared = [...ids].map(sourceKeys);
      const inSource = shared.every((keys) => keys.some((k) => shared.every((other) => other.includes(k))));
      expect(
        inSource || listed.some((set) => [...ids].every((id) => set.has(id))),
        `${key} → ${[...ids]}`,
      ).toBe(true);
    }
    expect(resolve('Baharak')).toEqual(['AF1706', 'AF1803']);
    expect(resolve('Fayzabad')).toEqual(['AF1701', 'AF2808']);
    expect(resolve('Herat')).toEqual(['AF32', 'AF3201']);
  });

  it('never turns a name into an English word on the notNames list', () => {
    expect(resolve('Firing')).toEqual([]);
    expect(resolve('Balk')).toEqual([]);
    expect(resolve('Fereng')).toEqual(['AF0915']);
  });

  it('fails with a clear message on an unlisted collision', () => {
    const withClash: AliasesFile = {
      ...aliases,
      units: { ...aliases.units, AF1805: [{ name: 'Taloqan', note: 'test' }] },
    };
    expect(() => build(withClash)).toThrow(
      /"taloqan" belongs to AF1801 \("Taloqan"\) and AF1805 \("Taloqan"\)/,
    );
    const unlisted: AliasesFile = {
      ...aliases,
      units: { ...aliases.units, AF2808: [{ name: 'Faizabad', note: 'test' }] },
    };
    expect(() => build(unlisted)).toThrow(/"faizabad".*ambiguous/);
  });

  describe('places below the district level, rivers and passes', () => {
    // Towns, ports and sites link to the district (or, without a sourced district, the province) that holds
    // them, as "Kunduz City" does; rivers and passes are regions: linked, not drawn.
    it.each([
      ['Sher Khan Bandar', 'AF1905'],
      ['Shir Khan Bandar', 'AF1905'],
      ['Sherkhan Bandar', 'AF1905'],
      ['Sher Khan Port', 'AF1905'],
      ['Hazrat Imam Sahib', 'AF1905'],
      ['Hazrati Imam Sahib', 'AF1905'],
      ['Ai-Khanoum', 'AF1812'],
      ['Ai Khanum', 'AF1812'],
      ['Ay Khanum', 'AF1812'],
      ['Qala-e Panja', 'AF1728'],
      ['Qila-e Panja', 'AF1728'],
      ['Kala Panja', 'AF1728'],
      ['Wakhan Corridor', 'AF1728'],
      ['Ishkashim', 'AF1723'],
      ['Nusay', 'AF1727'],
      ['Khanabad', 'AF1904'],
      ['Kiligai', 'AF09'],
      ['Kelagay', 'AF09'],
      ['Kilagai', 'AF09'],
      ['Kilagay', 'AF09'],
      ['Panj River', 'panj-river'],
      ['Pyanj', 'panj-river'],
      ['Pyanj River', 'panj-river'],
      ['River Panj', 'panj-river'],
      ['Kokcha', 'kokcha-river'],
      ['Kokcha River', 'kokcha-river'],
      ['Kunduz River', 'kunduz-river'],
      ['Qunduz River', 'kunduz-river'],
      ['Khanabad River', 'khanabad-river'],
      ['Salang Pass', 'salang-pass'],
      ['Salang Tunnel', 'salang-pass'],
    ])('resolves %s to %s only', (name, id) => {
      expect(resolve(name)).toEqual([id]);
    });

    // Older names histories and older maps still give a district's town or site, each naming that one district alone.
    it.each([
      ['Haibak', 'AF2001'],
      ['هیبک', 'AF2001'],
      ['Tashkurghan', 'AF2110'],
      ['Tashqurghan', 'AF2110'],
      ['تاشقرغان', 'AF2110'],
      ['Qizil Qala', 'AF1905'],
      ['Kizil Kala', 'AF1905'],
      ['قزل قلعه', 'AF1905'],
      ['Kishm', 'AF1715'],
      ['Kalfagan', 'AF1807'],
      ['Shibarghan', 'AF2801'],
      ['آی خانم', 'AF1812'],
    ])('resolves the older name %s to %s only', (name, id) => {
      expect(resolve(name)).toEqual([id]);
    });

    it("keeps the Xinjiang town Tashkurgan out of Khulm's names", () => {
      expect(resolve('Tashkurgan')).toEqual([]);
    });

    it('lists the rivers and the pass as regions with their English names', () => {
      const regions = new Map(entries.filter((e) => e.kind === 'region').map((e) => [e.id, e.name_en]));
      expect(Object.fromEntries(regions)).toMatchObject({
        'panj-river': 'Panj River',
        'kokcha-river': 'Kokcha River',
        'kunduz-river': 'Kunduz River',
        'khanabad-river': 'Khanabad River',
        'salang-pass': 'Salang Pass',
      });
    });

    it('adds no shared name but the listed Salang: every other name of the new places points at that place alone', () => {
      const added = ['panj-river', 'kokcha-river', 'kunduz-river', 'khanabad-river', 'salang-pass'];
      for (const id of added) {
        for (const name of entries.find((e) => e.id === id)?.names ?? []) {
          const shared = normalizeName(name) === 'salang' || normalizeName(name) === normalizeName('سالنگ');
          expect(resolve(name), `${name} → ${id}`).toEqual(shared ? ['AF0306', id] : [id]);
        }
      }
      expect(aliases.ambiguous).toHaveLength(4);
    });

    it('keeps "Panj" alone, "Sher Khan" and "Hazrat Imam" out of the names; "Salang" is the pass or the district', () => {
      expect(resolve('Salang')).toEqual(['AF0306', 'salang-pass']);
      expect(resolve('سالنگ')).toEqual(['AF0306', 'salang-pass']);
      // Bare "Panj" is also the Tajik town and district opposite Kunduz; "Salang" is a district of Parwan;
      // "Sher Khan" is a person; "Hazrat Imam" opens religious titles ("Hazrat Imam Hussain").
      for (const name of ['Panj', 'panj', 'Sher Khan', 'Hazrat Imam', 'Khorog']) {
        expect(resolve(name), name).toEqual([]);
      }
      expect(resolve('Panjshir')).toEqual(['AF08']);
      const panjKeys = entries.find((e) => e.id === 'panj-river')?.names.map(normalizeName) ?? [];
      expect(panjKeys).not.toContain('panj');
    });

    it('links the longer name in running text: a river is not its city, Panjshir is not the Panj', () => {
      const index = buildPlaceIndex({ version: 1, entries });
      const linked = (text: string) => findPlaceCandidates(text, index).map((c) => [c.text, c.ids.join(',')]);
      expect(linked('Water in the Kunduz River rose near Kunduz.')).toEqual([
        ['Kunduz River', 'kunduz-river'],
        ['Kunduz', 'AF19'],
      ]);
      expect(linked('Fighters crossed from Panjshir to the Panj River and the Pyanj.')).toEqual([
        ['Panjshir', 'AF08'],
        ['Panj River', 'panj-river'],
        ['Pyanj', 'panj-river'],
      ]);
      expect(linked('Trucks waited at Sher Khan Bandar and the Salang Tunnel.')).toEqual([
        ['Sher Khan Bandar', 'AF1905'],
        ['Salang Tunnel', 'salang-pass'],
      ]);
    });
  });

  it('rejects aliases for unknown P-codes', () => {
    const bad: AliasesFile = {
      ...aliases,
      units: { ...aliases.units, AF9999: [{ name: 'Nowhere', note: 'test' }] },
    };
    expect(() => build(bad)).toThrow(/unknown P-code AF9999/);
  });
});
