import { describe, expect, it } from 'vitest';
import type { QuoteDraft } from './attribution.ts';
import { nameForms, speakersAtFullest } from './fullest-names.ts';
import type { SpeakerDraft, SpeakerTable } from './speakers.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

/** The speaker a quotation of the first person ends with, over a table of just these people. */
function fullestOf(people: { id: string; name: string; description?: string }[]): string | null {
  const speakers: SpeakerDraft[] = people.map((p) => ({ description: '', gender: null, intro: null, ...p }));
  const table = {
    speakers,
    isOrganisation: () => false,
    speaker: (id: string | null) => speakers.find((s) => s.id === id),
  } as unknown as SpeakerTable;
  const draft = { speaker: speakers[0]?.id ?? null } as QuoteDraft;
  speakersAtFullest([draft], table);
  return draft.speaker;
}

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
    const ids = fullestOf([
      { id: 'short', name: 'Sharifi' },
      { id: 'teacher', name: 'Gul Ahmad Sharifi' },
      { id: 'tailor', name: 'Wahid Sharifi' },
    ]);
    expect(ids).toBe('short');
  });

  it('gives the short name to the one fuller name that holds it, unless the short one is described', () => {
    const people = [
      { id: 'short', name: 'Haji Sadiq' },
      { id: 'full', name: 'Haji Mohammad Sadiq' },
    ];
    expect(fullestOf(people)).toBe('full');
    expect(fullestOf([{ id: 'short', name: 'Haji Sadiq', description: 'a boy of twelve' }, people[1]!])).toBe(
      'short',
    );
  });

  it('leaves a person described under the short name to themselves (a boy, then a governor of a fuller name)', () => {
    const story = ingestUnderHeadline([
      'صادق، پسر دوازده‌ساله، گفت: «پدرم مریض است و دوا نداریم.»',
      'محمدصادق نوری، والی ولایت، گفت: «شفاخانه تا هفتهٔ آینده دوا می‌گیرد.»',
    ]);
    expect(speakerOf(story, 'پدرم مریض است')).not.toBe('محمدصادق نوری');
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
