// The pin map's crosshair moves by screen pixels, so a step is the same on screen at every zoom.

/** One arrow key press moves the crosshair this far (px); with Shift, AIM_FAST_PX. */
export const AIM_STEP_PX = 4;
export const AIM_FAST_PX = 40;

const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** The crosshair's move in screen pixels (x right, y down) for a key, or null when the key does not move it. */
export function aimStep(key: string, fast: boolean): [number, number] | null {
  const d = DIRECTIONS[key];
  if (!d) return null;
  const px = fast ? AIM_FAST_PX : AIM_STEP_PX;
  return [d[0] * px, d[1] * px];
}
