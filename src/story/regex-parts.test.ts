import { describe, expect, it } from 'vitest';
import { hasArabicScript } from './regex-parts.ts';

describe('cheap script test', () => {
  it('finds a letter of the Arabic script', () => {
    expect(hasArabicScript('Reported from کندز')).toBe(true);
    expect(hasArabicScript('Reported from Kunduz')).toBe(false);
  });
});
