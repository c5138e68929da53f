import { describe, expect, it } from 'vitest';
import { nameForms } from './fullest-names.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('speakersAtFullest: a person named shorter in one place and fuller in another is named at the fullest', () => {
  it('gives a Dari quotation under «حاجی X» to the «حاجی محمدX» the text describes', () => {
    const story = ingestUnderHeadline([
      'در دکان حاجی نبی',
      'حاجی محمدنبی، پیرمردی هفتادساله با دستار خاکستری، چهل سال است که در این گذر نان می‌پزد.',
      '«در قحطی سال‌های پیش هم تنور ما خاموش نشد،» حاجی نبی گفت.',
    ]);
    expect(speakerOf(story, 'تنور ما خاموش نشد')).toBe('حاجی محمدنبی');
    expect(story.speakers.map((s) => s.name)).not.toContain('حاجی نبی');
  });

  it('does so whichever comes first, and in English', () => {
    const dari = ingestUnderHeadline([
      'کاروان نزدیک ظهر به پل رسید.',
      '«پارسال آب پل را برد و ما یک ماه منتظر ماندیم،» حاجی رسول گفت.',
      'حاجی غلامرسول، دهقانی از قریهٔ پایین، زمینش را در همان سیلاب از دست داد.',
    ]);
    expect(speakerOf(dari, 'پارسال آب پل')).toBe('حاجی غلامرسول');
    const english = ingestUnderHeadline([
      'The convoy reached the ferry before dark.',
      '"The river took the old landing in one night," Haji Karim said.',
      'Haji Mohammad Karim, a boatman of sixty, has worked the crossing since he was a boy.',
    ]);
    expect(speakerOf(english, 'took the old landing')).toBe('Haji Mohammad Karim');
  });

  it('leaves a bare surname two people of the text share to neither fuller name', () => {
    const story = ingestUnderHeadline([
      'Gul Ahmad Sharifi, a teacher, and Wahid Sharifi, a tailor, are cousins who share a shop.',
      '"Nobody buys cloth in a drought," Sharifi said.',
    ]);
    const who = speakerOf(story, 'Nobody buys cloth');
    expect(who).not.toBe('Wahid Sharifi');
  });

  it('reads the second half of a joined Dari name as a form of it, never a stub', () => {
    expect([...nameForms('حاجی محمدصادق')]).toHaveLength(2);
    expect([...nameForms('محمدعلی')]).toHaveLength(2);
    expect([...nameForms('محمدی')]).toHaveLength(1);
  });

  it('gives the speaker the title a later attribution uses ("Dr. Name" for "Name")', () => {
    const story = ingestUnderHeadline([
      'The ward is run by Shabnam Yusufi, a surgeon trained in Herat.',
      '"We operate by torchlight when the generator fails," Dr. Yusufi said.',
    ]);
    expect(speakerOf(story, 'operate by torchlight')).toBe('Dr. Shabnam Yusufi');
  });
});
