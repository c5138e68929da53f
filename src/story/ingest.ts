import { AnnotationError, checkPlaceIds, locate, type Annotations } from './annotations.ts';
import { attributeQuotes } from './attribution.ts';
import { findDariIntroductions } from './dari-attribution.ts';
import { readDateline, type Dateline } from './dateline.ts';
import type { Gazetteer } from './gazetteer-schema.ts';
import { findPlaceCandidates, type Span } from './link-places.ts';
import { acronymSpans, organisationAcronyms } from './organisations.ts';
import { segmentArticle } from './paragraphs.ts';
import { tokenize } from './tokens.ts';
import { buildPassages } from './passages.ts';
import { buildPlaceIndex, type PlaceIndex } from './place-index.ts';
import { PlacesAt, QuotedPlaces } from './places-at.ts';
import { findAllQuoteSpans } from './quotes.ts';
import { resolveAmbiguous } from './resolve-places.ts';
import {
  STORY_VERSION,
  type Mention,
  type Passage,
  type PlaceItems,
  type Quote,
  type Speaker,
  type Story,
  type Unresolved,
} from './schema.ts';
import { SpeakerTable, findIntroductions, type Reading } from './speakers.ts';

/** Words of the first passage used as a title when neither the page nor the annotations give one. */
const FALLBACK_TITLE_WORDS = 12;
/** A dateline opens one of the first passages (a standfirst may come before it). */
const DATELINE_PASSAGES = 2;

const indexCache = new WeakMap<Gazetteer, PlaceIndex>();

/** The index for a gazetteer, built once per gazetteer object. */
export function placeIndexFor(gazetteer: Gazetteer): PlaceIndex {
  let index = indexCache.get(gazetteer);
  if (!index) {
    index = buildPlaceIndex(gazetteer);
    indexCache.set(gazetteer, index);
  }
  return index;
}

type Draft = Omit<Mention, 'id' | 'sourceStart' | 'sourceEnd'> & { p: number };

export interface IngestOptions {
  /**
   * Called for each override that no longer finds its text, which is then skipped. The studio passes it
   * so an edited article keeps the corrections that still apply; without it such an override throws.
   */
  onStale?: (problem: AnnotationError) => void;
}

