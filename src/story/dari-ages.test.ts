import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';
import { dariSubjectAfter } from './dari-attribution.ts';

// A feature introduces its people by their age: in words ("شصت و دو سال دارد"), in commas after the name
// ("گلنار، شصت و دو ساله، …") or right after it ("نجیب‌الله ۲۳ ساله، …"). The age is never the name, and a
// sentence opening on a time word and an age ("حالا …") has dropped its subject.

describe('Dari people introduced by an age in words', () => {
  it('"Name هشتاد و یک سال دارد" introduces the person a later "او" means', () => {
    const story = ingestUnderHeadline([
      'حاجی نورالدین هشتاد و یک سال دارد و هر روز تا دروازهٔ کاروانسرای کهنه قدم می‌زند.',
      '«آن وقت‌ها هر شب ده قافله در این حویلی بار می‌انداخت،» او می‌گوید.',
    ]);
    expect(speakerOf(story, 'ده قافله')).toBe('حاجی نورالدین');
  });

  it('"Name، شصت و دو ساله، role" gives the name, not the age, its description', () => {
    const story = ingestUnderHeadline([
      'گلنار، شصت و دو ساله، بیوهٔ یک نانوای قدیمی است.',
      '«تنور ما پیش از آفتاب گرم می‌شد و تا نیمه‌شب سرد نمی‌شد.» گلنار این را با لبخند می‌گوید.',
    ]);
    expect(speakerOf(story, 'تنور ما')).toBe('گلنار');
    expect(story.speakers.map((s) => s.name)).not.toContain('دو ساله');
  });

  it('"Name، سی و یک ساله، …" with no role after still names the one quoted next', () => {
    const story = ingestUnderHeadline([
      'نسیمه، سی و یک ساله، در کنار سرک چای و کیک می‌فروشد. «مشتری‌های صبح راننده‌ها هستند، نه مسافرها.»',
    ]);
    expect(speakerOf(story, 'مشتری‌های صبح')).toBe('نسیمه');
  });

  it('a name with its age and no comma between ("Name ۲۳ ساله،") keeps the name', () => {
    const story = ingestUnderHeadline([
      'یکی از برنده‌ها، نجیب‌الله صدیقی ۲۳ ساله، باشندهٔ یک قریهٔ کوهستانی است.',
      '«مادرم تمام شب دعا کرده بود،» او گفت.',
    ]);
    expect(speakerOf(story, 'مادرم تمام')).toBe('نجیب‌الله صدیقی');
  });

  it('near miss: a trade before the age ("نانوای پنجاه ساله،") is no name', () => {
    const story = ingestUnderHeadline([
      'استاد کریم، نانوای پنجاه ساله، از سحر کار می‌کند.',
      '«خمیر را شب پیش آماده می‌کنیم،» او می‌گوید.',
    ]);
    const names = story.speakers.map((s) => s.name);
    expect(names).not.toContain('پنجاه ساله');
    expect(names).not.toContain('نانوای');
  });

  it('near miss: "حالا هفتاد سال دارد" opens on a time word: its subject is dropped, not "حالا"', () => {
    const story = ingestUnderHeadline([
      'دیروز به دیدن استاد رحمت‌الله رفتم. حالا هفتاد سال دارد و در خانهٔ پسرش زندگی می‌کند.',
      'بعد گفت: «دست‌های من هنوز بوی روغن ماشین می‌دهد.»',
    ]);
    expect(story.speakers.map((s) => s.name)).not.toContain('حالا');
    expect(speakerOf(story, 'روغن ماشین')).toBe('استاد رحمت‌الله');
  });
});

describe('Dari: a verb prefix is never a subject', () => {
  it('"آن را «…» می‌گفتند" leaves no subject "می‌" after the quotation', () => {
    const t = 'دهقانان آن جوی را «جوی پادشاهی» می‌گفتند.';
    expect(dariSubjectAfter(t, t.indexOf('»') + 1)).toBeNull();
  });

  it('still reads a whole verb after the quotation: "«…» او گفت."', () => {
    const t = '«فردا باران می‌آید» او گفت.';
    expect(dariSubjectAfter(t, t.indexOf('»') + 1)?.pronoun).toBe(true);
  });
});
