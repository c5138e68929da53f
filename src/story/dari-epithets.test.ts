import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, placesOf, speakerOf } from './test-helpers.ts';

// «پهلوان» before a given name is a title («پهلوان غلام‌رسول، چاپنداز …، گفت»): the name is the speaker, the
// description after it the role. Before a place it is "the champion of" that place, and the place stays one.

describe('a Dari epithet before a name', () => {
  it('«پهلوان Name، role …، گفت» is Name, whatever the role says', () => {
    const story = ingestUnderHeadline([
      'پهلوان غلام‌رسول، چاپنداز کهنه‌کار که بیست سال در میدان بوده است، گفت: «اسپ خوب نیمی از بازی است.»',
      'پهلوان نجیب، کشتی‌گیر جوان از قریهٔ بالا، گفت: «من هر صبح پیش از نماز تمرین می‌کنم.»',
    ]);
    expect(speakerOf(story, 'اسپ خوب نیمی')).toBe('پهلوان غلام‌رسول');
    expect(speakerOf(story, 'هر صبح پیش از نماز')).toBe('پهلوان نجیب');
  });

  it('near miss: «پهلوان کندز» is the champion of a place, and the place is still linked', () => {
    const story = ingestUnderHeadline(['امسال پهلوان کندز در میدان اول برنده شد و جایزه گرفت.']);
    expect(placesOf(story)).toContainEqual(['کندز', 'AF19']);
  });
});
