import type { AtlasStore, Language } from '../../state/store.ts';
import type { Geography, LonLat, MapPlace } from '../../state/geography.ts';
import { placeCounts, type PlaceCounts } from '../../state/selectors.ts';
import type * as Tooltip from '../tooltip.ts';
import { FLY_MS, openingCamera, projectionFor, scaledCamera, type Camera, type Size } from '../camera.ts';
import { followSelection } from '../frame.ts';
import { pickPlace, type Hits } from '../pick.ts';
import { buildSvgScene } from './scene.ts';
import { SVG_NS, attrValue, type MakeNode } from './svg-node.ts';

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

/** Which pickable shapes lie under a point, from the elements the browser hit-tests there. */
export function hitsFrom(elements: readonly Element[]): Hits {
  const hits: Hits = { district: null, province: null, country: null };
  for (const e of elements) {
    const id = e.getAttribute('data-place');
    const layer = e.getAttribute('data-layer');
    if (!id) continue;
    if (layer === 'district' && hits.district === null) hits.district = id;
    else if (layer === 'province' && hits.province === null) hits.province = id;
    else if (layer === 'country' && hits.country === null) hits.country = id;
    else if (layer === 'pin' && !hits.pin) hits.pin = id;
  }
  return hits;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

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

/**
 * The hover card, whose code comes with the first pointer on the map (no reader without one pays for it).
 * A card asked for is shown only if nothing later (another place, the pointer leaving) has asked since.
 */
type TooltipCode = typeof Tooltip;

function lazyTooltip(container: HTMLElement) {
  let card: HTMLElement | null = null;
  let code: Promise<TooltipCode> | null = null;
  let asked = 0;
  let removed = false;
  return {
    show(place: MapPlace | undefined, counts: PlaceCounts, language: Language, x: number, y: number): void {
      const ask = ++asked;
      void (code ??= import('../tooltip.ts')).then((m) => {
        if (ask !== asked || removed) return;
        card ??= m.createTooltip(container);
        m.showTooltip(card, place, counts, language, x, y);
      });
    },
    hide(): void {
      asked++;
      if (card) card.hidden = true;
    },
    remove(): void {
      removed = true;
      card?.remove();
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

export function createSvgMap(container: HTMLElement, store: AtlasStore, options: SvgMapOptions): SvgMap {
  const loaded = store.getState().geo;
  if (!loaded) throw new Error('the SVG map needs the geography loaded first');
  const geo: Geography = loaded;
  const { scene, tookOver, drawnFor } = sceneIn(container, geo, store);
  const svg = scene.root as SVGSVGElement;
  const tip = lazyTooltip(container);

  let size: Size = { width: container.clientWidth, height: container.clientHeight };
  const fitFor = (id: string | null): Camera => openingCamera(geo, id, size);
  // Taking over a prerendered map with nothing selected, the camera continues from the picture on screen
  // (the prerendered view scaled into this box), so the shapes do not move; only labels are laid out again.
  let camera: Camera =
    drawnFor && store.getState().selected === null
      ? scaledCamera(openingCamera(geo, null, drawnFor), drawnFor, size)
      : fitFor(store.getState().selected);
  let animation = 0;
  let active = true;

  const drawCamera = () => {
    scene.drawCamera(camera, size);
    options.onCamera?.(camera, size);
  };
  const drawLabels = () => {
    scene.drawLabels(camera, size);
    options.onCamera?.(camera, size);
  };
  const drawSize = () => scene.drawSize(size);
  const { drawDistricts, drawSelection, drawHover } = scene;
  // A prerendered first view's paths are light: fine at its zoom, coarse closer in. They are written in full
  // when the map first moves (a selection flies), or is printed or exported, not before: the first view
  // needs nothing more, and a hundred milliseconds of path writing would sit in the page's first seconds.
  let refined = !tookOver;
  const refine = () => {
    if (refined) return;
    refined = true;
    scene.refine();
  };

  function flyTo(target: Camera): void {
    cancelAnimationFrame(animation);
    if (options.reducedMotion || !active || size.width === 0) {
      camera = target;
      drawCamera();
      return;
    }
    const from = camera;
    const start = performance.now();
    const step = (now: number) => {
      const k = ease(Math.min(1, (now - start) / FLY_MS));
      camera = {
        zoom: from.zoom + (target.zoom - from.zoom) * k,
        center: [
          from.center[0] + (target.center[0] - from.center[0]) * k,
          from.center[1] + (target.center[1] - from.center[1]) * k,
        ],
      };
      drawCamera();
      if (k < 1) animation = requestAnimationFrame(step);
    };
    animation = requestAnimationFrame(step);
  }

  drawSize();
  drawLabels(); // and, with the labels' widths known, the camera
  drawSelection(store.getState().selected, null);
  drawHover(store.getState().hovered, null);

  // Hidden under the GL map, the SVG does not follow each selection and hover (the first would write every
  // shape in full, in the frame after the reader's click): it catches up when shown, printed or exported.
  let drawnSelection = store.getState().selected;
  let drawnHover = store.getState().hovered;
  let behind = false;
  const showSelection = (id: string | null) => {
    refine();
    drawSelection(id, drawnSelection);
    drawnSelection = id;
  };
  const showHover = (id: string | null) => {
    drawHover(id, drawnHover);
    drawnHover = id;
  };
  const catchUp = () => {
    if (!behind) return;
    behind = false;
    const { selected, hovered } = store.getState();
    showSelection(selected);
    showHover(hovered);
    camera = fitFor(selected);
    drawCamera();
  };

  const unsubscribers = [
    followSelection(store, (id) => {
      if (!active) return void (behind = true);
      showSelection(id);
      flyTo(fitFor(id));
    }),
    store.subscribe(
      (s) => s.hovered,
      (id) => (active ? showHover(id) : void (behind = true)),
    ),
    store.subscribe((s) => s.language, drawLabels),
    store.subscribe((s) => s.theme, scene.drawLook),
    store.subscribe((s) => s.accent, scene.drawLook),
  ];

  // A resize keeps the camera's centre and zoom, as MapLibre's does, so both maps stay on one view.
  const resize = new ResizeObserver(() => {
    const next = { width: container.clientWidth, height: container.clientHeight };
    // Hidden under the GL map it measures 0 × 0: keep the last real size, so print and export still
    // get the view the reader saw.
    if (next.width === 0 || next.height === 0) return;
    if (next.width === size.width && next.height === size.height) return;
    const first = size.width === 0 || size.height === 0;
    size = next;
    if (first) camera = fitFor(store.getState().selected);
    drawSize();
    drawCamera();
  });
  resize.observe(container);

  const pickAt = (e: MouseEvent): string | null => {
    drawDistricts();
    return pickPlace(
      geo,
      store.getState().selected,
      hitsFrom(document.elementsFromPoint(e.clientX, e.clientY)),
    );
  };
  // After the first frame has been painted; on a prerendered page, whose first seconds are hydration, when
  // first needed (the first pointer on the map, a district selected).
  let districtsTimer = 0;
  const districtsFrame = tookOver
    ? 0
    : requestAnimationFrame(() => {
        districtsTimer = window.setTimeout(drawDistricts, 0);
      });
  const onMove = (e: PointerEvent) => {
    if (!active) return;
    const id = pickAt(e);
    store.getState().hover(id);
    const box = container.getBoundingClientRect();
    const place = id ? geo.places.get(id) : undefined;
    const counts = placeCounts(store.getState().story, id ?? '');
    tip.show(place, counts, store.getState().language, e.clientX - box.left, e.clientY - box.top);
  };
  const onLeave = () => {
    if (!active) return;
    store.getState().hover(null);
    tip.hide();
  };
  const onClick = (e: MouseEvent) => {
    // The shapes are links for readers without JavaScript; here the map selects, and the URL follows.
    e.preventDefault();
    if (!active) return;
    const id = pickAt(e);
    if (id) store.getState().select(id, { via: 'map' });
  };
  const interactive = store.getState().mapInteractive;
  if (interactive) {
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerleave', onLeave);
    svg.addEventListener('click', onClick);
  } else {
    svg.setAttribute('pointer-events', 'none');
  }

  const upToDate = () => {
    refine();
    catchUp();
  };
  // Printing shows the SVG map whichever map is on screen (the print stylesheet).
  const printing = window.matchMedia?.('print');
  const onPrintMedia = (e: MediaQueryListEvent) => e.matches && upToDate();
  window.addEventListener('beforeprint', upToDate);
  printing?.addEventListener?.('change', onPrintMedia);
  const api: SvgMap = {
    svg,
    tookOver,
    refine: upToDate,
    size: () => size,
    camera: () => camera,
    project: (lonlat) => {
      const [x, y] = projectionFor(camera, size)(lonlat) ?? [Number.NaN, Number.NaN];
      return { x, y };
    },
    setActive(next) {
      active = next;
      if (next) catchUp();
      else tip.hide();
    },
    destroy() {
      window.removeEventListener('beforeprint', upToDate);
      printing?.removeEventListener?.('change', onPrintMedia);
      cancelAnimationFrame(animation);
      cancelAnimationFrame(districtsFrame);
      clearTimeout(districtsTimer);
      resize.disconnect();
      for (const u of unsubscribers) u();
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerleave', onLeave);
      svg.removeEventListener('click', onClick);
      tip.remove();
      svg.remove();
      if (window.northAtlasSvgMap === hook) delete window.northAtlasSvgMap;
    },
  };
  const hook = { project: api.project, camera: api.camera };
  window.northAtlasSvgMap = hook;
  return api;
}
