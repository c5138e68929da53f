import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('speaker headings: a line naming a speaker, a colon, and their turn under it', () => {
  it('gives a Dari turn, quoted or not, to the member the heading names', () => {
    const story = ingestUnderHeadline([
      'نشست هفتگی شورای شهر تالقان روز شنبه برگزار شد.',
      '۱. محترم حاجی نظرمحمد کاوش، عضو شورا از ناحیهٔ سوم:',
      'جوی‌های شهر ما از خاکروبه پر شده و در باران گذشته آب به دکان‌ها رسید. شاروالی باید پیش از بهار آن‌ها را پاک کند.',
      '۲. محترمه زرمینه احمدی، مسئول بخش صحت:',
      'در ادامه افزود: «در هفتهٔ گذشته سی کودک با اسهال به کلینیک آورده شدند.» او خواهان آب پاک شد.',
      '۳. محترم انجنیر عبدالحق صدیقی، رئیس آبرسانی (مهمان):',
      'اظهار داشت که پایپ‌های کهنهٔ شهر تا سال آینده تبدیل می‌شوند.',
    ]);
    expect(speakerOf(story, 'جوی‌های شهر ما از خاکروبه')).toContain('نظرمحمد کاوش');
    expect(speakerOf(story, 'سی کودک با اسهال')).toContain('زرمینه احمدی');
    // The secretary's report in the third person is no quotation.
    expect(story.quotes.some((q) => q.text.includes('پایپ‌های کهنه'))).toBe(false);
  });

  it('gives the paragraph under an English heading to the person it names', () => {
    const story = ingestUnderHeadline([
      'The district water committee met on Monday in the school hall.',
      '1. Councillor Shabnam Yaqubi (Ward 2):',
      'Our wells have dropped by two metres since spring and the pumps run dry by noon.',
      '2. Dr. Farhad Noori, clinic director:',
      'He said the clinic had recorded no cholera this year.',
    ]);
    expect(speakerOf(story, 'wells have dropped')).toContain('Shabnam Yaqubi');
    expect(story.quotes.some((q) => q.text.includes('recorded no cholera'))).toBe(false);
  });

  it('reads no speaker from a section label or a line that is a sentence', () => {
    const story = ingestUnderHeadline([
      'جلسه ساعت نه صبح آغاز شد و اعضا گزارش‌های خود را ارائه کردند.',
      'مصوبات جلسه:',
      'مکتوبی به ریاست آبرسانی فرستاده شود و نتیجه در نشست آینده گزارش داده شود.',
      'The committee agreed on three points:',
      'The wells will be deepened before the summer heat arrives.',
    ]);
    expect(story.quotes).toHaveLength(0);
  });
});
