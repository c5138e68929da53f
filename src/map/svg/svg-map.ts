import type { AtlasStore } from '../../state/store.ts';
import type { Geography, LonLat, MapPlace } from '../../state/geography.ts';
import { placeCounts, placeName, provinceShares } from '../../state/selectors.ts';
import {
  DISTRICT_LABEL_ZOOM,
  FLY_MS,
  cameraTarget,
  fitCamera,
  projectionFor,
  type Camera,
  type Size,
} from '../camera.ts';
import { DARK_PAINT } from '../dark-theme.ts';
import { visibleLabels, type LabelSpot } from '../labels.ts';
import { followSelection } from '../frame.ts';
import { capitals } from '../overlays.ts';
import { pickPlace, type Hits } from '../pick.ts';
import { SHARE_STOPS, atZoom, theme, widths } from '../theme.ts';
import { createTooltip, showTooltip } from '../tooltip.ts';
import { baseFrame, viewTransform } from './paths.ts';

// The first paint: the same picture as the GL map, drawn as SVG from the same topology, theme and camera,
// interactive at once. It stays under the GL map once that is ready, and takes over again if WebGL fails.
// Every colour is a presentation attribute, not a CSS class, so the element serialises into a PNG as seen.

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Naskh Arabic', sans-serif";
/** Label halo: MapLibre's labels are HTML with a soft white text-shadow of about this size, which lets a
 * capital's dot show through; a part-opaque stroke does the same. */
const HALO_PX = 3;
const HALO_OPACITY = 0.7;
const LABEL_STYLE: Record<
  MapPlace['kind'],
  { size: number; weight: number; colour: string; italic: boolean }
> = {
  province: { size: 14, weight: 700, colour: theme.nationalBorder, italic: false },
  district: { size: 11, weight: 500, colour: theme.nationalBorder, italic: false },
  country: { size: 12, weight: 500, colour: '#6b645c', italic: true },
};

export interface SvgMapOptions {
  reducedMotion: boolean;
}

