import { describe, expect, it } from 'vitest';
import { hasArabicScript, wordAlternation } from './regex-parts.ts';

describe('cheap script test', () => {
  it('finds a letter of the Arabic script', () => {
    expect(hasArabicScript('Reported from کندز')).toBe(true);
    expect(hasArabicScript('Reported from Kunduz')).toBe(false);
  });
});

describe('wordAlternation', () => {
  const whole = (words: string[], bothCases = false) => new RegExp(`^${wordAlternation(words, bothCases)}$`);

  it('matches each word, longer ones first, and nothing else', () => {
    const re = whole(['man', 'manager', 'miner', 'elder']);
    for (const w of ['man', 'manager', 'miner', 'elder']) expect(re.test(w)).toBe(true);
    expect(re.test('mine')).toBe(false);
    expect(new RegExp(wordAlternation(['man', 'manager'])).exec('managers')?.[0]).toBe('manager');
  });

  it('takes a sentence-initial capital only when asked', () => {
    expect(whole(['resident'], true).test('Resident')).toBe(true);
    expect(whole(['resident']).test('Resident')).toBe(false);
  });
});
