import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quotes.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('findQuoteSpans: straight quotation marks inside guillemets', () => {
  it('reads them as a quotation inside the outer one, which runs on to its closing guillemet', () => {
    const text = 'مسافر گفت: «وقتی به پل رسیدیم، رهنما گفت: "همین‌جا بمانید." ما تا صبح ماندیم.»';
    const [outer, ...rest] = findQuoteSpans(text);
    expect(rest).toHaveLength(0);
    expect(text.slice(outer?.start, outer?.end)).toContain('تا صبح ماندیم');
    const inner = outer?.inner?.[0];
    expect(text.slice(inner?.start, inner?.end)).toBe('همین‌جا بمانید.');
  });

  it('keeps a straight mark that no closing guillemet follows as the closer, as before', () => {
    const text = 'او گفت: «راه بسته است" و رفت.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.inner).toBeUndefined();
  });
});

describe('splitNestedQuotations: the inner words are the one the teller names', () => {
  it('gives the outer words to the teller and the inner ones to whom the teller quotes', () => {
    const story = ingestUnderHeadline([
      'عبدالرشید، موتروان ۴۰ ساله، از سفرش به هرات قصه می‌کند.',
      '«از تونل که گذشتیم، پولیس راه گفت: "امشب هیچ موتری پایین نمی‌رود، برف زیاد است." ما تا صبح در موتر نشستیم،» عبدالرشید می‌گوید.',
    ]);
    expect(speakerOf(story, 'تا صبح در موتر')).toContain('عبدالرشید');
    expect(speakerOf(story, 'از تونل که گذشتیم')).toContain('عبدالرشید');
    expect(speakerOf(story, 'امشب هیچ موتری')).toBe('پولیس راه');
  });

  it('reads "my father" in the teller’s words as the teller’s father', () => {
    const story = ingestUnderHeadline([
      'گل‌افروز، دانشجوی ۲۰ ساله، از روزی می‌گوید که خانواده‌اش کوچ کرد.',
      '«وقتی خانه را ترک می‌کردیم، پدرم گفت: "کلید را نگه دار، باز می‌گردیم." هنوز آن کلید با من است،» گل‌افروز می‌گوید.',
    ]);
    expect(speakerOf(story, 'کلید را نگه دار')).toBe('پدر گل‌افروز');
    expect(speakerOf(story, 'هنوز آن کلید')).toContain('گل‌افروز');
  });

  it('leaves a word or two in straight marks, with no colon before them, inside the outer quotation', () => {
    const story = ingestUnderHeadline([
      'نسرین، معلم ۳۰ ساله، از سال‌های مهاجرت می‌گوید.',
      '«در آن شهر همسایه‌ها مرا "کابلی" صدا می‌کردند، هرچند هرگز کابل را ندیده بودم،» نسرین می‌گوید.',
    ]);
    expect(speakerOf(story, 'کابل را ندیده بودم')).toContain('نسرین');
    expect(story.quotes.filter((q) => q.text.includes('کابلی'))).toHaveLength(1);
  });
});
