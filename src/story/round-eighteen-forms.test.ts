import { describe, expect, it } from 'vitest';
import { isSeparatedItems } from './page-chrome.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

const idsOf = (text: string): string[] => placesOf(readWithCountry(text)).map(([, id]) => id);

/** A page with a headline, a paragraph of story and the given lines under it as their own block. */
const pageWith = (box: string[]): string =>
  [
    'Apricot season comes early to the northern valleys this year',
    'Growers in the high valleys began picking in the first week of June, traders said on Sunday.',
    box.join('\n'),
  ].join('\n\n');

// A sidebar drawn in box characters with bulleted facts: the box's side before the bullet is furniture, not a
// separator, so "│ • Harvest: …" is a line of the box's text and its places are read.
describe('a bulleted sidebar drawn in a box', () => {
  it('"│ • Route: A → B → C": every place of the route and of the box is read', () => {
    const ids = idsOf(
      pageWith([
        '┌──────────────────────',
        '│ THE APRICOT ROAD',
        '│ • Season: early June to late July.',
        '│ • Route: Khan Abad → Kunduz → Baghlan → Kabul.',
        '│ • Drying: most of it on roofs in Imam Sahib.',
        '└──────────────────────',
      ]),
    );
    expect(ids).toEqual(expect.arrayContaining(['AF1904', 'AF0101', 'AF1905']));
  });

  it('a box side and a bullet are not two items of a menu; a box of a real menu still is one', () => {
    expect(isSeparatedItems('│ • Harvest: mid-September to late October.')).toBe(false);
    expect(isSeparatedItems('┃ • Price in Mazar: about 300 afghanis a kilo.')).toBe(false);
    expect(isSeparatedItems('│ Home | Provinces | Takhar')).toBe(true);
  });

  it('near miss: a box of bare bulleted links is a menu, not text', () => {
    expect(idsOf(pageWith(['┌────────', '│ • Kunduz', '│ • Takhar', '│ • Baghlan', '└────────']))).toEqual(
      [],
    );
  });
});

// A ring road circles its town: the town named before it is the city, as its bazaar is.
describe('a ring road of a town that names a province too', () => {
  it('"the Kunduz ring road", "the new Kunduz ring road": the city', () => {
    expect(idsOf('A cold store on the Kunduz ring road holds about 600 tonnes.')).toEqual(['AF1901']);
    expect(idsOf('Trucks now wait on the new Kunduz ring road at night.')).toEqual(['AF1901']);
  });

  it('near miss: a ring road said to be in Kunduz province is the province', () => {
    expect(idsOf('The ring road was finished in Kunduz province last year.')).toEqual(['AF19']);
  });
});

// A shop or a cold store named after a place is a business's name (as a hotel is): the place only labels it.
describe('a store named after a place', () => {
  it('"the Pamir Cold Store", "Salang Fruit Stores": a name, not the place', () => {
    expect(idsOf('The Pamir Cold Store holds about 600 tonnes.')).toEqual([]);
    expect(idsOf('The Salang Fruit Stores opened a second branch this spring.')).toEqual([]);
  });

  it('near miss: a store in a place places it', () => {
    expect(idsOf('A cold store in Taloqan holds about 600 tonnes.')).toEqual(['AF1801']);
  });
});
