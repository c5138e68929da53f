import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches.ts';
import { AT_NAME, NAME_CHARS, nameMatchesOf } from './name-runs.ts';

const WORD = `\\p{Lu}[${NAME_CHARS}]*`;
const PATTERNS = [
  new RegExp(`${AT_NAME}(${WORD}(?:\\s+${WORD}){1,5})(?:\\s\\([^()\\n]{1,40}\\))?,\\s+`, 'gu'),
  new RegExp(`${AT_NAME}(${WORD})`, 'gu'),
];
const TEXTS = [
  'Karim Jawad, a farmer in Khanabad, says the al-Qaeda Leader Network, not Ahmad, is gone.',
  "O'Brien Smith, 40, and d'Artagnan Le Grand, a guard, spoke; McNeil-Jones Ali, nurse, left.",
  'Ünal Öztürk, a trader, met Łukasz Wójcik, a driver, at the Élysée Hotel, Paris, then left.',
  'عبدالله رحیمی، دهقان، گفت: «Sher Khan Safi, a bowler, said so.»',
  '𝐀li Khan, a test of surrogate pairs, and ’Abd Allah, a scholar, and x-Ray Unit, a lab.',
  '',
  'no names here at all, just words, commas, and more.',
];

/** A text of random pieces: words in both cases, marks, apostrophes, hyphens, Dari and astral letters. */
function randomText(seed: number): string {
  const pieces = [
    'Karim',
    'jawad',
    'al-',
    'Qaeda',
    ', ',
    ' ',
    "'",
    '’',
    '-',
    'Ali',
    'اکبری',
    '𝐀',
    '(x)',
    'a',
    '\n',
  ];
  let s = seed;
  let out = '';
  for (let i = 0; i < 60; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += pieces[s % pieces.length];
  }
  return out;
}

describe('nameMatchesOf', () => {
  it('finds what matchesOf finds, at the same places', () => {
    const texts = [...TEXTS, ...Array.from({ length: 300 }, (_, i) => randomText(i + 1))];
    for (const pattern of PATTERNS)
      for (const text of texts) {
        const slow = [...matchesOf(pattern, text)].map((m) => [m.index, m[0], m[1]]);
        const fast = [...nameMatchesOf(pattern, text)].map((m) => [m.index, m[0], m[1]]);
        expect(fast, text).toEqual(slow);
      }
  });
  it('takes only patterns that open on AT_NAME', () => {
    expect(() => [...nameMatchesOf(/\p{Lu}\w+/gu, 'Ali')]).toThrow(/AT_NAME/);
  });
});
