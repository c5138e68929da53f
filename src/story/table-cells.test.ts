import { describe, expect, it } from 'vitest';
import { isSpacedMenu, isTableLine } from './page-chrome.ts';
import { cellsOf, headingKind, headRowKinds, isCellGap, isRuleRow, tableLineIndices } from './table-cells.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Tables as reports and web pages paste them, read row by row under their headings; every table here is invented.
const places = (lines: string[]) =>
  placesOf(readWithCountry(['Clinics reopen across the north', '', ...lines].join('\n')));

describe('a table row, whatever keeps its cells apart', () => {
  it('is a row with columns of spaces, broken bars or a Dari minus, not a menu', () => {
    expect(isTableLine('Baharak          Badakhshan        21        7²')).toBe(true);
    expect(isTableLine('Nahrin ¦ Baghlan ¦ 40 ¦ 12')).toBe(true);
    expect(isTableLine('| تالقان | ۸- | ۲ | برف |')).toBe(true);
    expect(isSpacedMenu('Yawan         Badakhshan       3      44      1,020')).toBe(false);
  });

  it('leaves a menu set apart by spaces, and a pager, furniture', () => {
    expect(isSpacedMenu('Home   Kunduz   Takhar   Baghlan   Video')).toBe(true);
    expect(isTableLine('Home   Kunduz   Takhar   Baghlan   Video')).toBe(false);
    expect(isTableLine('Pages   1   2   3   4')).toBe(false);
  });

  it('splits its cells with their offsets, empty ones left out', () => {
    expect(cellsOf('| Farkhar | 12 |').map((c) => c.text)).toEqual(['Farkhar', '12']);
    expect(cellsOf('Dasht-e-Qala     Takhar   4')).toEqual([
      { start: 0, end: 12, text: 'Dasht-e-Qala' },
      { start: 17, end: 23, text: 'Takhar' },
      { start: 26, end: 27, text: '4' },
    ]);
  });
});

describe('a table of several rows', () => {
  const lines = (texts: string[], block = 0) => texts.map((text) => ({ text, block }));

  it('is rows of the same cells with a column of figures, a head row of words over them', () => {
    expect(
      tableLineIndices(
        lines(['Shelter   Province   Tents', 'Warsaj   Takhar   6', 'Tishkan   Badakhshan   –']),
      ),
    ).toEqual([0, 1, 2]);
    expect(tableLineIndices(lines(['| Nahrin | Baghlan | 2 |', '| Burka | Baghlan | 5 |']))).toEqual([0, 1]);
  });

  it('is rows of words under a head row naming a kind of place, with no figures', () => {
    expect(
      tableLineIndices(
        lines(['District | Road | Status', 'Jurm | Jurm–Baharak | Closed', 'Zebak | Zebak–Eshkashem | Open']),
      ),
    ).toEqual([0, 1, 2]);
    expect(
      tableLineIndices(lines(['Status | Road', 'Closed | Jurm–Baharak', 'Open | Zebak–Eshkashem'])),
    ).toEqual([]);
    // A site's menu with a "Provinces" item is no table of places.
    expect(
      tableLineIndices(
        lines([
          'News | Provinces | Sport | Video',
          'Kabul | Balkh | Kunduz | Herat',
          'Takhar | Baghlan | Badakhshan | Faryab',
        ]),
      ),
    ).toEqual([]);
  });

  it('is not a menu of two lines, a row alone, or rows across a blank line', () => {
    expect(tableLineIndices(lines(['Home | World | Sport', 'About | Jobs | Contact']))).toEqual([]);
    expect(tableLineIndices(lines(['Warsaj   Takhar   6']))).toEqual([]);
    expect(
      tableLineIndices([
        { text: 'Warsaj   Takhar   6', block: 0 },
        { text: 'Tishkan   Badakhshan   4', block: 1 },
      ]),
    ).toEqual([]);
  });

  it('runs on under a Markdown rule row, which is no row of its own', () => {
    expect(isRuleRow('|---|:---:|---:|')).toBe(true);
    expect(isRuleRow('| --- | --- |')).toBe(true);
    expect(isRuleRow('---')).toBe(false);
    expect(isRuleRow('| - | 4 |')).toBe(false);
    expect(
      tableLineIndices(
        lines(['| Post | Town | Seats |', '|---|---|---|', '| Cook | Nahrin | 2 |', '| Guard | Burka | 1 |']),
      ),
    ).toEqual([0, 2, 3]);
    // A menu over a rule is still a menu.
    expect(tableLineIndices(lines(['| Home | News |', '|---|---|', '| About | Contact |']))).toEqual([]);
  });

  it('has cells bordered by a bar, a tab or a run of spaces, never by a line break', () => {
    expect(isCellGap(' | ')).toBe(true);
    expect(isCellGap('\t')).toBe(true);
    expect(isCellGap('     ')).toBe(true);
    expect(isCellGap(' ')).toBe(false);
    expect(isCellGap(' |\n| ')).toBe(false);
    expect(isCellGap(' and ')).toBe(false);
  });
});

