import type { Map as GlMap } from 'maplibre-gl';
import type { Geography, MapPlace } from '../state/geography.ts';
import type { AtlasStore } from '../state/store.ts';
import { provinceShares } from '../state/selectors.ts';
import { changedStatesOnly, watchRemadeSources } from './feature-states.ts';
import { applySpotlight } from './spotlight.ts';
import { SOURCES } from './style.ts';

// The store's state as the GL map's feature-states: the selection, the provinces dimmed around it, the
// spotlight, the hover, each province's share of the story. Only what changed reaches MapLibre, and all of
// it is written again into any source MapLibre makes anew (feature-states.ts).

export interface GlStates {
  /** Draws `id` selected in place of `previous`: its shape, the other provinces dimmed, the spotlight. */
  select(id: string | null, previous: string | null): void;
  hover(id: string | null, previous: string | null): void;
  /** Veils what lies around the selection while presenting (`on`), or lifts the veil. */
  spotlight(on: boolean): void;
  /** Colours each province by its share of the story. */
  shares(): void;
  /** From now on, writes every state again into a source MapLibre has made anew. */
  keepAcrossReloads(): void;
  /** The feature-state the map holds for a place: what the reader sees highlighted. */
  stateOf(id: string): Record<string, unknown>;
}

/** The GL source that draws a place. */
function sourceFor(place: MapPlace): string {
  return place.kind === 'province'
    ? SOURCES.provinces
    : place.kind === 'district'
      ? SOURCES.districts
      : place.kind === 'pin'
        ? SOURCES.pins
        : SOURCES.neighbours;
}

/** Whether MapLibre holds `source` now: while the WebGL context is lost it has no style at all to ask. */
function holds(map: GlMap, source: string): boolean {
  return map.style !== null && map.style !== undefined && map.getSource(source) !== undefined;
}

export function glStates(map: GlMap, geo: Geography, store: AtlasStore): GlStates {
  // Each selection rewrites the dimming of every shape: only what changed reaches MapLibre. A source that is
  // not there (a style being loaded again) is written in full once it is back.
  const states = changedStatesOnly((target, state) => {
    if (holds(map, target.source)) map.setFeatureState(target, state);
  });
  /** The selection as last drawn (the store's may be a frame ahead: frame.ts). */
  let drawn: string | null = null;

  function setState(id: string | null, key: string, value: boolean): void {
    if (!id) return;
    const place = geo.places.get(id);
    if (place) states.setFeatureState({ source: sourceFor(place), id }, { [key]: value });
  }

  const api: GlStates = {
    select(id, previous) {
      drawn = id;
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
    },
    hover(id, previous) {
      setState(previous, 'hover', false);
      setState(id, 'hover', true);
    },
    spotlight: (on) => applySpotlight(states, geo, store.getState().selected, on),
    shares() {
      for (const [id, share] of provinceShares(store.getState().story, geo)) {
        states.setFeatureState({ source: SOURCES.provinces, id }, { share });
      }
    },
    keepAcrossReloads() {
      watchRemadeSources(map, Object.values(SOURCES), (remade) => {
        for (const source of remade) states.forget(source);
        // Everything is written again; the memo lets through only what the remade sources lack.
        api.shares();
        api.select(drawn, null);
        api.hover(store.getState().hovered, null);
      });
    },
    stateOf(id) {
      const place = geo.places.get(id);
      const source = place ? sourceFor(place) : null;
      return source && holds(map, source) ? map.getFeatureState({ source, id }) : {};
    },
  };
  return api;
}
