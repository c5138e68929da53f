import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { buildPlaceIndex } from './place-index.ts';
import { namedInSentenceAbroad, townNounBeforeName, townOnFarBank } from './tajik-namesakes.ts';
import { normalizeName } from './normalize.ts';

const spanOf = (text: string, name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length };
};

describe('namedInSentenceAbroad', () => {
  it('reads a town «به نام» in a sentence set in Tajikistan as the town over there', () => {
    const t = 'در خاک تاجکستان هم قریه‌ای به نام شغنان هست.';
    expect(namedInSentenceAbroad(t, spanOf(t, 'شغنان'))).toBe(true);
    const e = 'Across the river in Tajikistan is a village called Darvaz.';
    expect(namedInSentenceAbroad(e, spanOf(e, 'Darvaz'))).toBe(true);
  });
  it('leaves one named in a sentence of its own after Tajikistan', () => {
    const t = 'او به تاجکستان رفت. در بدخشان ما ولسوالی‌ای به نام شغنان است.';
    expect(namedInSentenceAbroad(t, spanOf(t, 'شغنان'))).toBe(false);
  });
});

describe('townOnFarBank', () => {
  it('reads a town so called on the far bank as the one abroad', () => {
    const t = 'شهر درواز آن طرف دریا چراغ دارد.';
    expect(townOnFarBank(t, spanOf(t, 'درواز'))).toBe(true);
  });
  it('leaves a district on this bank', () => {
    const t = 'ولسوالی درواز در کنار دریا است.';
    expect(townOnFarBank(t, spanOf(t, 'درواز'))).toBe(false);
  });
});

describe('townNounBeforeName', () => {
  const index = buildPlaceIndex(builtGazetteer());
  const key = normalizeName('شهرک');
  const ids = index.exact.get(key) ?? [];
  it('reads «شهرک» before a place name as the common noun', () => {
    const t = 'شهرک خواهان کوچک است.';
    expect(townNounBeforeName(t, spanOf(t, 'شهرک'), key, ids, index)).toBe(true);
  });
  it('leaves Shahrak district before an ordinary word', () => {
    const t = 'ولسوالی شهرک سرد است.';
    expect(townNounBeforeName(t, spanOf(t, 'شهرک'), key, ids, index)).toBe(false);
  });
  it('leaves Shahrak district before its own province', () => {
    const t = 'در شهرک غور سه مکتب بسته شد.';
    expect(townNounBeforeName(t, spanOf(t, 'شهرک'), key, ids, index)).toBe(false);
  });
});
