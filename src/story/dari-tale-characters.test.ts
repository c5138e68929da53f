import { describe, expect, it } from 'vitest';
import { characterOpening } from './dari-tale-characters.ts';

describe('characterOpening', () => {
  it('reads a tale character opening a sentence, with its epithet', () => {
    expect(characterOpening('دیو سیاه با صدایی مثل رعد فریاد زد:')).toBe('دیو سیاه');
    expect(characterOpening('آنگاه آسیابان سر خود را پایین انداخت')).toBe('آسیابان');
  });
  it('reads none where the sentence opens on someone else', () => {
    expect(characterOpening('گل‌اندام به دیو گفت:')).toBeNull();
  });
});
