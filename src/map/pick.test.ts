import { describe, expect, it } from 'vitest';
import { toyGeography } from '../state/test-fixtures.ts';
import { pickPlace } from './pick.ts';

// The rule both maps share: districts open only inside the open province.

const geo = toyGeography();
const under = (district: string | null, province: string | null, country: string | null = null) => ({
  district,
  province,
  country,
});

describe('pickPlace', () => {
  it('picks the province first, then its districts once it is open', () => {
    expect(pickPlace(geo, null, under('AF1907', 'AF19'))).toBe('AF19');
    expect(pickPlace(geo, 'AF19', under('AF1907', 'AF19'))).toBe('AF1907');
    // From a selected district, its siblings are one click away.
    expect(pickPlace(geo, 'AF1901', under('AF1907', 'AF19'))).toBe('AF1907');
  });

  it('gives a district of another province that province', () => {
    expect(pickPlace(geo, 'AF19', under('AF1801', 'AF18'))).toBe('AF18');
    expect(pickPlace(geo, 'AF1907', under('AF1801', 'AF18'))).toBe('AF18');
  });

  it('falls back to the neighbouring country, then to nothing', () => {
    expect(pickPlace(geo, 'AF19', under(null, null, 'TJK'))).toBe('TJK');
    expect(pickPlace(geo, 'TJK', under(null, 'AF18', 'TJK'))).toBe('AF18');
    expect(pickPlace(geo, null, under(null, null))).toBeNull();
  });
});
