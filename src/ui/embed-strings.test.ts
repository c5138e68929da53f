import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../i18n/catalogs.ts';
import { en } from '../i18n/en.ts';
import { translator } from '../i18n/translate.ts';
import { toyGeography, toyStory } from '../state/test-fixtures.ts';
import { EMBED_WORDS_BY_LANGUAGE, embedDescription, embedWord } from './embed-strings.ts';

describe('embed description', () => {
  it('names the story and the places it concerns most, with their counts', () => {
    const text = embedDescription(toyStory(), toyGeography(), translator(en));
    expect(text).toMatch(/^Map of northern Afghanistan for “.+”\. The places it concerns most: /);
    expect(text).toMatch(/Kunduz \(\d+ passages?\)/);
  });

  it('says what the map is while the data is loading', () => {
    expect(embedDescription(null, null, translator(en))).toBe('Map of northern Afghanistan.');
  });

  it('is Dari in Dari: Dari names, Persian digits, no Latin letters but the title’s', async () => {
    const da = translator(await loadCatalog('da'));
    const text = embedDescription(toyStory(), toyGeography(), da);
    expect(text).toMatch(/^نقشهٔ شمال افغانستان برای گزارش «/);
    expect(text).toMatch(/کندز \([۰-۹]+ بند\)/);
    expect(text.replace(toyStory().meta.title, '')).not.toMatch(/[A-Za-z]/);
  });
});

describe('the embed’s words', () => {
  it('has every word in both languages, with the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(EMBED_WORDS_BY_LANGUAGE.en)) {
      const dari = EMBED_WORDS_BY_LANGUAGE.da[key as keyof typeof EMBED_WORDS_BY_LANGUAGE.en];
      expect(dari, key).toBeTruthy();
      expect(params(dari), key).toEqual(params(english));
    }
    expect(embedWord('da', 'snippetTitlePlace', { place: 'کندز' })).toBe(
      'اطلس شمال: کندز روی نقشهٔ شمال افغانستان',
    );
  });
});
