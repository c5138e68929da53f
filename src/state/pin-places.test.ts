import { describe, expect, it } from 'vitest';
import type { Story, StoryPin } from '../story/schema.ts';
import { pickPlace } from '../map/pick.ts';
import { svgMarkup } from '../map/svg/svg-string.ts';
import { widths } from '../map/theme.ts';
import { pinsIn, withPins } from './pin-places.ts';
import { compassPoint, pinWhere } from './pin-where.ts';
import { namedPlaces, placeReading } from './selectors.ts';
import { createAtlasStore, loadedState } from './store.ts';
import { toyGeography, toyStory } from './test-fixtures.ts';

const PIN: StoryPin = {
  id: 'pin-gor-tepa',
  name: 'Gor Tepa',
  name_da: 'گور تپه',
  at: [68.5, 36.5],
  district: 'AF1901',
  province: 'AF19',
  fromCapital: { name: 'Kunduz', km: 12.3, deg: 268 },
  border: { country: 'TJK', km: 8.2 },
};

/** The toy story with a pin in AF1901, its passage p2 counted for the pin, the district and the province. */
function pinnedStory(): Story {
  const story = toyStory();
  return {
    ...story,
    pins: [PIN],
    places: {
      ...story.places,
      [PIN.id]: { passages: ['p2'], quotes: [] },
      AF1901: { passages: ['p2'], quotes: [] },
    },
  };
}

describe('pins as places of the map', () => {
  it('adds the story pins to the geography once, and leaves a story without pins alone', () => {
    const geo = toyGeography();
    const story = pinnedStory();
    expect(withPins(geo, undefined)).toBe(geo);
    const pinned = withPins(geo, story.pins);
    expect(withPins(geo, story.pins)).toBe(pinned);
    expect(pinned.places.get(PIN.id)).toMatchObject({ kind: 'pin', province: 'AF19', district: 'AF1901' });
    expect(pinned.pins).toEqual([PIN.id]);
    expect(geo.places.has(PIN.id)).toBe(false);
  });

  it('lets the store select a pin once a story with pins is loaded', () => {
    const store = createAtlasStore(loadedState({ story: pinnedStory(), geo: toyGeography() }));
    store.getState().select(PIN.id, { via: 'url' });
    expect(store.getState().selected).toBe(PIN.id);
  });

  it("reads a pin's passages at the pin, its district and its province, and lists it among named places", () => {
    const story = pinnedStory();
    const geo = withPins(toyGeography(), story.pins);
    expect(placeReading(story, geo, PIN.id)?.own.passages.map((p) => p.id)).toEqual(['p2']);
    expect(placeReading(story, geo, 'AF1901')?.own.passages.map((p) => p.id)).toEqual(['p2']);
    expect(placeReading(story, geo, 'AF19')?.own.passages.map((p) => p.id)).toContain('p2');
    expect(namedPlaces(story, geo, { countries: false }).map((n) => n.place.id)).toContain(PIN.id);
    expect(pinsIn(geo, 'AF1901')).toEqual([PIN.id]);
    expect(pinsIn(geo, 'AF1907')).toEqual([]);
  });

  it('says where a pin is: district, direction and distance from the capital, the border', () => {
    const story = pinnedStory();
    const where = pinWhere(story, withPins(toyGeography(), story.pins), PIN.id);
    expect(where?.district?.id).toBe('AF1901');
    expect(where?.fromCapital).toMatchObject({ km: 12.3, direction: 'w' });
    expect(where?.border?.country?.id).toBe('TJK');
    expect(pinWhere(story, toyGeography(), 'AF19')).toBeNull();
  });

  it('puts a pin outside the four provinces in its context province, under no northern district', () => {
    const far: StoryPin = {
      id: 'pin-doshi',
      name: 'Doshi',
      at: [69, 35.5],
      district: null,
      province: 'AF09',
    };
    const story = { ...pinnedStory(), pins: [PIN, far] };
    const geo = withPins(toyGeography(), story.pins);
    for (const d of geo.districts) expect(pinsIn(geo, d), d).not.toContain(far.id);
    const where = pinWhere(story, geo, far.id);
    expect(where?.district).toBeNull();
    expect(where?.province).toEqual({ name_en: 'Baghlan', name_da: 'بغلان' });
  });

  it('names the compass point nearest a bearing', () => {
    expect([0, 44, 46, 90, 180, 225, 268, 315, 359, -90].map(compassPoint)).toEqual([
      'n',
      'ne',
      'ne',
      'e',
      's',
      'sw',
      'w',
      'nw',
      'n',
      'w',
    ]);
  });

  it('picks a pin under the pointer before the shapes around it', () => {
    const geo = withPins(toyGeography(), [PIN]);
    expect(pickPlace(geo, null, { district: 'AF1901', province: 'AF19', country: null, pin: PIN.id })).toBe(
      PIN.id,
    );
    expect(pickPlace(geo, null, { district: 'AF1901', province: 'AF19', country: null })).toBe('AF19');
  });
});

describe('pins on the prerendered SVG map', () => {
  it('draws each pin as a pickable dot linking to its reading, with its label, larger when selected', () => {
    const story = pinnedStory();
    const geo = withPins(toyGeography(), story.pins);
    const facts = {
      selected: PIN.id,
      hovered: null,
      language: 'en',
      story,
      theme: 'light',
      accent: null,
    } as const;
    const markup = svgMarkup(geo, facts, { width: 800, height: 500 });
    expect(markup).toMatch(
      /<a href="#\/place\/pin-gor-tepa"[^>]*><circle [^>]*data-place="pin-gor-tepa" data-layer="pin"/,
    );
    expect(markup).toMatch(new RegExp(`<circle r="${widths.pinSelectedRadius}"[^>]*data-layer="pin"`));
    expect(markup).toMatch(/data-place="pin-gor-tepa"[^>]*>Gor Tepa<\/text>/);
  });
});