export interface SvgMap {
  /** The drawn <svg>: self-contained, so it can be serialised (PNG export) or printed as it is. */
  readonly svg: SVGSVGElement;
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

type Attrs = Record<string, string | number>;

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

/** The ramp colour for a share, stepping at SHARE_STOPS as the GL style's `step` expression does. */
export function shareColour(share: number): string {
  let colour: string = theme.shareRamp[0];
  SHARE_STOPS.forEach((stop, i) => {
    const c = theme.shareRamp[i];
    if (i > 0 && c && share >= stop) colour = c;
  });
  return colour;
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
  }
  return hits;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export function createSvgMap(container: HTMLElement, store: AtlasStore, options: SvgMapOptions): SvgMap {
  const loaded = store.getState().geo;
  if (!loaded) throw new Error('the SVG map needs the geography loaded first');
  const geo: Geography = loaded;
  const dark = store.getState().theme === 'dark';
  const paint = (layer: string, key: string, light: string): string => {
    const v = dark ? DARK_PAINT[layer]?.[key] : undefined;
    return typeof v === 'string' ? v : light;
  };

  const frame = baseFrame(geo);
  const { paths } = frame;
  const line = (colour: string, width: number, extra: Attrs = {}): Attrs => ({
    fill: 'none',
    stroke: colour,
    'stroke-width': width,
    // Widths are screen pixels whatever the camera's scale, as in MapLibre.
    'vector-effect': 'non-scaling-stroke',
    'pointer-events': 'none',
    ...extra,
  });

  const svg = el('svg', {
    xmlns: SVG_NS,
    width: '100%',
    height: '100%',
    'aria-hidden': 'true',
    focusable: 'false',
    'font-family': FONT_FAMILY,
    // Holes whatever the rings' winding (see paths.ts).
    'fill-rule': 'evenodd',
    'data-testid': 'svg-map-drawing',
  });
  const water = el('rect', { x: 0, y: 0, fill: paint('background', 'background-color', theme.water) }, svg);
  const shapes = el('g', {}, svg);

  const pickable = { 'pointer-events': 'visibleFill', cursor: 'pointer' };
  const neighbours = el('g', {}, shapes);
  for (const n of paths.neighbours) {
    el(
      'path',
      {
        d: n.d,
        'data-place': n.id,
        'data-layer': 'country',
        ...line(paint('neighbours-line', 'line-color', theme.neighbourLine), widths.neighbourLine),
        fill: paint('neighbours-fill', 'fill-color', theme.neighbourFill),
        ...pickable,
      },
      neighbours,
    );
  }
  const contextLine = line(paint('context-line', 'line-color', theme.contextLine), widths.contextLine);
  el(
    'path',
    { d: paths.context, ...contextLine, fill: paint('context-fill', 'fill-color', theme.contextFill) },
    shapes,
  );
  el('path', { d: paths.contextLines, ...contextLine }, shapes);
  const shares = provinceShares(store.getState().story, geo);
  const provinceFill = new Map<string, SVGPathElement>();
  const provincesG = el('g', {}, shapes);
  for (const p of paths.provinces) {
    provinceFill.set(
      p.id,
      el(
        'path',
        {
          d: p.d,
          'data-place': p.id,
          'data-layer': 'province',
          fill: shareColour(shares.get(p.id) ?? 0),
          stroke: 'none',
          ...pickable,
        },
        provincesG,
      ),
    );
  }
  const veilOpacity = (id: string, hovered: string | null, selected: string | null) =>
    hovered === id ? theme.districtHoverOpacity : selected === id ? theme.districtSelectedOpacity : 0;
  const districtFill = new Map<string, SVGPathElement>();
  const districtsG = el('g', {}, shapes);
  // Unseen until hovered or selected: drawn after the first paint, or at once when something needs them.
  let districtsDrawn = false;
  function drawDistricts(): void {
    if (districtsDrawn) return;
    districtsDrawn = true;
    const { hovered, selected } = store.getState();
    for (const p of paths.districts()) {
      districtFill.set(
        p.id,
        el(
          'path',
          {
            d: p.d,
            'data-place': p.id,
            'data-layer': 'district',
            fill: theme.hoverFill,
            'fill-opacity': veilOpacity(p.id, hovered, selected),
            stroke: 'none',
            ...pickable,
          },
          districtsG,
        ),
      );
    }
  }
  const districtLines = el(
    'path',
    {
      d: paths.districtLines,
      ...line(theme.districtLine, 1, { 'stroke-opacity': theme.districtLineOpacity }),
    },
    shapes,
  );
  const provinceHover = el(
    'path',
    {
      d: '',
      fill: theme.hoverFill,
      'fill-opacity': theme.provinceHoverOpacity,
      'pointer-events': 'none',
    },
    shapes,
  );
  el('path', { d: paths.provinceLines, ...line(theme.provinceLine, widths.provinceLine) }, shapes);
  const borderLines = paths.borders.map((b) =>
    el(
      'path',
      {
        d: b.d,
        ...line(theme.borderByCountry[b.country] ?? theme.borderDefault, 1, {
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
        }),
      },
      shapes,
    ),
  );
  el(
    'path',
    {
      d: paths.national,
      ...line(paint('national-border', 'line-color', theme.nationalBorder), widths.nationalBorder),
    },
    shapes,
  );
  const selectedDistrict = el(
    'path',
    { d: '', ...line(theme.selectedLine, widths.selectedDistrictLine) },
    shapes,
  );
  const selectedProvince = el(
    'path',
    { d: '', ...line(theme.selectedLine, widths.selectedProvinceLine) },
    shapes,
  );

  // Points and labels stay their size at every zoom: they are placed in screen coordinates.
  const overlay = el('g', { 'pointer-events': 'none' }, svg);
  const capitalDots = capitals(geo).features.map((f) => ({
    at: f.geometry.coordinates as LonLat,
    node: el(
      'circle',
      {
        r: widths.capitalRadius,
        fill: '#ffffff',
        stroke: theme.capital,
        'stroke-width': widths.capitalStroke,
      },
      overlay,
    ),
  }));
  const labelled: MapPlace[] = [
    ...geo.countries.map((c) => geo.places.get(c.id)),
    ...geo.provinces.map((id) => geo.places.get(id)),
    ...geo.districts.map((id) => geo.places.get(id)),
  ].filter((p): p is MapPlace => p !== undefined);
  const labels = labelled.map((place) => {
    const style = LABEL_STYLE[place.kind];
    const node = el(
      'text',
      {
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-size': style.size,
        'font-weight': style.weight,
        'font-style': style.italic ? 'italic' : 'normal',
        fill: style.colour,
        stroke: '#ffffff',
        'stroke-width': HALO_PX,
        'stroke-opacity': HALO_OPACITY,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
        'data-place': place.id,
        // Until the camera places it (drawCamera), or it would sit at the view's corner.
        display: 'none',
      },
      overlay,
    );
    return { place, node, transform: '' };
  });

  container.appendChild(svg);
  const tooltip = createTooltip(container);

  let size: Size = { width: container.clientWidth, height: container.clientHeight };
  let camera: Camera = fitFor(store.getState().selected);
  let animation = 0;
  let active = true;

  function fitFor(id: string | null): Camera {
    const target = cameraTarget(geo, id);
    return fitCamera(target.bbox, size, { maxZoom: target.maxZoom });
  }

  function drawCamera(): void {
    shapes.setAttribute('transform', viewTransform(frame, camera, size));
    districtLines.setAttribute('stroke-width', String(atZoom(widths.districtLine, camera.zoom)));
    const borderWidth = String(atZoom(widths.borderSegment, camera.zoom));
    for (const b of borderLines) b.setAttribute('stroke-width', borderWidth);
    const projection = projectionFor(camera, size);
    const at = (lonlat: LonLat) => projection(lonlat) ?? [-1e4, -1e4];
    for (const { at: ll, node } of capitalDots) {
      const [x, y] = at(ll);
      node.setAttribute('cx', x.toFixed(1));
      node.setAttribute('cy', y.toFixed(1));
    }
    const districtsShown = camera.zoom >= DISTRICT_LABEL_ZOOM;
    const { selected, story, language } = store.getState();
    const spots: LabelSpot[] = [];
    const anchors = new Map<string, [number, number]>();
    for (const { place } of labels) {
      if (place.kind === 'district' && !districtsShown) continue;
      const [x, y] = at(place.label);
      const style = LABEL_STYLE[place.kind];
      spots.push({
        place,
        text: placeName(place, language),
        fontPx: style.size,
        bold: style.weight >= 600,
        x,
        y,
      });
      anchors.set(place.id, [x, y]);
    }
    const shown = visibleLabels(
      spots,
      size,
      selected ? geo.places.get(selected) : undefined,
      (id) => placeCounts(story, id).passages,
    );
    for (const label of labels) {
      const anchor = shown.has(label.place.id) ? anchors.get(label.place.id) : undefined;
      // Labels are laid-out text: a selection re-lays out only those that move, by a transform.
      const transform = anchor ? `translate(${anchor[0].toFixed(1)} ${anchor[1].toFixed(1)})` : '';
      if (transform === label.transform) continue;
      label.transform = transform;
      if (anchor) {
        label.node.setAttribute('transform', transform);
        label.node.removeAttribute('display');
      } else {
        label.node.setAttribute('display', 'none');
      }
    }
  }

  function drawSize(): void {
    svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    water.setAttribute('width', String(size.width));
    water.setAttribute('height', String(size.height));
  }

  function drawLabels(): void {
    const { language } = store.getState();
    for (const { place, node } of labels) {
      node.textContent = placeName(place, language);
      node.setAttribute('direction', language === 'da' ? 'rtl' : 'ltr');
      node.setAttribute('lang', language === 'da' ? 'fa-AF' : 'en');
    }
    // Other words, other widths: which labels fit is decided again.
    drawCamera();
  }

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

  function drawSelection(id: string | null, previous: string | null): void {
    const place = id ? geo.places.get(id) : undefined;
    if (place?.kind === 'district') drawDistricts();
    const focusProvince = place?.kind === 'province' ? place.id : (place?.province ?? null);
    for (const [pid, node] of provinceFill) {
      node.setAttribute('fill-opacity', String(place && pid !== focusProvince ? theme.dimOpacity : 1));
    }
    const pathOf = (map: Map<string, SVGPathElement>, key: string | null) =>
      (key ? map.get(key)?.getAttribute('d') : null) ?? '';
    selectedDistrict.setAttribute('d', place?.kind === 'district' ? pathOf(districtFill, place.id) : '');
    selectedProvince.setAttribute('d', place?.kind === 'province' ? pathOf(provinceFill, place.id) : '');
    drawDistrictVeil(previous);
    drawDistrictVeil(id);
  }

  function drawDistrictVeil(id: string | null): void {
    if (id && geo.places.get(id)?.kind === 'district') drawDistricts();
    const node = id ? districtFill.get(id) : undefined;
    if (!node || !id) return;
    const { hovered, selected } = store.getState();
    node.setAttribute('fill-opacity', String(veilOpacity(id, hovered, selected)));
  }

  function drawHover(id: string | null, previous: string | null): void {
    drawDistrictVeil(previous);
    drawDistrictVeil(id);
    const province = id ? provinceFill.get(id) : undefined;
    provinceHover.setAttribute('d', province?.getAttribute('d') ?? '');
  }

  drawSize();
  drawLabels(); // and, with the labels' widths known, the camera
  drawSelection(store.getState().selected, null);
  drawHover(store.getState().hovered, null);

  const unsubscribers = [
    followSelection(store, (id, previous) => {
      drawSelection(id, previous);
      flyTo(fitFor(id));
    }),
    store.subscribe((s) => s.hovered, drawHover),
    store.subscribe((s) => s.language, drawLabels),
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
  // After the first frame has been painted.
  let districtsTimer = 0;
  const districtsFrame = requestAnimationFrame(() => {
    districtsTimer = window.setTimeout(drawDistricts, 0);
  });
  const onMove = (e: PointerEvent) => {
    if (!active) return;
    const id = pickAt(e);
    store.getState().hover(id);
    const box = container.getBoundingClientRect();
    const place = id ? geo.places.get(id) : undefined;
    showTooltip(
      tooltip,
      place,
      placeCounts(store.getState().story, id ?? ''),
      e.clientX - box.left,
      e.clientY - box.top,
    );
  };
  const onLeave = () => {
    if (!active) return;
    store.getState().hover(null);
    tooltip.hidden = true;
  };
  const onClick = (e: MouseEvent) => {
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

  const api: SvgMap = {
    svg,
    size: () => size,
    camera: () => camera,
    project: (lonlat) => {
      const [x, y] = projectionFor(camera, size)(lonlat) ?? [Number.NaN, Number.NaN];
      return { x, y };
    },
    setActive(next) {
      active = next;
      if (!next) tooltip.hidden = true;
    },
    destroy() {
      cancelAnimationFrame(animation);
      cancelAnimationFrame(districtsFrame);
      clearTimeout(districtsTimer);
      resize.disconnect();
      for (const u of unsubscribers) u();
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerleave', onLeave);
      svg.removeEventListener('click', onClick);
      tooltip.remove();
      svg.remove();
      if (window.northAtlasSvgMap === hook) delete window.northAtlasSvgMap;
    },
  };
  const hook = { project: api.project, camera: api.camera };
  window.northAtlasSvgMap = hook;
  return api;
}
