// The CSP build starts its worker from a file on our origin, not a blob: URL, so the map runs under a strict
// Content-Security-Policy (the embed's); `?url` makes the build copy that file next to our own assets.
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import type { LngLatBoundsLike, Map as GlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AtlasStore } from '../state/store.ts';
import type { Geography } from '../state/geography.ts';
import { FIT_PADDING_PX, FLY_MS, MAX_ZOOM, MIN_ZOOM, cameraTarget, type Camera } from './camera.ts';
import { followSelection } from './frame.ts';
import { addLayers, lookOf, repaintOnLook } from './gl-layers.ts';
import { glLabels, type GlLabels } from './gl-labels.ts';
import { themedStyle } from './gl-look.ts';
import { bindPointer } from './gl-pointer.ts';
import { glStates, type GlStates } from './gl-states.ts';
import { applyMapWords, mapLocale } from './map-words.ts';
import { PICKABLE, baseStyle } from './style.ts';
import { createTooltip } from './tooltip.ts';

// The only owner of the MapLibre map: store → feature-state and camera; map events → store actions.

export interface MapControllerOptions {
  reducedMotion: boolean;
  /** Told when the GL map cannot run (no WebGL, lost context), so the page can say so. */
  onUnavailable?: (reason: string) => void;
  /** Told once, at the first `idle`: the GL map has drawn everything and can take over from the SVG. */
  onReady?: () => void;
  /** Where to open: the view the SVG first paint shows, so the swap neither moves nor zooms. */
  initialCamera?: Camera;
}

export interface MapController {
  destroy(): void;
}

type Debug = {
  featuresAt(x: number, y: number): { id: string; layer: string }[];
  project(lonlat: [number, number]): { x: number; y: number };
  loaded(): boolean;
  /** The feature-state the map holds for a place: what the reader sees highlighted. */
  stateOf(id: string): Record<string, unknown>;
  center(): [number, number];
  /** A layer's paint property as drawn now (the theme's and accent's colours). */
  paint(layer: string, key: string): unknown;
  /**
   * Loads the whole style again, its sources made anew, as MapLibre itself does when a lost WebGL context is
   * restored (setStyle without a diff): the one way to reach that path in a test browser.
   */
  reloadStyle(): void;
};

declare global {
  interface Window {
    /** Read-only hooks for the browser tests: what is drawn where. */
    northAtlasMap?: Debug;
  }
}

/** What the reader is told when MapLibre's worker script cannot be loaded (blocked, missing, broken). */
export const WORKER_FAILED = "the full map's worker script could not be loaded";

/**
 * Runs `make` (MapLibre's Map constructor, which starts its workers synchronously) with every Worker it starts
 * watched: MapLibre never listens for a worker failing to load, so a blocked or missing worker script would
 * leave the map loading forever. An error before the worker's first message is that failure; a worker that
 * cannot even be constructed throws an error named MapWorkerError.
 */
function watchingWorkers<T>(make: () => T, onFailure: () => void): T {
  const Native = globalThis.Worker;
  if (typeof Native !== 'function') return make();
  globalThis.Worker = class WatchedWorker extends Native {
    constructor(url: string | URL, opts?: WorkerOptions) {
      try {
        super(url, opts);
      } catch {
        throw Object.assign(new Error(WORKER_FAILED), { name: 'MapWorkerError' });
      }
      let started = false;
      this.addEventListener('message', () => (started = true), { once: true });
      this.addEventListener('error', () => !started && onFailure(), { once: true });
    }
  };
  try {
    return make();
  } finally {
    globalThis.Worker = Native;
  }
}

/** The map, opening on the view the SVG first paint already shows (the selection's), so the swap does not move. */
function openMap(
  container: HTMLElement,
  store: AtlasStore,
  geo: Geography,
  options: MapControllerOptions,
): GlMap {
  const { mapInteractive, selected, language } = store.getState();
  const initial = cameraTarget(geo, selected);
  const map = watchingWorkers(
    () =>
      new maplibregl.Map({
        container,
        style: themedStyle(baseStyle(), lookOf(store)),
        interactive: mapInteractive,
        ...(options.initialCamera
          ? { center: options.initialCamera.center, zoom: options.initialCamera.zoom }
          : {
              bounds: initial.bbox as LngLatBoundsLike,
              fitBoundsOptions: { padding: FIT_PADDING_PX, maxZoom: initial.maxZoom },
            }),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxZoom: MAX_ZOOM,
        minZoom: MIN_ZOOM,
        fadeDuration: 0,
        locale: mapLocale(language),
      }),
    () => options.onUnavailable?.(WORKER_FAILED),
  );
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  if (mapInteractive) map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  return map;
}