describe("a column's heading", () => {
  it('names a kind of place, in English or Dari, or nothing', () => {
    expect(headingKind('District')).toBe('district');
    expect(headingKind('Provinces')).toBe('province');
    expect(headingKind('شهر')).toBe('city');
    expect(headingKind('نام ولسوالی')).toBe('district');
    expect(headingKind('Province / district')).toBe(null);
    expect(headingKind('Latrines built')).toBe(null);
    expect(headRowKinds('District    Province    Clinics    Staff')).toEqual([
      'district',
      'province',
      null,
      null,
    ]);
    expect(headRowKinds('Town | 12 | 14')).toBe(null);
  });
});

describe('the places of a table', () => {
  it('links every cell of a table set in columns of spaces: a province after a district is no surname', () => {
    const found = places([
      'Clinics by district, 2026',
      '',
      'District         Province       Clinics   Staff',
      'Chah Ab          Takhar            3        21',
      'Khwaja Ghar      Takhar            2        16',
      'Qala-e-Zal       Kunduz            4        30',
      '',
      'The ministry said more would open in spring.',
    ]);
    expect(found).toEqual([
      ['Chah Ab', 'AF1816'],
      ['Takhar', 'AF18'],
      ['Khwaja Ghar', 'AF1809'],
      ['Takhar', 'AF18'],
      ['Qala-e-Zal', 'AF1907'],
      ['Kunduz', 'AF19'],
    ]);
  });

  it('reads a name under a "City" or «شهر» heading as the city, a province cell as the province', () => {
    const found = places([
      'Bread prices on Saturday',
      '',
      '| City | Flour | Oil |',
      '| Kunduz | 1,700 | 1,650 |',
      '| Baghlan | 1,640 | 1,610 |',
    ]);
    expect(found).toEqual([
      ['Kunduz', 'AF1901'],
      ['Baghlan', 'AF0905'],
    ]);
    const dari = places(['دمای فردا', '', '| شهر | شب | روز |', '| کندز | ۵- | ۸ |', '| بغلان | ۴- | ۹ |']);
    expect(dari).toEqual([
      ['کندز', 'AF1901'],
      ['بغلان', 'AF0905'],
    ]);
    const provinces = places([
      'Cases this week',
      '',
      'Province\tCases\tDeaths',
      'Kunduz\t41\t2',
      'Baghlan\t37\t1',
    ]);
    expect(provinces).toEqual([
      ['Kunduz', 'AF19'],
      ['Baghlan', 'AF09'],
    ]);
  });

  it('links the cells of a Markdown table under its rule row, in English and in Dari', () => {
    const english = places([
      'Posts open this month',
      '',
      '| Post | Station | Seats |',
      '|---|---|---|',
      '| Vaccinator | Warsaj, Takhar | 3 |',
      '| Storekeeper | Nahrin, Baghlan | 1 |',
    ]);
    expect(english).toEqual([
      ['Warsaj', 'AF1813'],
      ['Takhar', 'AF18'],
      ['Nahrin', 'AF0904'],
      ['Baghlan', 'AF09'],
    ]);
    const dari = places([
      'بست‌های خالی',
      '',
      '| بست | محل کار | تعداد |',
      '|:---|:---|---:|',
      '| آشپز | ورسج، تخار | ۲ |',
      '| نگهبان | نهرین، بغلان | ۱ |',
    ]);
    expect(dari).toEqual([
      ['ورسج', 'AF1813'],
      ['تخار', 'AF18'],
      ['نهرین', 'AF0904'],
      ['بغلان', 'AF09'],
    ]);
  });

  it("keeps a table whose rows have one figure each, and reads a shared name by its row's province", () => {
    const spaced = places([
      'Tents handed out in January',
      '',
      'District        Province        Tents',
      'Baharak         Takhar            40',
      'Baharak         Badakhshan        65',
    ]);
    expect(spaced).toEqual([
      ['Baharak', 'AF1803'],
      ['Takhar', 'AF18'],
      ['Baharak', 'AF1706'],
      ['Badakhshan', 'AF17'],
    ]);
    const barred = places([
      'Seed handed out in March',
      '',
      '| Province | District | Bags |',
      '| Badakhshan | Baharak | 120 |',
      '| Takhar | Baharak | 95 |',
    ]);
    expect(barred).toEqual([
      ['Badakhshan', 'AF17'],
      ['Baharak', 'AF1706'],
      ['Takhar', 'AF18'],
      ['Baharak', 'AF1803'],
    ]);
  });

  it('keeps a given name and a surname one space apart a person', () => {
    expect(places(['Clerks say the office reopened.', '', 'Ahmad Takhar, a clerk, said it had.'])).toEqual(
      [],
    );
  });
});
