import { describe, expect, it } from 'vitest';
import { isGivenNameShaped, isPeopleGroup } from './dari-opening-names.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('isPeopleGroup', () => {
  it('reads a group of people after «یکی از», plural or after a number', () => {
    expect(isPeopleGroup('این دو معلم است')).toBe(true);
    expect(isPeopleGroup('باشندگان این قریه است')).toBe(true);
    expect(isPeopleGroup('همین دکانداران است')).toBe(true);
  });
  it('reads no group of things or places', () => {
    expect(isPeopleGroup('ولسوالی‌های پرنفوس است')).toBe(false);
    expect(isPeopleGroup('محصولات مهم این ولایت است')).toBe(false);
  });
});

describe('findDariOpeningNames', () => {
  it('gives «او گفت» to a bare name opening its sentence on a speech verb', () => {
    const story = ingestUnderHeadline([
      'در قریه بیش از صد خانواده بی‌آب مانده‌اند. فرزانه با دست‌های لرزان دبه‌اش را پر می‌کند و می‌گوید: «ما آب را از دریا می‌آوریم.»',
    ]);
    expect(speakerOf(story, 'ما آب را از دریا')).toContain('فرزانه');
  });
  it('reads no person in a place or a thing that is «one of» others', () => {
    const story = ingestUnderHeadline([
      'حاجی عبدالرزاق، باغدار قریهٔ سیاب، سی سال است که باغ دارد. بادام یکی از محصولات مهم این ولسوالی است. او گفت: «سرما شگوفه‌ها را زد.»',
    ]);
    expect(speakerOf(story, 'سرما شگوفه‌ها را زد')).toContain('عبدالرزاق');
  });
  it('reads no person in a plural noun before «که»', () => {
    const story = ingestUnderHeadline([
      'میوه‌هایی که دهقانان از دره می‌آورند، در سرای کنار دریا فروخته می‌شود. بر دیوار یکی از دکان‌ها با رنگ سبز نوشته شده است: «انار شیرین دره را بخرید.»',
    ]);
    expect(speakerOf(story, 'انار شیرین دره') ?? '').not.toContain('میوه');
  });
});

describe('isGivenNameShaped', () => {
  it('reads a word built of name parts as a name, a common noun not', () => {
    for (const name of ['بی‌بی‌حوا', 'شیرین‌گل', 'گل‌بیگم', 'نورآغا', 'عبدالواحد', 'نجیب‌الله'])
      expect(isGivenNameShaped(name)).toBe(true);
    for (const word of ['بازار', 'حکومت', 'رمضان', 'اسد', 'جنگل', 'مکتب'])
      expect(isGivenNameShaped(word)).toBe(false);
  });
});
