import { describe, expect, it } from 'vitest';
import { opensSentence, sentenceEnd, sentenceIndex, sentenceStartOf } from './sentences.ts';

describe('opensSentence', () => {
  const text = 'Rain fell. Karim said so.  "Go!” Then Nadia left? Yes';
  it('is true at the start and after a full stop, "!" or "?" with white space, a closing mark allowed', () => {
    expect(opensSentence(text, 0)).toBe(true);
    expect(opensSentence(text, text.indexOf('Karim'))).toBe(true);
    expect(opensSentence(text, text.indexOf('Then'))).toBe(true);
    expect(opensSentence(text, text.indexOf('Yes'))).toBe(true);
  });
  it('is false mid-sentence and right after the mark with no space', () => {
    expect(opensSentence(text, text.indexOf('said'))).toBe(false);
    expect(opensSentence(text, text.indexOf('Nadia'))).toBe(false);
    expect(opensSentence('a.b', 2)).toBe(false);
  });
  it('reads back over the white space only: asked at every word of a long sentence it stays linear', () => {
    const long = 'word '.repeat(200_000);
    let opens = 0;
    for (let pos = 5; pos < long.length; pos += 5) if (opensSentence(long, pos)) opens++;
    expect(opens).toBe(0);
  });
});

describe('sentenceEnd', () => {
  it('skips a title’s full stop', () => {
    const text = 'Gen. Rahimi spoke. Then he left.';
    expect(sentenceEnd(text, 0)).toBe(text.indexOf('spoke.') + 'spoke.'.length);
  });
});

describe("Dari's question mark", () => {
  const text = 'آیا راه باز است؟ بلی، باز است.';
  it('ends a sentence for every reader of sentences', () => {
    expect(opensSentence(text, text.indexOf('بلی'))).toBe(true);
    expect(sentenceEnd(text, 0)).toBe(text.indexOf('؟') + 1);
    expect(sentenceIndex(text).startOf(text.indexOf('باز است.'))).toBe(text.indexOf('بلی'));
  });
});

describe('sentenceStartOf', () => {
  it("answers where a position's sentence starts, reading the text's sentences once", () => {
    const text = 'The bridge at the ford washed away. Mr. Sadiq rode on to the market.\nA second line here.';
    const startOf = sentenceStartOf(text);
    expect(startOf(text.indexOf('ford'))).toBe(0);
    expect(startOf(text.indexOf('market'))).toBe(text.indexOf('Mr.'));
    expect(startOf(text.indexOf('second'))).toBe(text.indexOf('A second'));
  });
});