/** Read an exported article into story data: passages, places, speakers and quotations. */
export function ingestStory(
  source: string,
  gazetteer: Gazetteer,
  annotations?: Annotations,
  options: IngestOptions = {},
): Story {
  const index = placeIndexFor(gazetteer);
  if (annotations) checkPlaceIds(annotations, new Set(index.entries.keys()));
  const seg = segmentArticle(source);
  /** Apply each override; one that no longer finds its text goes to `onStale` when there is one. */
  const each = <T>(list: readonly T[] | undefined, apply: (o: T, i: number) => void) =>
    list?.forEach((o, i) => {
      try {
        apply(o, i);
      } catch (err) {
        if (!(options.onStale && err instanceof AnnotationError)) throw err;
        options.onStale(err);
      }
    });

  const passages: Passage[] = buildPassages(source, seg.paragraphs);
  const texts = passages.map((p) => p.text);
  // "the Islamic Movement of Uzbekistan (IMU)": a later "IMU" is that organisation, not a person or a place.
  const acronyms = organisationAcronyms(texts);
  const reading: Reading = { texts, quotes: findAllQuoteSpans(texts), index, organisations: acronyms };

  // Speakers first: their names must not link as places, and their descriptions give places context.
  const table = new SpeakerTable(reading);
  findIntroductions(table, reading);
  findDariIntroductions(table, reading);
  attributeQuotes(table, reading, true);
  table.collectEvents();
  const quoteDrafts = attributeQuotes(table, reading, true);

  const blocked: Span[][] = texts.map(() => []);
  for (const ev of table.events) blocked[ev.passage]?.push(ev);
  // "KUNDUZ, Afghanistan —": the story is filed from the city, so its name there reads as the city.
  const dateline = findDateline(texts);
  // Each passage's words are read once, for its acronyms and its places, and let go.
  const candidates = texts.map((t, p) => {
    const tokens = tokenize(t);
    for (const span of acronymSpans(t, acronyms, tokens)) blocked[p]?.push(span);
    return findPlaceCandidates(t, index, blocked[p], {
      cities: dateline?.passage === p ? [dateline.city] : [],
      tokens,
    });
  });

  let drafts: Draft[] = [];
  for (const [p, list] of candidates.entries()) {
    for (const c of list) {
      const [only] = c.ids;
      if (c.ids.length === 1 && only)
        drafts.push({
          p,
          passage: passages[p]?.id ?? '',
          start: c.start,
          end: c.end,
          text: c.text,
          place: only,
          via: c.via,
        });
    }
  }
  const located = new PlacesAt(passages.length);
  for (const d of drafts) located.add(d.p, d.start, d.end, d.place);
  const introOf = (id: string | null) => table.speaker(id)?.intro ?? null;
  const quotedPlaces = new QuotedPlaces(quoteDrafts, passages.length, introOf, located);

  const unresolved: Unresolved[] = [];
  const byPassage: string[][] = texts.map(() => []);
  for (const d of drafts) byPassage[d.p]?.push(d.place);
  const context = {
    index,
    placesByPassage: byPassage,
    sectionByPassage: passages.map((p) => p.section),
    // The headline frames the whole story: "… in Badakhshan" settles a Baharak that nothing nearer does.
    headlinePlaces: findPlaceCandidates(annotations?.meta?.title ?? seg.title ?? '', index).flatMap((c) =>
      c.ids.length === 1 ? c.ids : [],
    ),
    speakerPlaces: (p: number, offset: number) => quotedPlaces.around(p, offset),
  };
  for (const [p, list] of candidates.entries()) {
    for (const c of list) {
      if (c.ids.length < 2) continue;
      const r = resolveAmbiguous(c, p, context);
      const passage = passages[p]?.id ?? '';
      if ('place' in r) {
        drafts.push({ p, passage, start: c.start, end: c.end, text: c.text, place: r.place, via: 'context' });
        quotedPlaces.resolved(p, c.start, c.end, r.place);
      } else
        unresolved.push({
          passage,
          start: c.start,
          end: c.end,
          text: c.text,
          candidates: c.ids,
          reason: r.reason,
        });
    }
  }

  // Editorial overrides win over what the rules read.
  const ov = annotations?.overrides;
  each(ov?.forbid, (o, i) => {
    for (const [p, at] of locate(o, passages, `$.overrides.forbid[${i}]`)) {
      const end = at + o.text.length;
      const hit = (d: { start: number; end: number }) => d.start < end && at < d.end;
      drafts = drafts.filter((d) => !(d.p === p && hit(d) && (o.place === undefined || d.place === o.place)));
      for (let k = unresolved.length - 1; k >= 0; k--) {
        const u = unresolved[k];
        if (u && u.passage === passages[p]?.id && hit(u)) unresolved.splice(k, 1);
      }
    }
  });
  each(ov?.link, (o, i) => {
    for (const [p, at] of locate(o, passages, `$.overrides.link[${i}]`)) {
      const end = at + o.text.length;
      const passage = passages[p]?.id ?? '';
      drafts = drafts.filter((d) => !(d.p === p && d.start < end && at < d.end));
      for (let k = unresolved.length - 1; k >= 0; k--) {
        const u = unresolved[k];
        if (u && u.passage === passage && u.start < end && at < u.end) unresolved.splice(k, 1);
      }
      drafts.push({ p, passage, start: at, end, text: o.text, place: o.place, via: 'annotation' });
    }
  });
  drafts.sort((a, b) => a.p - b.p || a.start - b.start);
  const mentioned = new PlacesAt(passages.length);
  for (const d of drafts) mentioned.add(d.p, d.start, d.end, d.place);
  const speakerPlaces = (id: string | null): string[] => {
    const intro = introOf(id);
    return intro ? mentioned.within(intro.passage, intro.start, intro.end) : [];
  };

  const mentionCount = new Map<string, number>();
  const mentions: Mention[] = drafts.map(({ p, ...d }) => {
    const n = (mentionCount.get(d.passage) ?? 0) + 1;
    mentionCount.set(d.passage, n);
    const base = passages[p]?.sourceStart ?? 0;
    return { id: `${d.passage}-m${n}`, ...d, sourceStart: base + d.start, sourceEnd: base + d.end };
  });

  each(ov?.speaker, (o, i) => {
    const target = quoteDrafts.find((q) =>
      texts[q.passage]?.slice(q.span.start, q.span.end).includes(o.quote),
    );
    if (!target)
      throw new AnnotationError(`$.overrides.speaker[${i}].quote`, `no quotation contains "${o.quote}"`);
    const s = table.speaker(o.speaker) ?? table.add(o.speaker, o.description ?? '', null);
    target.speaker = s.id;
  });

  const everyPlace = new Map<number, string[]>();
  const placesOf = (p: number): string[] => {
    let places = everyPlace.get(p);
    if (!places) everyPlace.set(p, (places = mentioned.all(p)));
    return places;
  };
  const quoteCount = new Map<string, number>();
  const quoteIds = new Map<object, string>();
  const quotes: Quote[] = quoteDrafts.map((q) => {
    const passage = passages[q.passage];
    const pid = passage?.id ?? '';
    const n = (quoteCount.get(pid) ?? 0) + 1;
    quoteCount.set(pid, n);
    const id = `${pid}-q${n}`;
    quoteIds.set(q, id);
    const { start, end } = q.span;
    const inside = mentioned.within(q.passage, start, end);
    const around = placesOf(q.passage);
    const quote: Quote = {
      id,
      passage: pid,
      start,
      end,
      sourceStart: (passage?.sourceStart ?? 0) + start,
      sourceEnd: (passage?.sourceStart ?? 0) + end,
      text: texts[q.passage]?.slice(start, end) ?? '',
      speaker: q.speaker,
      places: unique([...inside, ...around, ...speakerPlaces(q.speaker)]),
    };
    const from = q.continues && quoteIds.get(q.continues);
    if (from) quote.continues = from;
    return quote;
  });

  const quoted = new Set(quotes.map((q) => q.speaker));
  const speakers: Speaker[] = table.speakers
    .filter((s) => s.description || quoted.has(s.id))
    .map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      places: speakerPlaces(s.id),
      ...(s.gender ? { gender: s.gender } : {}),
    }));

  each(ov?.passagePlaces, (o, i) => {
    const target = passages.find((p) =>
      o.passage !== undefined ? p.id === o.passage : p.text.includes(o.contains ?? ''),
    );
    if (!target) throw new AnnotationError(`$.overrides.passagePlaces[${i}]`, 'no passage matches');
    target.annotatedPlaces = unique([...(target.annotatedPlaces ?? []), ...o.places]);
  });

  const meta = annotations?.meta;
  const title = meta?.title ?? seg.title ?? firstWords(texts[0] ?? '', FALLBACK_TITLE_WORDS);
  const story: Story = {
    version: STORY_VERSION,
    meta: {
      title,
      ...optional('byline', meta?.byline ?? seg.byline),
      ...optional('date', meta?.date ?? seg.date ?? dateline?.date),
      ...optional('publisher', meta?.publisher),
      ...optional('url', meta?.url),
    },
    sections: seg.sections,
    passages,
    removed: seg.removed,
    mentions,
    speakers,
    quotes,
    places: placeItems(mentions, quotes, passages, index),
    unresolved,
  };
  if (annotations?.tour) story.tour = annotations.tour;
  return story;
}

