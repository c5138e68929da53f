import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Gazetteer, type GazetteerEntry } from '../src/story/gazetteer-schema.ts';
import { normalizeName } from '../src/story/normalize.ts';
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
    expect(kinds('district')).toHaveLength(67);
    expect(kinds('country').map((e) => e.id)).toEqual(
      expect.arrayContaining(['TJK', 'UZB', 'TKM', 'PAK', 'CHN', 'RUS', 'IND', 'IRN']),
    );
    expect(kinds('region').map((e) => e.id)).toEqual(expect.arrayContaining(['central-asia', 'waziristan']));
    expect(entries.find((e) => e.id === 'AF19')).toMatchObject({ capital: 'AF1901', name_da: 'کندز' });
    expect(entries.find((e) => e.id === 'AF1907')).toMatchObject({ province: 'AF19', kind: 'district' });
  });

  it('reaches every district by its source name and ADM2ALT names', () => {
    for (const d of units.districts) {
      for (const name of [d.name_en, d.name_da, ...d.alt_names]) {
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

  it('points no name at two places unless listed as ambiguous', () => {
    const listed = aliases.ambiguous.map((a) => new Set(a.ids));
    for (const [key, ids] of index) {
      if (ids.size > 1) {
        expect(
          listed.some((set) => [...ids].every((id) => set.has(id))),
          `${key} → ${[...ids].join(', ')}`,
        ).toBe(true);
      }
    }
    expect(resolve('Baharak')).toEqual(['AF1706', 'AF1803']);
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
      ambiguous: aliases.ambiguous.filter((a) => !a.ids.includes('AF1706')),
    };
    expect(() => build(unlisted)).toThrow(/"baharak".*ambiguous/);
  });

  it('rejects aliases for unknown P-codes', () => {
    const bad: AliasesFile = {
      ...aliases,
      units: { ...aliases.units, AF9999: [{ name: 'Nowhere', note: 'test' }] },
    };
    expect(() => build(bad)).toThrow(/unknown P-code AF9999/);
  });
});
