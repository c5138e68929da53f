import { describe, expect, it } from 'vitest';
import { isTransliteration, transliterationGlossAsBlank } from './transliteration-gloss.ts';

describe('isTransliteration', () => {
  it('reads Dari in Latin letters as a transliteration', () => {
    expect(isTransliteration('Kaftar-e man da Baghlan ham nam dara')).toBe(true);
  });
  it('does not read English, or Dari script, as one', () => {
    expect(isTransliteration('We will not leave the village')).toBe(false);
    expect(isTransliteration('ما از اینجا نمی‌رویم')).toBe(false);
  });
});

describe('transliterationGlossAsBlank', () => {
  const quote = 'Qalin-e khub wakht mekhaya';
  it('blanks a gloss between dashes before "he says", keeping the length', () => {
    const after = ' — a good carpet wants time — he says.';
    const read = transliterationGlossAsBlank(after, quote);
    expect(read).toHaveLength(after.length);
    expect(read).toMatch(/^, +he says\.$/u);
  });
  it('blanks a gloss in square brackets before ", says Name"', () => {
    expect(transliterationGlossAsBlank(' [a good carpet wants time], says Zarghuna.', quote)).toMatch(
      /^ +, says Zarghuna\.$/u,
    );
  });
  it('leaves a gloss with no reporting clause after it, and an English quotation', () => {
    const after = ' — a good carpet wants time — is a saying in Andkhoy.';
    expect(transliterationGlossAsBlank(after, quote)).toBe(after);
    const aside = ' — a promise made before — he says.';
    expect(transliterationGlossAsBlank(aside, 'We will build the road this year')).toBe(aside);
  });
});
