import { describe, expect, it } from 'vitest';
import { indefinitePhrase } from './dari-attribution.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('Dari: an unnamed source keeps the group it is one of', () => {
  it('names «یکی از نانوایان» and «یکی دیگر از دکانداران» by their group, not by «یکی» alone', () => {
    const story = ingestUnderHeadline([
      'بازار کهنه صبح امروز خالی بود.',
      'یکی از نانوایان که نخواست نامش ذکر شود، به خبرنگار گفت: «آرد گران شده و مشتری کم است.»',
      'یکی دیگر از دکانداران به خبرنگار گفت: «ما مالیات را پرداخته‌ایم و جای دیگری نداریم.»',
    ]);
    expect(speakerOf(story, 'آرد گران شده')).toBe('یکی از نانوایان که نخواست نامش ذکر شود');
    expect(speakerOf(story, 'ما مالیات را')).toBe('یکی از دکانداران');
  });

  it('cuts an adverbial after the group and keeps a source that is no partitive as it was', () => {
    expect(indefinitePhrase('شماری از باشندگان روز دوشنبه')).toBe('شماری از باشندگان');
    expect(indefinitePhrase('یک مقام محلی در کندز')).toBe('یک مقام محلی');
  });
});

describe('Dari: «این دستفروش» ("this vendor") is the person just named and quoted', () => {
  it('gives "this <trade>" to the person the paragraph before named, when no source or holder has that role', () => {
    const story = ingestUnderHeadline([
      'بازار کهنه صبح امروز خالی بود.',
      'دستفروشان این ادعا را رد می‌کنند. نورآقا، ۵۲ ساله، که سال‌ها در کنار پل سبزی می‌فروخت، گفت: «بیست سال است که اینجا کار می‌کنم.»',
      'این دستفروش که ترازویش دیروز از سوی پولیس گرفته شد، افزود: «ما چیزی نمی‌دزدیم، نان حلال می‌خوریم.»',
    ]);
    expect(speakerOf(story, 'ما چیزی نمی‌دزدیم')).toBe('نورآقا');
  });

  it('near miss: not a person the text describes by another role', () => {
    const story = ingestUnderHeadline([
      'بازار کهنه صبح امروز خالی بود.',
      'انجنیر فرهاد سلطانی، رئیس شاروالی، گفت: «جای تازه برای همه آماده است.»',
      'این دستفروش که ترازویش دیروز از سوی پولیس گرفته شد، افزود: «ما چیزی نمی‌دزدیم، نان حلال می‌خوریم.»',
    ]);
    expect(speakerOf(story, 'ما چیزی نمی‌دزدیم')).not.toBe('انجنیر فرهاد سلطانی');
    expect(speakerOf(story, 'ما چیزی نمی‌دزدیم')).not.toBe('فرهاد سلطانی');
  });
});
