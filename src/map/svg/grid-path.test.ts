import { describe, expect, it } from 'vitest';
import { GridPath } from './grid-path.ts';

describe('a light path', () => {
  it('snaps to the grid, drops points that fall together, and writes each step relative to the last', () => {
    const p = new GridPath(8);
    p.moveTo(81, 79); // → (80, 80)
    p.lineTo(83, 81); // the same grid point: dropped
    p.lineTo(97, 80); // → (96, 80)
    p.lineTo(96, 63); // → (96, 64)
    p.closePath();
    p.moveTo(0, 0);
    p.lineTo(-8, 8);
    expect(p.toString()).toBe('m80 80l16 0 0-16zm-80-80l-8 8');
  });
});
