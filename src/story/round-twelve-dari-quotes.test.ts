import { describe, expect, it } from 'vitest';
import { isLeadingClause, parseSubject } from './dari-attribution.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a clause of time before a Dari subject', () => {
  it('is told by its opening word or its first-person verb, and a relative clause is not', () => {
    expect(isLeadingClause('وقتی باران شروع شد')).toBe(true);
    expect(isLeadingClause('از بازار که برگشتیم')).toBe(true);
    expect(isLeadingClause('یک چوپان پیر که سی سال است گله می‌چراند')).toBe(false);
    expect(isLeadingClause('محمد کریم')).toBe(false);
  });

  it('is dropped from the subject and from where it stands', () => {
    const phrase = 'وقتی به دروازه رسیدیم، نگهبان';
    const s = parseSubject(phrase, 10);
    expect(s?.name ?? s?.role).toBe('نگهبان');
    expect(s?.start).toBe(10 + phrase.indexOf('نگهبان'));
  });
});

describe('a title alone, or with "صاحب", is the one person the text names with it', () => {
  it('gives "ملا صاحب گفت" to the mullah named in full before', () => {
    const story = ingestUnderHeadline([
      'ملا عبدالباقی، امام مسجد جامع قریه، هر جمعه مردم را به کار مشترک دعوت می‌کند.',
      'پس از نماز، ملا صاحب گفت: «جوی را باید پیش از بهار پاک کنیم، ورنه آب به پایین نمی‌رسد.»',
    ]);
    expect(speakerOf(story, 'جوی را باید پیش از بهار')).toBe('ملا عبدالباقی');
  });

  it('leaves the title alone when two people bear it', () => {
    const story = ingestUnderHeadline([
      'ملا عبدالباقی، امام مسجد بالا، و ملا نورالحق، امام مسجد پایین، هر دو در جلسه بودند.',
      'پس از نماز، ملا صاحب گفت: «جوی را باید پیش از بهار پاک کنیم، ورنه آب به پایین نمی‌رسد.»',
    ]);
    expect(speakerOf(story, 'جوی را باید پیش از بهار')).not.toBe('ملا عبدالباقی');
    expect(speakerOf(story, 'جوی را باید پیش از بهار')).not.toBe('ملا نورالحق');
  });
});

describe('people introduced by their kin or trade', () => {
  it('reads "Name، نوهٔ …،" as a person, so the pronoun after means them and not the grandfather', () => {
    const story = ingestUnderHeadline([
      'حاجی عبدالصمد، باغدار کهن‌سال، هنوز هر صبح به باغ می‌رود.',
      'ذبیح‌الله، نواسهٔ هفده‌سالهٔ حاجی، در تابستان‌ها به او کمک می‌کند. او می‌گوید: «من می‌خواهم انجنیر شوم، نه باغدار.»',
    ]);
    expect(speakerOf(story, 'من می‌خواهم انجنیر شوم')).toBe('ذبیح‌الله');
  });

  it('keeps a word of time out of a name read before an age', () => {
    const story = ingestUnderHeadline([
      'سمیع حالا ۳۳ ساله است و در بازار دکان ساعت‌سازی دارد.',
      '«ساعت‌ها را از پدرم یاد گرفتم،» می‌گوید.',
    ]);
    expect(story.speakers.some((s) => s.name === 'سمیع')).toBe(true);
    expect(story.speakers.some((s) => s.name.includes('حالا'))).toBe(false);
  });
});
