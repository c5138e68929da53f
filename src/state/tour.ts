import type { Mention, Quote, Story } from '../story/schema.ts';
import type { MapPlace } from './geography.ts';

// A presentation walks the story as an ordered list of stops. The engine's reading gives a default tour
// (the places in the order the article first names them, each followed by the quotations said there); an
// editor's `tour` list in the annotation file replaces it.

export interface Stop {
  /** Unique within a tour; React keys and tests use it. */
  id: string;
  /** The place the camera frames and the spotlight lights (the controller fits the place's bounds). */
  place: string;
  /** The passage behind the stop: shown to the room for a place stop, in full to the presenter always. */
  passage: string | null;
  /** Quotations shown to the room instead of the passage; empty for a place stop. */
  quotes: string[];
  /** The editor's heading; without one the views name the place. */
  title: string | null;
  /** Speaker notes: what the presenter sees and the room does not. */
  notes: Notes;
  origin: 'story' | 'annotation';
}

/**
 * Notes as facts, worded by the presenter view in its language: an editor's own text, a place's share of
 * the story, or who said a quotation as the article introduces them.
 */
export type Notes =
  | { kind: 'text'; text: string }
  | { kind: 'place'; place: string; passages: number; quotes: number; paragraph: number | null }
  | { kind: 'speakers'; speakers: { name: string; description: string | null }[] };

export interface Tour {
  stops: Stop[];
  /** Annotation stops that could not be used, with why (shown as notices, never fatal). */
  skipped: SkippedStop[];
}

/** `tour[index]` of the annotation file names a place not on the map, or a passage the story lacks. */
export interface SkippedStop {
  index: number;
  missing: 'place' | 'passage';
  id: string;
}

/** What the tour needs to know about the map: which places it can show, their kind and name. */
export type TourPlaces = ReadonlyMap<string, Pick<MapPlace, 'kind' | 'name_en' | 'province'>>;

/** The tour to present: the annotation file's when it has usable stops, else one generated from the story. */
export function buildTour(story: Story, places: TourPlaces): Tour {
  if (story.tour && story.tour.length > 0) {
    const annotated = annotatedTour(story, places);
    if (annotated.stops.length > 0) return annotated;
    return { stops: generateTour(story, places), skipped: annotated.skipped };
  }
  return { stops: generateTour(story, places), skipped: [] };
}

type Position = readonly [passage: number, offset: number];

const before = (a: Position, b: Position) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Afghan units before countries: a quotation about Kunduz said by someone in Pakistan belongs on Kunduz. */
function pickPlace(ids: readonly string[], places: TourPlaces): string | null {
  const onMap = ids.filter((id) => places.has(id));
  return onMap.find((id) => places.get(id)?.kind !== 'country') ?? onMap[0] ?? null;
}

/** Where a quotation is presented: its speaker's place, else the places it talks about. */
export function quotePlace(story: Story, quote: Quote, places: TourPlaces): string | null {
  const speaker = quote.speaker === null ? undefined : story.speakers.find((s) => s.id === quote.speaker);
  return pickPlace(speaker?.places ?? [], places) ?? pickPlace(quote.places, places);
}

function placeNotes(story: Story, id: string, passageIndex: number | null): Notes {
  const items = story.places[id];
  return {
    kind: 'place',
    place: id,
    passages: items?.passages.length ?? 0,
    quotes: items?.quotes.length ?? 0,
    paragraph: passageIndex === null ? null : passageIndex + 1,
  };
}

function quoteNotes(story: Story, quotes: readonly Quote[]): Notes {
  const ids = new Set(quotes.map((q) => q.speaker));
  const speakers = story.speakers.filter((s) => ids.has(s.id));
  return {
    kind: 'speakers',
    speakers: speakers.map((s) => ({ name: s.name, description: s.description ?? null })),
  };
}

/** Places in order of first mention, each followed by its quotations (grouped by passage) in article order. */
export function generateTour(story: Story, places: TourPlaces): Stop[] {
  const index = new Map(story.passages.map((p, i) => [p.id, i]));
  const posOf = (m: Pick<Mention, 'passage' | 'start'>): Position => [
    index.get(m.passage) ?? Infinity,
    m.start,
  ];

  const firstMention = new Map<string, { passage: string; at: Position }>();
  for (const m of story.mentions) {
    if (!places.has(m.place)) continue;
    const at = posOf(m);
    const seen = firstMention.get(m.place);
    if (!seen || before(at, seen.at)) firstMention.set(m.place, { passage: m.passage, at });
  }

  // Quotations of one passage presented at the same place make one stop.
  const quoteStops = new Map<string, { place: string; passage: string; quotes: Quote[]; at: Position }>();
  for (const q of story.quotes) {
    const place = quotePlace(story, q, places);
    if (place === null) continue;
    const key = `${place} ${q.passage}`;
    const group = quoteStops.get(key);
    if (group) group.quotes.push(q);
    else quoteStops.set(key, { place, passage: q.passage, quotes: [q], at: posOf(q) });
  }

  type Group = { place: string; at: Position; stops: Stop[] };
  const groups = new Map<string, Group>();
  const groupOf = (place: string, at: Position): Group => {
    let g = groups.get(place);
    if (!g) groups.set(place, (g = { place, at, stops: [] }));
    else if (before(at, g.at)) g.at = at;
    return g;
  };
  for (const [place, first] of firstMention) {
    groupOf(place, first.at).stops.push({
      id: `place-${place}`,
      place,
      passage: first.passage,
      quotes: [],
      title: null,
      notes: placeNotes(story, place, first.at[0]),
      origin: 'story',
    });
  }
  const byArticle = [...quoteStops.values()].sort((a, b) => (before(a.at, b.at) ? -1 : 1));
  for (const qs of byArticle) {
    const quotes = qs.quotes.sort((a, b) => a.start - b.start);
    groupOf(qs.place, qs.at).stops.push({
      id: `quote-${quotes[0]?.id ?? qs.passage}`,
      place: qs.place,
      passage: qs.passage,
      quotes: quotes.map((q) => q.id),
      title: null,
      notes: quoteNotes(story, quotes),
      origin: 'story',
    });
  }
  // A place stop opens its group even when a quotation said there comes earlier in the article.
  return [...groups.values()]
    .sort((a, b) => (before(a.at, b.at) ? -1 : 1))
    .flatMap((g) => [
      ...g.stops.filter((s) => s.quotes.length === 0),
      ...g.stops.filter((s) => s.quotes.length > 0),
    ]);
}

/** The editor's stops, checked against the map and the story; unusable ones are skipped with a reason. */
export function annotatedTour(story: Story, places: TourPlaces): Tour {
  const passages = new Map(story.passages.map((p, i) => [p.id, i]));
  const stops: Stop[] = [];
  const skipped: SkippedStop[] = [];
  (story.tour ?? []).forEach((s, i) => {
    if (!places.has(s.place)) {
      skipped.push({ index: i, missing: 'place', id: s.place });
      return;
    }
    if (s.passage !== undefined && !passages.has(s.passage)) {
      skipped.push({ index: i, missing: 'passage', id: s.passage });
      return;
    }
    const firstNamed = story.mentions.find((m) => m.place === s.place)?.passage;
    const passage = s.passage ?? firstNamed ?? story.places[s.place]?.passages[0] ?? null;
    stops.push({
      id: `tour-${i}`,
      place: s.place,
      passage,
      quotes: [],
      title: s.title ?? null,
      notes: s.text === undefined ? placeNotes(story, s.place, null) : { kind: 'text', text: s.text },
      origin: 'annotation',
    });
  });
  return { stops, skipped };
}
