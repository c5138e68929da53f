import { describe, expect, it } from 'vitest';
import { beforePauseWords, isOnlyAddressee, withoutTrailingTimeWords } from './dari-pause-clauses.ts';

describe('beforePauseWords', () => {
  it('cuts a pause and a scene from the subject before a clause', () => {
    expect(beforePauseWords('اندکی ساکت')).toBe('');
    expect(beforePauseWords('آن معلم پیر لحظه‌ای مکث')).toBe('آن معلم پیر');
    expect(beforePauseWords('دیروز کنار دروازه نشسته', 'بود')).toBe('');
  });
  it('keeps a subject after a time that opens on no place', () => {
    expect(beforePauseWords('هفتهٔ گذشته یکی از شاگردانم')).toBe('هفتهٔ گذشته یکی از شاگردانم');
    expect(beforePauseWords('حاجی نادر')).toBe('حاجی نادر');
  });
});

describe('withoutTrailingTimeWords', () => {
  it('drops the time words after the «و» of a clause', () => {
    expect(withoutTrailingTimeWords('کمی خاموش ماند و سپس')).toBe('کمی خاموش ماند و');
    expect(withoutTrailingTimeWords('حاجی نادر')).toBe('حاجی نادر');
  });
});

describe('isOnlyAddressee', () => {
  it('reads «به من», «برای ما» alone as no subject, a name before them not', () => {
    expect(isOnlyAddressee('به من')).toBe(true);
    expect(isOnlyAddressee('برایم')).toBe(true);
    expect(isOnlyAddressee('حاجی نادر به من')).toBe(false);
  });
});
