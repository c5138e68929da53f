import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

const read = (paras: string[]) => readWithCountry(['نامه‌های شما', ...paras].join('\n\n'));

describe('a Dari sentence that opens on a source and closes on a colon', () => {
  it('sets down the source’s lines in the paragraph after it, an age joined by a ZWNJ read too', () => {
    const story = read([
      'نامهٔ سوم از همه کوتاه‌تر است. پسری دوازده‌ساله از ولسوالی جرم، به جای نامه، دو بیت فرستاده که خودش ساخته است:',
      '«هر صبح زنگ مکتب را در خواب می‌شنوم\nبیدار که می‌شوم، تنها صدای باد است»',
    ]);
    // «پسری …» is named with «یک» (round twenty: an indefinite ی reads as «یک»).
    expect(speakerOf(story, 'زنگ مکتب را در خواب')).toContain('یک پسر دوازده‌ساله از ولسوالی جرم');
  });

  it('sets down the source’s words after the colon in its own paragraph, whatever the verb', () => {
    const story = read([
      'زنی ۳۰ ساله از ولسوالی کشم، به جای شکایت، فهرستی از آرزوهایش را فرستاده است: «یک مکتب، یک معلم زن، یک راه باز.»',
    ]);
    expect(speakerOf(story, 'یک معلم زن')).toContain('یک زن ۳۰ ساله از ولسوالی کشم');
  });

  it('gives no speaker when the sentence opens on a place or a thing', () => {
    const story = read([
      'پسری دوازده‌ساله از ولسوالی جرم هم نامه فرستاده است.',
      'بر دیوار مکتب قریه با رنگ سرخ نوشته‌اند: «علم نور است و جهل تاریکی.»',
    ]);
    expect(speakerOf(story, 'علم نور است')).toBeNull();
  });
});
