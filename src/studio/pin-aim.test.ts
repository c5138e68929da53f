import { describe, expect, it } from 'vitest';
import { AIM_FAST_PX, AIM_STEP_PX, aimStep } from './pin-aim.ts';

describe('aimStep', () => {
  it('moves the crosshair by screen pixels, north up, further with Shift', () => {
    expect(aimStep('ArrowUp', false)).toEqual([0, -AIM_STEP_PX]);
    expect(aimStep('ArrowDown', false)).toEqual([0, AIM_STEP_PX]);
    expect(aimStep('ArrowLeft', true)).toEqual([-AIM_FAST_PX, 0]);
    expect(aimStep('ArrowRight', false)).toEqual([AIM_STEP_PX, 0]);
  });

  it('leaves other keys to the page', () => {
    expect(aimStep('Enter', false)).toBeNull();
    expect(aimStep('a', false)).toBeNull();
  });
});
