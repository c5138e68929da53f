import { describe, expect, it } from 'vitest';
import {
  businessSignAfter,
  dariShopSignName,
  facilityNamedAfterPlace,
  familyNamedLikePlace,
  productCodeAfter,
} from './business-names.ts';
import { tokenize } from './tokens.ts';

const at = (text: string, name: string): [number, number] => {
  const start = text.indexOf(name);
  return [start, start + name.length];
};

describe('productCodeAfter', () => {
  const read = (text: string, word: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.text === word);
    return productCodeAfter(tokens, i, i, text);
  };
  it('reads a numeric code joined after the name, a variety word near', () => {
    expect(read('sown with Baghlan-09 seed', 'Baghlan')).toBe(true);
    expect(read('the wheat Kunduz\u20111, bred in 1990', 'Kunduz')).toBe(true);
  });
  it('leaves a dash between places, a score, a code before the name, a year, a district and no variety word', () => {
    expect(read('the Kunduz-Takhar road seed', 'Kunduz')).toBe(false);
    expect(read('Kunduz 3-1 Takhar seed', 'Kunduz')).toBe(false);
    expect(read('the 2019-Kunduz-1 seed list', 'Kunduz')).toBe(false);
    expect(read('wheat seed lost in Kunduz-2015', 'Kunduz')).toBe(false);
    expect(read('wheat seed for the Kunduz-2 district', 'Kunduz')).toBe(false);
    expect(read('Kunduz-1 and Kunduz-2 power lines were cut', 'Kunduz')).toBe(false);
  });
});

describe('businessSignAfter', () => {
  const read = (text: string, word: string) => {
    const tokens = tokenize(text);
    return businessSignAfter(
      tokens,
      tokens.findIndex((t) => t.text === word),
      text,
    );
  };
  it('reads a singular capitalised trade head closing the name', () => {
    expect(read('lunch at the Taloqan Restaurant near', 'Taloqan')).toBe(true);
    expect(read('at the Takhar Tea House.', 'Takhar')).toBe(true);
    expect(read('a sign that says Takhar Dry Fruits. Its owner', 'Takhar')).toBe(true);
  });
  it('leaves lower case, plurals, a headline running on and a trade word after', () => {
    expect(read('Kunduz Airport restaurant staff', 'Airport')).toBe(false);
    expect(read('Kunduz Traders said', 'Kunduz')).toBe(false);
    expect(read('Kunduz Consultants said', 'Kunduz')).toBe(false);
    expect(read('Kunduz Restaurants And Bakeries were shut', 'Kunduz')).toBe(false);
    expect(read('Kunduz Bakery Reopens After Flood', 'Kunduz')).toBe(false);
    expect(read('Kunduz Tea House owners said', 'Kunduz')).toBe(false);
  });
});

describe('familyNamedLikePlace', () => {
  const read = (text: string, word: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.text === word);
    return familyNamedLikePlace(tokens, i, i);
  };
  it('reads "the <Place> family" as a surname', () => {
    expect(read('a shop owned by the Takhar family', 'Takhar')).toBe(true);
  });
  it('leaves a family from the place, "the <Place> family" without an owner, and "family of"', () => {
    expect(read('The Takhar family said their son was killed', 'Takhar')).toBe(false);
    expect(read('a shop owned by the Takhar family of Haji Rahim', 'Takhar')).toBe(false);
    expect(read('a Takhar family lost its house', 'Takhar')).toBe(false);
    expect(read('the Takhar Family Fund', 'Takhar')).toBe(false);
  });
});

describe('dariShopSignName', () => {
  it('reads a place closing a shop sign in «»', () => {
    const text = 'به نام «کتاب‌فروشی کندز»، در جادهٔ میوند';
    expect(dariShopSignName(text, ...at(text, 'کندز'))).toBe(true);
    const withEzafe = 'به نام «دواخانهٔ تخار» باز شد';
    expect(dariShopSignName(withEzafe, ...at(withEzafe, 'تخار'))).toBe(true);
  });
  it('leaves a shop in the place and marks that go on', () => {
    const inPlace = 'یک کتاب‌فروشی در کندز';
    expect(dariShopSignName(inPlace, ...at(inPlace, 'کندز'))).toBe(false);
    const goesOn = '«کتاب‌فروشی کندز و بغلان»';
    expect(dariShopSignName(goesOn, ...at(goesOn, 'کندز'))).toBe(false);
  });
});

describe('facilityNamedAfterPlace', () => {
  const read = (text: string, word: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.text === word);
    return facilityNamedAfterPlace(tokens, i, text);
  };

  it("reads a place, the facility's own words and its head as the facility's name", () => {
    expect(read('Nurses at Kunduz Teaching Hospital went unpaid.', 'Kunduz')).toBe(true);
    expect(read("Swings in Kunduz Children's Park were mended.", 'Kunduz')).toBe(true);
    expect(read('A house near Paghman Gardens sold.', 'Paghman')).toBe(true);
  });

  it("leaves a bare head, the place's own words and a headline's run to the place", () => {
    expect(read('The Kunduz Hospital has forty beds.', 'Kunduz')).toBe(false);
    expect(read('At the Faizabad Provincial Hospital it was cold.', 'Faizabad')).toBe(false);
    expect(read('Kunduz Regional Hospital Reopens After Flood', 'Kunduz')).toBe(false);
    expect(read("He was taken to Kunduz's Regional Hospital.", 'Kunduz')).toBe(false);
  });
});
