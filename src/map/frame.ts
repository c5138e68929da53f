import type { AtlasStore } from '../state/store.ts';

// The maps draw the store's state at the next animation frame, as MapLibre draws its own: a click's event
// handler stays short (the reading panel commits first), and several changes in one frame draw once.

export interface FrameTask {
  /** Asks for one run at the next frame; further asks before it runs are the same run. */
  schedule(): void;
  cancel(): void;
}

export function perFrame(draw: () => void): FrameTask {
  let frame = 0;
  return {
    schedule() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

/**
 * Follows the store's selection: `draw(id, previous)` at the next frame after it changes, with the one last
 * drawn (the caller has drawn the current one already). Returns the function that stops following.
 */
export function followSelection(
  store: AtlasStore,
  draw: (id: string | null, previous: string | null) => void,
): () => void {
  let drawn = store.getState().selected;
  const frame = perFrame(() => {
    const id = store.getState().selected;
    if (id === drawn) return;
    const previous = drawn;
    drawn = id;
    draw(id, previous);
  });
  const unsubscribe = store.subscribe((s) => s.selected, frame.schedule);
  return () => {
    unsubscribe();
    frame.cancel();
  };
}
