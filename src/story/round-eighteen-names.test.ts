import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// A place's name inside a business's, a family's or a product's name (eighteenth round), each class tried on
// sentences no article holds, with near misses that must still link.
const places = (text: string) => placesOf(readWithCountry(['Headline', '', text].join('\n')));
const placeOf = (text: string, name: string) => places(text).find(([t]) => t === name)?.[1];

describe('a shop named after a place', () => {
  it('leaves a place heading a shop, an eatery or a firm', () => {
    expect(
      placeOf('We had lunch at the Taloqan Restaurant near the Bremen station.', 'Taloqan'),
    ).toBeUndefined();
    expect(
      placeOf('My uncle still runs the Faizabad Bakery on a side street in Peshawar.', 'Faizabad'),
    ).toBeUndefined();
    expect(placeOf('The survey was done by Kokcha Consultancy for the donor.', 'Kokcha')).toBeUndefined();
    expect(placeOf('He sells raisins under a sign that reads Takhar Dry Fruits.', 'Takhar')).toBeUndefined();
    expect(
      placeOf('The audit was done by Kokcha Survey Consultants, a private firm.', 'Kokcha'),
    ).toBeUndefined();
    expect(placeOf('They meet every week at the Takhar Tea House in Quetta.', 'Takhar')).toBeUndefined();
    expect(placeOf('The Baghlan Pharmacy in Mashhad sells the same syrup.', 'Baghlan')).toBeUndefined();
  });

  it('still links a hospital, an airport or a factory in its own place, and a family from there', () => {
    // "the Kunduz Regional Hospital", a hospital's own name, is a trap in the dev gold: round twenty's facility rule.
    expect(placeOf('Flights to Faizabad airport resumed on Monday.', 'Faizabad')).toBe('AF1701');
    expect(placeOf('The Baghlan sugar factory buys beet again this autumn.', 'Baghlan')).toBe('AF0905');
    expect(placeOf('A Kunduz family lost its house in the flood.', 'Kunduz')).toBe('AF19');
    expect(placeOf('The family in Takhar was given two sacks of flour.', 'Takhar')).toBe('AF18');
    expect(placeOf('The Kunduz House of Culture reopened.', 'Kunduz')).toBe('AF19');
  });

  // Review faults 1 and 4: a lowercase trade word, a plural head before a verb, a trade word after the sign.
  it.each<[string, string, string]>([
    ['Hairatan Port traders said hundreds of trucks were stuck.', 'Hairatan', 'AF2116'],
    ['Taloqan Bazaar traders said the road was closed.', 'Taloqan', 'AF1801'],
    ['Faizabad Bazaar pharmacy owners complained about fake medicine.', 'Faizabad', 'AF1701'],
    ['Kunduz Airport restaurant staff were evacuated.', 'Kunduz', 'AF19'],
    [
      'Kunduz Traders Say Prices Rose  Traders in the city said on Monday that prices rose.',
      'Kunduz',
      'AF19',
    ],
    ['Kunduz Traders said on Monday that prices rose.', 'Kunduz', 'AF19'],
    ['Residents said Kunduz Restaurants And Bakeries were shut.', 'Kunduz', 'AF19'],
    ['Kunduz Tea House owners said business was slow.', 'Kunduz', 'AF19'],
    ['The Kunduz Dry Fruits market reopened on Monday.', 'Kunduz', 'AF19'],
  ])('still links the place in %s', (text, name, code) => {
    expect(placeOf(text, name)).toBe(code);
  });
});

describe('a variety or model code and a family name', () => {
  it('leaves a place with a numeric code joined, and "the <Place> family"', () => {
    expect(placeOf('Farmers still sow Takhar-96, a wheat bred in the 1990s.', 'Takhar')).toBeUndefined();
    expect(placeOf('Trials compared Kunduz-2 with an imported seed.', 'Kunduz')).toBeUndefined();
    expect(placeOf('The mill is run by the Baghlan family, a neighbour said.', 'Baghlan')).toBeUndefined();
  });

  // Review faults 2 and 3: a code that is a district's, a school's, a year or a date; a family from the place.
  it.each<[string, string, string]>([
    ['Officials in the Kunduz-2 district said the road was closed.', 'Kunduz', 'AF19'],
    ['Students at Kabul-1 school returned to class.', 'Kabul', 'AF0101'],
    ['Fighting in Kunduz-2015 left hundreds of families without seed.', 'Kunduz', 'AF19'],
    ['KUNDUZ-12 May (Pajhwok): Wheat seed was given to farmers.', 'KUNDUZ', 'AF19'],
    ['The Kunduz family of Haji Rahim lost three sons.', 'Kunduz', 'AF19'],
    ['The Kunduz family court ruled on Monday.', 'Kunduz', 'AF19'],
    ['The Takhar family said their son was killed in the blast.', 'Takhar', 'AF18'],
    ['A dispute between the Kunduz family and the Takhar family ended.', 'Takhar', 'AF18'],
    ['A shop owned by the Kunduz family of Haji Rahim burned.', 'Kunduz', 'AF19'],
  ])('still links the place in %s', (text, name, code) => {
    expect(placeOf(text, name)).toBe(code);
  });

  it('still links a place with a facility number beside two places joined by a dash', () => {
    const both = places('The Kabul-Kunduz highway and Kunduz-2 substation were hit.');
    expect(both.filter(([t]) => t === 'Kunduz')).toHaveLength(2);
  });

  it('still links two places joined by a dash and a score after a place', () => {
    expect(placeOf('The Kunduz-Takhar highway was closed by snow.', 'Takhar')).toBe('AF18');
    expect(placeOf('Baghlan won 3-1 against the visitors.', 'Baghlan')).toBe('AF09');
  });
});

describe('a Dari shop sign in its marks', () => {
  it('leaves the place closing «<shop> <place>»', () => {
    expect(placeOf('برادرم در هرات یک نانوایی دارد به نام «نانوایی تالقان».', 'تالقان')).toBeUndefined();
    expect(placeOf('در پشاور یک دواخانه به نام «دواخانهٔ بدخشان» باز شده است.', 'بدخشان')).toBeUndefined();
    expect(placeOf('ما هر شب در «رستورانت کندز» نان می‌خوریم.', 'کندز')).toBeUndefined();
  });

  it('still links a shop in the place and a name that goes on', () => {
    expect(placeOf('یک نانوایی در تالقان از کمبود آرد شکایت کرد.', 'تالقان')).toBe('AF1801');
    expect(placeOf('دکانداران بازار کندز گفتند که نرخ آرد بالا رفته است.', 'کندز')).toBe('AF1901');
  });
});
