import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('Dari: where a speaker’s name ends, read back from its verb or its comma', () => {
  it('ends a name before "پیش از", "بعد از", "قبل از" (before, after)', () => {
    const story = ingestUnderHeadline([
      'جلسه با سرود ملی آغاز شد. کریم یوسفی پیش از سخنرانی‌اش گفت: «این مکتب را مردم با دست خود ساخته‌اند.»',
      'شبانه مهمانان رفتند. فریده نوابی بعد از نان شب گفت: «فردا باز هم کار داریم و باید زود بیدار شویم.»',
    ]);
    expect(speakerOf(story, 'این مکتب را مردم')).toBe('کریم یوسفی');
    expect(speakerOf(story, 'فردا باز هم کار')).toBe('فریده نوابی');
  });

  it('does not take the noun of "سخن گفت" (spoke) for the speaker', () => {
    const story = ingestUnderHeadline([
      'شهردار شهر پشت میز رفت و از «آیندهٔ روشن شهر» سخن گفت. «ما سه سرک تازه می‌سازیم و پارک کودکان را باز می‌کنیم،» او گفت.',
    ]);
    expect(speakerOf(story, 'ما سه سرک تازه')).not.toBe('سخن');
  });

  it('does not take what follows "در" or "یکی از" for a name before an appositive', () => {
    const story = ingestUnderHeadline([
      'در پایان جلسه، یکی از دهقانان، مردی شصت‌ساله از روستای بالا، گفت: «آب کم است و ما منتظر باران هستیم.»',
      'در میان مهمانان، نوید حکیمی، معلم ریاضی، گفت: «شاگردان ما کتاب ندارند و دفتر هم کم است.»',
    ]);
    expect(speakerOf(story, 'آب کم است')).not.toBe('پایان جلسه');
    expect(speakerOf(story, 'آب کم است')).not.toBe('دهقانان');
    expect(speakerOf(story, 'شاگردان ما کتاب')).toBe('نوید حکیمی');
  });
});

describe('Dari: a connective set after the subject ("X اما …", "X همچنان …") is no part of the name', () => {
  it('ends a name or a role before «اما», «همچنان» and «سپس»', () => {
    const story = ingestUnderHeadline([
      'سیما رحیمی، مدیر کلینیک قریه، گفت که دوا برای دو ماه کافی است.',
      'مدیر کلینیک اما هشدار داد که راه زمستان بسته می‌شود. «اگر برف زود بیاید، مریضان به ما رسیده نمی‌توانند.»',
      'رحیمی همچنان گفت که دو قابلهٔ تازه استخدام شده‌اند. «هر دو از همین دره هستند،» وی افزود.',
      'جاوید امیری، معلم مکتب، سپس گفت: «شاگردان ما کتاب تازه ندارند.»',
    ]);
    expect(speakerOf(story, 'اگر برف زود بیاید')).toBe('سیما رحیمی');
    expect(speakerOf(story, 'هر دو از همین دره')).toBe('سیما رحیمی');
    expect(speakerOf(story, 'شاگردان ما کتاب تازه')).toBe('جاوید امیری');
  });
});

describe('dariPreviousReporter: a paragraph ending "… می‌گوید:" introduces the lines set below it', () => {
  it('gives the verse paragraph to the subject of the colon sentence, a relative clause after the name or not', () => {
    const story = ingestUnderHeadline([
      'شب شعر در کتابخانه برگزار شد.',
      'کریم نادری، شاعر جوان، در این شعر از کوه می‌گوید:',
      '«کوه‌ها خاموش‌اند و باد سخن می‌گوید\nما در دامن سنگ زاده شده‌ایم»',
      'مهمان دیگر شب، سلیم افشار، معلم ادبیات از بدخشان بود.',
      'افشار که خانواده‌اش در کوهستان زندگی می‌کنند، در شعر دیگری از برف می‌گوید:',
      '«برف آمد و راه‌ها را بست\nو ما در خانه چراغ افروختیم»',
    ]);
    expect(speakerOf(story, 'کوه‌ها خاموش‌اند')).toBe('کریم نادری');
    expect(speakerOf(story, 'برف آمد و راه‌ها')).toBe('سلیم افشار');
  });

  it('leaves a verse after a paragraph that ends without a colon to no one it names', () => {
    const story = ingestUnderHeadline([
      'شب شعر در کتابخانه برگزار شد.',
      'کریم نادری، شاعر جوان، از کوه‌های بدخشان بسیار نوشته است.',
      '«کوه‌ها خاموش‌اند و باد سخن می‌گوید\nما در دامن سنگ زاده شده‌ایم»',
    ]);
    expect(speakerOf(story, 'کوه‌ها خاموش‌اند')).not.toBe('کریم نادری');
  });

  it("ends a name read back from a comma at a finite verb («نداشت», «نیست»): the clause's verb names no one", () => {
    const story = ingestUnderHeadline([
      'گل‌افروز، ۴۵ ساله، که شوهرش پیش از جنگ مرد و هیچ زمینی نداشت، یکی از این زنان است. «هر شب چراغ را روشن می‌گذارم،» او گفت.',
      'شیرآقا، ۵۲ ساله، که زمینش زیر آب رفته و دیگر جای کشت نیست، یکی از آن دهقانان است. «ما از صفر شروع می‌کنیم،» او گفت.',
    ]);
    expect(speakerOf(story, 'چراغ را روشن')).toBe('گل‌افروز');
    expect(speakerOf(story, 'از صفر شروع')).toBe('شیرآقا');
  });
});
