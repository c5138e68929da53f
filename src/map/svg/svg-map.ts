import type { AtlasStore } from '../../state/store.ts';
import type { Geography, LonLat } from '../../state/geography.ts';
import { projectionFor, type Camera, type Size } from '../camera.ts';
import { followSelection } from '../frame.ts';
import { afterNextPaint } from '../../ui/after-paint.ts';
import { buildSvgScene, type SvgScene } from './scene.ts';
import { SVG_NS, attrValue, type MakeNode } from './svg-node.ts';
import { bindSvgPointer } from './svg-pointer.ts';
import { svgView, type SvgView } from './svg-view.ts';

// The SVG map in the page: the scene (scene.ts) drawn into the DOM, bound to the store, the pointer and the
// container's size. It paints at once — or takes over the map a prerendered page already shows, keeping its
// elements — stays under the GL map once that is ready, and takes over again if WebGL fails.

export { shareColour } from './scene.ts';

export interface SvgMapOptions {
  reducedMotion: boolean;
  /** Called with each camera the map draws (a host placing its own marks over the map follows it). */
  onCamera?: (camera: Camera, size: Size) => void;
}

export interface SvgMap {
  /** The drawn <svg>: self-contained, so it can be serialised (PNG export) or printed as it is. */
  readonly svg: SVGSVGElement;
  /** Whether it took over a prerendered map's elements rather than drawing its own. */
  readonly tookOver: boolean;
  /**
   * Writes every shape in full where the prerendered page wrote it light, and brings the view up to the store's
   * state if the GL map was shown over it (before printing or an export).
   */
  refine(): void;
  size(): Size;
  camera(): Camera;
  /** Screen position of a lon/lat in the SVG's box, as the GL map's project() gives it. */
  project(lonlat: LonLat): { x: number; y: number };
  /** Whether the SVG is the map the reader sees (false while the GL map is shown over it). */
  setActive(active: boolean): void;
  destroy(): void;
}

declare global {
  interface Window {
    /** Read-only hooks for the browser tests: where the SVG map draws a point, and its camera. */
    northAtlasSvgMap?: { project(lonlat: LonLat): { x: number; y: number }; camera(): Camera };
  }
}

const makeElement: MakeNode<SVGElement> = (tag, attrs, parent) => {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, attrValue(v));
  parent?.appendChild(node);
  return node;
};

/** The prerendered markup does not match what this page would draw (another story, another build). */
class NotTheSameMap extends Error {}

/**
 * Hands out a prerendered <svg>'s elements, in document order, to the scene's calls that would make them
 * (its attributes are already written); once all are taken, makes new ones. Throws at the first element
 * that is not the one asked for.
 */
function adopting(existing: SVGSVGElement): { make: MakeNode<SVGElement>; finish(): void } {
  const queue: Element[] = [existing, ...existing.querySelectorAll('*')];
  let next = 0;
  let adopting = true;
  return {
    make(tag, attrs, parent) {
      if (!adopting) return makeElement(tag, attrs, parent);
      const node = queue[next++];
      const place = attrs['data-place'];
      if (!(node instanceof SVGElement) || node.localName !== tag) throw new NotTheSameMap(tag);
      if (place !== undefined && node.getAttribute('data-place') !== place) throw new NotTheSameMap(tag);
      return node;
    },
    finish() {
      if (next !== queue.length) throw new NotTheSameMap('more elements than this map has');
      adopting = false;
    },
  };
}

/** The size a prerendered map was drawn for: its viewBox, which the browser scales into the box. */
function viewBoxSize(svg: SVGSVGElement): Size | null {
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  return width && height && width > 0 && height > 0 ? { width, height } : null;
}

/** The scene, adopting the container's prerendered <svg> when it is this map, else drawn afresh. */
function sceneIn(container: HTMLElement, geo: Geography, store: AtlasStore) {
  const facts = () => store.getState();
  const existing = container.querySelector<SVGSVGElement>(':scope > svg');
  if (existing) {
    const adopt = adopting(existing);
    try {
      const scene = buildSvgScene(adopt.make, geo, facts);
      adopt.finish();
      return { scene, tookOver: true, drawnFor: viewBoxSize(existing) };
    } catch (e) {
      if (!(e instanceof NotTheSameMap)) throw e;
      existing.remove();
    }
  }
  const scene = buildSvgScene(makeElement, geo, facts);
  container.appendChild(scene.root);
  return { scene, tookOver: false, drawnFor: null };
}

/** Writes every shape in full, once, where a prerendered page wrote it light. */
function refineOnce(scene: SvgScene<SVGElement>, tookOver: boolean): () => void {
  // A prerendered first view's paths are light: fine at its zoom, coarse closer in. They are written in full
  // when the map first moves (a selection flies), or is printed or exported, not before: the first view
  // needs nothing more, and a hundred milliseconds of path writing would sit in the page's first seconds.
  let refined = !tookOver;
  return () => {
    if (refined) return;
    refined = true;
    scene.refine();
  };
}

