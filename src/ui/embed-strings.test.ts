import { describe, expect, it } from 'vitest';
import { toyGeography, toyStory } from '../state/test-fixtures.ts';
import { embedDescription } from './embed-strings.ts';

describe('embed description', () => {
  it('names the story and the places it concerns most, with their counts', () => {
    const text = embedDescription(toyStory(), toyGeography());
    expect(text).toMatch(/^Map of northern Afghanistan for “.+”\. The places it concerns most: /);
    expect(text).toMatch(/Kunduz \(\d+ passages?\)/);
  });

  it('says what the map is while the data is loading', () => {
    expect(embedDescription(null, null)).toBe('Map of northern Afghanistan.');
  });
});
