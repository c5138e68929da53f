import { describe, expect, it } from 'vitest';
import { unitProvinceCue, unitTownCue } from './unit-cues.ts';

describe('unitTownCue', () => {
  it('reads a road out of, an own office in and a thing back from the name', () => {
    expect(unitTownCue('the road south out of ', '')).toBe(true);
    expect(unitTownCue('staff at our ', ' office said')).toBe(true);
    expect(unitTownCue('fuel smuggled back from ', '')).toBe(true);
  });
  it('does not read a way out of a crisis or an office of the province', () => {
    expect(unitTownCue('no way out of ', '')).toBe(false);
    expect(unitTownCue('the governor of ', ' office said')).toBe(false);
  });
});

describe('unitProvinceCue', () => {
  it("reads a directorate after the name's possessive, teams in it, local officials in it", () => {
    expect(unitProvinceCue('', "'s agriculture and livestock directorate")).toBe(true);
    expect(unitProvinceCue('who leads our teams in ', '')).toBe(true);
    expect(unitProvinceCue('مسئول تیم‌های ما در ', '')).toBe(true);
    expect(unitProvinceCue('مسئولان محلی در ', '')).toBe(true);
    expect(unitProvinceCue('نشست صحت عامهٔ ', '')).toBe(true);
  });
  it('does not read one team or a directorate elsewhere', () => {
    expect(unitProvinceCue('who leads a team in ', '')).toBe(false);
    expect(unitProvinceCue('', "'s streets were empty")).toBe(false);
  });
});
