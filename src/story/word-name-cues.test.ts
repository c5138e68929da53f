import { describe, expect, it } from 'vitest';
import { orchardOrLoadFrom } from './word-name-cues.ts';

const at = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return orchardOrLoadFrom(text, { start, end: start + name.length });
};

describe('orchardOrLoadFrom', () => {
  it('reads orchards before the name and a load brought or bought from it', () => {
    expect(at('توت باغ‌های جرم رسیده است', 'جرم')).toBe(true);
    expect(at('او توت را از جرم می‌آورد', 'جرم')).toBe(true);
    expect(at('کشمش را از جرم خریده است', 'جرم')).toBe(true);
  });
  it('does not read "from" with any other verb', () => {
    expect(at('او از جرم خود پشیمان است', 'جرم')).toBe(false);
    expect(at('این کار جرم است', 'جرم')).toBe(false);
  });
  it('does not read a name whose word is a place: the mountains, the plain, the big city', () => {
    expect(at('هیزم را از کوهستان می‌آورند', 'کوهستان')).toBe(false);
    expect(at('کشتزارهای جلگه زیر آب رفت', 'جلگه')).toBe(false);
    expect(at('تخم بذری را از شهر بزرگ می‌خرند', 'شهر بزرگ')).toBe(false);
  });
});
