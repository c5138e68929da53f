import { describe, expect, it } from 'vitest';
import { withoutPossessive } from './possessive-names.ts';

describe('withoutPossessive', () => {
  it('reads the owner of a possessive', () => {
    expect(withoutPossessive('Eng. Popal’s')).toBe('Eng. Popal');
    expect(withoutPossessive("Dr. Warsaji's")).toBe('Dr. Warsaji');
  });

  it('near miss: a name ending in s keeps it', () => {
    expect(withoutPossessive('Abbas')).toBe('Abbas');
    expect(withoutPossessive('Idris Qais')).toBe('Idris Qais');
  });
});
