import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// Records and reports that withhold names give people by their initials, in apposition to a description:
// "The claimant, R.T., …", "One of the nurses, S. P., …". The initials are the speaker, not the description.
// (Dari prose writes no initials of this kind: the construction is English only.)

describe('people named only by initials', () => {
  it('"The claimant, R.T., …. She told the tribunal: "…"": the initials speak, not "The claimant"', () => {
    const story = ingestUnderHeadline([
      'The claimant, R.T., a seamstress from a village near the river, asked the tribunal to return her sewing machines. She told the tribunal: "The machines were mine before the marriage and they are mine now."',
    ]);
    expect(speakerOf(story, 'The machines were mine')).toBe('R.T.');
  });

  it('a witness given by initials and a long appositive, then a colon, is the speaker of the quotation', () => {
    const story = ingestUnderHeadline([
      'The fourth witness, K. D., son of L. D., a miller who has worked the lower canal for twenty years, declared: "The sluice was opened at dawn and closed before noon, as every spring."',
    ]);
    expect(speakerOf(story, 'The sluice was opened')).toBe('K. D.');
  });

  it('"His testimony reads: "…"" after a witness by initials is that witness\'s', () => {
    const story = ingestUnderHeadline([
      'A neighbour, F.J., recalled that the gate was locked that night. His testimony reads: "I heard the lorry at midnight and saw two men carrying sacks to it."',
    ]);
    expect(speakerOf(story, 'I heard the lorry')).toBe('F.J.');
  });

  it('near miss: initials of a body ("The donor, U.S.") or before a capitalised word make no person', () => {
    const story = ingestUnderHeadline([
      'The largest shareholder, U.S. Steel, said in a filing: "We will keep the plant open through the winter."',
      'The agency, U.N., was not named in the report.',
    ]);
    const names = story.speakers.map((s) => s.name);
    expect(names).not.toContain('U.S.');
    expect(names).not.toContain('U.N.');
  });
});
