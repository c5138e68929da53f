import type { Geography, LonLat, MapPlace } from '../../state/geography.ts';
import { placeCounts, placeName, provinceShares } from '../../state/selectors.ts';
import type { AtlasState } from '../../state/store.ts';
import { hashForPlace } from '../../state/url-sync.ts';
import { DISTRICT_LABEL_ZOOM, projectionFor, type Camera, type Size } from '../camera.ts';
import { lookPaint } from '../dark-theme.ts';
import { visibleLabels, type LabelSpot } from '../labels.ts';
import { capitals } from '../overlays.ts';
import { SHARE_STOPS, atZoom, theme, widths } from '../theme.ts';
import { baseFrame, viewTransform, type BaseFrame, type LazyPath } from './paths.ts';
import { SVG_NS, type Attrs, type MakeNode, type SvgNode } from './svg-node.ts';

// The SVG map's picture as elements and the drawing of each state onto them, with no DOM of its own: the
// browser binding (svg-map.ts) makes the elements in the page or adopts prerendered ones, and the build
// makes them as markup (svg-string.ts) for the prerendered pages and the share cards. The same calls in the
// same order, so a prerendered map and the one the browser would draw are the same elements.
// Every colour is a presentation attribute, not a CSS class, so the element serialises into a PNG as seen.

export const FONT_FAMILY =
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
  pin: { size: 11, weight: 600, colour: theme.pin, italic: false },
};

/** The store's facts the picture shows. */
export type SceneFacts = Pick<AtlasState, 'selected' | 'hovered' | 'language' | 'story' | 'theme' | 'accent'>;

/** A colour read from a GL layer's paint in the current look, else the light theme's: [layer, key, light]. */
type PaintRef = readonly [layer: string, key: string, light: string];
const PAINT = {
  water: ['background', 'background-color', theme.water],
  neighbourLine: ['neighbours-line', 'line-color', theme.neighbourLine],
  neighbourFill: ['neighbours-fill', 'fill-color', theme.neighbourFill],
  contextLine: ['context-line', 'line-color', theme.contextLine],
  contextFill: ['context-fill', 'fill-color', theme.contextFill],
  national: ['national-border', 'line-color', theme.nationalBorder],
  selectedDistrict: ['selected-district-line', 'line-color', theme.selectedLine],
  selectedProvince: ['selected-province-line', 'line-color', theme.selectedLine],
} as const satisfies Record<string, PaintRef>;

