import { describe, expect, it } from 'vitest';
import { lifeTownBeside, otherProvincesAfter } from './life-town-cues.ts';

describe('lifeTownBeside', () => {
  it('reads a childhood, a household settling, the old quarter and a district office as the town', () => {
    expect(lifeTownBeside('Rahimi, who grew up in ', ' and')).toBe(true);
    expect(lifeTownBeside('she was born and raised in ', ',')).toBe(true);
    expect(lifeTownBeside('spent his boyhood in ', '.')).toBe(true);
    expect(lifeTownBeside('whose parents came to ', ' from Takhar in 1980')).toBe(true);
    expect(lifeTownBeside('her grandfather moved to ', ' from Baghlan')).toBe(true);
    expect(lifeTownBeside('the lanes of old ', ', where')).toBe(true);
    expect(lifeTownBeside('a district official in ', ', who')).toBe(true);
  });

  it('leaves a visit, a move with no origin, an age and a provincial official alone', () => {
    expect(lifeTownBeside('She came to ', ' from Dasht-e-Qala.')).toBe(false);
    expect(lifeTownBeside('the fighting moved to ', ' last year')).toBe(false);
    expect(lifeTownBeside('The teacher moved to ', ' from Yawan.')).toBe(false);
    expect(lifeTownBeside('a 40-year-old ', ' farmer')).toBe(false);
    expect(lifeTownBeside('the old ', ' province')).toBe(false);
    expect(lifeTownBeside('a provincial official in ', ' said')).toBe(false);
    expect(lifeTownBeside('The old ', ' governor was replaced')).toBe(false);
    expect(lifeTownBeside('overran the old ', '-Takhar highway')).toBe(false);
    expect(lifeTownBeside('A district official in ', "'s Chahar Dara district")).toBe(false);
    // No determiner before "old": only the province word or the joined name after it says so.
    expect(lifeTownBeside('the border of old ', ' province')).toBe(false);
    expect(lifeTownBeside('trucks along old ', '-Takhar road')).toBe(false);
  });
});

describe('otherProvincesAfter', () => {
  it('reads a name beside the other provinces as the province, in English and Dari', () => {
    expect(otherProvincesAfter('buyers in ', ' and the other provinces')).toBe(true);
    expect(otherProvincesAfter('growers in ', ' and neighbouring provinces say')).toBe(true);
    expect(otherProvincesAfter('در ', ' و دیگر ولایات کشور')).toBe(true);
    expect(otherProvincesAfter('در ', ' و سایر ولایت‌ها')).toBe(true);
  });

  it('leaves a road between the name and the provinces, and a name before other nouns', () => {
    expect(otherProvincesAfter('the main link between ', ' and the northern provinces')).toBe(false);
    expect(otherProvincesAfter('in ', ' and the other districts')).toBe(false);
  });
});
