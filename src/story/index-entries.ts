import * as v from 'valibot';
import { SLUG_PATTERN } from './slug.ts';
import { IndexHead } from './paged-index.ts';
import { PlaceId, type Story } from './schema.ts';

// What the site's indexes hold: an entry per story in the list of stories (data/stories/index.json and its
// pages) and one per story and place in that place's index (data/places/<id>.json and its pages). The reader
// validates them with these schemas; publish derives them from the story alone, so they can always be rebuilt.

/** The longest snippet an entry of a place's index carries, in characters (cut at a word before it). */
export const SNIPPET_CHARS = 180;

const Slug = v.pipe(v.string(), v.regex(SLUG_PATTERN));

export const ListEntry = v.object({
  slug: Slug,
  title: v.string(),
  date: v.optional(v.string()),
  publisher: v.optional(v.string()),
  /** Places the story's passages concern, in order of first mention. */
  places: v.array(PlaceId),
  /** The site's default story (what the reader shows without ?story=). */
  default: v.optional(v.boolean()),
});

/** A list entry with the story's most telling words about the place: a quotation, else the passage naming it most. */
export const PlaceEntry = v.object({ ...ListEntry.entries, snippet: v.string() });

export const ListHead = v.object({ ...IndexHead.entries, default: v.optional(Slug) });
export const EntryPage = <S extends v.GenericSchema>(entry: S) =>
  v.object({ version: v.literal(2), entries: v.array(entry) });

/** How many stories concern each place: data/places/_counts.json, for the list page's map. */
export const PlaceCounts = v.object({
  version: v.literal(2),
  places: v.record(PlaceId, v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export type ListEntry = v.InferOutput<typeof ListEntry>;
export type PlaceEntry = v.InferOutput<typeof PlaceEntry>;
export type ListHead = v.InferOutput<typeof ListHead>;
export type PlaceCounts = v.InferOutput<typeof PlaceCounts>;

/** Places the story's passages concern: those it mentions in order of first mention, then the rest. */
export function storyPlaces(story: Story): string[] {
  const places: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id) || (story.places[id]?.passages.length ?? 0) === 0) return;
    seen.add(id);
    places.push(id);
  };
  for (const m of story.mentions) add(m.place);
  for (const id of Object.keys(story.places)) add(id);
  return places;
}

export function listEntry(slug: string, story: Story, isDefault = false): ListEntry {
  const { title, date, publisher } = story.meta;
  return {
    slug,
    title,
    ...(date ? { date } : {}),
    ...(publisher ? { publisher } : {}),
    places: storyPlaces(story),
    ...(isDefault ? { default: true } : {}),
  };
}

const END_PUNCTUATION = new Set([' ', ',', ';', ':', '.', '،', '؛']);

function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && END_PUNCTUATION.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** Text cut after a whole word by `max` characters, with an ellipsis when cut. */
export function cutAtWord(text: string, max = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${trimEndPunctuation(space > max / 2 ? cut.slice(0, space) : cut)}…`;
}

/** The story's most telling words about a place: its first quotation there, else the passage naming it most. */
export function snippetFor(story: Story, place: string): string {
  const items = story.places[place];
  const quote = story.quotes.find((q) => q.id === items?.quotes[0]);
  if (quote) return cutAtWord(`“${quote.text}”`);
  const named = new Map<string, number>();
  for (const m of story.mentions)
    if (m.place === place) named.set(m.passage, (named.get(m.passage) ?? 0) + 1);
  let best = items?.passages[0];
  for (const id of items?.passages ?? []) if ((named.get(id) ?? 0) > (named.get(best ?? '') ?? 0)) best = id;
  return cutAtWord(story.passages.find((p) => p.id === best)?.text ?? '');
}

export function placeEntry(slug: string, story: Story, place: string, isDefault = false): PlaceEntry {
  return { ...listEntry(slug, story, isDefault), snippet: snippetFor(story, place) };
}

/** The indexes' files, relative to the data folder (no place id starts with "_"). */
export const INDEX_FILES = {
  listHead: 'stories/index.json',
  listPage: (id: number) => `stories/pages/${id}.json`,
  placeCounts: 'places/_counts.json',
  placeHead: (place: string) => `places/${place}.json`,
  placePage: (place: string, id: number) => `places/${place}/${id}.json`,
} as const;
