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
