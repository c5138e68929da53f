import { describe, expect, it } from 'vitest';
import { LastReadings } from './namesake-carry.ts';

describe('LastReadings', () => {
  const readings = new LastReadings([
    { p: 3, start: 10, place: 'AF1706' },
    { p: 0, start: 40, place: 'AF1803' },
    { p: 3, start: 2, place: 'AF1803' },
  ]);

  it('gives the one of the ids read last before the position, across passages and inside one', () => {
    expect(readings.lastOf(['AF1706', 'AF1803'], 2, 0)).toBe('AF1803');
    expect(readings.lastOf(['AF1706', 'AF1803'], 3, 5)).toBe('AF1803');
    expect(readings.lastOf(['AF1706', 'AF1803'], 3, 11)).toBe('AF1706');
    expect(readings.lastOf(['AF1706', 'AF1803'], 9, 0)).toBe('AF1706');
  });

  it('gives nothing before the first reading, nor for ids never read', () => {
    expect(readings.lastOf(['AF1706', 'AF1803'], 0, 40)).toBeNull();
    expect(readings.lastOf(['AF2910'], 5, 0)).toBeNull();
  });
});
