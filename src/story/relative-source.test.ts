import { describe, expect, it } from 'vitest';
import { anonymousAfter } from './anonymous.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('an unnamed source, a relative clause without commas, then the verb', () => {
  it('reads "a guard who saw the fire told reporters" after the quotation and before it', () => {
    const story = ingestUnderHeadline([
      'Fire at the depot',
      '"The flames reached the fuel tanks before the trucks could move," a guard who saw the fire from the gate told reporters.',
      'A nurse who treated the drivers at the district clinic said: "Two of them breathed smoke for an hour."',
    ]);
    expect(speakerOf(story, 'flames reached the fuel')).toBe('A guard');
    expect(speakerOf(story, 'breathed smoke')).toBe('A nurse');
  });

  it('reads no source where the relative clause has no reporting verb after it', () => {
    expect(anonymousAfter(' is the cry of a woman who lost her son in May.', 0)).toBeNull();
    expect(anonymousAfter(', a woman who said she was his aunt.', 0)).toBeNull();
  });
});
