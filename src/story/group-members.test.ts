import { describe, expect, it } from 'vitest';
import { lastGroupIn, memberAfter } from './group-members.ts';

describe('memberAfter', () => {
  it('reads a member of a group after the quotation, either order, across a "who" aside', () => {
    expect(memberAfter(', one of them said.')?.member).toBe('one of them');
    expect(memberAfter(', said the other, a man from Herat.')?.member).toBe('the other');
    expect(memberAfter(', one of the officials, who works at the office, said.')?.noun).toBe('officials');
  });

  it('reads no member in "one said" or a clause that is not speech', () => {
    expect(memberAfter(', one said.')).toBeNull();
    expect(memberAfter(', one of them laughed.')).toBeNull();
  });
});

describe('lastGroupIn', () => {
  it('finds the last group of people a number introduces', () => {
    expect(lastGroupIn('Two employees of the education department, speaking on condition …')?.group).toBe(
      'Two employees of the education department',
    );
    expect(lastGroupIn('It left the warehouse, the two officials said.')?.group).toBe('the two officials');
  });

  it('passes over spans of time', () => {
    expect(lastGroupIn('For two years, nobody came.')).toBeNull();
  });
});
