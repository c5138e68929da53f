import { describe, expect, it } from 'vitest';
import { personNotedAfter } from './person-notes.ts';

describe('personNotedAfter', () => {
  it('reads a pseudonym note, after an age or before it', () => {
    expect(personNotedAfter(' (not her real name), 27, sells eggs')).toBe(true);
    expect(personNotedAfter(', 41 (her name has been changed), teaches')).toBe(true);
    expect(personNotedAfter(' (name withheld) said')).toBe(true);
  });
  it('near miss: a description (read by personAppositiveOpening), a bracketed aside, nothing', () => {
    expect(personNotedAfter(', a district where most families grow wheat, had')).toBe(false);
    expect(personNotedAfter(' (the old name of the town) lies')).toBe(false);
    expect(personNotedAfter(' is a district')).toBe(false);
  });
});
