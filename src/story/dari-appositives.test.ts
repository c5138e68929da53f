import { describe, expect, it } from 'vitest';
import { endsWithConnective } from './dari-attribution.ts';
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

describe('a Dari name whose joined last part is also a connective', () => {
  it('is one word: «غلام‌ولی،» opens an appositive, where «ولی،» ("but") would not', () => {
    const opening = 'غلام‌ولی، چوپان پنجاه‌ساله‌ای از قریهٔ بالا، هر بهار گله را به کوه می‌برد.';
    expect(endsWithConnective(opening, opening.indexOf('،'))).toBe(false);
    const but = 'راه بسته بود، ولی، مردم باز هم آمدند.';
    expect(endsWithConnective(but, but.indexOf('،', but.indexOf('ولی')))).toBe(true);
  });

  it('so the pronoun after the introduction means them', () => {
    const story = ingestUnderHeadline([
      'نرگس یوسفی، پرستاری که بیست سال در شفاخانه کار کرده است، گفت: «داکتر شب‌ها هم می‌آمد.»',
      'غلام‌ولی، چوپان پنجاه‌ساله‌ای از قریهٔ بالا، سه روز پیاده آمد تا به فاتحه برسد. او گفت: «این داکتر پای مرا نجات داد.»',
    ]);
    expect(speakerOf(story, 'پای مرا نجات داد')).toBe('غلام‌ولی');
  });
});
