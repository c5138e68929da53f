import { describe, expect, it } from 'vitest';
import { isCommentDateLine, isDatedCommentHead } from './dari-chrome.ts';
import { ingest, placesOf } from './test-helpers.ts';

describe('a Dari comment box: a count of «دیدگاه» over comments whose dates stand on their own lines', () => {
  it('knows a comment’s date alone, with or without its time, and not a sentence with a date', () => {
    expect(isCommentDateLine('۱۲ جوزا ۱۴۰۵، ۰۹:۴۰')).toBe(true);
    expect(isCommentDateLine('۳ سرطان ۱۴۰۵')).toBe(true);
    expect(isCommentDateLine('بازار در ۳ سرطان ۱۴۰۵ باز شد')).toBe(false);
  });

  it('links no place of the comments under the box’s head, and the story’s places above it', () => {
    const story = ingest([
      'سرک تالقان دوباره باز شد',
      'سرک کندز پس از دو روز بسته‌ماندن به روی موترها باز شد.',
      '۲ دیدگاه',
      'احمد – کندز\n۱۲ جوزا ۱۴۰۵، ۰۹:۴۰\nسرک کندز هنوز هم خراب است، لطفاً گزارش کنید.\nپاسخ',
      'زهرا – تالقان\n۱۲ جوزا ۱۴۰۵، ۱۱:۰۵\nتشکر از گزارش شما.\nپاسخ',
    ]);
    expect(placesOf(story)).toHaveLength(1);
  });

  it('keeps a story whose paragraph merely counts opinions', () => {
    const story = ingest([
      'سرک تالقان دوباره باز شد',
      'سرک کندز پس از دو روز باز شد.',
      '۲ دیدگاه',
      'دو دیدگاه در شورای ولایتی کندز دربارهٔ این سرک وجود دارد.',
    ]);
    expect(placesOf(story)).toHaveLength(2);
  });
});

describe('a fundraiser’s donors’ notes are a comment box', () => {
  it('links no place in the notes under "Words of support", and the organiser’s story above them', () => {
    const story = ingest([
      'New well for a village school',
      'The pupils walk to the river for water. We want to dig a well beside the school in Taloqan this spring.',
      'Words of support (12)',
      'Nadia K. · €25 · 4 d\nGreetings from a nurse who grew up in Kunduz. Dig deep!',
      'Anonymous · €10 · 2 mo\nFaizabad sends its love.',
    ]);
    expect(placesOf(story).map(([, id]) => id)).toEqual(['AF1801']);
  });
});

describe('a Dari comment’s head: the writer, perhaps their town, a dash and the date with its time after a comma', () => {
  it('knows the head with its town and its time, and not a sentence with a dash and a date', () => {
    expect(isDatedCommentHead('نوید از کشم – ۲ دلو ۱۴۰۵، ۰۹:۱۵')).toBe(true);
    expect(isDatedCommentHead('مهمان — ۳ جوزا ۱۴۰۵ ساعت ۱۰:۲۰')).toBe(true);
    expect(isDatedCommentHead('بازار کشم در ماه گذشته دو بار بسته شد – ۲ دلو ۱۴۰۵، ۰۹:۱۵')).toBe(false);
  });

  it('links no place of the comments under «دیدگاه‌ها (n)» whose heads name a town', () => {
    const story = ingest([
      'نرخ آرد در کندز بالا رفت',
      'نانوایان کندز می‌گویند نرخ آرد در یک هفته دو بار بالا رفته است.',
      'دیدگاه‌ها (۲)',
      'نوید از تالقان – ۲ دلو ۱۴۰۵، ۰۹:۱۵\nدر تالقان هم آرد گران شده و مردم نان کمتر می‌خرند.',
      'سیما از تالقان – ۲ دلو ۱۴۰۵، ۱۱:۴۰\nنانوایی‌های تالقان هم نان را کوچک کرده‌اند.',
    ]);
    expect(placesOf(story).map(([text]) => text)).toEqual(['کندز']);
  });
});
