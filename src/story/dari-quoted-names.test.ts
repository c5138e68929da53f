import { describe, expect, it } from 'vitest';
import { dariSubjectAfter } from './dari-attribution.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// An attribution after a quotation may itself quote a name — a horse's, a book's, a nickname — in quotation
// marks: «…» این را Name، سوارکاری که سوار «باد سیاه» بود، گفت. The quoted name neither ends the clause nor hides
// its speaker.

describe('a quoted name inside a Dari attribution after the quotation', () => {
  it('«…» این را Name، … «horse» …، گفت: Name, not the last speaker before', () => {
    const story = ingestUnderHeadline([
      'حاجی کریم گفت: «مسابقهٔ امسال از هر سال بهتر بود.»',
      '«اسپ خودش راه را می‌دانست و من فقط بز را محکم گرفتم.» این را نجیب‌الله رحیمی، سوارکار جوان که سوار «باد سیاه» بود، پس از بازی گفت.',
    ]);
    expect(speakerOf(story, 'اسپ خودش راه')).toBe('نجیب‌الله رحیمی');
  });

  it('«…»، Name که کتاب «…» را نوشته است، افزود: a book named in the relative clause', () => {
    const story = ingestUnderHeadline([
      '«هر قریه قصهٔ خود را دارد و هیچ دو قصه یکسان نیست.» این را سیما احمدی که کتاب «قصه‌های کوکچه» را نوشته است، در محفل افزود.',
    ]);
    expect(speakerOf(story, 'هر قریه قصهٔ')).toBe('سیما احمدی');
  });

  it('near miss: short words in quotation marks right before the verb are what was said, never a name', () => {
    const text = '«نخست.» مردم «زنده باد» گفتند و کریم دست تکان داد.';
    expect(dariSubjectAfter(text, text.indexOf('»') + 1)).toBeNull();
  });
});
