import { describe, expect, it } from 'vitest';
import { isPosterDateHead } from './comment-heads.ts';

describe('isPosterDateHead', () => {
  it.each([
    'Mirwais_T • 3 Dec 2026',
    'Nilofar from Mazar · December 3, 2026',
    'Sabir K. | 04/12/2026 14:05',
    'Rostam1990 – 4 Dec 2026 at 9:12 pm',
    '@gul_bano • 2026-12-04',
  ])('reads %s as a comment head', (line) => {
    expect(isPosterDateHead(line)).toBe(true);
  });

  it.each([
    // A sentence with a date in it is no head.
    'The road to Warsaj closed again on 3 Dec 2026.',
    'Trucks were weighed in Keshem • the scales broke on 3 Dec 2026',
    // A date without a poster, a poster without a date.
    '3 Dec 2026',
    'Mirwais_T • 2 replies',
    'Home | News | Provinces',
  ])('does not read %s as a comment head', (line) => {
    expect(isPosterDateHead(line)).toBe(false);
  });
});
