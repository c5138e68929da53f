import { describe, expect, it } from 'vitest';
import { characterOpening, holdsTaleCue } from './dari-tale-characters.ts';

describe('characterOpening', () => {
  it('reads a tale character opening a sentence, with its epithet', () => {
    expect(characterOpening('دیو سیاه با صدایی مثل رعد فریاد زد:')).toBe('دیو سیاه');
    expect(characterOpening('آنگاه آسیابان سر خود را پایین انداخت')).toBe('آسیابان');
  });
  it('reads none where the sentence opens on someone else', () => {
    expect(characterOpening('گل‌اندام به دیو گفت:')).toBeNull();
  });
});

describe('holdsTaleCue', () => {
  it('reads a tale’s opening, with either comma or none, and its nouns', () => {
    for (const cue of [
      'یکی بود، یکی نبود، پادشاهی بود.',
      'یکی بود, یکی نبود.',
      'یکی بود یکی نبود.',
      'روزی روزگاری چوپانی بود.',
      'این قصه را مادرکلانم گفت.',
      'افسانهٔ آسیای هفت‌سنگ',
      'این افسانه را همه می‌دانند.',
      'افسانه‌های بدخشان',
    ])
      expect(holdsTaleCue(cue), cue).toBe(true);
  });
  it('reads no tale in a woman named Afsana, nor in «یکی بودند» (near-miss)', () => {
    for (const news of [
      'افسانه رحیمی گفت که مکتب بسته است.',
      'از افسانه رحیمی پرسیدیم.',
      'دو برادر بودند و یکی بودند در کار.',
    ])
      expect(holdsTaleCue(news), news).toBe(false);
  });
});
