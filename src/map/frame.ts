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
