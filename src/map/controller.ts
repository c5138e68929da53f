import maplibregl from 'maplibre-gl';
import type { LngLatBoundsLike, MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { AtlasStore } from '../state/store.ts';
import { featuresOf, type Geography, type MapPlace } from '../state/geography.ts';
import { placeCounts, placeName, provinceShares } from '../state/selectors.ts';
import { LAYERS, PICKABLE, SOURCES, baseStyle } from './style.ts';

// The only owner of the MapLibre map: store → feature-state and camera; map events → store actions.

const FIT_PADDING_PX = 40;
const FLY_MS = 700;
/** Districts get their own labels once the map is zoomed in this far. */
const DISTRICT_LABEL_ZOOM = 7;

export interface MapControllerOptions {
  reducedMotion: boolean;
  /** Told when the GL map cannot run (no WebGL, lost context), so the page can say so. */
  onUnavailable?: (reason: string) => void;
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
};

declare global {
  interface Window {
    /** Read-only hooks for the browser tests: what is drawn where. */
    northAtlasMap?: Debug;
  }
}

function collection<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

/** The stretch of national border each border district runs along, from shared topology arcs. */
function borderSegments(
  geo: Geography,
): FeatureCollection<MultiLineString, { pcode: string; country: string }> {
  const topo = geo.topology;
  const outline = topo.objects.afghanistan.geometries;
  const features: Feature<MultiLineString, { pcode: string; country: string }>[] = [];
  for (const g of topo.objects.districts.geometries) {
    const place = geo.places.get(String(g.id));
    const main = place?.border.slice().sort((a, b) => b.km - a.km)[0];
    if (!place || !main) continue;
    const pair: GeometryCollection = { type: 'GeometryCollection', geometries: [...outline, g] };
    const line = mesh(topo, pair, (a, b) => a !== b);
    if (line.coordinates.length > 0) {
      features.push({
        type: 'Feature',
        geometry: line,
        properties: { pcode: place.id, country: main.country },
      });
    }
  }
  return collection(features);
}

function capitals(geo: Geography): FeatureCollection<Point, { name: string }> {
  return collection(
    featuresOf(geo.topology, 'provinces').flatMap((f) => {
      const c = f.properties.capital;
      return c
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: c.lonlat },
              properties: { name: c.name_en },
            },
          ]
        : [];
    }),
  ) as FeatureCollection<Point, { name: string }>;
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

  const map = new maplibregl.Map({
    container,
    style: baseStyle(),
    bounds: geo.bbox as LngLatBoundsLike,
    fitBoundsOptions: { padding: FIT_PADDING_PX },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 11,
    minZoom: 4,
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  container.dataset.mapState = 'loading';

  const unsubscribers: (() => void)[] = [];
  const markers: { marker: maplibregl.Marker; place: MapPlace; el: HTMLElement }[] = [];
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  container.appendChild(tooltip);

  map.on('error', (e) => {
    console.warn('map error', e.error?.message);
  });
  map.on('webglcontextlost', () => options.onUnavailable?.('The map lost its graphics context.'));
  map.on('movestart', () => (container.dataset.mapState = 'moving'));
  map.on('idle', () => (container.dataset.mapState = 'idle'));

  const sourceFor = (place: MapPlace): string | null =>
    place.kind === 'province' ? SOURCES.provinces : place.kind === 'district' ? SOURCES.districts : null;

  function setState(id: string | null, key: string, value: boolean): void {
    if (!id) return;
    const place = geo?.places.get(id);
    const source = place ? sourceFor(place) : null;
    if (source) map.setFeatureState({ source, id }, { [key]: value });
  }

  /** What a click at this point would pick: a district inside the selected province, else the province. */
  function pick(features: MapGeoJSONFeature[]): string | null {
    const { selected } = store.getState();
    const current = selected ? geo?.places.get(selected) : undefined;
    const openProvince = current?.kind === 'province' ? current.id : (current?.province ?? null);
    const district = features.find((f) => f.layer.id === 'districts-fill');
    const province = features.find((f) => f.layer.id === 'provinces-fill');
    const country = features.find((f) => f.layer.id === 'neighbours-fill');
    const districtId = district ? String(district.properties.pcode) : null;
    if (districtId && geo?.places.get(districtId)?.province === openProvince) return districtId;
    if (province) return String(province.properties.pcode);
    if (country) return String(country.properties.pcode);
    return null;
  }

  function applySelection(id: string | null, previous: string | null): void {
    if (!geo) return;
    setState(previous, 'selected', false);
    setState(id, 'selected', true);
    const place = id ? geo.places.get(id) : undefined;
    const focusProvince = place?.kind === 'province' ? place.id : (place?.province ?? null);
    for (const p of geo.provinces) {
      map.setFeatureState(
        { source: SOURCES.provinces, id: p },
        { dim: place !== undefined && p !== focusProvince },
      );
    }
    const duration = options.reducedMotion ? 0 : FLY_MS;
    const bounds = (place ? place.bbox : geo.bbox) as LngLatBoundsLike;
    map.fitBounds(bounds, { padding: FIT_PADDING_PX, duration, maxZoom: place?.kind === 'country' ? 6 : 9 });
  }

  function updateLabels(): void {
    const { language } = store.getState();
    const zoom = map.getZoom();
    for (const { place, el } of markers) {
      el.textContent = placeName(place, language);
      el.lang = language === 'da' ? 'fa-AF' : 'en';
      el.dir = language === 'da' ? 'rtl' : 'ltr';
      if (place.kind === 'district') el.hidden = zoom < DISTRICT_LABEL_ZOOM;
    }
  }

  function showTooltip(id: string | null, x: number, y: number): void {
    const place = id ? geo?.places.get(id) : undefined;
    if (!place) {
      tooltip.hidden = true;
      return;
    }
    const counts = placeCounts(store.getState().story, place.id);
    tooltip.replaceChildren();
    const en = document.createElement('strong');
    en.textContent = place.name_en;
    tooltip.appendChild(en);
    if (place.name_da !== place.name_en) {
      const da = document.createElement('span');
      da.className = 'map-tooltip-da';
      da.lang = 'fa-AF';
      da.dir = 'rtl';
      da.textContent = place.name_da;
      tooltip.appendChild(da);
    }
    const n = document.createElement('span');
    n.textContent = `${counts.passages} passage${counts.passages === 1 ? '' : 's'}, ${counts.quotes} quote${counts.quotes === 1 ? '' : 's'}`;
    tooltip.appendChild(n);
    tooltip.style.transform = `translate(${Math.round(x + 14)}px, ${Math.round(y + 14)}px)`;
    tooltip.hidden = false;
  }

  map.on('load', () => {
    const topo = geo.topology;
    const add = (id: string, data: FeatureCollection) =>
      map.addSource(id, { type: 'geojson', data, promoteId: 'pcode', tolerance: 0.2 });
    add(SOURCES.neighbours, collection(featuresOf(topo, 'neighbours')));
    add(SOURCES.context, collection(featuresOf(topo, 'context')));
    add(
      SOURCES.afghanistan,
      collection([{ type: 'Feature', geometry: mesh(topo, topo.objects.afghanistan), properties: {} }]),
    );
    add(SOURCES.provinces, collection(featuresOf(topo, 'provinces')));
    add(SOURCES.districts, collection(featuresOf(topo, 'districts')));
    add(SOURCES.borders, borderSegments(geo));
    add(SOURCES.capitals, capitals(geo));
    for (const layer of LAYERS.slice(1)) map.addLayer(layer);

    for (const [id, share] of provinceShares(store.getState().story, geo)) {
      map.setFeatureState({ source: SOURCES.provinces, id }, { share });
    }
    const labelled: MapPlace[] = [
      ...geo.countries.map((c) => geo.places.get(c.id)).filter((p): p is MapPlace => p !== undefined),
      ...geo.provinces.map((id) => geo.places.get(id)).filter((p): p is MapPlace => p !== undefined),
      ...geo.districts.map((id) => geo.places.get(id)).filter((p): p is MapPlace => p !== undefined),
    ];
    for (const place of labelled) {
      const el = labelElement(`map-label-${place.kind}`);
      el.dataset.place = place.id;
      const marker = new maplibregl.Marker({ element: el }).setLngLat(place.label).addTo(map);
      markers.push({ marker, place, el });
    }
    updateLabels();
    applySelection(store.getState().selected, null);
    setState(store.getState().hovered, 'hover', true);

    unsubscribers.push(
      store.subscribe(
        (s) => s.selected,
        (id, previous) => applySelection(id, previous),
      ),
      store.subscribe(
        (s) => s.hovered,
        (id, previous) => {
          setState(previous, 'hover', false);
          setState(id, 'hover', true);
        },
      ),
      store.subscribe((s) => s.language, updateLabels),
    );
    map.on('zoomend', updateLabels);

    map.on('mousemove', (e) => {
      const id = pick(map.queryRenderedFeatures(e.point, { layers: [...PICKABLE] }));
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      store.getState().hover(id);
      showTooltip(id, e.point.x, e.point.y);
    });
    map.on('mouseout', () => {
      store.getState().hover(null);
      tooltip.hidden = true;
    });
    map.on('click', (e) => {
      const id = pick(map.queryRenderedFeatures(e.point, { layers: [...PICKABLE] }));
      if (id) store.getState().select(id, { via: 'map' });
    });

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
    };
  });

  return {
    destroy() {
      for (const u of unsubscribers) u();
      for (const { marker } of markers) marker.remove();
      tooltip.remove();
      delete window.northAtlasMap;
      map.remove();
    },
  };
}
