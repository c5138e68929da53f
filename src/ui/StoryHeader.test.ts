import { describe, expect, it } from 'vitest';
import { formatDate } from './StoryHeader.tsx';

describe('formatDate', () => {
  it('formats full and partial dates without inventing a day', () => {
    expect(formatDate('2010-12-01')).toBe('1 December 2010');
    expect(formatDate('2010-12')).toBe('December 2010');
    expect(formatDate('2010')).toBe('2010');
    expect(formatDate('last week')).toBe('last week');
  });
});
