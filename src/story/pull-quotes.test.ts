import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a subhead that quotes a few words of a quotation near it', () => {
  it('is the speaker’s whose quotation holds its words in order, in Dari', () => {
    const story = ingestUnderHeadline([
      'محکمه روز دوشنبه جلسهٔ دوم این پرونده را برگزار کرد و شاهدان را شنید.',
      'سارنوال: «این قرارداد از اول جعلی بود»',
      'نسرین احمدی، سارنوال پرونده، در جلسه گفت: «این قرارداد از همان روز اول جعلی بود. امضای شاکی را کسی دیگر گذاشته است.»',
    ]);
    expect(speakerOf(story, 'این قرارداد از اول جعلی بود')).toBe('نسرین احمدی');
  });

  it('is the speaker’s in English too', () => {
    const story = ingestUnderHeadline([
      'The appeal was heard in a crowded room on Monday.',
      'Defence: “He signed what he was given”',
      'Karim Sadat, the defence lawyer, told the court: “He signed what he was given by the clerk. He cannot read.”',
    ]);
    expect(speakerOf(story, 'He signed what he was given')).toBe('Karim Sadat');
  });

  it('stays unattributed when two speakers’ quotations hold its words', () => {
    const story = ingestUnderHeadline([
      '«زمین را دریا برد»',
      'حاجی کریم، دهقان پیر، گفت: «زمین ما را دریا برد و هیچ کس نیامد.»',
      'گل‌محمد، همسایهٔ او، گفت: «زمین پدرم را هم دریا برد، پارسال.»',
    ]);
    expect(speakerOf(story, 'زمین را دریا برد')).toBeNull();
  });
});
