import { describe, expect, it } from 'vitest';
import { provinceBodyAfter, provinceStaffBefore, unitTownCue } from './unit-cues.ts';

describe('unitTownCue', () => {
  it('reads a road out of, an own office in and a thing back from the name', () => {
    expect(unitTownCue('the road south out of ', '')).toBe(true);
    expect(unitTownCue('staff at our ', ' office said')).toBe(true);
    expect(unitTownCue('fuel smuggled back from ', '')).toBe(true);
  });
  it('does not read a way out of a crisis or an office of the province', () => {
    expect(unitTownCue('no way out of ', '')).toBe(false);
    expect(unitTownCue('the governor of ', ' office said')).toBe(false);
    expect(unitTownCue('he came back from ', ', where he toured')).toBe(false);
  });
});

describe('provinceBodyAfter and provinceStaffBefore', () => {
  it("reads a directorate after the name's possessive, teams in it, local officials in it", () => {
    expect(provinceBodyAfter("'s agriculture and livestock directorate")).toBe(true);
    expect(provinceStaffBefore('who leads our teams in ')).toBe(true);
    expect(provinceStaffBefore('مسئول تیم‌های ما در ')).toBe(true);
    expect(provinceStaffBefore('مسئولان محلی در ')).toBe(true);
    expect(provinceStaffBefore('نشست صحت عامهٔ ')).toBe(true);
  });
  it('does not read one team or a directorate elsewhere', () => {
    expect(provinceStaffBefore('who leads a team in ')).toBe(false);
    expect(provinceBodyAfter("'s streets were empty")).toBe(false);
  });
});