export interface SvgScene<N extends SvgNode> {
  readonly root: N;
  readonly frame: BaseFrame;
  /** The viewport: the SVG's own coordinates are the view's pixels. */
  drawSize(size: Size): void;
  /** Shapes moved to the camera, points and labels placed (which labels fit is decided here). */
  drawCamera(camera: Camera, size: Size): void;
  /** Label words in the store's language, then the camera (other words, other widths). */
  drawLabels(camera: Camera, size: Size): void;
  drawSelection(id: string | null, previous: string | null): void;
  drawHover(id: string | null, previous: string | null): void;
  /** The colours of the store's theme and accent (a host's colour scheme can change while the map is open). */
  drawLook(): void;
  /** The district shapes, unseen until hovered or selected: made once, when first needed. */
  drawDistricts(): void;
  /** Every shape's full path, over the light one a prerendered first view was written with. */
  refine(): void;
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

const veilOpacity = (id: string, hovered: string | null, selected: string | null) =>
  hovered === id ? theme.districtHoverOpacity : selected === id ? theme.districtSelectedOpacity : 0;

/** A line's attributes: widths are screen pixels whatever the camera's scale, as in MapLibre. */
function line(colour: string, width: number, extra: Attrs = {}): Attrs {
  return {
    fill: 'none',
    stroke: colour,
    'stroke-width': width,
    'vector-effect': 'non-scaling-stroke',
    'pointer-events': 'none',
    ...extra,
  };
}

const PICKABLE = { 'pointer-events': 'visibleFill', cursor: 'pointer' };

/**
 * A pickable shape inside a link to its place's reading, so the map works without JavaScript; out of the
 * tab order, as the whole drawing is hidden from assistive technology (the place list is its alternative).
 * `links` is where the reading is before its address: '' for this page, 'places/' on a prerendered page.
 */
function linkMaker<N extends SvgNode>(make: MakeNode<N>, links: string) {
  return (id: string, parent: N): N => make('a', { href: links + hashForPlace(id), tabindex: -1 }, parent);
}

/** What the shape and overlay builders share: the element maker, the paint for the theme, the frame. */
interface Builder<N extends SvgNode> {
  make: MakeNode<N>;
  geo: Geography;
  facts: () => SceneFacts;
  /** A node whose colours (attribute → paint) follow the look: `make` gets them as they are now. */
  painted: <K extends string>(paints: Record<K, PaintRef>, make: (colours: Record<K, string>) => N) => N;
  paths: BaseFrame['paths'];
  /** A shape whose path a prerendered page may have written light (refine() writes it in full). */
  shape: (attrs: Attrs & { d: LazyPath }, parent: N) => N;
  /** A link to a place's reading, holding its pickable shape. */
  link: (id: string, parent: N) => N;
}

/** The filled shapes under the lines: neighbouring countries, the rest of Afghanistan, the provinces. */
function areaNodes<N extends SvgNode>(b: Builder<N>, shapes: N) {
  const { make, painted, paths, shape, link } = b;
  const neighbours = make('g', {}, shapes);
  for (const n of paths.neighbours) {
    painted({ stroke: PAINT.neighbourLine, fill: PAINT.neighbourFill }, (c) => {
      const attrs = {
        d: n.d,
        'data-place': n.id,
        'data-layer': 'country',
        ...line(c.stroke, widths.neighbourLine),
        fill: c.fill,
        ...PICKABLE,
      };
      return shape(attrs, link(n.id, neighbours));
    });
  }
  painted({ stroke: PAINT.contextLine, fill: PAINT.contextFill }, (c) =>
    shape({ d: paths.context, ...line(c.stroke, widths.contextLine), fill: c.fill }, shapes),
  );
  painted({ stroke: PAINT.contextLine }, (c) =>
    shape({ d: paths.contextLines, ...line(c.stroke, widths.contextLine) }, shapes),
  );
  const shares = provinceShares(b.facts().story, b.geo);
  const provinceFill = new Map<string, N>();
  const provincesG = make('g', {}, shapes);
  for (const p of paths.provinces) {
    const attrs = {
      d: p.d,
      'data-place': p.id,
      'data-layer': 'province',
      fill: shareColour(shares.get(p.id) ?? 0),
      stroke: 'none',
      ...PICKABLE,
    };
    provinceFill.set(p.id, shape(attrs, link(p.id, provincesG)));
  }
  // Filled by drawDistricts, when first needed.
  const districtsG = make('g', {}, shapes);
  return { provinceFill, districtsG };
}

/** The lines over the areas, and the hover veil and selection outlines between them. */
function lineNodes<N extends SvgNode>(b: Builder<N>, shapes: N) {
  const { make, painted, paths, shape } = b;
  const districtLines = shape(
    {
      d: paths.districtLines,
      ...line(theme.districtLine, 1, { 'stroke-opacity': theme.districtLineOpacity }),
    },
    shapes,
  );
  const provinceHover = make(
    'path',
    { d: '', fill: theme.hoverFill, 'fill-opacity': theme.provinceHoverOpacity, 'pointer-events': 'none' },
    shapes,
  );
  shape({ d: paths.provinceLines, ...line(theme.provinceLine, widths.provinceLine) }, shapes);
  const borderLines = paths.borders.map((border) => {
    const colour = theme.borderByCountry[border.country] ?? theme.borderDefault;
    const ends = { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
    return shape({ d: border.d, ...line(colour, 1, ends) }, shapes);
  });
  painted({ stroke: PAINT.national }, (c) =>
    shape({ d: paths.national, ...line(c.stroke, widths.nationalBorder) }, shapes),
  );
  const outline = (paint: PaintRef, width: number) =>
    painted({ stroke: paint }, (c) => make('path', { d: '', ...line(c.stroke, width) }, shapes));
  const selectedDistrict = outline(PAINT.selectedDistrict, widths.selectedDistrictLine);
  const selectedProvince = outline(PAINT.selectedProvince, widths.selectedProvinceLine);
  return { districtLines, provinceHover, borderLines, selectedDistrict, selectedProvince };
}

/** Points and labels: they stay their size at every zoom, placed in screen coordinates. */
function overlayNodes<N extends SvgNode>({ make, geo, link }: Builder<N>, root: N) {
  const overlay = make('g', { 'pointer-events': 'none' }, root);
  const dot = {
    r: widths.capitalRadius,
    fill: '#ffffff',
    stroke: theme.capital,
    'stroke-width': widths.capitalStroke,
  };
  const capitalDots = capitals(geo).features.map((f) => ({
    at: f.geometry.coordinates as LonLat,
    node: make('circle', dot, overlay),
  }));
  // A story's pins: red dots, each a link to its reading, pickable over the shapes.
  const pinDots = (geo.pins ?? []).flatMap((id) => {
    const place = geo.places.get(id);
    const attrs = {
      r: widths.pinRadius,
      fill: theme.pin,
      stroke: '#ffffff',
      'stroke-width': widths.pinStroke,
    };
    const pick = {
      'data-place': id,
      'data-layer': 'pin',
      'pointer-events': 'visiblePainted',
      cursor: 'pointer',
    };
    return place
      ? [{ id, at: place.label, node: make('circle', { ...attrs, ...pick }, link(id, overlay)) }]
      : [];
  });
  return { capitalDots, pinDots, labels: labelNodes(make, geo, overlay) };
}

export function buildSvgScene<N extends SvgNode>(
  make: MakeNode<N>,
  geo: Geography,
  facts: () => SceneFacts,
  /** Light paths for a first view, or a still picture's own zoom (paths.ts baseFrame). */
  frameOptions: Parameters<typeof baseFrame>[1] = {},
  /** Where place links lead before the place's address (see linkMaker). */
  links = '',
): SvgScene<N> {
  const frame = baseFrame(geo, frameOptions);
  const shaped: [N, LazyPath][] = [];
  const paintedNodes: [N, Record<string, PaintRef>][] = [];
  const b: Builder<N> = {
    make,
    link: linkMaker(make, links),
    geo,
    facts,
    paths: frame.paths,
    painted: (paints, makeNode) => {
      const node = makeNode(colours(paints, facts()));
      paintedNodes.push([node, paints]);
      return node;
    },
    shape: (attrs, parent) => {
      const node = make('path', attrs, parent);
      shaped.push([node, attrs.d]);
      return node;
    },
  };
  const root = make(
    'svg',
    {
      xmlns: SVG_NS,
      width: '100%',
      height: '100%',
      'aria-hidden': 'true',
      focusable: 'false',
      'font-family': FONT_FAMILY,
      // Holes whatever the rings' winding (see paths.ts).
      'fill-rule': 'evenodd',
      'data-testid': 'svg-map-drawing',
    },
    null,
  );
  const water = b.painted({ fill: PAINT.water }, (c) => make('rect', { x: 0, y: 0, fill: c.fill }, root));
  const shapes = make('g', {}, root);
  const parts = {
    root,
    water,
    shapes,
    ...areaNodes(b, shapes),
    ...lineNodes(b, shapes),
    ...overlayNodes(b, root),
  };
  const drawLook = () => {
    for (const [node, paints] of paintedNodes) {
      for (const [attr, value] of Object.entries(colours(paints, facts()))) node.setAttribute(attr, value);
    }
  };
  return { ...sceneDrawing(b, frame, parts, shaped), drawLook };
}

/** The colours of `paints` in the look of `facts`. */
function colours<K extends string>(paints: Record<K, PaintRef>, facts: SceneFacts): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const attr of Object.keys(paints) as K[]) {
    const [layer, key, light] = paints[attr];
    const v = lookPaint(layer, facts)?.[key];
    out[attr] = typeof v === 'string' ? v : light;
  }
  return out;
}

