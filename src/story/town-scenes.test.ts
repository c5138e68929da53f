import { describe, expect, it } from 'vitest';
import { townSceneBeside } from './town-scenes.ts';

describe('townSceneBeside', () => {
  it('reads a person taken, driven or coming back to the name', () => {
    expect(townSceneBeside('trying to take her diabetic mother to ', ' for')).toBe(true);
    expect(townSceneBeside('he drove him back to ', '.')).toBe(true);
    expect(townSceneBeside('and came back to ', ' when')).toBe(true);
    // Aid or a budget taken to a name is no trip of a person.
    expect(townSceneBeside('they want to take the case to ', '.')).toBe(false);
    expect(townSceneBeside('the road goes to ', '.')).toBe(false);
  });

  it('reads a departure in a year, dusk over it, an hour in it, a desk', () => {
    expect(townSceneBeside('Rasuli, who left ', ' in 2019 and')).toBe(true);
    expect(townSceneBeside('Many of them left ', ' 20 years ago')).toBe(false);
    expect(townSceneBeside('he left ', ' for Kabul')).toBe(false);
    expect(townSceneBeside('10. Dusk over ', '. By')).toBe(true);
    expect(townSceneBeside('Control passed over ', '.')).toBe(false);
    expect(townSceneBeside('has held off all afternoon in ', ',')).toBe(true);
    expect(townSceneBeside('reached our ', ' desk:')).toBe(true);
  });

  it("reads a source line's place between a comma and a date", () => {
    expect(townSceneBeside('interview with a nurse, ', ', May 2, 2026.')).toBe(true);
    expect(townSceneBeside('گفت‌وگو با یک قابله، ', '، ۱۲ حمل ۱۴۰۵')).toBe(true);
    expect(townSceneBeside('farmers in Takhar, ', ', Baghlan and')).toBe(false);
    expect(townSceneBeside('Floods struck Baghlan, ', ', May 3, according to OCHA.')).toBe(false);
  });

  it('reads a reporter filing from the name in Dari', () => {
    expect(townSceneBeside('همکار ما نجیب‌الله رحیمی از ', ' گزارش می‌دهد.')).toBe(true);
    expect(townSceneBeside('خبرنگار ما از ', ' گزارش داده است')).toBe(true);
    expect(townSceneBeside('این گزارش از ', ' و تخار آمده است')).toBe(false);
  });
});
