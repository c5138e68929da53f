// Round ten, quotation side (and its review items), with sentences made up for the test.
import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

describe('occupantBefore: a trade «در» a district far from the map cues the name', () => {
  it('links a district far from the map after a shopkeeper or a driver «در» it, and not without one', () => {
    expect(placesOf(readWithCountry('احمد، دکاندار در بگرام، گفت که قیمت آرد بالا رفته است.'))).toEqual([
      ['بگرام', 'AF0302'],
    ]);
    expect(
      placesOf(readWithCountry('نجیب، کارمند یک شرکت ساختمانی در شکردره، گفت که کار کم شده است.')),
    ).toEqual([['شکردره', 'AF0106']]);
    expect(placesOf(readWithCountry('مهمانان از بگرام آمده بودند و شب ماندند.'))).toEqual([]);
  });
});