/** Tells the page how the map is doing: its container's `data-map-state`, ready at the first idle, unavailable. */
function reportStatus(map: GlMap, container: HTMLElement, options: MapControllerOptions): void {
  container.dataset.mapState = 'loading';
  map.on('error', (e) => {
    console.warn('map error', e.error?.message);
  });
  map.on('webglcontextlost', () => options.onUnavailable?.('The map lost its graphics context.'));
  map.on('movestart', () => (container.dataset.mapState = 'moving'));
  let ready = false;
  map.on('idle', () => {
    container.dataset.mapState = 'idle';
    if (!ready) options.onReady?.();
    ready = true;
  });
}

/** Moves the camera onto a place (the whole region for none), over `duration` ms. */
function frameSelection(map: GlMap, geo: Geography, id: string | null, duration: number): void {
  const target = cameraTarget(geo, id);
  map.fitBounds(target.bbox as LngLatBoundsLike, {
    padding: FIT_PADDING_PX,
    duration,
    maxZoom: target.maxZoom,
  });
}

/** What the GL map draws from the store once loaded: its states, labels, look and words. */
function followStore(
  map: GlMap,
  container: HTMLElement,
  store: AtlasStore,
  parts: { states: GlStates; labels: GlLabels; select: (id: string | null, previous: string | null) => void },
): (() => void)[] {
  const { states, labels, select } = parts;
  return [
    followSelection(store, select),
    store.subscribe((s) => s.hovered, states.hover),
    store.subscribe((s) => s.language, labels.update),
    repaintOnLook(map, store),
    store.subscribe(
      (s) => s.language,
      (language) => applyMapWords(container, map.getCanvas(), language),
    ),
    store.subscribe((s) => s.presenting, states.spotlight),
  ];
}

/** Read-only hooks for the browser tests. */
function debugHook(map: GlMap, states: GlStates): Debug {
  return {
    featuresAt: (x, y) =>
      map.queryRenderedFeatures([x, y], { layers: [...PICKABLE] }).map((f) => ({
        id: String(f.properties.pcode),
        layer: f.layer.id,
      })),
    project: (lonlat) => {
      const p = map.project(lonlat);
      return { x: p.x, y: p.y };
    },
    loaded: () => map.loaded(),
    stateOf: states.stateOf,
    center: () => map.getCenter().toArray() as [number, number],
    paint: (layer, key) => map.getPaintProperty(layer, key as never),
    reloadStyle: () => map.setStyle(map.getStyle(), { diff: false }),
  };
}

export function createMapController(
  container: HTMLElement,
  store: AtlasStore,
  options: MapControllerOptions,
): MapController {
  const loaded = store.getState().geo;
  if (!loaded) throw new Error('map controller needs the geography loaded first');
  const geo: Geography = loaded;
  const { mapInteractive } = store.getState();
  maplibregl.setWorkerUrl(workerUrl);
  const map = openMap(container, store, geo, options);
  const unsubscribers: (() => void)[] = [];
  const tooltip = createTooltip(container);
  reportStatus(map, container, options);
  const states = glStates(map, geo, store);
  let labels: GlLabels | null = null;

  function applySelection(id: string | null, previous: string | null, animate = true): void {
    states.select(id, previous);
    frameSelection(map, geo, id, options.reducedMotion || !animate ? 0 : FLY_MS);
  }

  map.on('load', () => {
    addLayers(map, geo, lookOf(store));
    states.shares();
    const shown = glLabels(map, geo, store);
    labels = shown;
    shown.update();
    // The camera already shows the selection (see openMap): no fly on load.
    applySelection(store.getState().selected, null, false);
    states.hover(store.getState().hovered, null);
    states.keepAcrossReloads();
    unsubscribers.push(
      ...followStore(map, container, store, { states, labels: shown, select: applySelection }),
    );
    map.on('moveend', shown.schedule);
    // Presenting, the place must fill the screen whatever its size: full screen and the layout both resize.
    map.on('resize', () => {
      if (store.getState().presenting) applySelection(store.getState().selected, null, false);
      shown.schedule();
    });
    // A static locator map still gets MapLibre's click events: only an interactive map turns them into actions.
    if (mapInteractive) bindPointer(map, geo, store, tooltip);
    window.northAtlasMap = debugHook(map, states);
  });

  return {
    destroy() {
      for (const u of unsubscribers) u();
      labels?.remove();
      tooltip.remove();
      delete window.northAtlasMap;
      map.remove();
    },
  };
}
