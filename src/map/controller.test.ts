// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerCatalog } from '../i18n/catalogs.ts';
import { da } from '../i18n/da.ts';
import { createAtlasStore } from '../state/store.ts';
import { toyGeography, toyStory } from '../state/test-fixtures.ts';

// MapLibre cannot run in jsdom: a fake with just the methods the controller calls stands in.
// The real map is exercised in Chromium by tests/e2e.

type Handler = (e: { point: { x: number; y: number } }) => void;

const fake = vi.hoisted(() => {
  const state = {
    maps: [] as FakeMap[],
    picked: [] as { layer: { id: string }; properties: Record<string, unknown> }[],
  };
  class FakeMap {
    handlers = new Map<string, Handler[]>();
    featureState = new Map<string, Record<string, unknown>>();
    fits: unknown[] = [];
    layers: string[] = [];
    removed = false;
    touchZoomRotate = { disableRotation() {} };
    keyboard = { disableRotation() {} };
    constructor() {
      state.maps.push(this);
    }
    on(type: string, fn: Handler) {
      this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
      return this;
    }
    fire(type: string, e = { point: { x: 1, y: 1 } }) {
      for (const fn of this.handlers.get(type) ?? []) fn(e);
    }
    addControl() {}
    /** Each source as MapLibre holds it: a new object when a style is loaded again. */
    sources = new Map<string, object>();
    addSource(id: string) {
      this.sources.set(id, {});
    }
    /** MapLibre's style: none at all while the WebGL context is lost (its getSource then throws). */
    style: object | null = {};
    getSource(id: string) {
      if (!this.style) throw new TypeError("Cannot read properties of null (reading 'getSource')");
      return this.sources.get(id);
    }
    /** The WebGL context lost: MapLibre drops its style until the context is restored. */
    loseContext() {
      this.style = null;
      this.dropStyle();
    }
    /** MapLibre dropping its style and sources (setStyle without a diff, a restored WebGL context). */
    dropStyle() {
      this.sources = new Map();
      this.featureState.clear();
    }
    /** …and loading it again: every source a new object, holding no feature-state. */
    loadStyleAgain(ids: string[]) {
      for (const id of ids) this.sources.set(id, {});
      this.fire('styledata');
    }
    addLayer(l: { id: string }) {
      this.layers.push(l.id);
    }
    writes = 0;
    setFeatureState(f: { source: string; id: string }, s: Record<string, unknown>) {
      // As MapLibre: a source not there (its style being loaded again) takes no state.
      if (!this.sources.has(f.source)) throw new Error('Style is not done loading.');
      this.writes++;
      const key = `${f.source}/${f.id}`;
      this.featureState.set(key, { ...this.featureState.get(key), ...s });
    }
    getFeatureState(f: { source: string; id: string }) {
      return this.featureState.get(`${f.source}/${f.id}`) ?? {};
    }
    fitBounds(b: unknown, o: unknown) {
      this.fits.push({ b, o });
    }
    queryRenderedFeatures() {
      return state.picked;
    }
    canvas = document.createElement('canvas');
    getCanvas() {
      return this.canvas;
    }
    getZoom() {
      return 6;
    }
    project([lon, lat]: [number, number]) {
      return { x: (lon - 66) * 100, y: (39 - lat) * 100 };
    }
    getContainer() {
      return { clientWidth: 800, clientHeight: 600 };
    }
    loaded() {
      return true;
    }
    getCenter() {
      return { toArray: () => [0, 0] };
    }
    remove() {
      this.removed = true;
    }
  }
  class Marker {
    el: HTMLElement;
    constructor(o: { element: HTMLElement }) {
      this.el = o.element;
    }
    setLngLat() {
      return this;
    }
    addTo() {
      document.body.appendChild(this.el);
      return this;
    }
    remove() {
      this.el.remove();
    }
  }
  class NavigationControl {}
  return { state, FakeMap, Marker, NavigationControl };
});

// The controller loads MapLibre's CSP build (see controller.ts); the fake stands in for that module.
vi.mock('maplibre-gl/dist/maplibre-gl-csp.js', () => ({
  default: {
    Map: fake.FakeMap,
    Marker: fake.Marker,
    NavigationControl: fake.NavigationControl,
    setWorkerUrl: () => {},
  },
}));

const { createMapController } = await import('./controller.ts');
const { SPOTLIGHT_LAYERS } = await import('./spotlight.ts');

