import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const kunduz = (text: string): string[] =>
  placesOf(readWithCountry(text))
    .filter(([t]) => t === 'Kunduz' || t === 'کندز')
    .map(([, id]) => id);

describe('townsSideBySide', () => {
  it('reads a name beside a town in a list of who is where as the town', () => {
    expect(kunduz('Today Omid Safi is in Kunduz, Nargis Rahimi in Taloqan.')).toEqual(['AF1901']);
  });

  it('reads a name said "from" on a trip to a town as the town', () => {
    expect(kunduz('Buyers from Kunduz now drive to Pul-e-Khumri for hides.')).toEqual(['AF1901']);
    expect(kunduz('بسیاری از فیض‌آباد به کندز می‌روند.')).toEqual(['AF1901']);
  });

  it('leaves a name beside a province alone', () => {
    expect(kunduz('Today Omid Safi is in Kunduz, Nargis Rahimi in Takhar province.')).toEqual(['AF19']);
  });
});
