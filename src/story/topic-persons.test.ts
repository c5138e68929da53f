import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('findTopicOpenings and findWhoRelatives', () => {
  it('takes a bare name opening a paragraph that goes on "She …"', () => {
    const story = ingestUnderHeadline([
      'Parwin Sadat, 50, keeps the shop. "Sugar is dear," she says.',
      'Mariam sells eggs at the gate. She is 31.',
      '"Hens do not care about prices," she says.',
    ]);
    expect(speakerOf(story, 'Hens do not care')).toBe('Mariam');
  });

  it('takes no place opening a paragraph', () => {
    const story = ingestUnderHeadline([
      'Parwin Sadat, 50, keeps the shop. "Sugar is dear," she says.',
      'Kunduz lies on the plain. She remembers it green.',
      '"Hens do not care about prices," she says.',
    ]);
    expect(speakerOf(story, 'Hens do not care')).toBe('Parwin Sadat');
  });
});
