import { describe, expect, it } from 'vitest';
import { dariShopSignName, familyNamedLikePlace, productCodeAfter } from './business-names.ts';
import { tokenize } from './tokens.ts';

const at = (text: string, name: string): [number, number] => {
  const start = text.indexOf(name);
  return [start, start + name.length];
};

describe('productCodeAfter', () => {
  it('reads a numeric code joined after the name', () => {
    expect(productCodeAfter('sown with Baghlan-09 seed', ...at('sown with Baghlan-09 seed', 'Baghlan'))).toBe(
      true,
    );
    expect(productCodeAfter('and Kunduz\u20111, bred', ...at('and Kunduz\u20111, bred', 'Kunduz'))).toBe(
      true,
    );
  });
  it('leaves a dash between places, a spaced score and a code before the name', () => {
    expect(productCodeAfter('the Kunduz-Takhar road', ...at('the Kunduz-Takhar road', 'Kunduz'))).toBe(false);
    expect(productCodeAfter('Kunduz 3-1 Takhar', ...at('Kunduz 3-1 Takhar', 'Kunduz'))).toBe(false);
    expect(productCodeAfter('the 2019-Kunduz-1 list', ...at('the 2019-Kunduz-1 list', 'Kunduz'))).toBe(false);
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
  it('leaves "a <Place> family" and "the <Place> Family Fund"', () => {
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
