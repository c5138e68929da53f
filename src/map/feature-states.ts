// Every feature-state MapLibre is given is re-applied to the tiles' paint arrays at the next render (the
// features' geometry decoded again): a selection that rewrites the dimming of every shape to what it already
// was makes the frame after a click pay for all of them. Only a value that differs from the one last written
// is passed on.

type Target = { source: string; id: string };
type State = Record<string, unknown>;

export interface FeatureStates {
  setFeatureState(target: Target, state: State): void;
}

/** A `setFeatureState` that passes on only the keys whose value differs from the last one written. */
export function changedStatesOnly(write: (target: Target, state: State) => void): FeatureStates {
  const last = new Map<string, unknown>();
  return {
    setFeatureState(target, state) {
      const changed: State = {};
      let any = false;
      for (const [key, value] of Object.entries(state)) {
        const at = `${target.source}\u0000${target.id}\u0000${key}`;
        if (last.has(at) && last.get(at) === value) continue;
        last.set(at, value);
        changed[key] = value;
        any = true;
      }
      if (any) write(target, changed);
    },
  };
}
