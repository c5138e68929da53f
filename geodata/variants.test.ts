import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../src/story/normalize.ts';
import { displayForm, nameVariants } from './variants.ts';

const keys = (name: string): string[] => nameVariants(name).map(normalizeName);

describe('nameVariants', () => {
  it('spells the izafe every way reporting does', () => {
    expect(keys('Qala-e-Zal')).toEqual(
      expect.arrayContaining([
        'qala i zal',
        'qalai zal',
        'qal e zal',
        'qala zal',
        'qala y zal',
        'kala i zal',
      ]),
    );
    expect(keys('Pul-e-Khumri')).toEqual(
      expect.arrayContaining(['puli khumri', 'pol i khomri', 'pul khumri']),
    );
    expect(keys('Kishmi Bala')).toContain('kishm e bala');
  });

  it('varies vowels, diphthongs and consonant clusters', () => {
    expect(keys('Kunduz')).toEqual(expect.arrayContaining(['konduz', 'kondoz', 'koundouz']));
    expect(keys('Fayzabad')).toEqual(expect.arrayContaining(['faizabad', 'feyzabad', 'fayz abad']));
    expect(keys('Khwaja Ghar')).toContain('khoja ghar');
    expect(keys('Eshkashem')).toContain('ishkashim');
    expect(keys('Taloqan')).toEqual(expect.arrayContaining(['taluqan', 'talokan']));
    expect(keys('Chahar Darah')).toEqual(expect.arrayContaining(['chahar dara', 'chahardarah']));
    expect(keys('Khost Wa Fereng')).toContain('khost o fereng');
    expect(keys('Khwaja Bahawuddin')).toContain('khwaja bahawudin');
  });

  it('leaves the adjectival final -i alone and non-Latin names untouched', () => {
    expect(keys('Ghazni')).not.toContain('ghazne');
    expect(nameVariants('کندز')).toEqual([]);
  });

  it('displays keys readably', () => {
    expect(displayForm('qala e zal')).toBe('Qala-e-Zal');
    expect(displayForm('khost wa fereng')).toBe('Khost-wa-Fereng');
  });

  it('returns distinct keys, never the name itself, bounded in number', () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean(), (words, izafe) => {
        const name = izafe && words.length > 1 ? words.join('-e-') : words.join(' ');
        const variants = keys(name);
        expect(new Set(variants).size).toBe(variants.length);
        expect(variants).not.toContain(normalizeName(name));
        expect(variants.length).toBeLessThanOrEqual(256);
        for (const v of variants) expect(v).toMatch(/^[a-z]+( [a-z]+)*$/);
      }),
    );
  });
});
