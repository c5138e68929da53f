import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { loadCatalog } from '../i18n/catalogs.ts';
import { translator } from '../i18n/translate.ts';
import { toyGeography, toyStory } from '../state/test-fixtures.ts';
import { IMAGE_WORDS, imageText } from './image-text.ts';

const facts = (selected: string | null) => ({ story: toyStory(), geo: toyGeography(), selected });

describe('the downloaded image’s words', () => {
  it('in English: the place, its kind and counts, the credits, left to right', () => {
    const text = imageText(facts('AF1907'), translator(en));
    expect(text.subtitle).toMatch(/^Qala-e-Zal \(District\): 1 passage, 1 quote$/);
    expect(text.credits[0]).toBe(
      'North Atlas. Boundaries: AGCHO / OCHA (CC BY-IGO 3.0); neighbouring countries: Natural Earth.',
    );
    expect(text.dir).toBe('ltr');
  });

  it('in Dari: Dari names and digits, right to left, Latin letters only in the proper names', async () => {
    const da = translator(await loadCatalog('da'));
    const place = imageText(facts('AF1907'), da);
    expect(place.subtitle).toBe('قلعه زال (ولسوالی): ۱ بند، ۱ نقل قول');
    expect(place.dir).toBe('rtl');
    const overview = imageText(facts(null), da);
    const latin = [overview.subtitle, ...overview.credits]
      .join(' ')
      .replace(/AGCHO \/ OCHA \(CC BY-IGO 3\.0\)|Natural Earth/g, '');
    expect(latin).not.toMatch(/[A-Za-z]/);
  });

  it('has every word in both languages, with the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(IMAGE_WORDS.en))
      expect(params(IMAGE_WORDS.da[key as keyof typeof IMAGE_WORDS.en]), key).toEqual(params(english));
  });
});
