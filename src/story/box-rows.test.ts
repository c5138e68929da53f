import { describe, expect, it } from 'vitest';
import { isFigureRow, isRowUnderLabel } from './box-rows.ts';

describe('isFigureRow', () => {
  it('reads a scorecard row and a results row', () => {
    expect(isFigureRow('Badakhshan 162-6 (20 ov): Sher Khan Safi 71 (49)')).toBe(true);
    expect(isFigureRow('Kunduz 2 (Rahimi 14, Noori 77) Takhar 1')).toBe(true);
  });
  it('near miss: a subhead with a figure or two', () => {
    expect(isFigureRow('Kunduz beat Takhar 2-1')).toBe(false);
    expect(isFigureRow('Why 40 families left Archi')).toBe(false);
  });
});

describe('isRowUnderLabel', () => {
  it('needs a short label above it in its block', () => {
    expect(isRowUnderLabel('Badakhshan 162-6 (20 ov)', 4, { block: 4, text: 'SCORECARD' })).toBe(true);
    expect(isRowUnderLabel('Badakhshan 162-6 (20 ov)', 4, { block: 3, text: 'SCORECARD' })).toBe(false);
  });
  it('near miss: an issue line under a line of prose', () => {
    expect(
      isRowUnderLabel('MARKET PULSE NORTH — Issue 112 — Friday, 27 November 2026', 2, {
        block: 2,
        text: 'View this email in your browser',
      }),
    ).toBe(false);
  });
});
