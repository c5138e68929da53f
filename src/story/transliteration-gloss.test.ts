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

describe('review: English with few function words, and asides that name someone', () => {
  it('does not read English with no function word as a transliteration', () => {
    expect(isTransliteration('Water everywhere, mud everywhere')).toBe(false);
    expect(isTransliteration('Bread, work, freedom')).toBe(false);
  });
  it('leaves a dash clause that names someone', () => {
    const after = ' — Gul Ahmad Safi shook his head — he said.';
    expect(transliterationGlossAsBlank(after, 'Nan-e garm, dil-e garm')).toBe(after);
  });
  it("blanks a translation that carries the quotation's own place name over", () => {
    const after = ' — bread from Taloqan is warm bread — he says.';
    expect(transliterationGlossAsBlank(after, 'Nan-e Taloqan garm ast')).not.toBe(after);
  });
});
