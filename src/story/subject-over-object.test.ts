import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A "he" or "she" opening the sentence after one that opens on a person means that sentence's subject, not a
// person named later inside it (an object, someone in its reported clause).

describe('a pronoun opening the next sentence means the subject before it', () => {
  it('"The petitioner, W.H., asked …, saying that Name had …. He stated: "…"" is the petitioner\'s', () => {
    const story = ingestUnderHeadline([
      'The petitioner, W.H., asked the board to reopen the well, saying that the farmer upstream, Juma Khan, had blocked the channel in spring. He stated: "Our orchard has had no water since the first week of Hamal."',
    ]);
    expect(speakerOf(story, 'Our orchard')).toBe('W.H.');
  });

  it('"The nurse, P.S., told … that Name had …. She added: "…""', () => {
    const story = ingestUnderHeadline([
      'The nurse, P.S., told the inquiry that the clinic director, Hadia Sultani, had locked the store room on Fridays. She added: "We gave the children paracetamol we bought ourselves."',
    ]);
    expect(speakerOf(story, 'paracetamol')).toBe('P.S.');
  });

  it('near miss: a sentence that opens on no person leaves the pronoun to the person last named', () => {
    const story = ingestUnderHeadline([
      'A letter sent to the board last week says that the farmer upstream, Juma Khan, had rebuilt the channel wall. He stated: "The wall was mine to mend, and I mended it."',
    ]);
    expect(speakerOf(story, 'The wall was mine')).toBe('Juma Khan');
  });
});

describe('the subject over a person named later in its sentence, across a paragraph break and a short lead', () => {
  it('gives "…," he says opening the next paragraph to the subject, not the father named after him', () => {
    const story = ingestUnderHeadline([
      'The mill hired men from three valleys. Rahim Gul Jawadi, seventy, a weaver who still lives near the river, is the son of Ghulam Nabi Jawadi, a mechanic who came from Andkhoy in 1961.',
      '"My father could tell a bad dye from the smell on the stairs," he says. "He never needed a book for it."',
    ]);
    expect(speakerOf(story, 'bad dye from the smell')).toBe('Rahim Gul Jawadi');
  });

  it('gives "the 70-year-old said" to the subject, not to the son of twenty named after him', () => {
    const story = ingestUnderHeadline([
      'Haji Sher Mohammad Wahidi, a retired baker, lost his eldest grandson, Parwiz, 20, who drove a taxi between the two towns.',
      '"I bought him that car with my savings, and I would buy it again," the 70-year-old said, holding his prayer beads.',
    ]);
    expect(speakerOf(story, 'I bought him that car')).toBe('Haji Sher Mohammad Wahidi');
  });

  it('reads past a short opening phrase of time before the pronoun', () => {
    const story = ingestUnderHeadline([
      'Sabir Naseri, 30, a rider from the hills, has won four games this winter.',
      'Haji Daud Karimi, the owner, remembers when the whole village wanted Naseri to give up racing. After the bad winter of 2019, he says, "they all told me to sell the horse and buy sheep."',
    ]);
    expect(speakerOf(story, 'sell the horse')).toBe('Haji Daud Karimi');
  });

  it('near miss: a paragraph ending on a sentence that opens on no person leaves the pronoun to the one named last', () => {
    const story = ingestUnderHeadline([
      'A letter reached the council on Monday about the dyer Ghulam Nabi Jawadi, who came from Andkhoy in 1961.',
      '"I never needed a book to mix a colour," he says.',
    ]);
    expect(speakerOf(story, 'never needed a book')).toBe('Ghulam Nabi Jawadi');
  });
});

describe('an indefinite role closing the sentence after a name describes that person', () => {
  it('lets "the trader said" find the person an object appositive called a trader', () => {
    const story = ingestUnderHeadline([
      'Sabir Naseri is the fastest rider in the valley.',
      'For eight years, Naseri has ridden for Haji Daud Karimi, a wool trader from the lower bazaar who keeps five horses.',
      'Haji Daud Karimi, told of the rumour, laughed. "He says that every spring," the trader said.',
    ]);
    expect(speakerOf(story, 'every spring')).toBe('Haji Daud Karimi');
  });
});
