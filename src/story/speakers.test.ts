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

describe('roleByPredicate: "Name joined … as a role" is who "the role" is later', () => {
  it('"Name joined the mill as a young engineer in 1980. … the engineer wrote:"', () => {
    const story = ingest([
      'Karim Jan Wardak joined the sugar mill as a young engineer in 1980 and kept its logbook for twenty years.',
      'The logbook is full of small troubles. In the winter of 1984 the engineer wrote: "The boiler froze and so did the night shift."',
    ]);
    expect(speakerOf(story, 'The boiler froze')).toBe('Karim Jan Wardak');
  });
  it('"Name served as a driver for the mission" describes; "joined the protest as a sign of support" does not', () => {
    const story = ingest([
      'Nasir Ahmad Zaki joined the march as a sign of support. Gul Ahmad Sharifi served as a driver for the mission until 2001.',
    ]);
    const described = (name: string) => story.speakers.find((s) => s.name === name)?.description ?? null;
    expect(described('Gul Ahmad Sharifi')).toBe('a driver');
    expect(described('Nasir Ahmad Zaki')).toBeNull();
  });
});
