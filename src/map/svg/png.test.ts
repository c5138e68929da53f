import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText } from './png.ts';

/** Measurements after which a cut is called runaway: the old one-by-one trim stops here, not minutes later. */
const RUNAWAY_CALLS = 1000;

/** A canvas's measureText as the image uses it, in a made-up font: wide capitals, narrow "i", counted. */
function font() {
  const counted = { calls: 0, chars: 0 };
  const glyph = (c: string) => (c === 'i' ? 3 : c === c.toUpperCase() && c !== c.toLowerCase() ? 12 : 8);
  const measure = (s: string) => {
    counted.calls += 1;
    if (counted.calls > RUNAWAY_CALLS) throw new Error(`over ${RUNAWAY_CALLS} measurements`);
    counted.chars += s.length;
    let w = 0;
    for (const c of s) w += glyph(c);
    return w;
  };
  return { measure, counted };
}

/** What the image did before: drop one character per measurement until the line fits. */
function oneByOne(measure: (s: string) => number, text: string, width: number): string {
  if (measure(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

describe('fitText (the headline of "Download image")', () => {
  it('keeps a line that fits and cuts one that does not, with an ellipsis', () => {
    const { measure } = font();
    expect(fitText(measure, 'Floods in Kunduz', 400)).toBe('Floods in Kunduz');
    const cut = fitText(measure, 'Floods in Kunduz close the road to Khanabad for a week', 200);
    expect(cut).toMatch(/^Floods in Kunduz.*…$/);
    expect(measure(cut)).toBeLessThanOrEqual(200);
  });

  it('cuts a 200 kB headline with a few short measurements, not one per character', () => {
    const { measure, counted } = font();
    const title = 'Roads reopen across the north after the snow. '.repeat(4400);
    expect(title.length).toBeGreaterThan(200_000);
    const width = 1252;
    const cut = fitText(measure, title, width);
    expect(cut).toBe(oneByOne(font().measure, title.slice(0, 400), width));
    expect(counted.calls).toBeLessThanOrEqual(16);
    // Every measured string is at most what the line could show: nothing proportional to the headline.
    expect(counted.chars).toBeLessThan(16 * (width + 2));
  });

  it('finds the same cut as trimming one character at a time', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'i', 'W', ' ', 'ž', '😀'), maxLength: 120 }),
        fc.integer({ min: 1, max: 500 }),
        (text, width) => {
          const { measure } = font();
          const got = fitText(measure, text, width);
          const want = oneByOne(measure, text, width);
          // One step back off a split emoji is the only difference allowed: it never leaves half of one.
          expect([want, `${want.slice(0, -2).trimEnd()}…`]).toContain(got);
          expect(got).not.toMatch(/[\uD800-\uDBFF]…$/);
        },
      ),
    );
  });
});
