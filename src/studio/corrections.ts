import type { Annotations, PinAnnotation } from '../story/annotations.ts';
import type { Mention, Quote, Story, TourStop, Unresolved } from '../story/schema.ts';

// Every correction the author makes, as a change to the engine's annotation file. Pure: annotations in,
// annotations out, so undo is keeping the old value and a saved draft is just text plus annotations.

type Overrides = NonNullable<Annotations['overrides']>;
type Kind = keyof Overrides;
type Link = NonNullable<Overrides['link']>[number];
type Forbid = NonNullable<Overrides['forbid']>[number];

/** A stretch of one passage: what the author selected, a mention or an unresolved name. */
export interface PassageSpan {
  passage: string;
  offset: number;
  text: string;
}

function setList<K extends Kind>(a: Annotations, kind: K, list: Overrides[K]): Annotations {
  const overrides: Overrides = { ...a.overrides };
  if (list && list.length > 0) overrides[kind] = list;
  else delete overrides[kind];
  const out: Annotations = { ...a };
  if (Object.keys(overrides).length > 0) out.overrides = overrides;
  else delete out.overrides;
  return out;
}

const samePlace = (
  o: { passage?: string | undefined; offset?: number | undefined; text: string },
  s: PassageSpan,
) => o.passage === s.passage && o.offset === s.offset && o.text === s.text;
const overlaps = (
  o: { passage?: string | undefined; offset?: number | undefined; text: string },
  s: PassageSpan,
) =>
  o.passage === s.passage &&
  o.offset !== undefined &&
  o.offset < s.offset + s.text.length &&
  s.offset < o.offset + o.text.length;

export function spanOf(m: Pick<Mention, 'passage' | 'start' | 'text'> | Unresolved): PassageSpan {
  return { passage: m.passage, offset: m.start, text: m.text };
}

/** Link exactly this stretch of text to `place`, replacing corrections made on the same words. */
export function linkSpan(a: Annotations, span: PassageSpan, place: string): Annotations {
  const forbid = (a.overrides?.forbid ?? []).filter((o) => !overlaps(o, span));
  const link = (a.overrides?.link ?? []).filter((o) => !overlaps(o, span));
  const added: Link = { text: span.text, passage: span.passage, offset: span.offset, place };
  return setList(setList(a, 'forbid', forbid), 'link', [...link, added]);
}

/** Where a pin is and what it is called; its text and place in the article come from the span. */
export interface PinPoint {
  name: string;
  name_da?: string;
  at: [number, number];
}

function setPins(a: Annotations, pins: PinAnnotation[]): Annotations {
  const out: Annotations = { ...a };
  if (pins.length > 0) out.pins = pins;
  else delete out.pins;
  return out;
}

/** The index of the pin on exactly this stretch of text, or -1. */
export function pinAt(a: Annotations, span: PassageSpan): number {
  return (a.pins ?? []).findIndex((p) => samePlace(p, span));
}

/**
 * Pin this stretch of text to a point: links and refusals on the same words give way, and a pin already there
 * moves (one step to undo either way).
 */
export function pinSpan(a: Annotations, span: PassageSpan, point: PinPoint): Annotations {
  const forbid = (a.overrides?.forbid ?? []).filter((o) => !overlaps(o, span));
  const link = (a.overrides?.link ?? []).filter((o) => !overlaps(o, span));
  const pin: PinAnnotation = { text: span.text, passage: span.passage, offset: span.offset, ...point };
  const pins = [...(a.pins ?? [])];
  const at = pinAt(a, span);
  if (at >= 0) pins[at] = pin;
  else pins.push(pin);
  return setPins(setList(setList(a, 'forbid', forbid), 'link', link), pins);
}

export function removePin(a: Annotations, index: number): Annotations {
  return setPins(
    a,
    (a.pins ?? []).filter((_, i) => i !== index),
  );
}

/** This stretch is not a place: no link, and not listed as unresolved. */
export function forbidSpan(a: Annotations, span: PassageSpan): Annotations {
  const link = (a.overrides?.link ?? []).filter((o) => !overlaps(o, span));
  const forbid = (a.overrides?.forbid ?? []).filter((o) => !samePlace(o, span));
  const added: Forbid = { text: span.text, passage: span.passage, offset: span.offset };
  return setList(setList(a, 'link', link), 'forbid', [...forbid, added]);
}

/**
 * Unlink one mention. A link the author made is taken back; one that covered every occurrence of its text
 * is narrowed to the other occurrences; a link the engine made is forbidden at this one place.
 */
