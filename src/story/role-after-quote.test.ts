import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a role given after "said Name," and read back by "the <role> said"', () => {
  it('describes the speaker by a bare role closing the sentence, so "the spokesman" is the one named before', () => {
    const story = ingestUnderHeadline([
      '"The minibus slid off the road near the bridge," said Qari Nasir Wafa, spokesman for the Samangan police, speaking by phone.',
      'Two of the injured were taken to Kabul, Wafa said.',
      '"Most of the passengers were students going home for the holiday," the spokesman said.',
      'Farid Jalali, spokesman for the Balkh governor, said ambulances had been sent. "We are waiting for the lists," he said.',
    ]);
    expect(speakerOf(story, 'Most of the passengers')).toBe('Qari Nasir Wafa');
  });

  it('reads "the union head said" on to its verb, though "head" is also a verb', () => {
    const story = ingestUnderHeadline([
      '"Half of our lorries stand idle," said Abdul Hadi Sharifi, head of the truckers\' union in Samangan.',
      'Asked about the new tolls, Sharifi shook his head. "Nobody asked the drivers before they raised them," the union head said.',
    ]);
    expect(speakerOf(story, 'Nobody asked the drivers')).toBe('Abdul Hadi Sharifi');
  });

  it('near miss: a new sentence after a quotation closed by a full stop is no attribution', () => {
    const story = ingestUnderHeadline([
      'Above the door of the bakery an old line is painted in green: "Bread in the house is a guest who never leaves." The bakers say it was there before them.',
    ]);
    expect(speakerOf(story, 'Bread in the house')).toBeNull();
  });
});
