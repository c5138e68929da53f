// Every feature-state MapLibre is given is re-applied to the tiles' paint arrays at the next render (the
// features' geometry decoded again): a selection that rewrites the dimming of every shape to what it already
// was makes the frame after a click pay for all of them. Only a value that differs from the one last written
// is passed on.
//
// MapLibre keeps feature-states with a source: a source made anew (the whole style loaded again — setStyle
// without a diff, or MapLibre rebuilding its style when a lost WebGL context is restored — or a source removed
// and added again) starts with none. The memo must then forget that source, or it would hold back the very
// values the new source lacks and a selection or hover would vanish from the map. A source's setData, a diffed
// setStyle that keeps the source, and paint changes keep the states (and the source): nothing to forget.

type Target = { source: string; id: string };
type State = Record<string, unknown>;

export interface FeatureStates {
  setFeatureState(target: Target, state: State): void;
}

export interface FeatureStateMemo extends FeatureStates {
  /** Forgets what was written to `source`: its next value for every feature and key is passed on. */
  forget(source: string): void;
}

/** A `setFeatureState` that passes on only the keys whose value differs from the last one written. */
export function changedStatesOnly(write: (target: Target, state: State) => void): FeatureStateMemo {
  const last = new Map<string, Map<string, unknown>>();
  return {
    setFeatureState(target, state) {
      let written = last.get(target.source);
      if (!written) last.set(target.source, (written = new Map()));
      const changed: State = {};
      let any = false;
      for (const [key, value] of Object.entries(state)) {
        const at = `${target.id}\u0000${key}`;
        if (written.has(at) && written.get(at) === value) continue;
        written.set(at, value);
        changed[key] = value;
        any = true;
      }
      if (any) write(target, changed);
    },
    forget(source) {
      last.delete(source);
    },
  };
}

/** The part of MapLibre's map that tells when a source has been made anew. */
export interface SourceHolder {
  getSource(id: string): unknown;
  on(type: (typeof RELOAD_EVENTS)[number], listener: () => void): unknown;
}

/**
 * The events after which a source may have been made anew: a style (re)loaded or changed, a source added or
 * removed, the WebGL context restored (MapLibre then loads its style again, its sources only some frames later).
 */
export const RELOAD_EVENTS = ['styledata', 'sourcedata', 'webglcontextrestored'] as const;

/**
 * Calls `onRemade(sources)` with those of `sources` MapLibre has made anew (so holding no feature-state) since
 * it last looked: a source object that is not the one seen before. One that is missing for a while (a style
 * being loaded again) is reported once it is back, when states can be written to it again.
 */
export function watchRemadeSources(
  map: SourceHolder,
  sources: readonly string[],
  onRemade: (sources: string[]) => void,
): void {
  const seen = new Map(sources.map((id) => [id, map.getSource(id)]));
  const check = () => {
    const remade: string[] = [];
    for (const id of sources) {
      const now = map.getSource(id);
      if (now === seen.get(id)) continue;
      seen.set(id, now);
      if (now !== undefined) remade.push(id);
    }
    if (remade.length > 0) onRemade(remade);
  };
  for (const type of RELOAD_EVENTS) map.on(type, check);
}
