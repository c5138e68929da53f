import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import type { Map as GlMap } from 'maplibre-gl';
import type { Geography, MapPlace } from '../state/geography.ts';
import type { AtlasStore } from '../state/store.ts';
import { placeCounts, placeName } from '../state/selectors.ts';
import { DISTRICT_LABEL_ZOOM } from './camera.ts';
import { visibleLabels, type LabelSpot } from './labels.ts';
import { widths } from './theme.ts';

// The GL map's place names: HTML markers over the canvas, in the reader's language, laid out by the rule the
// SVG map shares (labels.ts) after each camera move.

export interface GlLabels {
  /** Writes the names and lays them out now. */
  update(): void;
  /** Lays them out in the next frame's own work (several asks in one frame cost one layout). */
  schedule(): void;
  remove(): void;
}

type Marker = { marker: maplibregl.Marker; place: MapPlace; el: HTMLElement };

function labelElement(className: string): HTMLElement {
  const el = document.createElement('div');
  el.className = `map-label ${className}`;
  // The accessible place list is the map's text alternative; labels would only repeat it.
  el.setAttribute('aria-hidden', 'true');
  return el;
}

/** Every labelled place (countries, provinces, districts, pins), each with its marker on the map. */
function addMarkers(map: GlMap, geo: Geography): Marker[] {
  const ids = [...geo.countries.map((c) => c.id), ...geo.provinces, ...geo.districts, ...(geo.pins ?? [])];
  const labelled = ids.map((id) => geo.places.get(id)).filter((p): p is MapPlace => p !== undefined);
  return labelled.map((place) => {
    const el = labelElement(`map-label-${place.kind}`);
    el.dataset.place = place.id;
    const offset: [number, number] = [0, place.kind === 'pin' ? -widths.pinLabelOffset : 0];
    const marker = new maplibregl.Marker({ element: el, offset }).setLngLat(place.label).addTo(map);
    return { marker, place, el };
  });
}

/** Lays out the markers' names for the store's language and selection at the map's camera. */
function layOut(map: GlMap, geo: Geography, store: AtlasStore, markers: readonly Marker[]): void {
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
    selected ? geo.places.get(selected) : undefined,
    (id) => placeCounts(story, id).passages,
  );
  for (const { place, el } of markers) {
    const hidden = !shown.has(place.id);
    if (el.hidden !== hidden) el.hidden = hidden;
  }
}

export function glLabels(map: GlMap, geo: Geography, store: AtlasStore): GlLabels {
  const markers = addMarkers(map, geo);
  const update = () => layOut(map, geo, store, markers);
  // Labels are laid out once per frame, in the frame's own work: a camera cut inside a click (reduced motion)
  // or a resize and a move together cost one layout, and the reading panel is not kept waiting for it.
  let frame = 0;
  return {
    update,
    schedule() {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          update();
        });
    },
    remove() {
      cancelAnimationFrame(frame);
      for (const { marker } of markers) marker.remove();
    },
  };
}
