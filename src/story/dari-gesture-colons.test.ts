import { describe, expect, it } from 'vitest';
import { isGestureColonSentence } from './dari-gesture-colons.ts';

describe('isGestureColonSentence', () => {
  it('reads a sentence closing or opening on a gesture', () => {
    expect(isGestureColonSentence('سرش را پایین انداخت')).toBe(true);
    expect(isGestureColonSentence('اندکی خاموش ماند و این بیت را خواند')).toBe(true);
    expect(isGestureColonSentence('خندید، خندهٔ تلخی که بسیار شنیده‌ام')).toBe(true);
  });
  it('leaves a sign, a saying and a plural verb alone', () => {
    expect(isGestureColonSentence('بر تختهٔ دکان نوشته شده است')).toBe(false);
    expect(isGestureColonSentence('این سخن زبانزد مردم است')).toBe(false);
    expect(isGestureColonSentence('شاگردان این شعر را خواندند')).toBe(false);
  });
  it('leaves a gesture with its own subject and a text read out for another alone', () => {
    expect(isGestureColonSentence('کمی مکث کرد')).toBe(true);
    expect(isGestureColonSentence('رئیس فواید عامه خندید')).toBe(false);
    expect(isGestureColonSentence('محمد داوود احمدی، رئیس فواید عامه، لبخند زد')).toBe(false);
    expect(isGestureColonSentence('سپس متن فرمان را خواند')).toBe(false);
  });
});
