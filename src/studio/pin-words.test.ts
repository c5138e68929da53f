import { describe, expect, it } from 'vitest';
import { isDariText } from '../story/dari-words.ts';
import { listLanguage, PIN_WORDS, pinWordsLanguage } from './pin-words.ts';

describe('places to pin, in the words of their article', () => {
  it('offers a Dari name in Dari and an English one in English', () => {
    expect(pinWordsLanguage('گورتپه')).toBe('da');
    expect(pinWordsLanguage('Gor Tepa')).toBe('en');
    expect(PIN_WORDS[pinWordsLanguage('گورتپه')].pin('گورتپه')).toBe('«گورتپه» را روی نقشه نشانی کنید');
  });

  it('heads the list in the language most of its names are in, English on a tie', () => {
    expect(listLanguage(['گورتپه', 'آق تپه', 'Kanam'])).toBe('da');
    expect(listLanguage(['گورتپه', 'Kanam'])).toBe('en');
  });

  it('has every Dari word in Dari script', () => {
    const da = PIN_WORDS.da;
    for (const word of [...Object.values(da.kinds), da.hint, da.heading(2), da.notInGazetteer('x', 'پل')])
      expect(isDariText(word), word).toBe(true);
  });
});
