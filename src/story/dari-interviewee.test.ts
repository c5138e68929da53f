import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('dariInterviewee', () => {
  it('gives «پاسخ:» to the name the answer gives itself, over a plural noun of the intro', () => {
    const story = ingestUnderHeadline([
      'در میان تاکستان‌های کهنه، یکی از قدیمی‌ترین باغ‌های قریه است. با باغبان آن گفت‌وگو کردیم.',
      'پرسش: خود را معرفی کنید.',
      'پاسخ: نامم سیدکریم هاشمی است و سی سال است باغبانی می‌کنم.',
      'پرسش: امسال حاصل چطور است؟',
      'پاسخ: ژاله نیم انگور را از بین برد.',
    ]);
    expect(speakerOf(story, 'ژاله نیم انگور')).toBe('سیدکریم هاشمی');
  });
  it('gives no answer to a plural noun when the intro names no one', () => {
    const story = ingestUnderHeadline([
      'در کنار کشتزارهای گندم، خانه‌های گلی قریه، یکی از کهنه‌ترین جاهای ولسوالی است. با یک دهقان گفت‌وگو کردیم.',
      'پرسش: آب دارید؟',
      'پاسخ: کم است.',
      'پرسش: باران آمده؟',
      'پاسخ: نه، هنوز نه.',
    ]);
    expect(speakerOf(story, 'کم است') ?? '').not.toContain('ها');
  });
});
