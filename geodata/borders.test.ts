import { describe, expect, it } from 'vitest';
import { borderDistricts } from './borders.ts';

describe('borderDistricts', () => {
  it('sums parts per country, drops corners under 1 km, rounds and sorts longest first', () => {
    const result = borderDistricts([
      { pcode: 'AF1728', country: 'PAK', km: 200.04 },
      { pcode: 'AF1728', country: 'TJK', km: 460.9 },
      { pcode: 'AF1728', country: 'PAK', km: 183.0 },
      { pcode: 'AF1728', country: 'CHN', km: 95.47 },
      { pcode: 'AF1907', country: 'TJK', km: 70.26 },
      { pcode: 'AF1907', country: 'UZB', km: 0.4 },
      { pcode: 'AF1901', country: 'TJK', km: 0.2 },
    ]);
    expect(result.get('AF1728')).toEqual([
      { country: 'TJK', km: 460.9 },
      { country: 'PAK', km: 383 },
      { country: 'CHN', km: 95.5 },
    ]);
    expect(result.get('AF1907')).toEqual([{ country: 'TJK', km: 70.3 }]);
    expect(result.has('AF1901')).toBe(false);
  });
});