export function unlinkMention(a: Annotations, mention: Mention, story: Story): Annotations {
  if (mention.via !== 'annotation') return forbidSpan(a, spanOf(mention));
  const span = spanOf(mention);
  const links = a.overrides?.link ?? [];
  const next: Link[] = [];
  for (const o of links) {
    if (samePlace(o, span)) continue;
    const covers =
      o.offset === undefined &&
      o.text === mention.text &&
      o.place === mention.place &&
      (o.passage === undefined || o.passage === mention.passage);
    if (!covers) {
      next.push(o);
      continue;
    }
    for (const m of story.mentions) {
      if (m.id === mention.id || m.via !== 'annotation' || m.text !== o.text || m.place !== o.place) continue;
      if (o.passage !== undefined && m.passage !== o.passage) continue;
      next.push({ text: m.text, passage: m.passage, offset: m.start, place: m.place });
    }
  }
  return setList(a, 'link', next);
}

/** Who said a quotation: an existing speaker's id, or a new name (with how the article introduces them). */
export function setSpeaker(a: Annotations, quote: Quote, speaker: string, description?: string): Annotations {
  const list = (a.overrides?.speaker ?? []).filter((o) => !quote.text.includes(o.quote));
  const added: NonNullable<Overrides['speaker']>[number] = { quote: quote.text, speaker };
  if (description) added.description = description;
  return setList(a, 'speaker', [...list, added]);
}

export function addPassagePlace(a: Annotations, passage: string, place: string): Annotations {
  const list = a.overrides?.passagePlaces ?? [];
  const own = list.find((o) => o.passage === passage);
  if (own?.places.includes(place)) return a;
  return setList(
    a,
    'passagePlaces',
    own
      ? list.map((o) => (o === own ? { ...o, places: [...o.places, place] } : o))
      : [...list, { passage, places: [place] }],
  );
}

export function removePassagePlace(a: Annotations, passage: string, place: string): Annotations {
  const list = (a.overrides?.passagePlaces ?? [])
    .map((o) => (o.passage === passage ? { ...o, places: o.places.filter((p) => p !== place) } : o))
    .filter((o) => o.places.length > 0);
  return setList(a, 'passagePlaces', list);
}

export const META_FIELDS = ['title', 'byline', 'date', 'publisher', 'url'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Set one field of the story's details; an empty value gives the field back to what the page says. */
export function setMeta(a: Annotations, field: MetaField, value: string): Annotations {
  const meta: NonNullable<Annotations['meta']> = { ...a.meta };
  const v = value.trim();
  if (v) meta[field] = v;
  else delete meta[field];
  const out: Annotations = { ...a };
  if (Object.keys(meta).length > 0) out.meta = meta;
  else delete out.meta;
  return out;
}

function setTour(a: Annotations, tour: TourStop[]): Annotations {
  const out: Annotations = { ...a };
  if (tour.length > 0) out.tour = tour;
  else delete out.tour;
  return out;
}

export function addStop(a: Annotations, place: string): Annotations {
  return setTour(a, [...(a.tour ?? []), { place }]);
}

export function removeStop(a: Annotations, index: number): Annotations {
  return setTour(
    a,
    (a.tour ?? []).filter((_, i) => i !== index),
  );
}

export function moveStop(a: Annotations, index: number, by: -1 | 1): Annotations {
  const tour = [...(a.tour ?? [])];
  const to = index + by;
  const stop = tour[index];
  if (!stop || to < 0 || to >= tour.length) return a;
  tour.splice(index, 1);
  tour.splice(to, 0, stop);
  return setTour(a, tour);
}

/** The longest stop title and note the studio keeps: a heading fits one line, a note one screen. */
export const STOP_TITLE_MAX = 120;
export const STOP_TEXT_MAX = 1000;

/** Trimmed and cut to `max` UTF-16 units (as an input's maxLength counts), never halving a surrogate pair. */
function clamp(value: string, max: number): string {
  let v = value.trim();
  if (v.length <= max) return v;
  v = v.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(v)) v = v.slice(0, -1);
  return v.trimEnd();
}

/**
 * Set or clear a stop's title and note. A field left undefined keeps its value; an empty one is removed
 * (the presentation then names the place, or writes its own notes); an over-long one is cut to the limit.
 */
export function editStop(
  a: Annotations,
  index: number,
  words: { title?: string | undefined; text?: string | undefined },
): Annotations {
  const tour = a.tour ?? [];
  const stop = tour[index];
  if (!stop) return a;
  const next: TourStop = { ...stop };
  const fields = [
    ['title', words.title, STOP_TITLE_MAX],
    ['text', words.text, STOP_TEXT_MAX],
  ] as const;
  for (const [field, value, max] of fields) {
    if (value === undefined) continue;
    const v = clamp(value, max);
    if (v) next[field] = v;
    else delete next[field];
  }
  if (next.title === stop.title && next.text === stop.text) return a;
  return setTour(
    a,
    tour.map((s, i) => (i === index ? next : s)),
  );
}

