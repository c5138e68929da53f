import { describe, expect, it } from 'vitest';
import { lastMarkBefore, sentenceBefore, sentenceStartBefore } from './dari-written-voices.ts';

describe('sentence reading for written voices', () => {
  const text = 'نامه دیروز رسید. آنان نوشته‌اند: «ما پل می‌خواهیم.»';
  const open = text.indexOf('«');
  it('finds the colon before a quotation and its sentence', () => {
    const colon = lastMarkBefore(text, open);
    expect(text[colon]).toBe(':');
    expect(text.slice(sentenceStartBefore(text, colon), colon)).toBe('آنان نوشته‌اند');
  });
  it('finds the sentence before it', () => {
    expect(sentenceBefore(text, text.indexOf('آنان'))).toBe('نامه دیروز رسید.');
  });
});