type Parts<N extends SvgNode> = { root: N; water: N; shapes: N } & ReturnType<typeof areaNodes<N>> &
  ReturnType<typeof lineNodes<N>> &
  ReturnType<typeof overlayNodes<N>>;

/** How each state of the store draws onto the scene's elements. */
function sceneDrawing<N extends SvgNode>(
  { make, geo, facts, paths }: Builder<N>,
  frame: BaseFrame,
  p: Parts<N>,
  shaped: [N, LazyPath][],
): Omit<SvgScene<N>, 'drawLook'> {
  const districtFill = new Map<string, N>();
  let districtsDrawn = false;
  function drawDistricts(): void {
    if (districtsDrawn) return;
    districtsDrawn = true;
    const { hovered, selected } = facts();
    for (const d of paths.districts) {
      const attrs = {
        d: d.d,
        'data-place': d.id,
        'data-layer': 'district',
        fill: theme.hoverFill,
        'fill-opacity': veilOpacity(d.id, hovered, selected),
        stroke: 'none',
        ...PICKABLE,
      };
      districtFill.set(d.id, make('path', attrs, p.districtsG));
    }
  }
  function drawCamera(camera: Camera, size: Size): void {
    p.shapes.setAttribute('transform', viewTransform(frame, camera, size));
    p.districtLines.setAttribute('stroke-width', String(atZoom(widths.districtLine, camera.zoom)));
    const borderWidth = String(atZoom(widths.borderSegment, camera.zoom));
    for (const border of p.borderLines) border.setAttribute('stroke-width', borderWidth);
    const projection = projectionFor(camera, size);
    const at = (lonlat: LonLat) => projection(lonlat) ?? [-1e4, -1e4];
    for (const { at: ll, node } of [...p.capitalDots, ...p.pinDots]) {
      const [x, y] = at(ll);
      node.setAttribute('cx', x.toFixed(1));
      node.setAttribute('cy', y.toFixed(1));
    }
    placeLabels(p.labels, geo, facts(), camera, size, at);
  }
  function drawDistrictVeil(id: string | null): void {
    if (id && geo.places.get(id)?.kind === 'district') drawDistricts();
    const node = id ? districtFill.get(id) : undefined;
    if (!node || !id) return;
    const { hovered, selected } = facts();
    node.setAttribute('fill-opacity', String(veilOpacity(id, hovered, selected)));
  }
  const pathOf = (map: Map<string, N>, key: string) => map.get(key)?.getAttribute('d') ?? '';
  return {
    root: p.root,
    frame,
    drawSize(size) {
      p.root.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
      p.water.setAttribute('width', String(size.width));
      p.water.setAttribute('height', String(size.height));
    },
    drawCamera,
    drawLabels(camera, size) {
      const { language } = facts();
      for (const { place, node } of p.labels) {
        node.textContent = placeName(place, language);
        node.setAttribute('direction', language === 'da' ? 'rtl' : 'ltr');
        node.setAttribute('lang', language === 'da' ? 'fa-AF' : 'en');
      }
      drawCamera(camera, size);
    },
    drawSelection(id, previous) {
      const place = id ? geo.places.get(id) : undefined;
      if (place?.kind === 'district') drawDistricts();
      const focusProvince = place?.kind === 'province' ? place.id : (place?.province ?? null);
      for (const [pid, node] of p.provinceFill) {
        node.setAttribute('fill-opacity', String(place && pid !== focusProvince ? theme.dimOpacity : 1));
      }
      p.selectedDistrict.setAttribute('d', place?.kind === 'district' ? pathOf(districtFill, place.id) : '');
      p.selectedProvince.setAttribute(
        'd',
        place?.kind === 'province' ? pathOf(p.provinceFill, place.id) : '',
      );
      drawDistrictVeil(previous);
      drawDistrictVeil(id);
      for (const pin of p.pinDots)
        pin.node.setAttribute('r', String(pin.id === id ? widths.pinSelectedRadius : widths.pinRadius));
    },
    drawHover(id, previous) {
      drawDistrictVeil(previous);
      drawDistrictVeil(id);
      p.provinceHover.setAttribute('d', id ? pathOf(p.provinceFill, id) : '');
    },
    drawDistricts,
    refine() {
      for (const [node, d] of shaped.splice(0)) node.setAttribute('d', d());
    },
  };
}

