import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, readWithCountry, speakerOf } from './test-helpers.ts';

// "Name was nineteen and in her second year …": an age joined by "and" to what else the sentence says of the
// person introduces them as a clause-final age does; Dari says it as "Name نوزده سال داشت و …".

describe('an age joined by "and" introduces a person', () => {
  it('English: "Name was twenty-three and …" (a given name a district shares), then "she says" paragraphs on', () => {
    const story = readWithCountry(
      [
        'Headline',
        '"We closed without a word of warning," said Parwin Azimi, the director of the nursing school.',
        'Nahrin Sadeqi was twenty-three and halfway through her nursing course when the school shut its gates.',
        'The winter after, she taught her cousins at home.',
        '"I keep the lecture notes in a tin box under the bed," she says.',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'lecture notes')).toBe('Nahrin Sadeqi');
  });

  it('Dari: "Name بیست و سه سال داشت و …", then "او می‌گوید"', () => {
    const story = ingestUnderHeadline([
      'شکریه رحیم‌زاده بیست و سه سال داشت و نیمی از دورهٔ نرسنگ را خوانده بود که دروازهٔ مکتب بسته شد.',
      '«یادداشت‌های درس را در یک قطی زیر بستر نگه می‌دارم،» او می‌گوید.',
    ]);
    expect(speakerOf(story, 'یادداشت‌های درس')).toBe('شکریه رحیم‌زاده');
  });

  it('near miss: "was twenty and …" after a thing is no person ("The bridge was twenty and more years old")', () => {
    const story = ingestUnderHeadline([
      'The Old Bridge was seventy and falling apart by the time the new one opened.',
      '"Nobody crossed it after dark," the ferryman said.',
    ]);
    expect(story.speakers.map((s) => s.name)).not.toContain('The Old Bridge');
  });
});
