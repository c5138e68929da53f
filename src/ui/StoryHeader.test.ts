import { describe, expect, it } from 'vitest';
import { formatDate } from './StoryHeader.tsx';

describe('formatDate', () => {
  it('formats full and partial dates without inventing a day', () => {
    expect(formatDate('2010-12-01')).toBe('1 December 2010');
    expect(formatDate('2010-12')).toBe('December 2010');
    expect(formatDate('2010')).toBe('2010');
    expect(formatDate('last week')).toBe('last week');
    // Not a month or a day: shown as written rather than rolled into another date.
    expect(formatDate('2010-13-01')).toBe('2010-13-01');
    expect(formatDate('2010-12-32')).toBe('2010-12-32');
    expect(formatDate('2010-01-09')).toBe('9 January 2010');
  });
});
