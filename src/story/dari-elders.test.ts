import { describe, expect, it } from 'vitest';
import { oldAgeIn, opensOnElder } from './dari-elders.ts';

describe('opensOnElder', () => {
  it('reads an old person’s noun alone or before the object of a gesture', () => {
    expect(opensOnElder('پیرمرد')).toBe(true);
    expect(opensOnElder('پیرزن دستش را')).toBe(true);
  });
  it('reads no elder in a described old man of a place, nor in another role', () => {
    expect(opensOnElder('پیرمرد قریهٔ بالا')).toBe(false);
    expect(opensOnElder('دهقان')).toBe(false);
  });
});

describe('oldAgeIn', () => {
  it('reads an age of sixty or more in words, joined or spaced, or in digits', () => {
    for (const age of [
      'او هشتادوچهار سال دارد',
      'او هفتاد و پنج سال دارد',
      'این مرد هفتاد ساله',
      'او هشتاد سال داشت',
      'او ۱۰۵ سال عمر دارد',
      'او ۸۴ سال دارد',
      'زن ۷۰ساله',
    ])
      expect(oldAgeIn(age)?.[0], age).toBeTruthy();
  });
  it('reads no old age under sixty, nor a count of years that is no age', () => {
    for (const young of [
      'او سی و پنج سال دارد',
      'او ۴۵ سال دارد',
      'پسر ۱۲ ساله',
      'او ۵۹ ساله است',
      'هفتاد سال پیش',
    ])
      expect(oldAgeIn(young), young).toBeNull();
  });
});
