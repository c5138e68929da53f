import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches.ts';

// matchesOf must give exactly what String.prototype.matchAll gives, on any pattern and text.
const same = (pattern: RegExp, text: string) => {
  const theirs = [...text.matchAll(pattern)].map((m) => [m.index, [...m], m.groups]);
  const ours = [...matchesOf(pattern, text)].map((m) => [m.index, [...m], m.groups]);
  expect(ours).toEqual(theirs);
};

describe('every match of a global pattern', () => {
  it('is what matchAll gives: groups, named groups, overlapping starts', () => {
    same(/(?<first>\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+)/gu, 'Nadia Karimi met Omid Haidari in Faizabad.');
    same(/\b(?:said|told)\s+(\w+)/g, 'He said nothing; she told Rahim; they said so.');
    same(/ا(?<tail>\p{L})/gu, 'زمستان امسال در بدخشان سخت است');
  });

  it('steps past a zero-length match by one character, by one code point under the u flag', () => {
    same(/(?=a)|b*/g, 'abba cab');
    same(/\p{L}*/gu, '😀a😀bc');
    same(/x*/g, '😀😀');
  });

  it('starts at the pattern’s lastIndex and leaves it as it was, as matchAll does', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    same(pattern, '12 345 6789');
    expect(pattern.lastIndex).toBe(3);
    // The same pattern used inside the loop does not move the loop on.
    pattern.lastIndex = 0;
    const seen: string[] = [];
    for (const m of matchesOf(pattern, '1 22 333')) {
      seen.push(m[0]);
      pattern.test('9999');
    }
    expect(seen).toEqual(['1', '22', '333']);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => [...matchesOf(/a/, 'aaa')]).toThrow(TypeError);
    expect(() => [...'aaa'.matchAll(/a/)]).toThrow(TypeError);
  });
});
