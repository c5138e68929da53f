// The CSP build starts its worker from a file on our origin, not a blob: URL, so the map runs under a strict
// Content-Security-Policy (the embed's); `?url` makes the build copy that file next to our own assets.
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import type { LngLatBoundsLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { AtlasStore } from '../state/store.ts';
import { featuresOf, type MapPlace } from '../state/geography.ts';
import { placeCounts, placeName, provinceShares } from '../state/selectors.ts';
import {
  DISTRICT_LABEL_ZOOM,
  FIT_PADDING_PX,
  FLY_MS,
  MAX_ZOOM,
  MIN_ZOOM,
  cameraTarget,
  type Camera,
} from './camera.ts';
import { borderSegments, capitals, collection, nationalBorder, pinPoints } from './overlays.ts';
import { followSelection } from './frame.ts';
import { visibleLabels, type LabelSpot } from './labels.ts';
import { changedStatesOnly } from './feature-states.ts';
import { hitMemo } from './hit-memo.ts';
import { pickPlace, type Hits } from './pick.ts';
import { LAYERS, PICKABLE, SOURCES, baseStyle } from './style.ts';
import { widths } from './theme.ts';
import { createTooltip, showTooltip as fillTooltip } from './tooltip.ts';
import type { Look } from './dark-theme.ts';
import { lookChanges, themedLayer, themedStyle } from './gl-look.ts';
import { applyMapWords, mapLocale } from './map-words.ts';
import { SPOTLIGHT_LAYERS, applySpotlight } from './spotlight.ts';

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

function labelElement(className: string): HTMLElement {
  const el = document.createElement('div');
  el.className = `map-label ${className}`;
  // The accessible place list is the map's text alternative; labels would only repeat it.
  el.setAttribute('aria-hidden', 'true');
  return el;
}

export function createMapController(
  container: HTMLElement,
  store: AtlasStore,
  options: MapControllerOptions,
): MapController {
  const geo = store.getState().geo;
  if (!geo) throw new Error('map controller needs the geography loaded first');
  const { mapInteractive } = store.getState();
  const look = (): Look => ({ theme: store.getState().theme, accent: store.getState().accent });
  maplibregl.setWorkerUrl(workerUrl);

  // Open on the view the SVG first paint already shows (the selection's), so the swap does not move.
  const initial = cameraTarget(geo, store.getState().selected);
  const map = watchingWorkers(
    () =>
      new maplibregl.Map({
        container,
        style: themedStyle(baseStyle(), look()),
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
        locale: mapLocale(store.getState().language),
      }),
    () => options.onUnavailable?.(WORKER_FAILED),
  );
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  if (mapInteractive) map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  container.dataset.mapState = 'loading';

  const unsubscribers: (() => void)[] = [];
  const markers: { marker: maplibregl.Marker; place: MapPlace; el: HTMLElement }[] = [];
  const tooltip = createTooltip(container);

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

  const sourceFor = (place: MapPlace): string | null =>
    place.kind === 'province'
      ? SOURCES.provinces
      : place.kind === 'district'
        ? SOURCES.districts
        : place.kind === 'pin'
          ? SOURCES.pins
          : SOURCES.neighbours;

  // Each selection rewrites the dimming of every shape: only what changed reaches MapLibre.
  const states = changedStatesOnly((target, state) => map.setFeatureState(target, state));

  function setState(id: string | null, key: string, value: boolean): void {
    if (!id) return;
    const place = geo?.places.get(id);
    const source = place ? sourceFor(place) : null;
    if (source) states.setFeatureState({ source, id }, { [key]: value });
  }

  /** The pickable shapes drawn at a point, one per layer. */
  function hitsAt(x: number, y: number): Hits {
    const features = map.queryRenderedFeatures([x, y], { layers: [...PICKABLE] });
    const on = (layer: string) => {
      const f = features.find((x) => x.layer.id === layer);
      return f ? String(f.properties.pcode) : null;
    };
    return {
      district: on('districts-fill'),
      province: on('provinces-fill'),
      country: on('neighbours-fill'),
      pin: on('pins'),
    };
  }
  // The hover's answer serves the click at the same point, until the camera or the data changes.
  const hits = hitMemo(hitsAt);
  map.on('move', hits.forget);
  map.on('resize', hits.forget);
  map.on('data', hits.forget);

  /** What a click at this point would pick, by the rule the SVG map shares. */
  function pick(point: { x: number; y: number }): string | null {
    return geo ? pickPlace(geo, store.getState().selected, hits.at(point.x, point.y)) : null;
  }

  function applySelection(id: string | null, previous: string | null, animate = true): void {
    if (!geo) return;
    setState(previous, 'selected', false);
    setState(id, 'selected', true);
    const place = id ? geo.places.get(id) : undefined;
    const focusProvince = place?.kind === 'province' ? place.id : (place?.province ?? null);
    for (const p of geo.provinces) {
      states.setFeatureState(
        { source: SOURCES.provinces, id: p },
        { dim: place !== undefined && p !== focusProvince },
      );
    }
    applySpotlight(states, geo, id, store.getState().presenting);
    const duration = options.reducedMotion || !animate ? 0 : FLY_MS;
    const target = cameraTarget(geo, id);
    map.fitBounds(target.bbox as LngLatBoundsLike, {
      padding: FIT_PADDING_PX,
      duration,
      maxZoom: target.maxZoom,
    });
  }

  function updateLabels(): void {
    const { language, selected, story } = store.getState();
    const zoom = map.getZoom();
    const view = map.getContainer();
    const fonts = new Map<string, { px: number; bold: boolean }>();
    const spots: LabelSpot[] = [];
    // Runs after every move: only what changed is written, or each camera move re-lays out every label.
    for (const { place, el } of markers) {
      const text = placeName(place, language);
      if (el.textContent !== text) el.textContent = text;
      const lang = language === 'da' ? 'fa-AF' : 'en';
      if (el.lang !== lang) {
        el.lang = lang;
        el.dir = language === 'da' ? 'rtl' : 'ltr';
        // MapLibre names every marker "Map marker"; ours are hidden from screen readers, but not English.
        el.setAttribute('aria-label', text);
      }
      if (place.kind === 'district' && zoom < DISTRICT_LABEL_ZOOM) continue;
      // The type size is the stylesheet's (larger when presenting): read once per kind.
      let font = fonts.get(place.kind);
      if (!font) {
        const style = getComputedStyle(el);
        font = { px: parseFloat(style.fontSize) || 12, bold: Number(style.fontWeight) >= 600 };
        fonts.set(place.kind, font);
      }
      const { x, y: dotY } = map.project(place.label);
      const y = place.kind === 'pin' ? dotY - widths.pinLabelOffset : dotY;
      spots.push({ place, text, fontPx: font.px, bold: font.bold, x, y });
    }
    // As on the SVG map (labels.ts).
    const shown = visibleLabels(
      spots,
      { width: view.clientWidth, height: view.clientHeight },
      selected ? geo?.places.get(selected) : undefined,
      (id) => placeCounts(story, id).passages,
    );
    for (const { place, el } of markers) {
      const hidden = !shown.has(place.id);
      if (el.hidden !== hidden) el.hidden = hidden;
    }
  }

  // Labels are laid out once per frame, in the frame's own work: a camera cut inside a click (reduced motion)
  // or a resize and a move together cost one layout, and the reading panel is not kept waiting for it.
  let labelFrame = 0;
  function scheduleLabels(): void {
    if (labelFrame === 0)
      labelFrame = requestAnimationFrame(() => {
        labelFrame = 0;
        updateLabels();
      });
  }

  function showTooltip(id: string | null, x: number, y: number): void {
    const place = id ? geo?.places.get(id) : undefined;
    const { story, language } = store.getState();
    fillTooltip(tooltip, place, placeCounts(story, id ?? ''), language, x, y);
  }

  map.on('load', () => {
    const topo = geo.topology;
    const add = (id: string, data: FeatureCollection) =>
      map.addSource(id, { type: 'geojson', data, promoteId: 'pcode', tolerance: 0.2 });
    add(SOURCES.neighbours, collection(featuresOf(topo, 'neighbours')));
    add(SOURCES.context, collection(featuresOf(topo, 'context')));
    add(SOURCES.afghanistan, collection([nationalBorder(geo)]));
    add(SOURCES.provinces, collection(featuresOf(topo, 'provinces')));
    add(SOURCES.districts, collection(featuresOf(topo, 'districts')));
    add(SOURCES.borders, borderSegments(geo));
    add(SOURCES.capitals, capitals(geo));
    add(SOURCES.pins, pinPoints(geo));
    for (const layer of LAYERS.slice(1)) map.addLayer(themedLayer(layer, look()));
    for (const s of SPOTLIGHT_LAYERS) map.addLayer(themedLayer(s.layer, look()), s.before);

    for (const [id, share] of provinceShares(store.getState().story, geo)) {
      map.setFeatureState({ source: SOURCES.provinces, id }, { share });
    }
    const labelled: MapPlace[] = [
      ...geo.countries.map((c) => geo.places.get(c.id)).filter((p): p is MapPlace => p !== undefined),
      ...geo.provinces.map((id) => geo.places.get(id)).filter((p): p is MapPlace => p !== undefined),
      ...geo.districts.map((id) => geo.places.get(id)).filter((p): p is MapPlace => p !== undefined),
      ...(geo.pins ?? []).map((id) => geo.places.get(id)).filter((p): p is MapPlace => p !== undefined),
    ];
    for (const place of labelled) {
      const el = labelElement(`map-label-${place.kind}`);
      el.dataset.place = place.id;
      const offset: [number, number] = [0, place.kind === 'pin' ? -widths.pinLabelOffset : 0];
      const marker = new maplibregl.Marker({ element: el, offset }).setLngLat(place.label).addTo(map);
      markers.push({ marker, place, el });
    }
    updateLabels();
    // The camera already shows the selection (see `initial`): no fly on load.
    applySelection(store.getState().selected, null, false);
    setState(store.getState().hovered, 'hover', true);

    unsubscribers.push(
      followSelection(store, (id, previous) => applySelection(id, previous)),
      store.subscribe(
        (s) => s.hovered,
        (id, previous) => {
          setState(previous, 'hover', false);
          setState(id, 'hover', true);
        },
      ),
      store.subscribe((s) => s.language, updateLabels),
      // A host's colour scheme can change while the map is open (`theme=auto`): repaint, do not rebuild.
      store.subscribe(
        look,
        (now) => {
          const layers = [...LAYERS, ...SPOTLIGHT_LAYERS.map((l) => l.layer)];
          for (const { layer, key, value } of lookChanges(layers, now)) {
            map.setPaintProperty(layer, key, value as never);
          }
        },
        { equalityFn: (a, b) => a.theme === b.theme && a.accent === b.accent },
      ),
      store.subscribe(
        (s) => s.language,
        (language) => applyMapWords(container, map.getCanvas(), language),
      ),
      store.subscribe(
        (s) => s.presenting,
        (on) => applySpotlight(states, geo, store.getState().selected, on),
      ),
    );
    map.on('moveend', scheduleLabels);
    // Presenting, the place must fill the screen whatever its size: full screen and the layout both resize.
    map.on('resize', () => {
      if (store.getState().presenting) applySelection(store.getState().selected, null, false);
      scheduleLabels();
    });

    // A static locator map still gets MapLibre's click events: only an interactive map turns them into actions.
    if (mapInteractive) {
      map.on('mousemove', (e) => {
        const id = pick(e.point);
        map.getCanvas().style.cursor = id ? 'pointer' : '';
        store.getState().hover(id);
        showTooltip(id, e.point.x, e.point.y);
      });
      map.on('mouseout', () => {
        store.getState().hover(null);
        tooltip.hidden = true;
      });
      map.on('click', (e) => {
        const id = pick(e.point);
        if (id) store.getState().select(id, { via: 'map' });
      });
    }

    window.northAtlasMap = {
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
      stateOf: (id) => {
        const place = geo.places.get(id);
        const source = place ? sourceFor(place) : null;
        return source ? map.getFeatureState({ source, id }) : {};
      },
      center: () => map.getCenter().toArray() as [number, number],
      paint: (layer, key) => map.getPaintProperty(layer, key as never),
    };
  });

  return {
    destroy() {
      cancelAnimationFrame(labelFrame);
      for (const u of unsubscribers) u();
      for (const { marker } of markers) marker.remove();
      tooltip.remove();
      delete window.northAtlasMap;
      map.remove();
    },
  };
}