const live: { destroy(): void }[] = [];
// The controller draws a selection at the next frame: the tests step frames by hand.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  for (const c of live.splice(0)) c.destroy();
  document.body.replaceChildren();
  vi.useRealTimers();
});
const nextFrame = () => vi.advanceTimersToNextFrame();

function setup() {
  const store = createAtlasStore();
  store.getState().loaded({ story: toyStory(), geo: toyGeography() });
  const el = document.createElement('div');
  document.body.appendChild(el);
  const controller = createMapController(el, store, { reducedMotion: true });
  live.push(controller);
  const map = fake.state.maps.at(-1)!;
  map.fire('load');
  return { store, el, controller, map };
}

describe('map controller', () => {
  it('turns selection into feature-state, dims other provinces and fits the camera', () => {
    const { store, map } = setup();
    store.getState().select('AF1907', { via: 'text' });
    const fitsBefore = map.fits.length;
    // Drawn at the next frame, not inside the event that selected.
    expect(map.getFeatureState({ source: 'districts', id: 'AF1907' }).selected).not.toBe(true);
    nextFrame();
    expect(map.fits.length).toBe(fitsBefore + 1);
    expect(map.getFeatureState({ source: 'districts', id: 'AF1907' })).toMatchObject({ selected: true });
    expect(map.getFeatureState({ source: 'provinces', id: 'AF18' })).toMatchObject({ dim: true });
    expect(map.getFeatureState({ source: 'provinces', id: 'AF19' })).toMatchObject({ dim: false });
    expect(map.fits.at(-1)).toMatchObject({ b: [69, 36, 70, 37], o: { duration: 0 } });
    store.getState().select('AF18', { via: 'text' });
    nextFrame();
    expect(map.getFeatureState({ source: 'districts', id: 'AF1907' })).toMatchObject({ selected: false });
  });

  it('colours provinces by their share of the story', () => {
    const { map } = setup();
    expect(map.getFeatureState({ source: 'provinces', id: 'AF19' }).share).toBeCloseTo(2 / 3);
  });

  it('a click picks the province first, then a district inside the open province', () => {
    const { store, map } = setup();
    fake.state.picked = [
      { layer: { id: 'districts-fill' }, properties: { pcode: 'AF1907' } },
      { layer: { id: 'provinces-fill' }, properties: { pcode: 'AF19' } },
    ];
    map.fire('click');
    expect(store.getState().selected).toBe('AF19');
    expect(store.getState().selectedVia).toBe('map');
    map.fire('click');
    expect(store.getState().selected).toBe('AF1907');
  });

  it('hover becomes a store action and a tooltip with both names and counts', () => {
    const { store, map, el } = setup();
    fake.state.picked = [{ layer: { id: 'provinces-fill' }, properties: { pcode: 'AF19' } }];
    map.fire('mousemove');
    expect(store.getState().hovered).toBe('AF19');
    const tip = el.querySelector('.map-tooltip') as HTMLElement;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('Kunduz');
    expect(tip.textContent).toContain('کندز');
    expect(tip.textContent).toContain('2 passages, 1 quote');
  });

  it('switches labels to Dari, right to left', () => {
    const { store, map } = setup();
    registerCatalog(da);
    store.getState().setLanguage('da');
    const label = document.querySelector('.map-label-province[data-place="AF18"]') as HTMLElement;
    expect(label.textContent).toBe('تخار');
    expect(label.dir).toBe('rtl');
    // MapLibre's own words follow.
    expect(map.canvas.getAttribute('aria-label')).toBe('نقشه');
  });

  it('destroy removes the map and stops listening to the store', () => {
    const { store, map, controller } = setup();
    controller.destroy();
    expect(map.removed).toBe(true);
    const fits = map.fits.length;
    store.getState().select('AF18', { via: 'text' });
    nextFrame();
    expect(map.fits.length).toBe(fits);
  });
});

