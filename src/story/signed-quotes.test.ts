import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a quotation signed under it is the signer’s', () => {
  it('reads "— Name, role, station" as the next paragraph or as the end of the quotation’s own', () => {
    const story = ingestUnderHeadline([
      'Voices from our clinics',
      '“When the snow closes the pass we keep the vaccines cold in the river. Nobody taught us that, the winters did.”',
      '— Zarghuna Hakimi, Cold Chain Assistant, Warsaj',
      '"My first patient was my own aunt, and she still tells everyone I was too slow." — Dr. Samir Wahidi, Surgeon',
    ]);
    expect(speakerOf(story, 'keep the vaccines cold')).toBe('Zarghuna Hakimi');
    expect(speakerOf(story, 'My first patient')).toBe('Dr. Samir Wahidi');
  });

  it('reads a Dari signature, one name and a role after «،»', () => {
    const story = ingestUnderHeadline([
      'صدای همکاران',
      '«هر صبح پیش از آفتاب به قریه می‌رسیم تا مادران پیش از کار مزرعه بیایند.»',
      '— شکیبا، واکسیناتور سیار',
    ]);
    expect(speakerOf(story, 'هر صبح پیش از آفتاب')).toBe('شکیبا');
  });

  it('leaves a quotation alone when the line under it is a place and a date, or a sentence', () => {
    const story = ingestUnderHeadline([
      'The slogan on the wall',
      '“Clean water is a right, not a favour from anyone who happens to hold the key.”',
      '— Kunduz, March 2026',
      '“We will open the new wells before the wheat harvest begins in the lower villages.”',
      '– and then the crowd went quiet for a while.',
    ]);
    expect(speakerOf(story, 'Clean water is a right')).toBeNull();
    expect(speakerOf(story, 'open the new wells')).toBeNull();
  });
});
