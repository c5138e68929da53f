import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// «پهلوان» before a given name is a title («پهلوان غلام‌رسول، چاپنداز …، گفت»): the name is the speaker, the
// description after it the role. Before a description it is a role («پهلوان قریه، Name، گفت») and the name
// after the comma speaks.

describe('a Dari epithet before a name', () => {
  it('«پهلوان Name، role …، گفت» is Name, whatever the role says', () => {
    const story = ingestUnderHeadline([
      'پهلوان غلام‌رسول، چاپنداز کهنه‌کار که بیست سال در میدان بوده است، گفت: «اسپ خوب نیمی از بازی است.»',
      'پهلوان نجیب، کشتی‌گیر جوان از قریهٔ بالا، گفت: «من هر صبح پیش از نماز تمرین می‌کنم.»',
    ]);
    expect(speakerOf(story, 'اسپ خوب نیمی')).toBe('پهلوان غلام‌رسول');
    expect(speakerOf(story, 'هر صبح پیش از نماز')).toBe('پهلوان نجیب');
  });

  it('near miss: «پهلوان role، Name، گفت» is the name after the comma', () => {
    const story = ingestUnderHeadline([
      'پهلوان نامدار دره، حاجی نوراحمد، گفت: «زمین امسال نرم است و کسی زخمی نشد.»',
      'پهلوان وزنه‌برداری، شیرآقا، گفت: «تمرین ما در زمستان بی‌وقفه بود.»',
      'پهلوان محله، نصرالله رحیمی، گفت: «جوانان ما هر جمعه به میدان می‌آیند.»',
    ]);
    expect(speakerOf(story, 'زمین امسال نرم')).toBe('حاجی نوراحمد');
    expect(speakerOf(story, 'تمرین ما در زمستان')).toBe('شیرآقا');
    expect(speakerOf(story, 'جوانان ما هر جمعه')).toBe('نصرالله رحیمی');
  });
});