describe('map controller, when MapLibre loads its style again', () => {
  /** Selects a district, hovers a province and lets the frame draw them. */
  function drawn() {
    const { store, map } = setup();
    store.getState().select('AF1907', { via: 'text' });
    nextFrame();
    store.getState().hover('AF18');
    const ids = [...map.sources.keys()];
    return { store, map, ids };
  }
  const state = (map: InstanceType<typeof fake.FakeMap>, source: string, id: string) =>
    map.getFeatureState({ source, id });

  it('draws the selection, the dimming, the hover and the shares again (setStyle without a diff)', () => {
    const { map, ids } = drawn();
    map.dropStyle();
    map.loadStyleAgain(ids);
    expect(state(map, 'districts', 'AF1907')).toMatchObject({ selected: true });
    expect(state(map, 'provinces', 'AF18')).toMatchObject({ dim: true, hover: true });
    expect(state(map, 'provinces', 'AF19')).toMatchObject({ dim: false });
    expect(state(map, 'provinces', 'AF19').share).toBeCloseTo(2 / 3);
  });

  it('after a lost WebGL context is restored, once the sources are back, with what changed meanwhile', () => {
    const { store, map, ids } = drawn();
    map.dropStyle();
    map.fire('webglcontextrestored');
    // Sources not back yet: a selection in between must neither throw nor be lost.
    store.getState().select('AF1901', { via: 'text' });
    expect(() => nextFrame()).not.toThrow();
    store.getState().hover(null);
    map.loadStyleAgain(ids);
    expect(state(map, 'districts', 'AF1901')).toMatchObject({ selected: true });
    expect(state(map, 'districts', 'AF1907').selected).not.toBe(true);
    expect(state(map, 'provinces', 'AF18')).toMatchObject({ dim: true });
    expect(state(map, 'provinces', 'AF18').hover).not.toBe(true);
    // And it goes on drawing changes: the previous selection is unset in the new source.
    store.getState().select('AF1907', { via: 'text' });
    nextFrame();
    expect(state(map, 'districts', 'AF1901')).toMatchObject({ selected: false });
    expect(state(map, 'districts', 'AF1907')).toMatchObject({ selected: true });
  });

  it('takes a selection and a hover while the WebGL context is lost, and draws them once it is back', () => {
    const { store, map, ids } = drawn();
    map.loseContext();
    store.getState().select('AF1901', { via: 'text' });
    expect(() => nextFrame()).not.toThrow();
    expect(() => store.getState().hover('AF1907')).not.toThrow();
    map.style = {};
    map.fire('webglcontextrestored');
    map.loadStyleAgain(ids);
    expect(state(map, 'districts', 'AF1901')).toMatchObject({ selected: true });
    expect(state(map, 'districts', 'AF1907')).toMatchObject({ hover: true });
  });

  it('writes nothing again when the sources are the ones it drew into (a paint change, tiles arriving)', () => {
    const { map } = drawn();
    const writes = map.writes;
    map.fire('styledata');
    map.fire('sourcedata');
    expect(map.writes).toBe(writes);
  });
});

describe('map controller, presenting', () => {
  it('spotlights the current place: other districts and countries veiled, lifted on leaving', () => {
    const { store, map } = setup();
    store.getState().present(true, { via: 'text' });
    store.getState().select('AF1907', { via: 'tour' });
    nextFrame();
    const dim = (source: string, id: string) => map.getFeatureState({ source, id }).dim;
    expect(dim('districts', 'AF1907')).toBe(false);
    expect(dim('districts', 'AF1901')).toBe(true);
    expect(dim('districts', 'AF1801')).toBe(true);
    expect(dim('neighbours', 'TJK')).toBe(true);
    expect(dim('provinces', 'AF18')).toBe(true);
    // A province lights its own districts.
    store.getState().select('AF19', { via: 'tour' });
    nextFrame();
    expect(dim('districts', 'AF1901')).toBe(false);
    expect(dim('districts', 'AF1801')).toBe(true);
    store.getState().present(false, { via: 'key' });
    expect(dim('districts', 'AF1801')).toBe(false);
    expect(dim('neighbours', 'TJK')).toBe(false);
  });

  it('outlines a selected country like a province', () => {
    const { store, map } = setup();
    store.getState().select('TJK', { via: 'text' });
    nextFrame();
    expect(map.getFeatureState({ source: 'neighbours', id: 'TJK' })).toMatchObject({ selected: true });
    expect(map.layers).toContain('selected-country-line');
    expect(SPOTLIGHT_LAYERS.every((s) => s.before !== undefined)).toBe(true);
  });

  it('re-frames the current place at once when the map resizes during a presentation', () => {
    const { store, map } = setup();
    store.getState().present(true, { via: 'text' });
    store.getState().select('AF19', { via: 'tour' });
    nextFrame();
    const fits = map.fits.length;
    map.fire('resize');
    expect(map.fits.length).toBe(fits + 1);
    expect(map.fits.at(-1)).toMatchObject({ o: { duration: 0 } });
    store.getState().present(false, { via: 'key' });
    map.fire('resize');
    expect(map.fits.length).toBe(fits + 1);
  });
});
