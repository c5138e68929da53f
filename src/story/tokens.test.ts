import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

const words = (text: string) => tokenize(text).map((t) => [t.start, t.end, t.text, t.key, t.upper]);

describe('tokenize', () => {
  it('reads words with their offsets, keys and case, whatever lies between them', () => {
    expect(words('  Kunduz, (Takhar) — 12 roads…')).toEqual([
      [2, 8, 'Kunduz', 'kunduz', true],
      [11, 17, 'Takhar', 'takhar', true],
      [21, 23, '12', '12', false],
      [24, 29, 'roads', 'roads', false],
    ]);
    expect(words('')).toEqual([]);
    expect(words(' -- ')).toEqual([]);
  });

  it('keeps apostrophes inside a word and leaves a possessive "\'s" outside', () => {
    expect(words("Qal'a-e-Zal's market isn’t open'")).toEqual([
      [0, 5, "Qal'a", 'qala', true],
      [6, 7, 'e', 'e', false],
      [8, 11, 'Zal', 'zal', true],
      [14, 20, 'market', 'market', false],
      [21, 26, 'isn’t', 'isnt', false],
      [27, 31, 'open', 'open', false],
    ]);
  });

  it('reads Dari words, marks and letters outside the basic plane as word letters', () => {
    expect(words('از فیض‌آباد، ۱۴۰۵').map((w) => w[2])).toEqual(['از', 'فیض', 'آباد', '۱۴۰۵']);
    expect(words('Café 𝐀b x')).toEqual([
      [0, 4, 'Café', 'cafe', true],
      [5, 8, '𝐀b', '𝐀b', true],
      [9, 10, 'x', 'x', false],
    ]);
  });
});
