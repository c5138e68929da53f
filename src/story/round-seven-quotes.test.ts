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

describe('a relative named without commas before a speech verb', () => {
  it('makes "His daughter Name said …" a speaker whom a later "she said" means', () => {
    const story = ingest([
      'Abdul Samad Noori, a teacher in Rostaq for forty years, died on Friday. His daughter Marzia said he had been ill since spring.',
      'The school closed for a day in his honour.',
      'Marzia, who now teaches in the same room, said he never raised his voice. "He marked our books by lamplight," she said.',
    ]);
    expect(speakerOf(story, 'He marked our books')).toBe('Marzia');
  });
});

describe('a capitalised plural that the article also writes as a common noun', () => {
  it('is no person a later "he said" can mean', () => {
    const story = ingest([
      'His nephew Farhad said the shop opened in 1992. "He sold cloth before he sold tea," he said.',
      'Reporters came from Kabul once, he said, but "he would not sit for a photograph." One reporter waited a week.',
    ]);
    expect(speakerOf(story, 'he would not sit')).toBe('Farhad');
  });
});

describe('a role with a possessive before it, then the name, after the verb', () => {
  it('reads "said the school\'s principal, Name" as the named person', () => {
    const story = ingest([
      'The girls’ school in Taloqan reopened its upper floor on Saturday.',
      '"The roof no longer leaks onto the desks," said the school’s principal, Mawlawi Sayed Rahim Hashimi.',
    ]);
    expect(speakerOf(story, 'The roof no longer leaks')).toBe('Mawlawi Sayed Rahim Hashimi');
  });
});

describe('a sentence that opens on "According to" its source', () => {
  it('gives the words it quotes to the body named, its name joined by "and"', () => {
    const story = ingest([
      'Wheat prices in the north rose again in October.',
      'According to the Office for Food and Rural Supply, stocks in the province will last "no more than six weeks" at this rate.',
    ]);
    expect(speakerOf(story, 'no more than six weeks')).toBe('Office for Food and Rural Supply');
  });

  it('reads "according to him" as the man just named', () => {
    const story = ingest([
      'Ghulam Sakhi Rezayee has kept bees above Taloqan since 1990.',
      'According to him, the hives now give "half of what they gave ten years ago" in a dry summer.',
    ]);
    expect(speakerOf(story, 'half of what they gave')).toBe('Ghulam Sakhi Rezayee');
  });
});
