// A click comes where the pointer already is: the hover asked the map what lies there a moment before.
// Asking the GL map again (it decodes the tiles' geometry under the point) would keep the reading panel
// waiting for an answer it already has; the answer holds until the picture under the pointer changes.

export interface HitMemo<T> {
  /** What lies at (x, y): the answer given for that very point since the picture last changed, or a new one. */
  at(x: number, y: number): T;
  /** The picture changed (the camera moved, data arrived): every answer is asked again. */
  forget(): void;
}

export function hitMemo<T>(query: (x: number, y: number) => T): HitMemo<T> {
  let last: { x: number; y: number; hits: T } | null = null;
  return {
    at(x, y) {
      if (last && last.x === x && last.y === y) return last.hits;
      const hits = query(x, y);
      last = { x, y, hits };
      return hits;
    },
    forget() {
      last = null;
    },
  };
}
