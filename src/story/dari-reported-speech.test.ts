import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

const farmer = 'گل‌احمد، دهقان چهل‌ساله از قریهٔ بالا، هر روز پیش از آفتاب به زمینش سر می‌زند.';
const teacher = 'نسیمه، معلم مکتب قریه، دوازده سال است که به دختران درس می‌دهد.';

describe('a few Dari words quoted at the end of a reported clause', () => {
  it('are the words of the one the sentence reports, after "می‌گوید که"', () => {
    const story = ingestUnderHeadline([`${farmer} او می‌گوید که شاید روزی باغ انگور بسازد؛ «اما نه حالا».`]);
    expect(speakerOf(story, 'اما نه حالا')).toBe('گل‌احمد');
  });

  it('are the words of the one "به باور …" names', () => {
    const story = ingestUnderHeadline([
      `${teacher} به باور او، درس خواندن برای دختران این قریه دیگر «یک آرزو نیست».`,
    ]);
    expect(speakerOf(story, 'یک آرزو نیست')).toBe('نسیمه');
  });

  it('stay a term when the sentence goes on after them', () => {
    const story = ingestUnderHeadline([
      `${farmer} به گفتهٔ او، این زمین‌ها «زمین‌های دولتی» خوانده شده و به دیگران داده شده است.`,
    ]);
    expect(story.quotes.some((q) => q.text.includes('زمین‌های دولتی'))).toBe(false);
  });

  it('stay a term in a sentence that reports no one', () => {
    const story = ingestUnderHeadline([
      `${farmer} زمین‌های تازه‌ای که آب پس می‌دهد، در این‌جا «زمین دریابرآمد» است.`,
    ]);
    expect(story.quotes.some((q) => q.text.includes('زمین دریابرآمد'))).toBe(false);
  });
});

describe('a Dari sentence told "according to" someone, closing on a colon', () => {
  it('introduces that person’s quotation', () => {
    const story = ingestUnderHeadline([
      'داکتر سلیمه رحیمی، متخصص صحت طفل، سال‌ها در شفاخانهٔ ولایتی کار کرده است.',
      'به گفتهٔ او، مشکل دیگری هم هست: «مادران دیر می‌آیند، چون راه قریه‌ها در زمستان بسته است.»',
    ]);
    expect(speakerOf(story, 'مادران دیر می‌آیند')).toContain('سلیمه رحیمی');
  });

  it('reads "به عقیدهٔ …" the same way', () => {
    const story = ingestUnderHeadline([
      'انجنیر فواد کریمی، کارشناس آب، بیست سال در ریاست آبیاری کار کرده است.',
      'به عقیدهٔ آقای کریمی، راه‌حل ساده است: «هر قریه باید نوبت آب خود را بنویسد و روی دیوار مسجد بچسپاند.»',
    ]);
    expect(speakerOf(story, 'هر قریه باید نوبت آب')).toBe('انجنیر فواد کریمی');
  });
});
