import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a gesture of the voice where the reporting verb stands', () => {
  it('reads "laughs Name" and "she sighed" after a quotation its comma leaves open', () => {
    const story = ingestUnderHeadline([
      'At the melon stalls',
      'The first melons reached the bazaar on Tuesday. "Cut one open before you pay, nobody minds," laughs Ghulam Haidar Saqib, who has sold fruit here since 1998.',
      'Marzia Nawabi keeps the accounts for her brothers. "Three trucks a day, and still not enough," she sighed.',
    ]);
    expect(speakerOf(story, 'Cut one open')).toBe('Ghulam Haidar Saqib');
    expect(speakerOf(story, 'Three trucks a day')).toBe('Marzia Nawabi');
  });

  it('leaves a quotation that closes its sentence alone: the gesture after a full stop is a new sentence', () => {
    const story = ingestUnderHeadline([
      'The road sign',
      'The sign at the pass reads "Drive slowly, the mountain is watching." Gul Agha Sherzai laughed at it.',
    ]);
    expect(speakerOf(story, 'Drive slowly')).toBeNull();
  });
});