/** For each place, the passages and quotations about it; a province also collects its districts'. */
export function placeItems(
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  passages: readonly Passage[],
  index: PlaceIndex,
): Record<string, PlaceItems> {
  const items = new Map<string, { passages: Set<string>; quotes: Set<string> }>();
  const parents = new Map<string, string[]>();
  const withParents = (id: string): string[] => {
    let ids = parents.get(id);
    if (!ids) {
      const parent = index.entries.get(id)?.province;
      parents.set(id, (ids = parent && parent !== id ? [id, parent] : [id]));
    }
    return ids;
  };
  const get = (id: string) => {
    let v = items.get(id);
    if (!v) items.set(id, (v = { passages: new Set(), quotes: new Set() }));
    return v;
  };
  for (const m of mentions) for (const id of withParents(m.place)) get(id).passages.add(m.passage);
  for (const p of passages)
    for (const place of p.annotatedPlaces ?? [])
      for (const id of withParents(place)) get(id).passages.add(p.id);
  for (const q of quotes)
    for (const place of q.places) for (const id of withParents(place)) get(id).quotes.add(q.id);
  const order = new Map(passages.map((p, i) => [p.id, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return Object.fromEntries(
    [...items].map(([id, v]) => [id, { passages: [...v.passages].sort(byOrder), quotes: [...v.quotes] }]),
  );
}

function findDateline(texts: readonly string[]): (Dateline & { passage: number }) | null {
  for (let p = 0; p < Math.min(DATELINE_PASSAGES, texts.length); p++) {
    const d = readDateline(texts[p] ?? '');
    if (d) return { ...d, passage: p };
  }
  return null;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]?: string }) : {};
}

function firstWords(text: string, n: number): string {
  const words: string[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    words.push(m[0]);
    if (words.length > n) break;
  }
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
}
