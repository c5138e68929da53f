import { describe, expect, it } from 'vitest';
import { endingOn, lastWordOf } from './ending-on.ts';

describe('lastWordOf', () => {
  it('reads the last word past blanks, and past commas only when asked', () => {
    expect(lastWordOf('farmers in ')).toBe('in');
    expect(lastWordOf('farmers in\t \u00A0')).toBe('in');
    expect(lastWordOf('his wife, ')).toBe('');
    expect(lastWordOf('his wife, ', true)).toBe('wife');
    expect(lastWordOf("the agency's ")).toBe('s');
    expect(lastWordOf('مسئولان محلی در ')).toBe('در');
    expect(lastWordOf('ریاست صحت عامهٔ ')).toBe('عامهٔ');
    expect(lastWordOf('')).toBe('');
    expect(lastWordOf('1990 ')).toBe('');
  });
});

describe('endingOn', () => {
  const occupant = endingOn(['in'], /\b(?:tailor|doctor)s?[ \t]+in[ \t]+$/i);
  it('reads its pattern where the text ends on a listed word, in either case when the pattern ignores case', () => {
    expect(occupant.test('a tailor in ')).toBe(true);
    expect(occupant.test('A DOCTOR IN ')).toBe(true);
    expect(occupant.exec('two doctors in ')?.[0]).toBe('doctors in ');
  });
  it('reads its pattern where the last word only ends with a listed word', () => {
    // The pattern takes its last word right after a letter: "the main " ends on "in".
    const farSide = endingOn(
      ['in', 'at'],
      /\b(?:on|along)\s+the\s+(?:Tajik|far)\s+bank(?:,(?:\s[a-z]+){1,2})?\s*(?:in|at)\s+$/u,
    );
    expect(farSide.test('Trucks along the Tajik bank, the main ')).toBe(true);
    expect(endingOn(['called'], /\b(?:called|named)\s*$/i).test('écalled ')).toBe(true);
  });
  it('is false without reading the pattern where the last word is another', () => {
    let read = 0;
    const counted = endingOn(['in'], {
      ignoreCase: false,
      test: () => ++read > 0,
      exec: () => null,
    } as unknown as RegExp);
    expect(counted.test('a tailor from ')).toBe(false);
    expect(read).toBe(0);
    expect(counted.test('a tailor in ')).toBe(true);
    expect(read).toBe(1);
  });
});
