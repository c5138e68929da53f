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

// Courts and privacy rules also give a person's given name and only the initial of the surname ("Jawid K.",
// "Sima T."): introduced by an age, a description or a speech verb, that name is the person from then on.
describe('people named by a given name and an initial', () => {
  it('"Name I., 29, who …, told the court" then "…," he said: the name with its initial speaks', () => {
    const story = ingestUnderHeadline([
      'The tribunal heard two of the passengers on Wednesday.',
      'Jawid K., 29, who drove a taxi in the city before he left, told the judges he had paid in cash. "I gave him everything my mother had saved," he said.',
      'Sima T., a nursing student, described the crossing. "The water came over the side twice," she said.',
    ]);
    expect(speakerOf(story, 'everything my mother had saved')).toBe('Jawid K.');
    expect(speakerOf(story, 'came over the side')).toBe('Sima T.');
  });

  it('"identified only as Name I." and a later mention before "he said"', () => {
    const story = ingestUnderHeadline([
      'The accused, a driver identified only as Wahid N. under the privacy rules, sat beside his lawyer.',
      'The lawyer spoke first for an hour. At the end Wahid N. stood up. "I never took money from a child," he said.',
    ]);
    expect(speakerOf(story, 'never took money')).toBe('Wahid N.');
  });

  it('a given name that is also a place ("Farah N., 19,") is the person, by the age after it', () => {
    const story = ingestUnderHeadline([
      'Farah N., 19, said she had been promised a seat on a bus. "There was no bus, only a lorry," she said.',
    ]);
    expect(speakerOf(story, 'only a lorry')).toBe('Farah N.');
  });

  it('near miss: a city with its district\'s initials ("Washington D.C., the …") makes no person', () => {
    const story = ingestUnderHeadline([
      'A delegation from Washington D.C., the American capital, visited the dam. "We came to listen," one of them said.',
      'The council chose Option C. The mayor said: "We start digging in April."',
    ]);
    const names = story.speakers.map((s) => s.name);
    expect(names).not.toContain('Washington D.');
    expect(names).not.toContain('Option C.');
  });
  it('a later mention before the verb, after the quotation or opening the sentence, is the introduced person', () => {
    const story = ingestUnderHeadline([
      'Nadia R., 34, a teacher from the eastern districts, gave evidence by video on Thursday.',
      '"The school was closed for a month before anyone came," Nadia R. said.',
      'Asked about the payments, Nadia R. replied: "Every family gave what it could, some gave nothing."',
    ]);
    expect(speakerOf(story, 'closed for a month')).toBe('Nadia R.');
    expect(speakerOf(story, 'Every family gave')).toBe('Nadia R.');
  });

  it('near miss: initials of a country or a city before a name, and a middle initial, make no person of initials', () => {
    const story = ingestUnderHeadline([
      '"The shipment is still at sea," an official in the U.S. K. said on Monday.',
      '"We will wait for the report," Washington, D.C. Mohammad Karimi said.',
      '"It is a matter for the courts," George W. Bush said in an interview.',
    ]);
    const names = story.speakers.map((s) => s.name);
    expect(names).not.toContain('S. K.');
    expect(names).not.toContain('U.S. K.');
    expect(names).not.toContain('D.C.');
    expect(names).not.toContain('George W.');
  });
});
