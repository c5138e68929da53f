// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../../state/store.ts';
import { toyGeography, toyStory } from '../../state/test-fixtures.ts';
import { fitCamera, projectionFor, cameraTarget } from '../camera.ts';
import { DARK_PAINT } from '../dark-theme.ts';
import { theme } from '../theme.ts';
import { createSvgMap, shareColour, type SvgMap } from './svg-map.ts';
import { hitsFrom } from './svg-pointer.ts';
import { openingCamera, svgMarkup } from './svg-string.ts';

// The SVG renderer on the toy north: what it draws for each state of the store. (Hit-testing and the
// real browser's drawing are covered by tests/e2e/first-paint.e2e.ts.)

beforeAll(() => {
  // jsdom has no layout, so no ResizeObserver; the map only needs it to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const SIZE = { width: 800, height: 500 };
let map: SvgMap | null = null;
// The map draws a selection at the next frame: the tests step frames by hand.
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
  });
});
afterEach(() => {
  map?.destroy();
  map = null;
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** The first frame is painted, and the work left for after it done. */
function afterFirstPaint() {
  vi.advanceTimersToNextFrame();
  vi.runOnlyPendingTimers();
}

function setup(selected: string | null = null, prerendered = '') {
  const store = createAtlasStore();
  store.getState().loaded({ story: toyStory(), geo: toyGeography() });
  if (selected) store.getState().select(selected, { via: 'url' });
  const container = document.createElement('div');
  container.innerHTML = prerendered;
  Object.defineProperty(container, 'clientWidth', { value: SIZE.width });
  Object.defineProperty(container, 'clientHeight', { value: SIZE.height });
  document.body.appendChild(container);
  map = createSvgMap(container, store, { reducedMotion: true });
  const q = (sel: string) => container.querySelector(sel);
  return { store, map, container, q };
}

describe('the SVG map', () => {
  it('draws every place from the topology, pickable by id, in the theme’s colours', () => {
    const { q } = setup();
    // The districts (unseen until hovered or selected) come just after the first paint.
    expect(q('path[data-layer="district"]')).toBeNull();
    expect(q('path[data-place="AF19"][data-layer="province"]')).not.toBeNull();
    afterFirstPaint();
    for (const [id, layer] of [
      ['AF19', 'province'],
      ['AF18', 'province'],
      ['AF1907', 'district'],
      ['TJK', 'country'],
    ] as const) {
      const path = q(`path[data-place="${id}"][data-layer="${layer}"]`);
      expect(path?.getAttribute('d')).toMatch(/^M/);
    }
    // Kunduz has 2 of 3 passages (over 60%), Takhar 1 of 3 (30–60%).
    expect(q('path[data-place="AF19"]')?.getAttribute('fill')).toBe(theme.shareRamp[3]);
    expect(q('path[data-place="AF18"]')?.getAttribute('fill')).toBe(theme.shareRamp[2]);
    expect(q('path[data-place="TJK"]')?.getAttribute('fill')).toBe(theme.neighbourFill);
  });

  it('opens on the same camera the GL map will: the selection fitted with MapLibre’s padding', () => {
    const { map, store } = setup('AF1907');
    const target = cameraTarget(store.getState().geo!, 'AF1907');
    expect(map.camera()).toEqual(fitCamera(target.bbox, SIZE, { maxZoom: target.maxZoom }));
    const label = store.getState().geo!.places.get('AF1907')!.label;
    const [x, y] = projectionFor(map.camera(), SIZE)(label)!;
    expect(map.project(label)).toEqual({ x, y });
    // The label sits where the projection puts it.
    const text = document.querySelector('text[data-place="AF1907"]')!;
    const [, tx, ty] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(text.getAttribute('transform') ?? '') ?? [];
    expect(Number(tx)).toBeCloseTo(x, 1);
    expect(Number(ty)).toBeCloseTo(y, 1);
    expect(text.hasAttribute('display')).toBe(false);
  });

  it('follows the store: selection outline, dimmed provinces, hover veil, camera, language', () => {
    const { store, map, q } = setup();
    const before = map.camera();
    store.getState().select('AF1907', { via: 'map' });
    // Not inside the event that selected: at the next frame.
    expect(map.camera()).toEqual(before);
    vi.advanceTimersToNextFrame();
    const outline = [...document.querySelectorAll('path')].find(
      (p) => p.getAttribute('stroke') === theme.selectedLine && p.getAttribute('stroke-width') === '3',
    );
    expect(outline?.getAttribute('d')).toBe(q('path[data-place="AF1907"]')?.getAttribute('d'));
    expect(q('path[data-place="AF18"]')?.getAttribute('fill-opacity')).toBe(String(theme.dimOpacity));
    expect(q('path[data-place="AF19"]')?.getAttribute('fill-opacity')).toBe('1');
    expect(q('path[data-place="AF1907"]')?.getAttribute('fill-opacity')).toBe(
      String(theme.districtSelectedOpacity),
    );
    expect(map.camera().zoom).toBeGreaterThan(before.zoom);

    store.getState().hover('AF1901');
    expect(q('path[data-place="AF1901"]')?.getAttribute('fill-opacity')).toBe(
      String(theme.districtHoverOpacity),
    );
    store.getState().hover(null);
    expect(q('path[data-place="AF1901"]')?.getAttribute('fill-opacity')).toBe('0');

    store.getState().setLanguage('da');
    const label = q('text[data-place="AF19"]')!;
    expect(label.textContent).toBe('کندز');
    expect(label.getAttribute('direction')).toBe('rtl');

    store.getState().clear({ via: 'key' });
    vi.advanceTimersToNextFrame();
    expect(outline?.getAttribute('d')).toBe('');
    expect(q('path[data-place="AF18"]')?.getAttribute('fill-opacity')).toBe('1');
  });

  it('hidden under the GL map, follows nothing until shown again, printed or exported', () => {
    const { store, map, q } = setup();
    afterFirstPaint();
    const before = map.camera();
    const fill = (id: string) => q(`path[data-place="${id}"]`)?.getAttribute('fill-opacity');
    map.setActive(false);
    store.getState().select('AF1907', { via: 'map' });
    store.getState().hover('AF1901');
    vi.advanceTimersToNextFrame();
    expect(map.camera()).toEqual(before);
    expect(fill('AF18')).toBe('1');
    expect(fill('AF1901')).toBe('0');
    map.refine(); // as before an export or printing
    expect(fill('AF18')).toBe(String(theme.dimOpacity));
    expect(fill('AF1901')).toBe(String(theme.districtHoverOpacity));
    expect(map.camera().zoom).toBeGreaterThan(before.zoom);

    store.getState().clear({ via: 'key' });
    vi.advanceTimersToNextFrame();
    expect(fill('AF18')).toBe(String(theme.dimOpacity));
    map.setActive(true);
    expect(fill('AF18')).toBe('1');
    expect(map.camera()).toEqual(before);
  });

  it('draws the districts after the first paint, or a moment later in a tab that paints no frame', () => {
    // A hidden tab: no animation frame ever comes.
    const noFrames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      const { q } = setup();
      vi.advanceTimersByTime(150);
      expect(q('path[data-layer="district"]')).toBeNull();
      vi.advanceTimersByTime(100);
      expect(q('path[data-place="AF1907"][data-layer="district"]')).not.toBeNull();
    } finally {
      noFrames.mockRestore();
    }
  });

  it('draws the districts at once when it opens on one', () => {
    const { q } = setup('AF1907');
    const district = q('path[data-place="AF1907"][data-layer="district"]');
    expect(district?.getAttribute('fill-opacity')).toBe(String(theme.districtSelectedOpacity));
    const outline = [...document.querySelectorAll('path')].find(
      (p) => p.getAttribute('stroke') === theme.selectedLine && p.getAttribute('stroke-width') === '3',
    );
    expect(outline?.getAttribute('d')).toBe(district?.getAttribute('d'));
  });

  it('reads hits per layer from the elements under a point', () => {
    const { q } = setup();
    afterFirstPaint();
    const hit = hitsFrom([
      q('text[data-place="AF19"]')!,
      q('path[data-place="AF1907"]')!,
      q('path[data-place="AF19"]')!,
      q('path[data-place="TJK"]')!,
    ]);
    expect(hit).toEqual({ district: 'AF1907', province: 'AF19', country: 'TJK' });
    expect(hitsFrom([])).toEqual({ district: null, province: null, country: null });
  });

  it('steps the share ramp where the GL style does', () => {
    expect(shareColour(0)).toBe(theme.shareRamp[0]);
    expect(shareColour(0.1)).toBe(theme.shareRamp[1]);
    expect(shareColour(0.59)).toBe(theme.shareRamp[2]);
    expect(shareColour(0.6)).toBe(theme.shareRamp[3]);
  });

  it('takes over a prerendered map: its own elements, the picture continued, then it follows the store', () => {
    const store = createAtlasStore();
    store.getState().loaded({ story: toyStory(), geo: toyGeography() });
    const drawnFor = { width: SIZE.width / 2, height: SIZE.height / 2 };
    const markup = svgMarkup(store.getState().geo!, store.getState(), drawnFor);
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    const before = {
      svg: holder.querySelector('svg'),
      kunduz: holder.querySelector('path[data-place="AF19"]'),
      label: holder.querySelector('text[data-place="AF18"]'),
    };
    const { map, container, q } = setup(null, '');
    map.destroy();
    container.replaceChildren(...holder.childNodes);
    const adopted = createSvgMap(container, store, { reducedMotion: true });
    expect(adopted.svg).toBe(before.svg);
    expect(q('path[data-place="AF19"]')).toBe(before.kunduz);
    expect(q('text[data-place="AF18"]')).toBe(before.label);
    expect(container.querySelectorAll('svg')).toHaveLength(1);
    // Drawn for half the size and scaled up by the browser: one zoom level closer on the same centre.
    const opening = openingCamera(store.getState().geo!, null, drawnFor);
    expect(adopted.camera().zoom).toBeCloseTo(opening.zoom + 1, 9);
    expect(adopted.camera().center).toEqual(opening.center);
    expect(adopted.svg.getAttribute('viewBox')).toBe(`0 0 ${SIZE.width} ${SIZE.height}`);
    // The paths were not written again, and selection still draws from them.
    store.getState().select('AF19', { via: 'map' });
    vi.advanceTimersToNextFrame();
    const outline = [...container.querySelectorAll('path')].find(
      (p) => p.getAttribute('stroke') === theme.selectedLine && p.getAttribute('stroke-width') === '3.5',
    );
    expect(outline?.getAttribute('d')).toBe(before.kunduz?.getAttribute('d'));
    adopted.destroy();
  });

  it('draws afresh over prerendered markup that is not this map', () => {
    const { map, container } = setup(null, '<svg viewBox="0 0 10 10"><g><path d="M0 0"></path></g></svg>');
    expect(container.querySelectorAll('svg')).toHaveLength(1);
    expect(map.svg.querySelector('path[data-place="AF19"]')).not.toBeNull();
  });

  it('repaints in place when the theme or the accent changes, and back', () => {
    const { store, q } = setup('AF19');
    afterFirstPaint();
    const water = () => q('svg > rect')?.getAttribute('fill');
    const country = () => q('path[data-place="TJK"]')?.getAttribute('fill');
    const outline = () =>
      [...(q('svg')?.querySelectorAll('path') ?? [])]
        .filter((p) => p.getAttribute('stroke-width') === '3.5')
        .map((p) => p.getAttribute('stroke'));
    expect([water(), country(), outline()]).toEqual([theme.water, theme.neighbourFill, [theme.selectedLine]]);
    store.getState().setTheme('dark');
    store.setState({ accent: '#c0392b' });
    expect([water(), country(), outline()]).toEqual([
      DARK_PAINT.background!['background-color'],
      DARK_PAINT['neighbours-fill']!['fill-color'],
      ['#c0392b'],
    ]);
    // The provinces keep the story's colours, so the key stays true.
    expect(q('path[data-place="AF19"]')?.getAttribute('fill')).toBe(theme.shareRamp[3]);
    store.getState().setTheme('light');
    store.setState({ accent: null });
    expect([water(), country(), outline()]).toEqual([theme.water, theme.neighbourFill, [theme.selectedLine]]);
  });
});
