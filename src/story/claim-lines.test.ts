import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

const read = (...paras: string[]) =>
  readWithCountry(['Headline', 'A post went round the north.', ...paras].join('\n\n'));

describe('claimSource', () => {
  it('gives a claim line to the page after its dash', () => {
    const story = read(
      'Claim: "Schools in Rostaq close for a week." — Facebook page "Rostaq Today", 3 March',
    );
    expect(speakerOf(story, 'Schools in Rostaq close')).toBe('Rostaq Today');
  });
  it('gives a claim line to an account named bare after its platform', () => {
    const story = read(
      'The claim: "Fuel will cost 90 afghanis from Saturday." — X account Kunduz Fuel Watch (deleted)',
    );
    expect(speakerOf(story, 'Fuel will cost')).toBe('Kunduz Fuel Watch');
  });
  it('near miss: a quotation with a signature but no claim label is left to the other rules', () => {
    const story = read(
      'He repeated: "Schools in Rostaq close for a week." — Facebook page "Rostaq Today", 3 March',
    );
    expect(speakerOf(story, 'Schools in Rostaq close')).not.toBe('Rostaq Today');
  });
});
