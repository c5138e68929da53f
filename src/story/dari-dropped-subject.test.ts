import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerNames } from './test-helpers.ts';
import {
  dariSubjectAfter,
  isOnlyTimeWords,
  parseSubject,
  verbThenName,
  withoutClauseBefore,
} from './dari-attribution.ts';
import { isAgentNoun } from './dari-words.ts';
import { normalizeName } from './normalize.ts';

// Narration words read as a speaker's name: a dropped subject ("بعد گفت", "خندید و گفت"), a time adverbial
// before an appositive ("نزدیک شام، مردی …"), and a column's "used to say" and a feature's verb-first attribution.
const speakersOf = (text: string) => speakerNames(readWithCountry(text));

describe('isAgentNoun: a trade by its Dari agent ending', () => {
  it('reads موتروان، آهنگر، میوه‌فروش، زرشوی, not دیگر، زبان، بازار، روزگار', () => {
    const yes = ['موتروان', 'آهنگر', 'میوه‌فروش', 'زرشوی', 'دکاندار', 'باغبان', 'قالین‌باف', 'خبرنگار'];
    const no = ['دیگر', 'زبان', 'بازار', 'روزگار', 'خیابان', 'مقدار', 'کشور', 'دیگری'];
    expect(yes.filter((w) => !isAgentNoun(normalizeName(w)))).toEqual([]);
    expect(no.filter((w) => isAgentNoun(normalizeName(w)))).toEqual([]);
  });
});

describe('withoutClauseBefore and isOnlyTimeWords', () => {
  it('drops the verb a "و" joins to the speech verb, keeping any subject before it', () => {
    expect(withoutClauseBefore('لبخند زد و ')).toBe('لبخند');
    expect(withoutClauseBefore('نشست و')).toBe('');
    expect(withoutClauseBefore('کاکا نبی سرش را تکان داد و')).toBe('کاکا نبی سرش را تکان');
    expect(withoutClauseBefore('احمد و محمود')).toBe('احمد و محمود');
  });

  it('tells words of time and sequence from a name', () => {
    expect(isOnlyTimeWords('سپس')).toBe(true);
    expect(isOnlyTimeWords('نزدیک عصر')).toBe(true);
    expect(isOnlyTimeWords('')).toBe(false);
    expect(isOnlyTimeWords('نجیب‌الله')).toBe(false);
  });
});

describe('parseSubject: a dropped subject is no name', () => {
  it('reads "بعد" and "برخاست و" as a dropped subject, not a person called so', () => {
    expect(parseSubject('بعد ', 0)).toMatchObject({ name: null, pronoun: true, dropped: true });
    expect(parseSubject('برخاست و ', 0)).toMatchObject({ name: null, pronoun: true, dropped: true });
  });

  it('keeps a titled name that opens a long clause ("حاجی X چای را … ریخت و")', () => {
    expect(parseSubject('حاجی نورالله چای را در پیاله‌های کوچک ریخت و ', 0)).toMatchObject({
      name: 'حاجی نورالله',
    });
  });
});

describe('verbThenName: "«…»، می‌گوید Name که …"', () => {
  it('reads who speaks after a verb that opens the sentence', () => {
    const text = '«باران امسال کم بود»، می‌گوید گل‌بی‌بی که در این قریه زندگی می‌کند.';
    expect(dariSubjectAfter(text, text.indexOf('»') + 1)).toMatchObject({ name: 'گل‌بی‌بی' });
    expect(verbThenName('می‌گوید او.', 0)).toBeNull();
  });
});

describe('Dari narration before a quotation', () => {
  it('gives "سپس گفت" and "خندید و گفت" to the person just named, never to "سپس"', () => {
    const text = [
      'نجیب‌الله، دهقانی از قریهٔ بالا، زمینش را نشانم داد.',
      'سپس گفت: «آب جوی ما امسال نصف شده است.»',
      'خندید و گفت: «باز هم امیدوار هستم.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['نجیب‌الله', 'نجیب‌الله']);
  });

  it('does not take "نزدیک شام" for a name, and reads "«…»، می‌گوید Name"', () => {
    const text =
      'نزدیک شام، زنی جوان که از قریهٔ پایین آمده است، کنار دکان می‌ایستد. «نان امروز گران است»، می‌گوید شکریه که مادر سه طفل است.';
    expect(speakersOf(text)).toEqual(['شکریه']);
  });

  it('gives a quotation inside a sentence opened by "او می‌گوید" (no "که") to that pronoun\'s person', () => {
    const text = [
      'حمیدالله احمدی، موتروان لاری در شیرخان بندر، ده سال است میان بندر و شهر کندز بار می‌برد.',
      'او می‌گوید راه امسال بهتر شده، «اما تیل دو برابر گران است و کرایه همان کرایهٔ پار»، و بیشتر شب‌ها در موتر می‌خوابد.',
      'خبرنگار ما می‌پرسد که آیا زمستان هم کار می‌کند. «اگر راه باز باشد، هر روز» پاسخ کوتاه او بود.',
    ].join('\n\n');
    expect(speakersOf(text).slice(0, 1)).toEqual(['حمیدالله احمدی']);
  });

  it('makes the person the writer went to see («به دیدن … رفتم») the speaker of the quotations after', () => {
    const text = [
      'دیروز به دیدن حاجی نورالله رفتم. خانه‌اش در کنار جوی کهنه است و باغش هنوز سبز است.',
      'چای ریخت و گفت: «این باغ را پدرم با دست خود کاشت.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['حاجی نورالله']);
  });

  it('reads a column\'s "پدرم می‌گفت:" and "فریاد زد:"', () => {
    const text = ['پدرم همیشه می‌گفت: «کار عیب نیست.»', 'کاکایم از دور فریاد زد: «زود بیا که دیر شد.»'].join(
      '\n\n',
    );
    expect(speakersOf(text)).toEqual(['پدرم', 'کاکایم']);
  });
});
