import { describe, expect, it } from 'vitest';
import { buildGeography } from './geography.ts';
import { relatedSource, type RelatedState } from './related.ts';
import { relatedFor, relatedPlaces } from './related-select.ts';
import { toyTopology } from './test-fixtures.ts';

// Which other stories a reading lists: a district's own first, then its province's, never the story shown.

const geo = buildGeography(toyTopology());
const district = geo.districts.find((d) => geo.places.get(d)?.province) ?? '';
const province = geo.places.get(district)?.province ?? '';
const entry = (slug: string, extra: object = {}) => ({
  slug,
  title: slug,
  places: [],
  snippet: '',
  ...extra,
});

const state = (current: string | null, stories: RelatedState['relatedStories']): RelatedState => ({
  relatedSource: { root: '', current },
  relatedStories: stories,
});

describe('relatedFor', () => {
  it('lists the district’s stories, then its province’s not listed already, never the story shown', () => {
    const s = state('here', {
      [district]: [entry('a'), entry('here')],
      [province]: [entry('b'), entry('a'), entry('here')],
    });
    expect(relatedFor(s, geo, district)?.map((g) => [g.place, g.entries.map((e) => e.slug)])).toEqual([
      [district, ['a']],
      [province, ['b']],
    ]);
  });

  it('leaves out the default story on the default story’s page, and waits for an index still to come', () => {
    const s = state(null, { [province]: [entry('front', { default: true }), entry('c')] });
    expect(relatedFor(s, geo, district)).toBeUndefined();
    expect(relatedFor(s, geo, province)?.[0]?.entries.map((e) => e.slug)).toEqual(['c']);
  });

  it('shows nothing for a place no other story concerns, or whose index could not be read', () => {
    expect(relatedFor(state('x', { [province]: null }), geo, province)).toEqual([]);
    expect(relatedFor(state('x', { [province]: [entry('x')] }), geo, province)).toEqual([]);
  });

  it('takes the story shown from ?story=, else the page’s own', () => {
    expect(relatedSource('../../', '?story=one', 'two')).toEqual({ root: '../../', current: 'one' });
    expect(relatedSource('', '')).toEqual({ root: '', current: null });
  });
});

describe('relatedPlaces', () => {
  it('for a pin, which no index has, lists its district’s stories, then its province’s', () => {
    const places = new Map(geo.places);
    places.set('pin-a-village', {
      ...geo.places.get(district)!,
      id: 'pin-a-village',
      kind: 'pin',
      district,
      province,
    });
    expect(relatedPlaces({ ...geo, places }, 'pin-a-village')).toEqual([district, province]);
    expect(relatedPlaces(geo, district)).toEqual([district, province]);
  });

  it('for a pin elsewhere in Afghanistan, asks for no index of its province, which the map does not hold', () => {
    const places = new Map(geo.places);
    places.set('pin-in-parwan', {
      ...geo.places.get(district)!,
      id: 'pin-in-parwan',
      kind: 'pin',
      district: null,
      province: 'AF03',
    });
    expect(relatedPlaces({ ...geo, places }, 'pin-in-parwan')).toEqual([]);
  });
});
