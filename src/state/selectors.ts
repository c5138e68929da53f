import type { Mention, Passage, Quote, Speaker, Story } from '../story/schema.ts';
import type { Geography, LonLat, MapPlace } from './geography.ts';
import type { AtlasState } from './store.ts';

// Pure lookups over the store's facts. Components memoise them on their (stable) inputs.

/** Mean Earth radius, for great-circle distances in km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * The great-circle angle between two lon/lat points, radians: d3's geoDistance formula (atan2, exact for
 * near and antipodal points alike), without d3's streams in the first view.
 */
export function greatCircleAngle([lon0, lat0]: LonLat, [lon1, lat1]: LonLat): number {
  const [phi0, phi1, dLon] = [lat0 * RAD, lat1 * RAD, Math.abs(lon1 - lon0) * RAD];
  const x = Math.cos(phi1) * Math.sin(dLon);
  const y = Math.cos(phi0) * Math.sin(phi1) - Math.sin(phi0) * Math.cos(phi1) * Math.cos(dLon);
  const z = Math.sin(phi0) * Math.sin(phi1) + Math.cos(phi0) * Math.cos(phi1) * Math.cos(dLon);
  return Math.atan2(Math.hypot(x, y), z);
}

export const selectSelected = (s: AtlasState) => s.selected;
export const selectStory = (s: AtlasState) => s.story;
export const selectGeo = (s: AtlasState) => s.geo;
export const selectLanguage = (s: AtlasState) => s.language;

export interface PlaceReading {
  place: MapPlace;
  /** The place's own passages and quotes, in article order. */
  own: { passages: Passage[]; quotes: Quote[] };
  /** For a district: its province's further items, not already listed above. */
  parent: { place: MapPlace; passages: Passage[]; quotes: Quote[] } | null;
}

export function placeName(place: Pick<MapPlace, 'name_en' | 'name_da'>, language: 'en' | 'da'): string {
  return language === 'da' ? place.name_da : place.name_en;
}

function itemsFor(story: Story, id: string): { passages: Passage[]; quotes: Quote[] } {
  const entry = story.places[id];
  if (!entry) return { passages: [], quotes: [] };
  const passageIds = new Set(entry.passages);
  const quoteIds = new Set(entry.quotes);
  return {
    passages: story.passages.filter((p) => passageIds.has(p.id)),
    quotes: story.quotes.filter((q) => quoteIds.has(q.id)),
  };
}

export function placeReading(story: Story | null, geo: Geography, id: string): PlaceReading | null {
  const place = geo.places.get(id);
  if (!place) return null;
  const own = story ? itemsFor(story, id) : { passages: [], quotes: [] };
  let parent: PlaceReading['parent'] = null;
  const province = place.province ? geo.places.get(place.province) : undefined;
  if (story && province) {
    const up = itemsFor(story, province.id);
    const seenP = new Set(own.passages.map((p) => p.id));
    const seenQ = new Set(own.quotes.map((q) => q.id));
    parent = {
      place: province,
      passages: up.passages.filter((p) => !seenP.has(p.id)),
      quotes: up.quotes.filter((q) => !seenQ.has(q.id)),
    };
  }
  return { place, own, parent };
}

export interface PlaceCounts {
  passages: number;
  quotes: number;
}

export function placeCounts(story: Story | null, id: string): PlaceCounts {
  const entry = story?.places[id];
  return { passages: entry?.passages.length ?? 0, quotes: entry?.quotes.length ?? 0 };
}

/** Share of the story's passages that concern each province, 0..1 — what the map's fill shows. */
export function provinceShares(story: Story | null, geo: Geography): Map<string, number> {
  const shares = new Map<string, number>();
  const total = story?.passages.length ?? 0;
  for (const id of geo.provinces) {
    shares.set(id, total === 0 ? 0 : placeCounts(story, id).passages / total);
  }
  return shares;
}

/** The nearest places of the same kind that the story does talk about, closest first. */
export function nearestNamed(story: Story | null, geo: Geography, id: string, limit = 3): MapPlace[] {
  const from = geo.places.get(id);
  if (!from || !story) return [];
  const candidates = [...geo.places.values()].filter(
    (p) => p.id !== id && (story.places[p.id]?.passages.length ?? 0) > 0 && p.kind !== 'country',
  );
  const sameKind = candidates.filter((p) => p.kind === from.kind);
  const pool = sameKind.length > 0 ? sameKind : candidates;
  return pool
    .map((p) => ({ p, d: greatCircleAngle(from.label, p.label) * EARTH_RADIUS_KM }))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((x) => x.p);
}

export function mentionsByPassage(story: Story | null): Map<string, Mention[]> {
  const map = new Map<string, Mention[]>();
  for (const m of story?.mentions ?? []) {
    const list = map.get(m.passage) ?? [];
    list.push(m);
    map.set(m.passage, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start);
  return map;
}

export function speakerOf(story: Story | null, quote: Quote): Speaker | null {
  if (!story || quote.speaker === null) return null;
  return story.speakers.find((s) => s.id === quote.speaker) ?? null;
}

/** Passage text cut into plain runs and mention runs, for highlighting. */
export type TextRun = { text: string; mention: Mention | null; start: number };

export function passageRuns(text: string, mentions: readonly Mention[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at || m.end > text.length) continue; // overlapping or stale: keep the text whole
    if (m.start > at) runs.push({ text: text.slice(at, m.start), mention: null, start: at });
    runs.push({ text: text.slice(m.start, m.end), mention: m, start: m.start });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mention: null, start: at });
  return runs;
}

/** The places the story names, most passages first (countries only when asked for). */
export function namedPlaces(
  story: Story | null,
  geo: Geography,
  opts: { countries: boolean; limit?: number },
): { place: MapPlace; passages: number }[] {
  return [...geo.places.values()]
    .filter((p) => opts.countries || p.kind !== 'country')
    .map((place) => ({ place, passages: placeCounts(story, place.id).passages }))
    .filter((x) => x.passages > 0)
    .sort((a, b) => b.passages - a.passages)
    .slice(0, opts.limit ?? Infinity);
}

/**
 * Without the map (its data failed), the places the story's passages concern by the words the article first
 * uses for them, most passages first: the place list still tells the reader where the story goes.
 */
export function placesByMention(story: Story | null): { id: string; name: string; passages: number }[] {
  if (!story) return [];
  const names = new Map<string, string>();
  for (const m of story.mentions) if (!names.has(m.place)) names.set(m.place, m.text);
  return [...names]
    .map(([id, name]) => ({ id, name, passages: story.places[id]?.passages.length ?? 0 }))
    .filter((p) => p.passages > 0)
    .sort((a, b) => b.passages - a.passages);
}
