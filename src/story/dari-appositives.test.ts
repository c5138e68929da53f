import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a Dari appositive that runs on into a relative clause', () => {
  it('introduces the name before it, however long the clause after «که»', () => {
    const story = ingestUnderHeadline([
      'مهمان ویژهٔ برنامه، نادر شاه‌زاده، شاعر جوانی از آن سوی مرز بود که شعرش را با پیام صوتی فرستاده بود و یکی از اعضای انجمن آن را با صدای بلند برای حاضران خواند.',
      'شاه‌زاده که پدرش سال‌ها در آن سوی دریا کار کرده بود، در این شعر از مرز می‌گوید:',
      '«این سوی آب، خانهٔ مادرم پیداست\nآن سوی آب، گور پدرم تنهاست»',
    ]);
    expect(speakerOf(story, 'خانهٔ مادرم پیداست')).toBe('نادر شاه‌زاده');
  });

  it('still ends at its comma when one comes within reach', () => {
    const story = ingestUnderHeadline([
      'عبدالرؤف کریمی، معلم بازنشسته که چهل سال در مکتب قریه درس داده است، هر صبح به مسجد می‌رود. «شاگردانم حالا خود معلم‌اند،» او گفت.',
    ]);
    expect(story.speakers.find((s) => s.name === 'عبدالرؤف کریمی')?.description).toBe(
      'معلم بازنشسته که چهل سال در مکتب قریه درس داده است',
    );
    expect(speakerOf(story, 'شاگردانم حالا خود')).toBe('عبدالرؤف کریمی');
  });
});
