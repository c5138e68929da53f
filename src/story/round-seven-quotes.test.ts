// Quotation rules of the seventh round: each test is a sentence a newsroom might write, made up for the test.
import { describe, expect, it } from 'vitest';
import { ingest, readWithCountry, speakerOf } from './test-helpers.ts';

describe('a titled surname is the person the text named in full', () => {
  it('reads "Haji Surname, now 76," as the Haji named in full earlier, even where the surname is a place', () => {
    const story = readWithCountry(
      [
        'The mill belonged to Haji Sayed Karim Wardak, a wool merchant from Pul-e-Khumri.',
        '"I paid for the stones with two years of wool," Haji Wardak, now 76, said on Monday.',
      ].join('\n\n'),
    );
    expect(speakerOf(story, 'I paid for the stones')).toBe('Haji Sayed Karim Wardak');
  });

  it('keeps the titles the full name does not bear', () => {
    const story = ingest([
      'The clinic is run by Farida Sultani, a surgeon trained in Mazar.',
      '"We see forty patients a day," Dr. Sultani, now 52, said.',
    ]);
    expect(speakerOf(story, 'We see forty')).toBe('Dr. Farida Sultani');
  });
});
