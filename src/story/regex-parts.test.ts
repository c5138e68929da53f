import { describe, expect, it } from 'vitest';
import { hasArabicScript, hasDigit } from './regex-parts.ts';

describe('cheap script and digit tests', () => {
  it('finds a digit of any script', () => {
    expect(hasDigit('Filed on 3 May')).toBe(true);
    expect(hasDigit('سه‌شنبه ۱۲ قوس')).toBe(true);
    expect(hasDigit('یوم ١٢')).toBe(true);
    expect(hasDigit('No date on this line')).toBe(false);
  });

  it('finds a letter of the Arabic script', () => {
    expect(hasArabicScript('Reported from کندز')).toBe(true);
    expect(hasArabicScript('Reported from Kunduz')).toBe(false);
  });
});
