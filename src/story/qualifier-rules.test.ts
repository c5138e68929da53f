import { describe, expect, it } from 'vitest';
import { QUALIFIER_RULES } from './link-places.ts';

const names = QUALIFIER_RULES.map((r) => r.pass.name);
const at = (name: string): number => {
  const k = names.indexOf(name);
  expect(k, name).toBeGreaterThanOrEqual(0);
  return k;
};

describe('QUALIFIER_RULES', () => {
  it('names every pass once', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const rule of QUALIFIER_RULES) expect(rule.pass.name).not.toBe('');
  });

  it('reads what the text writes before any reading by context', () => {
    for (const written of ['pluralOverList', 'dariListHeads', 'columnHeadings', 'appositionReadings'])
      expect(at(written)).toBeLessThan(at('citiesByContext'));
  });

  it('keeps the rankings the passes rely on', () => {
    expect(at('provincialAfterName')).toBeLessThan(at('namesakeTownWorks'));
    expect(at('provinceHoldingPlace')).toBeLessThan(at('provinceSpreads'));
    expect(at('provincesByListHead')).toBeLessThan(at('journeysWithinProvince'));
    expect(at('provincesByScale')).toBeLessThan(at('townsByPosition'));
    expect(at('pageSubjects')).toBeLessThan(at('namesakeByCompass'));
    expect(at('namesakeByCompass')).toBeLessThan(at('namesakeBySentence'));
  });

  it('reads by position last', () => {
    expect(names.at(-1)).toBe('townsByPosition');
  });
});
