import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

const known = 'Farida Sultani, a midwife, said the clinic had no power. "We work by torchlight," she said.';
const filler = 'The district has had no grid power since the spring floods. Diesel costs twice what it did.';

describe('namedJustBefore', () => {
  it("gives an unattributed quotation to the one known person of the sentence before, an owner's name too", () => {
    const story = ingestUnderHeadline([
      known,
      filler,
      filler,
      'As the light went, Farida walked us down to the road. "It drinks more than my children."',
    ]);
    expect(speakerOf(story, 'It drinks more')).toBe('Farida Sultani');
  });
  it('near miss: a pronoun of the other gender, or nobody known, leaves it', () => {
    const story = ingestUnderHeadline([
      known,
      filler,
      filler,
      'Outside Sultani\'s gate, he stopped the car. "Nobody pays for this."',
    ]);
    expect(speakerOf(story, 'Nobody pays')).not.toBe('Farida Sultani');
  });
});
