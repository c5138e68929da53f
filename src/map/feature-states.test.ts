import { describe, expect, it } from 'vitest';
import { RELOAD_EVENTS, changedStatesOnly, watchRemadeSources } from './feature-states.ts';

describe('changedStatesOnly', () => {
  const recording = () => {
    const writes: [string, Record<string, unknown>][] = [];
    const states = changedStatesOnly((t, s) => writes.push([`${t.source}/${t.id}`, s]));
    return { states, writes };
  };

  it('passes on a first value and every change, not a value written again', () => {
    const { states, writes } = recording();
    states.setFeatureState({ source: 'districts', id: 'D1' }, { dim: false });
    states.setFeatureState({ source: 'districts', id: 'D1' }, { dim: false });
    states.setFeatureState({ source: 'districts', id: 'D1' }, { dim: true });
    expect(writes).toEqual([
      ['districts/D1', { dim: false }],
      ['districts/D1', { dim: true }],
    ]);
  });

  it('keeps keys, features and sources apart, and passes on only the changed keys', () => {
    const { states, writes } = recording();
    states.setFeatureState({ source: 'districts', id: 'D1' }, { dim: true, selected: false });
    states.setFeatureState({ source: 'provinces', id: 'D1' }, { dim: true });
    states.setFeatureState({ source: 'districts', id: 'D2' }, { dim: true });
    states.setFeatureState({ source: 'districts', id: 'D1' }, { dim: true, selected: true });
    expect(writes).toEqual([
      ['districts/D1', { dim: true, selected: false }],
      ['provinces/D1', { dim: true }],
      ['districts/D2', { dim: true }],
      ['districts/D1', { selected: true }],
    ]);
  });

  it('after forgetting a source, passes its values on again, and only its own', () => {
    const { states, writes } = recording();
    states.setFeatureState({ source: 'districts', id: 'D1' }, { selected: true });
    states.setFeatureState({ source: 'provinces', id: 'P1' }, { dim: true });
    states.forget('districts');
    states.setFeatureState({ source: 'districts', id: 'D1' }, { selected: true });
    states.setFeatureState({ source: 'provinces', id: 'P1' }, { dim: true });
    expect(writes).toEqual([
      ['districts/D1', { selected: true }],
      ['provinces/P1', { dim: true }],
      ['districts/D1', { selected: true }],
    ]);
  });
});

describe('watchRemadeSources', () => {
  /** A map whose sources are objects, replaced as MapLibre replaces them, and whose events can be fired. */
  const fakeMap = (ids: string[]) => {
    const sources = new Map<string, object>(ids.map((id) => [id, {}]));
    const listeners = new Map<string, (() => void)[]>();
    return {
      sources,
      getSource: (id: string) => sources.get(id),
      on(type: string, fn: () => void) {
        listeners.set(type, [...(listeners.get(type) ?? []), fn]);
      },
      fire: (type: string) => listeners.get(type)?.forEach((fn) => fn()),
    };
  };
  const watching = (ids: string[]) => {
    const map = fakeMap(ids);
    const remade: string[][] = [];
    watchRemadeSources(map, ids, (r) => remade.push(r));
    return { map, remade };
  };

  it('reports nothing while the sources are the ones it first saw, whatever the event', () => {
    const { map, remade } = watching(['a', 'b']);
    for (const type of RELOAD_EVENTS) map.fire(type);
    expect(remade).toEqual([]);
  });

  it('reports the sources made anew (a style loaded again, a source removed and added), once each', () => {
    const { map, remade } = watching(['a', 'b']);
    map.sources.set('b', {});
    map.fire('sourcedata');
    map.fire('styledata');
    map.sources.set('a', {});
    map.sources.set('b', {});
    map.fire('styledata');
    expect(remade).toEqual([['b'], ['a', 'b']]);
  });

  it('reports a source gone for a while (a restored WebGL context) only once it is back', () => {
    const { map, remade } = watching(['a']);
    map.sources.clear();
    map.fire('webglcontextrestored');
    map.fire('styledata');
    expect(remade).toEqual([]);
    map.sources.set('a', {});
    map.fire('styledata');
    expect(remade).toEqual([['a']]);
  });
});
