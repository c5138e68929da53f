import { describe, expect, it } from 'vitest';
import { checkLonLat, parseCoordinates } from './coordinates.ts';

const at = (text: string) => {
  const r = parseCoordinates(text);
  if (!r.ok) throw new Error(r.problem);
  return r.at.map((x) => Math.round(x * 1e4) / 1e4);
};
const problem = (text: string) => {
  const r = parseCoordinates(text);
  return r.ok ? null : r.problem;
};

describe('parseCoordinates', () => {
  it('reads the three forms to the same point, in GeoJSON order', () => {
    for (const text of ['36.72, 68.86', '36°43′12″N 68°51′36″E', '36.72N 68.86E'])
      expect(at(text)).toEqual([68.86, 36.72]);
  });

  it('reads bare decimals in either order when only one order lies in Afghanistan', () => {
    expect(at('68.86, 36.72')).toEqual([68.86, 36.72]);
    expect(at('36.72 68.86')).toEqual([68.86, 36.72]);
  });

  it('takes bare decimals as latitude first when neither order lies in Afghanistan', () => {
    expect(at('10, 20')).toEqual([20, 10]);
  });

  it('reads hemisphere letters before the numbers, minutes without seconds, and southern and western signs', () => {
    expect(at('N36.72 E68.86')).toEqual([68.86, 36.72]);
    expect(at("36°43'N 68°51.6'E")).toEqual([68.86, 36.7167]);
    expect(at('68.86E, 36.72N')).toEqual([68.86, 36.72]);
    expect(at('1.5S 2.5W')).toEqual([-2.5, -1.5]);
    expect(at('-1.5, -2.5')).toEqual([-2.5, -1.5]);
  });

  it('refuses impossible or unreadable input, saying why', () => {
    expect(problem('95, 68')).toBe('latitude 95 is beyond ±90');
    expect(problem('')).toBe('no coordinates given');
    expect(problem('Kunduz')).toContain('is not a pair of coordinates');
    expect(problem('36.72N 68.86N')).toContain('one latitude (N/S) and one longitude (E/W)');
    expect(problem('36°75′N 68°51′E')).toContain('is not a pair');
    expect(problem('1, 2, 3')).toContain('is not a pair');
  });
});

describe('checkLonLat', () => {
  it('refuses NaN and values beyond the globe', () => {
    expect(checkLonLat([Number.NaN, 36])).toBe('is not a pair of numbers');
    expect(checkLonLat([68, -91])).toBe('latitude -91 is beyond ±90');
    expect(checkLonLat([181, 36])).toBe('longitude 181 is beyond ±180');
    expect(checkLonLat([68.86, 36.72])).toBeNull();
  });
});
