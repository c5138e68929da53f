import { describe, expect, it } from 'vitest';
import { attributiveName } from './speakers.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// A surname between "the" and a common noun ("the Kohistani storeroom", "the Rahimi orchard") names the family's
// or the firm's thing: it is no mention of the person, so a "he" after it still means whoever was named before.

describe('a name used as a modifier ("the Rahimi orchard") is no mention of the person', () => {
  it('"Name, 47, loaded sacks from the Surname storeroom. … "…," he said": the man with the donkeys speaks', () => {
    const story = ingestUnderHeadline([
      'Abdul Basir Kohistani runs a flour store in the old bazaar. "Flour sells faster than rice," he said.',
      'Before sunrise Gul Mohammad, 51, loaded nine sacks from the Kohistani storeroom onto his mules. He would be on the path for two days.',
      '"The mules know the way better than I do," he said.',
    ]);
    expect(speakerOf(story, 'mules know the way')).toBe('Gul Mohammad');
  });

  it('"… picked apricots in the Rahimi orchard." then "she said": the picker, not the orchard\'s owner (a woman too)', () => {
    const story = ingestUnderHeadline([
      'Bibi Gulalai Rahimi owns forty trees above the river. "The frost took half of them," she said.',
      'Sabira, 30, spent the week with her two sisters picking apricots in the Rahimi orchard. "We are paid by the crate, not by the day," she said.',
    ]);
    expect(speakerOf(story, 'paid by the crate')).toBe('Sabira');
  });

  it('near miss: the bare surname, or one before a speech verb, is still the person', () => {
    expect(attributiveName('from the Kohistani storeroom', 9, 18)).toBe(true);
    expect(attributiveName('Kohistani locked the door', 0, 9)).toBe(false);
    expect(attributiveName('as the Kohistani said', 7, 16)).toBe(false);
    const story = ingestUnderHeadline([
      'Gul Mohammad, 51, loaded nine sacks onto his mules.',
      'Abdul Basir Kohistani watched from the door of the store. "Two days, if it does not snow," he said.',
    ]);
    expect(speakerOf(story, 'if it does not snow')).toBe('Abdul Basir Kohistani');
  });
});
