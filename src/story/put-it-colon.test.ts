import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('putItColon', () => {
  it('gives the words to the subject of "put it simply:" and "sums it up:"', () => {
    const story = ingestUnderHeadline([
      'A farmer near Archi put it simply: "No water, no wheat." Officials in Kunduz said the canal would be cleaned.',
      'Mohammad Yasin Karimi, a miller, sums it up: "We grind less every year." Bakers said the same.',
    ]);
    expect(speakerOf(story, 'No water, no wheat')).toBe('A farmer near Archi');
    expect(speakerOf(story, 'We grind less')).toBe('Mohammad Yasin Karimi');
  });
  it('near miss: a colon with no "put it" leaves the words to the other rules', () => {
    const story = ingestUnderHeadline([
      'The notice on the door read: "Closed for Eid." Shopkeepers said it would open on Sunday.',
    ]);
    expect(speakerOf(story, 'Closed for Eid')).not.toBe('Shopkeepers');
  });
});
