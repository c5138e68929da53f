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

describe('a quotation set alone and signed under it with a dash', () => {
  it('is the signer’s, in English, the signature a paragraph of its own', () => {
    const story = ingestUnderHeadline([
      'What our volunteers say',
      '“When the river rose we carried the school benches up the hill. I still have the blisters to show for it.”',
      '— Mariam Sadiqi, Volunteer Coordinator',
      '“I came for one summer and stayed for four. The work is slow and the tea is strong.”',
      '— Omid Rahmani, Driver',
    ]);
    expect(speakerOf(story, 'carried the school benches')).toBe('Mariam Sadiqi');
    expect(speakerOf(story, 'I came for one summer')).toBe('Omid Rahmani');
  });

  it('is the signer’s in Dari, the signature on the quotation’s last line', () => {
    const story = ingestUnderHeadline([
      'از زبان کارمندان ما',
      '«روز اول از سرک خامه ترسیدم، حالا هر هفته دو بار تا سر کوتل می‌روم و دوا می‌برم.»\n— شفیقه، نرس تیم سیار، کلفگان',
      '«پیش از این در خانه بودم. حالا معاش دارم و خواهرانم را به مکتب می‌فرستم.»\n— جمیله، محاسب دفتر ساحوی',
    ]);
    expect(speakerOf(story, 'از سرک خامه ترسیدم')).toBe('شفیقه');
    expect(speakerOf(story, 'خواهرانم را به مکتب')).toBe('جمیله');
  });

  it('is not signed by a dash line that names no one', () => {
    const story = ingestUnderHeadline([
      '«هر سال که برف زود بیاید، نرخ آرد دو برابر می‌شود و مردم گندم بذری را آرد می‌کنند.»\n— از گزارش سال ۱۴۰۴',
      '“The road was closed for forty days and no truck reached the upper villages.”',
      '— annual report, page 12',
    ]);
    expect(speakerOf(story, 'نرخ آرد دو برابر')).toBeNull();
    expect(speakerOf(story, 'no truck reached')).toBeNull();
  });
});
