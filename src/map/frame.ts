import type { AtlasStore } from '../state/store.ts';

// The maps draw the store's selection at the next animation frame, as MapLibre draws its own: a click's event
// handler stays short (the reading panel commits first), and several changes in one frame draw once.

/**
 * Follows the store's selection: `draw(id, previous)` at the next frame after it changes, with the one last
 * drawn (the caller has drawn the current one already). Returns the function that stops following.
 */
export function followSelection(
  store: AtlasStore,
  draw: (id: string | null, previous: string | null) => void,
): () => void {
  let drawn = store.getState().selected;
  let frame = 0;
  const onFrame = () => {
    frame = 0;
    const id = store.getState().selected;
    if (id === drawn) return;
    const previous = drawn;
    drawn = id;
    draw(id, previous);
  };
  const unsubscribe = store.subscribe(
    (s) => s.selected,
    () => {
      if (!frame) frame = requestAnimationFrame(onFrame);
    },
  );
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
  };
}