/**
 * Draws the store's selection (flying to it) and hover while the map is `active()`. Hidden under the GL map,
 * the SVG does not follow each selection and hover (the first would write every shape in full, in the frame
 * after the reader's click): `catchUp` brings it up to the store when shown, printed or exported.
 */
function followStore(
  scene: SvgScene<SVGElement>,
  store: AtlasStore,
  view: SvgView,
  refine: () => void,
  active: () => boolean,
) {
  let drawnSelection = store.getState().selected;
  let drawnHover = store.getState().hovered;
  let behind = false;
  const showSelection = (id: string | null) => {
    refine();
    scene.drawSelection(id, drawnSelection);
    drawnSelection = id;
  };
  const showHover = (id: string | null) => {
    scene.drawHover(id, drawnHover);
    drawnHover = id;
  };
  const unsubscribers = [
    followSelection(store, (id) => {
      if (!active()) return void (behind = true);
      showSelection(id);
      view.flyTo(view.fitFor(id));
    }),
    store.subscribe(
      (s) => s.hovered,
      (id) => (active() ? showHover(id) : void (behind = true)),
    ),
    store.subscribe((s) => s.language, view.drawLabels),
    store.subscribe((s) => s.theme, scene.drawLook),
    store.subscribe((s) => s.accent, scene.drawLook),
  ];
  return {
    catchUp() {
      if (!behind) return;
      behind = false;
      const { selected, hovered } = store.getState();
      showSelection(selected);
      showHover(hovered);
      view.jumpTo(selected);
    },
    stop: () => unsubscribers.forEach((u) => u()),
  };
}

/**
 * The district shapes once the first frame has been painted (or, in a tab that paints no frame, a moment
 * later: afterNextPaint); on a prerendered page, whose first seconds are hydration, when first needed (the
 * first pointer on the map, a district selected). Returns a cancel function.
 */
function drawDistrictsSoon(scene: SvgScene<SVGElement>, tookOver: boolean): () => void {
  return tookOver ? () => {} : afterNextPaint(scene.drawDistricts);
}

/** Calls `fn` before printing, which shows the SVG map whichever map is on screen; returns the stop function. */
function beforePrinting(fn: () => void): () => void {
  const printing = window.matchMedia?.('print');
  const onPrintMedia = (e: MediaQueryListEvent) => e.matches && fn();
  window.addEventListener('beforeprint', fn);
  printing?.addEventListener?.('change', onPrintMedia);
  return () => {
    window.removeEventListener('beforeprint', fn);
    printing?.removeEventListener?.('change', onPrintMedia);
  };
}

export function createSvgMap(container: HTMLElement, store: AtlasStore, options: SvgMapOptions): SvgMap {
  const loaded = store.getState().geo;
  if (!loaded) throw new Error('the SVG map needs the geography loaded first');
  const geo: Geography = loaded;
  const { scene, tookOver, drawnFor } = sceneIn(container, geo, store);
  const svg = scene.root as SVGSVGElement;
  const { selected, hovered } = store.getState();
  const size = { width: container.clientWidth, height: container.clientHeight };
  const view = svgView(scene, geo, { size, selected, drawnFor }, options);
  let active = true;
  const refine = refineOnce(scene, tookOver);

  scene.drawSize(view.size());
  view.drawLabels(); // and, with the labels' widths known, the camera
  scene.drawSelection(selected, null);
  scene.drawHover(hovered, null);
  const follow = followStore(scene, store, view, refine, () => active);
  // A resize keeps the camera's centre and zoom, as MapLibre's does, so both maps stay on one view.
  const resize = new ResizeObserver(() =>
    view.resize({ width: container.clientWidth, height: container.clientHeight }, store.getState().selected),
  );
  resize.observe(container);
  const stopDistricts = drawDistrictsSoon(scene, tookOver);
  const pointer = bindSvgPointer(svg, container, geo, store, {
    active: () => active,
    drawDistricts: scene.drawDistricts,
  });
  const upToDate = () => {
    refine();
    follow.catchUp();
  };
  const stopPrinting = beforePrinting(upToDate);
  const api: SvgMap = {
    svg,
    tookOver,
    refine: upToDate,
    size: view.size,
    camera: view.camera,
    project: (lonlat) => {
      const [x, y] = projectionFor(view.camera(), view.size())(lonlat) ?? [Number.NaN, Number.NaN];
      return { x, y };
    },
    setActive(next) {
      active = next;
      if (next) follow.catchUp();
      else pointer.hide();
    },
    destroy() {
      stopPrinting();
      view.stop();
      stopDistricts();
      resize.disconnect();
      follow.stop();
      pointer.remove();
      svg.remove();
      if (window.northAtlasSvgMap === hook) delete window.northAtlasSvgMap;
    },
  };
  const hook = { project: api.project, camera: api.camera };
  window.northAtlasSvgMap = hook;
  return api;
}
