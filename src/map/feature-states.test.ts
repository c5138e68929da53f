import { describe, expect, it } from 'vitest';
import { changedStatesOnly } from './feature-states.ts';

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
});