/** What an edit of a stop did, for the announcement ("Retitled stop 2 (Kunduz) “Snowbound”."). */
export function describeStopEdit(before: TourStop, after: TourStop, number: number, place: string): string {
  const which = `stop ${number} (${place})`;
  const said: string[] = [];
  if (after.title !== before.title)
    said.push(
      after.title === undefined
        ? `Stop ${number} shows its place name, ${place}, again.`
        : `Retitled ${which} “${after.title}”.`,
    );
  if (after.text !== before.text)
    said.push(
      after.text === undefined
        ? `Removed the note from ${which}.`
        : before.text === undefined
          ? `Added a note to ${which}.`
          : `Changed the note on ${which}.`,
    );
  return said.join(' ');
}

/** A tour through the places in the order the story first names them: a start the author reorders. */
export function tourFromStory(a: Annotations, story: Story, isOnMap: (id: string) => boolean): Annotations {
  const seen = new Set<string>();
  const tour: TourStop[] = [];
  for (const m of story.mentions) {
    if (seen.has(m.place) || !isOnMap(m.place)) continue;
    seen.add(m.place);
    tour.push({ place: m.place });
  }
  return setTour(a, tour);
}

/** Where an annotation sits, from a JSON path the engine reported (`$.overrides.link[2].text`). */
export function annotationAt(path: string): { kind: Kind | 'tour' | 'pins'; index: number } | null {
  const m = /^\$\.(?:overrides\.(link|forbid|speaker|passagePlaces)|(tour|pins))\[(\d+)\]/.exec(path);
  if (!m) return null;
  return { kind: (m[1] ?? m[2]) as Kind | 'tour' | 'pins', index: Number(m[3]) };
}

export function removeAnnotation(a: Annotations, path: string): Annotations {
  const at = annotationAt(path);
  if (!at) return a;
  if (at.kind === 'tour') return removeStop(a, at.index);
  if (at.kind === 'pins') return removePin(a, at.index);
  const list = (a.overrides?.[at.kind] ?? []) as unknown[];
  return setList(a, at.kind, list.filter((_, i) => i !== at.index) as Overrides[typeof at.kind]);
}

/** One line about an annotation, for the list of corrections that no longer find their text. */
export function describeAnnotation(a: Annotations, path: string, placeName: (id: string) => string): string {
  const at = annotationAt(path);
  if (!at) return path;
  const { index } = at;
  switch (at.kind) {
    case 'link': {
      const o = a.overrides?.link?.[index];
      return o ? `Link “${o.text}” to ${placeName(o.place)}` : path;
    }
    case 'forbid': {
      const o = a.overrides?.forbid?.[index];
      return o ? `“${o.text}” is not ${o.place ? placeName(o.place) : 'a place'}` : path;
    }
    case 'speaker': {
      const o = a.overrides?.speaker?.[index];
      return o ? `“${shorten(o.quote)}” was said by ${o.speaker}` : path;
    }
    case 'passagePlaces': {
      const o = a.overrides?.passagePlaces?.[index];
      return o ? `A passage is also about ${o.places.map(placeName).join(', ')}` : path;
    }
    case 'pins': {
      const o = a.pins?.[index];
      return o ? `Pin “${o.text}” as ${o.name} at ${o.at.join(', ')}` : path;
    }
    case 'tour': {
      const o = a.tour?.[index];
      return o ? `Tour stop ${index + 1}: ${placeName(o.place)}` : path;
    }
  }
}

function shorten(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where some words occur in the story's passages, for linking them by keyboard. */
export function occurrencesOf(
  story: Story,
  words: string,
  limit = 50,
): (PassageSpan & { number: number; context: string })[] {
  const text = words.trim();
  const found: (PassageSpan & { number: number; context: string })[] = [];
  if (!text) return found;
  story.passages.forEach((p, i) => {
    for (let at = p.text.indexOf(text); at >= 0 && found.length < limit; at = p.text.indexOf(text, at + 1)) {
      const before = p.text.slice(Math.max(0, at - 30), at).replace(/^\S*\s/, '');
      const after = p.text.slice(at + text.length, at + text.length + 30).replace(/\s\S*$/, '');
      found.push({ passage: p.id, offset: at, text, number: i + 1, context: `…${before}${text}${after}…` });
    }
  });
  return found;
}
