import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import type { FoundName } from './city-readings.ts';
import { normalizeName } from './normalize.ts';
import { buildPlaceIndex } from './place-index.ts';
import {
  departmentAcronymBefore,
  districtCellTowns,
  officeBefore,
  provincesSideBySide,
  townStatements,
} from './town-statements.ts';

const index = buildPlaceIndex(builtGazetteer());

/** Every gazetteer name found in `text`, in order, as the passes see them (unqualified). */
function foundIn(text: string, names: string[]): FoundName[] {
  const found: FoundName[] = [];
  let from = 0;
  for (const name of names) {
    const start = text.indexOf(name, from);
    found.push({
      start,
      end: start + name.length,
      ids: [...(index.exact.get(normalizeName(name)) ?? [])],
      qualifier: null,
    });
    from = start + name.length;
  }
  return found;
}
const qualifiersOf = (found: FoundName[]) => found.map((f) => f.qualifier);

describe('townStatements', () => {
  it('reads patients sent on, a Dari city, a trip by car and a photo line as the town', () => {
    for (const [text, name] of [
      ['Burns cases from the district are airlifted to Kabul within hours.', 'Kabul'],
      ['هرات در گذشته شهری کوچک بود.', 'هرات'],
      ['دیروز از کندز با تکسی آمدیم.', 'کندز'],
      ['A tailor at his machine, Kunduz, c. 1974', 'Kunduz'],
    ] as const) {
      const found = foundIn(text, [name]);
      townStatements(found, index, text);
      expect(qualifiersOf(found), text).toEqual(['city']);
    }
  });
  it('leaves a name sent money, a province said to be one, and a province that has no city', () => {
    for (const [text, name] of [
      ['Donors sent money to Kunduz last year.', 'Kunduz'],
      ['کندز ولایتی زراعتی است.', 'کندز'],
      ['کندز هنوز شهر صنعتی ندارد.', 'کندز'],
    ] as const) {
      const found = foundIn(text, [name]);
      townStatements(found, index, text);
      expect(qualifiersOf(found), text).toEqual([null]);
    }
  });
});

describe('departmentAcronymBefore', () => {
  it("reads a provincial department's acronym before the name", () => {
    const t = 'a letter from DoWA Herat arrived';
    expect(departmentAcronymBefore(t, t.indexOf('Herat'))).toBe(true);
  });
  it('leaves a capitalised given name', () => {
    const t = 'a letter from Donald Herat arrived';
    expect(departmentAcronymBefore(t, t.indexOf('Herat'))).toBe(false);
  });
});

describe('districtCellTowns', () => {
  it("reads a shared name after a cell's districts as the district", () => {
    const t = '| Herat | Injil, Guzara, Herat | 90 |';
    const found = foundIn(t, ['Herat', 'Injil', 'Guzara', 'Herat']);
    districtCellTowns(found, index, t);
    expect(qualifiersOf(found)).toEqual([null, null, null, 'city']);
  });
  it("leaves a province cell's list of provinces", () => {
    const t = '| Takhar, Kunduz | 90 |';
    const found = foundIn(t, ['Takhar', 'Kunduz']);
    districtCellTowns(found, index, t);
    expect(qualifiersOf(found)).toEqual([null, null]);
  });
});

describe('provincesSideBySide', () => {
  it('reads a shared name beside a province in a sentence of borders as the province', () => {
    const t = 'Parwan borders Kapisa and Kabul to the east.';
    const found = foundIn(t, ['Parwan', 'Kapisa', 'Kabul']);
    provincesSideBySide(found, index, t);
    expect(qualifiersOf(found)).toEqual([null, null, 'province']);
  });
  it('leaves a shared name beside a province in a sentence of no borders', () => {
    const t = 'Parwan and Kabul grow wheat.';
    const found = foundIn(t, ['Parwan', 'Kabul']);
    provincesSideBySide(found, index, t);
    expect(qualifiersOf(found)).toEqual([null, null]);
  });
});

describe('officeBefore', () => {
  it("reads an agency's sub-office before the name", () => {
    const t = 'at the IOM sub-office Herat';
    expect(officeBefore(t, t.indexOf('Herat'))).toBe(true);
  });
  it('leaves a name after an office it heads', () => {
    const t = 'the office of Herat';
    expect(officeBefore(t, t.indexOf('Herat'))).toBe(false);
  });
});
