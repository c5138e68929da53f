import { describe, expect, it } from 'vitest';
import { describesPerson } from './speakers.ts';
import { ingestUnderHeadline as ingest, speakerOf } from './test-helpers.ts';

describe('describesPerson: one of a group of people, in apposition to a name', () => {
  it('"One of them, Name, …" after a group: the "he" after is that person', () => {
    const story = ingest([
      'Karim Jan Wardak, the warden of the market, spoke first. "We open at dawn," he said.',
      'The porters who carry the melons sleep in the yard. One of them, Nasir Ahmad Zaki, mends his sandals by the gate. Asked about his pay, he shrugged: "Forty afghanis a load, when there is a load."',
    ]);
    expect(speakerOf(story, 'Forty afghanis a load')).toBe('Nasir Ahmad Zaki');
  });
  it('"one of the ferrymen", "one of her pupils": a plural of people', () => {
    expect(describesPerson('One of the ferrymen')).toBe(true);
    expect(describesPerson('one of her former pupils')).toBe(true);
    expect(describesPerson('One of them')).toBe(true);
  });
  it('leaves one of a group of things alone', () => {
    expect(describesPerson('One of the provinces')).toBe(false);
    expect(describesPerson('one of the oldest bridges')).toBe(false);
  });
});
