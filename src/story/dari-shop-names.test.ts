import { describe, expect, it } from 'vitest';
import { dariShopOrBodyName } from './dari-shop-names.ts';

const places = new Set(['کابل', 'تالقان']);
const isPlace = (w: string) => places.has(w);
/** Whether the name (the first match of `name` in `text`) is read as a word of a shop's or a body's name. */
const read = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return dariShopOrBodyName(text, start, start + name.length, isPlace);
};

describe('dariShopOrBodyName', () => {
  it('reads a shop called by a place and placed elsewhere', () => {
    expect(read('دزدان به فروشگاه بدخشان در ناحیهٔ دهم کابل زدند.', 'بدخشان')).toBe(true);
    expect(read('نان را از نانوایی کندز در کابل می‌خرند.', 'کندز')).toBe(true);
  });

  it('leaves the shops of a place and a shop in a place', () => {
    expect(read('فروشگاه‌های بدخشان در روزهای عید باز اند.', 'بدخشان')).toBe(false);
    expect(read('فروشگاه بدخشان را دیدیم.', 'بدخشان')).toBe(false);
    expect(read('یک فروشگاه در بدخشان در آتش سوخت.', 'بدخشان')).toBe(false);
    expect(read('دکان تخار در روزهای عید باز است.', 'تخار')).toBe(false);
  });

  it('reads a place inside a Pashto body name after «د»', () => {
    expect(read('از طریق د افغانستان بانک پرداخت می‌شود.', 'افغانستان')).toBe(true);
    expect(read('برق د افغانستان برشنا شرکت قطع شد.', 'افغانستان')).toBe(true);
    expect(read('بانک مرکزی افغانستان گفت.', 'افغانستان')).toBe(false);
  });
});
