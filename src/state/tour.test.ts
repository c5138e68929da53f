import { describe, expect, it } from 'vitest';
import { buildTour, generateTour, quotePlace } from './tour.ts';
import { toyGeography, toyStory } from './test-fixtures.ts';

const geo = toyGeography();

describe('generated tour', () => {
  it('visits places in order of first mention, each followed by the quotations said there', () => {
    const stops = generateTour(toyStory(), geo.places);
    expect(stops.map((s) => [s.place, s.passage, s.quotes])).toEqual([
      ['AF19', 'p1', []],
      ['AF1907', 'p2', []],
      ['AF1907', 'p2', ['q1']],
      ['AF18', 'p3', []],
    ]);
    expect(new Set(stops.map((s) => s.id)).size).toBe(stops.length);
    expect(stops.every((s) => s.origin === 'story' && s.title === null)).toBe(true);
  });

  it('writes notes: a place’s share of the story, a quotation’s speaker as the article describes them', () => {
    const [kunduz, , quote] = generateTour(toyStory(), geo.places);
    expect(kunduz?.notes).toEqual({ kind: 'place', place: 'AF19', passages: 2, quotes: 1, paragraph: 1 });
    expect(quote?.notes).toEqual({
      kind: 'speakers',
      speakers: [{ name: 'Elder One', description: 'a village elder' }],
    });
  });

  it('puts a quotation at its speaker’s place, else at the Afghan place it names before a country', () => {
    const story = toyStory();
    const q = story.quotes[0]!;
    expect(quotePlace(story, q, geo.places)).toBe('AF1907');
    story.speakers[0]!.places = ['central-asia'];
    q.places = ['TJK', 'AF18'];
    expect(quotePlace(story, q, geo.places)).toBe('AF18');
    q.places = ['TJK'];
    expect(quotePlace(story, q, geo.places)).toBe('TJK');
    q.places = ['central-asia'];
    expect(quotePlace(story, q, geo.places)).toBeNull();
    expect(generateTour(story, geo.places).some((s) => s.quotes.length > 0)).toBe(false);
  });

  it('opens a group for a place only a quotation brings, where the quotation comes', () => {
    const story = toyStory();
    story.speakers[0]!.places = ['AF1801'];
    const stops = generateTour(story, geo.places);
    // q1 starts paragraph 2, before Qala-e-Zal is named in it.
    expect(stops.map((s) => s.id)).toEqual(['place-AF19', 'quote-q1', 'place-AF1907', 'place-AF18']);
    expect(stops[1]?.place).toBe('AF1801');
  });

  it('leaves out places that are not on the map', () => {
    const story = toyStory();
    story.mentions[0]!.place = 'central-asia';
    expect(generateTour(story, geo.places).map((s) => s.place)).not.toContain('central-asia');
  });
});

describe('annotated tour', () => {
  it('replaces the generated one, with its titles and notes, skipping stops it cannot show', () => {
    const story = toyStory();
    story.tour = [
      { place: 'AF18', title: 'Where it stayed calm' },
      { place: 'AF4242' },
      { place: 'AF19', passage: 'p9' },
      { place: 'AF1907', passage: 'p1', text: 'Ask the class where the road runs.' },
    ];
    const tour = buildTour(story, geo.places);
    expect(tour.stops.map((s) => [s.place, s.passage, s.title, s.origin])).toEqual([
      ['AF18', 'p3', 'Where it stayed calm', 'annotation'],
      ['AF1907', 'p1', null, 'annotation'],
    ]);
    expect(tour.stops[1]?.notes).toEqual({ kind: 'text', text: 'Ask the class where the road runs.' });
    expect(tour.stops[0]?.notes).toMatchObject({ kind: 'place', place: 'AF18', passages: 1, quotes: 0 });
    expect(tour.skipped).toEqual([
      { index: 1, missing: 'place', id: 'AF4242' },
      { index: 2, missing: 'passage', id: 'p9' },
    ]);
  });

  it('falls back to the generated tour when no annotated stop is usable', () => {
    const story = toyStory();
    story.tour = [{ place: 'AF4242' }];
    const tour = buildTour(story, geo.places);
    expect(tour.stops.map((s) => s.origin)).toEqual(['story', 'story', 'story', 'story']);
    expect(tour.skipped).toHaveLength(1);
  });
});
