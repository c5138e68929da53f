import type { Geography } from '../../state/geography.ts';
import { FLY_MS, openingCamera, scaledCamera, type Camera, type Size } from '../camera.ts';
import type { SvgScene } from './scene.ts';
import type { SvgNode } from './svg-node.ts';

// The SVG map's camera and size: where it looks, how it flies from one view to the next, and how it keeps
// its view when the box is resized — as MapLibre does, so both maps stay on one view.

export interface SvgView {
  size(): Size;
  camera(): Camera;
  /** The camera that frames a place (the whole region for none) in this box. */
  fitFor(id: string | null): Camera;
  /** Label words in the store's language, then the camera. */
  drawLabels(): void;
  /** Flies to `target` (cuts with reduced motion, or with no box to see it in). */
  flyTo(target: Camera): void;
  /** Cuts to the view of `id`. */
  jumpTo(id: string | null): void;
  /**
   * Takes the box's new size, keeping the camera's centre and zoom (a first real size frames `selected`).
   * A box measured 0 × 0 (hidden under the GL map) keeps the last real size, so print and export still get
   * the view the reader saw.
   */
  resize(next: Size, selected: string | null): void;
  stop(): void;
}

interface SvgViewOptions {
  reducedMotion: boolean;
  /** Called with each camera the map draws. */
  onCamera?: (camera: Camera, size: Size) => void;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The camera `k` of the way (0..1) from `from` to `to`. */
function between(from: Camera, to: Camera, k: number): Camera {
  return {
    zoom: from.zoom + (to.zoom - from.zoom) * k,
    center: [
      from.center[0] + (to.center[0] - from.center[0]) * k,
      from.center[1] + (to.center[1] - from.center[1]) * k,
    ],
  };
}

/**
 * The view of `scene` in a box of `size`, opening on `selected`. Taking over a prerendered map (drawn for
 * `drawnFor`) with nothing selected, the camera continues from the picture on screen (the prerendered view
 * scaled into this box), so the shapes do not move; only labels are laid out again.
 */
export function svgView<N extends SvgNode>(
  scene: SvgScene<N>,
  geo: Geography,
  open: { size: Size; selected: string | null; drawnFor: Size | null },
  options: SvgViewOptions,
): SvgView {
  let size = open.size;
  const fitFor = (id: string | null): Camera => openingCamera(geo, id, size);
  let camera: Camera =
    open.drawnFor && open.selected === null
      ? scaledCamera(openingCamera(geo, null, open.drawnFor), open.drawnFor, size)
      : fitFor(open.selected);
  let animation = 0;
  const drawCamera = () => {
    scene.drawCamera(camera, size);
    options.onCamera?.(camera, size);
  };
  // A cut ends any fly still under way: its next frame would draw over the camera cut to.
  const cut = (target: Camera) => {
    cancelAnimationFrame(animation);
    camera = target;
    drawCamera();
  };
  return {
    size: () => size,
    camera: () => camera,
    fitFor,
    drawLabels() {
      scene.drawLabels(camera, size);
      options.onCamera?.(camera, size);
    },
    flyTo(target) {
      cancelAnimationFrame(animation);
      if (options.reducedMotion || size.width === 0) return cut(target);
      const from = camera;
      const start = performance.now();
      const step = (t: number) => {
        const k = ease(Math.min(1, (t - start) / FLY_MS));
        camera = between(from, target, k);
        drawCamera();
        if (k < 1) animation = requestAnimationFrame(step);
      };
      animation = requestAnimationFrame(step);
    },
    jumpTo: (id) => cut(fitFor(id)),
    resize(next, selected) {
      if (next.width === 0 || next.height === 0) return;
      if (next.width === size.width && next.height === size.height) return;
      const first = size.width === 0 || size.height === 0;
      size = next;
      if (first) camera = fitFor(selected);
      scene.drawSize(size);
      drawCamera();
    },
    stop: () => cancelAnimationFrame(animation),
  };
}