interface Label<N> {
  place: MapPlace;
  node: N;
  /** The transform last written, so a camera move re-lays out only the labels that move. */
  transform: string;
}

function labelNodes<N extends SvgNode>(make: MakeNode<N>, geo: Geography, overlay: N): Label<N>[] {
  const labelled: MapPlace[] = [
    ...geo.countries.map((c) => geo.places.get(c.id)),
    ...geo.provinces.map((id) => geo.places.get(id)),
    ...geo.districts.map((id) => geo.places.get(id)),
    ...(geo.pins ?? []).map((id) => geo.places.get(id)),
  ].filter((p): p is MapPlace => p !== undefined);
  return labelled.map((place) => {
    const style = LABEL_STYLE[place.kind];
    const node = make(
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
    // Adopted from prerendered markup, a label may already be placed.
    const transform = node.getAttribute('display') === 'none' ? '' : (node.getAttribute('transform') ?? '');
    return { place, node, transform };
  });
}

function placeLabels<N extends SvgNode>(
  labels: Label<N>[],
  geo: Geography,
  { selected, story, language }: SceneFacts,
  camera: Camera,
  size: Size,
  at: (lonlat: LonLat) => [number, number],
): void {
  const districtsShown = camera.zoom >= DISTRICT_LABEL_ZOOM;
  const spots: LabelSpot[] = [];
  const anchors = new Map<string, [number, number]>();
  for (const { place } of labels) {
    if (place.kind === 'district' && !districtsShown) continue;
    const [x, dotY] = at(place.label);
    const y = place.kind === 'pin' ? dotY - widths.pinLabelOffset : dotY;
    const style = LABEL_STYLE[place.kind];
    const text = placeName(place, language);
    spots.push({ place, text, fontPx: style.size, bold: style.weight >= 600, x, y });
    anchors.set(place.id, [x, y]);
  }
  const focus = selected ? geo.places.get(selected) : undefined;
  const shown = visibleLabels(spots, size, focus, (id) => placeCounts(story, id).passages);
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
