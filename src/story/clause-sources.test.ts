import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

// An anonymous source may open the second clause of a sentence, after ", but" or ", and": "The owner was away,
// but a cook who has worked there for years remembers the night." The source is introduced as at a sentence's
// start, and "the cook said" after it is that source.

describe('an anonymous source opening a coordinate clause', () => {
  it('", but a cook who … remembers it" then "the cook said"', () => {
    const story = ingestUnderHeadline([
      'The owner had gone to Mazar for the wedding, but a cook who has worked in the kitchen for eleven years remembers the night of the fire. "The smoke came under the door before the alarm did," the cook said.',
    ]);
    expect(speakerOf(story, 'The smoke came')).toBe('A cook');
  });

  it('", and a guard at the gate who …" then a quotation with "the guard said"', () => {
    const story = ingestUnderHeadline([
      'The depot was locked by noon, and a guard at the gate who would not give his name watched the lorries leave. "They took the flour first and the blankets last," the guard said.',
    ]);
    expect(speakerOf(story, 'flour first')).toBe('A guard at the gate');
  });

  it('near miss: ", and a week later …" introduces no one', () => {
    const story = ingestUnderHeadline([
      'The bridge was closed in March, and a week later the ferry began to run again.',
    ]);
    expect(story.speakers.map((s) => s.name)).toEqual([]);
  });
});
