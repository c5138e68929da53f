import { describe, expect, it } from 'vitest';
import { fit } from './png.ts';

// The image's text lines: cut to the width with an ellipsis, by a handful of measurements however long.

/** A canvas stand-in: every character 7 px wide (ellipsis too), counting measurements. */
function fakeContext() {
  const ctx = {
    calls: 0,
    measureText(text: string) {
      ctx.calls++;
      return { width: [...text].length * 7 } as TextMetrics;
    },
  };
  return ctx;
}

describe('fit', () => {
  it('keeps a line that fits, measuring it once', () => {
    const ctx = fakeContext();
    expect(fit(ctx, 'Floods in Kunduz', 200)).toBe('Floods in Kunduz');
    expect(ctx.calls).toBe(1);
  });

  it('cuts to the longest start that fits with its ellipsis', () => {
    const ctx = fakeContext();
    // 100 px: 14 characters, the ellipsis one of them.
    expect(fit(ctx, 'Snow closes the Salang pass again', 100)).toBe('Snow closes t…');
  });

  it('cuts a 200 kB headline in a few dozen measurements, not one per character', () => {
    const ctx = fakeContext();
    const line = fit(ctx, 'Kunduz '.repeat(30_000), 600);
    expect(line.length * 7).toBeLessThanOrEqual(600);
    expect(line).toMatch(/^Kunduz Kunduz .*…$/);
    expect(ctx.calls).toBeLessThan(20);
  });
});
