import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A vignette: one paragraph introduces one person, the next is only their words in the first person, with no
// reporting clause (in a bilingual report, in Dari, its translation in brackets on the line below).

describe('a first-person quotation paragraph after a paragraph introducing one person', () => {
  it('English: "Name Surname, 29, returned …" then "“We …”" alone', () => {
    const story = ingestUnderHeadline([
      'Most families surveyed had come from Iran. Sadia Karimi, 29, returned from Shiraz in March with two sons.',
      '"We left the rent unpaid and the landlord kept our carpets."',
    ]);
    expect(speakerOf(story, 'landlord kept')).toBe('Sadia Karimi');
  });

  it('Dari in an English report: «…» with its translation in brackets below', () => {
    const story = ingestUnderHeadline([
      'Farid Ahmadi, 41, was sent back from Peshawar to his father’s village last winter.',
      '«در پشاور دکان داشتم؛ اینجا حتی زمین پدرم از ما نیست.»\n[In Peshawar I had a shop; here not even my father’s land is ours.]',
    ]);
    expect(speakerOf(story, 'در پشاور دکان')).toBe('Farid Ahmadi');
  });

  it('a person named first with no description, described later, is found where the description stands', () => {
    const story = ingestUnderHeadline([
      'According to Hamida Nabizada the crossing shut without warning.',
      'Rents rose all summer in the outer districts.',
      'Hamida Nabizada, 35, came back from Mashhad in May with her mother and three daughters.',
      '"We sleep in one room and cook in the yard."',
    ]);
    expect(speakerOf(story, 'cook in the yard')).toBe('Hamida Nabizada');
  });

  it('near miss: two people introduced before, or words in no first person, stay unattributed', () => {
    const story = ingestUnderHeadline([
      'Sadia Karimi, 29, and her neighbour Hamida Nabizada, 35, both came back from Shiraz in March.',
      '"We left the rent unpaid and the landlord kept our carpets."',
      'Farid Ahmadi, 41, was sent back from Peshawar last winter.',
      '"Rents in the outer districts have doubled in a year."',
    ]);
    expect(speakerOf(story, 'landlord kept')).toBeNull();
    expect(speakerOf(story, 'Rents in the outer')).toBeNull();
  });
});
