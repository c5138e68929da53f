import { findPlaceNamedPeople, placeNamedPeopleOf } from './place-named-speakers.ts';
import { kinSourcesNamed } from './kin-reciprocals.ts';
import { describedSourcesNamedAfter } from './name-given-after.ts';
import { findTopicOpenings, findWhoRelatives, findOwnedAppositives } from './topic-persons.ts';
import { speakerListSpans } from './apparatus-lines.ts';
import { isCaptionDateline } from './caption-feeds.ts';
import { eventHeadCity } from './daybook-heads.ts';
import { placeNameAfterPreposition } from './titled-place-names.ts';
import { tajikSpellingsAbroad } from './border-spellings.ts';
import { LastReadings } from './namesake-carry.ts';
import { narratorReportedSpeech } from './narrator-reported.ts';
import { pairTranslations } from './translation-pairs.ts';
import { isCueTiming } from './subtitle-cues.ts';
import { AnnotationError, checkPlaceIds, locate, type Annotations } from './annotations.ts';
import { actorsBeforeQuotes } from './actor-before-quote.ts';
import { attributeQuotes, type QuoteDraft } from './attribution.ts';
import { findDariNicknames } from './dari-nicknames.ts';
import { nameTitledSourcesNamedLater, namedLaterInParagraph } from './named-later.ts';
import { nameGivenInAside } from './given-names.ts';
import { speakersAtFullest } from './fullest-names.ts';
import { dariIndefiniteAsOne } from './described-named.ts';
import { findDariOpeningNames } from './dari-opening-names.ts';
import { dariOfficeHolders } from './dari-role-holders.ts';
import {
  findDariAgeIntroductions,
  findDariYearsIntroductions,
  findDariNamedAs,
  findDariDescribedThenNamed,
  findDariVisitIntroductions,
  findDariIndefiniteIntroductions,
  findDariIndefiniteFromPlace,
  findDariRoleSubjects,
  findDariIntroductions,
} from './dari-attribution.ts';
import { carryLastSpeaker } from './default-speaker.ts';
import { carryFirstPersonVoice } from './first-person-voice.ts';
import { findCopularNamings } from './copular-namings.ts';
import { bracketedVoices, writersOwnWords } from './narrative-voices.ts';
import { readDateline, type Dateline } from './dateline.ts';
import type { Gazetteer } from './gazetteer-schema.ts';
import { speakerLabelSpans } from './label-spans.ts';
import {
  findPlaceCandidates,
  namedElsewhere,
  namesProvince,
  type PlaceCandidate,
  type Span,
} from './link-places.ts';
import { namesReadAsNouns } from './names-as-nouns.ts';
import { acronymSpans, organisationAcronyms } from './organisations.ts';
import { isInfoboxLine } from './page-chrome.ts';
import { pageSubject, subjectReading, type PageSubject } from './page-subject.ts';
import { paragraphsOf, removeChrome, splitLines } from './paragraphs.ts';
import { entryHeadCity } from './pasted-lines.ts';
import { mendPastedWords } from './pasted-words.ts';
import { tokenize } from './tokens.ts';
import { CAPS_ITEM_HEAD, capsHeadAsTitle, isCapsHead } from './caps-heads.ts';
import { buildPassages } from './passages.ts';
import { postersBefore } from './document-roles.ts';
import { buildPlaceIndex, namesOnlyMinorDistricts, type PlaceIndex } from './place-index.ts';
import { GOVERNMENT_WORDS, NON_PERSON_WORDS, WIRE_AGENCIES } from './lexicon.ts';
import { escapeRegExp } from './regex-parts.ts';
import { normalizeName } from './normalize.ts';
import {
  findAgeIntroductions,
  findGivenNames,
  findNamingSentences,
  findMetIntroductions,
} from './person-cues.ts';
import {
  PeopleWords,
  definiteRoleMention,
  personSubjectAfter,
  placeAfterPreposition,
  placePossessive,
  dariGroupOfPlace,
} from './place-people.ts';
import { pinParents, resolvePins, type PinLink } from './pins.ts';
import { placesToPin } from './places-to-pin.ts';
import type { PointLocator } from './point-locator.ts';
import { PlacesAt, QuotedPlaces } from './places-at.ts';
import { findAllQuoteSpans } from './quotes.ts';
import { withTranslations } from './translated-quotes.ts';
import { withUnmarkedSpeech } from './dari-unmarked-speech.ts';
import { findDariExistentialIntroductions } from './dari-existential.ts';
import { splitNestedQuotations } from './nested-quotes.ts';
import { resolveAmbiguous } from './resolve-places.ts';
import {
  STORY_VERSION,
  type Mention,
  type Passage,
  type PlaceItems,
  type Quote,
  type Removed,
  type Speaker,
  type Story,
  type Unresolved,
} from './schema.ts';
import { SpeakerTable, findIntroductions, findRelativesByName, type Reading } from './speakers.ts';
import { findGivenNameInitials, findInitialsIntroductions } from './initials.ts';
import { turnLabelOf, type Caption } from './transcript-turns.ts';
import { matchesOf } from './matches.ts';

/** Words of the first passage used as a title when neither the page nor the annotations give one. */
const FALLBACK_TITLE_WORDS = 12;
/** A dateline opens one of the first passages (a standfirst may come before it). */
const DATELINE_PASSAGES = 2;
/** Characters of a passage within which a dated dateline has its date ("کندز، ۱۰ قوس ۱۴۰۵ –"). */
const DATED_DATELINE_CHARS = 80;
const DIGIT = /[0-9\u06F0-\u06F9\u0660-\u0669]/;

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
  /** Where a point lies: needed when the annotations have pins. */
  locator?: PointLocator;
}

/**
 * Read an exported article into story data: passages, places, speakers and quotations. A pipeline of named
 * passes, each reading what the ones before it found. Quotations are attributed before places are settled:
 * a quoted speaker's places help settle a name two places share.
 */
export function ingestStory(
  source: string,
  gazetteer: Gazetteer,
  annotations?: Annotations,
  options: IngestOptions = {},
): Story {
  const index = placeIndexFor(gazetteer);
  if (annotations) checkPlaceIds(annotations, new Set(index.entries.keys()));
  const lines = splitLines(source);
  const page = removeChrome(lines);
  const body = paragraphsOf(lines);
  const passages = buildPassages(source, body.paragraphs);
  const reading = readingOf(passages, index, body.removed);
  const table = findSpeakers(reading);
  const quoteDrafts = attributeAllQuotes(table, reading);
  const headline = annotations?.meta?.title ?? page.title ?? '';
  const infoboxRows = lines.flatMap((l) => (l.kind !== 'body' && isInfoboxLine(l.text) ? [l.text] : []));
  const subject = pageSubject(headline, infoboxRows, index);
  const linked = linkPlaces(reading, table, passages, subject.namesakes);
  const unresolved = settleAmbiguity(linked, { reading, table, passages, quoteDrafts, headline, subject });
  proposePins(unresolved, linked.drafts, reading.texts, passages);
  const pinned = resolvePins(annotations?.pins, options.locator);
  const overrides = new Overrides(annotations, passages, options, pinned.links);
  const drafts = overrides.placesOf(linked.drafts, unresolved);
  overrides.speakersOf(quoteDrafts, table, reading.texts);
  overrides.passagePlaces();
  const parents = pinParents(pinned.pins);
  const story = assembleStory({ drafts, quoteDrafts, passages, table, index, unresolved, parents });
  const meta = annotations?.meta;
  story.meta = {
    title: meta?.title ?? page.title ?? firstWords(reading.texts[0] ?? '', FALLBACK_TITLE_WORDS),
    ...optional('byline', meta?.byline ?? page.byline),
    ...optional('date', meta?.date ?? page.date ?? linked.dateline?.date),
    ...optional('publisher', meta?.publisher),
    ...optional('url', meta?.url),
  };
  story.sections = body.sections;
  story.removed = body.removed;
  if (annotations?.tour) story.tour = annotations.tour;
  if (pinned.pins.length > 0) story.pins = pinned.pins;
  return story;
}

/** Each removed caption with the first passage after it (one pass over both, in the source's order). */
function captionsBefore(passages: readonly Passage[], removed: readonly Removed[]): Caption[] {
  const captions = removed.filter((r) => r.reason === 'caption').sort((a, b) => a.sourceEnd - b.sourceEnd);
  const out: Caption[] = [];
  let p = 0;
  for (const r of captions) {
    while (p < passages.length && (passages[p]?.sourceStart ?? 0) < r.sourceEnd) p++;
    if (p < passages.length) out.push({ passage: p, text: r.text });
  }
  return out;
}

/** The passages' texts, their quotations and the organisations they name: what the speaker passes read. */
function readingOf(passages: readonly Passage[], index: PlaceIndex, removed: readonly Removed[]): Reading {
  const texts = passages.map((p) => p.text);
  // A film's lower third, removed as a caption, still says who speaks next: kept with the passage after it.
  const captions = captionsBefore(passages, removed);
  // "the Islamic Movement of Uzbekistan (IMU)": a later "IMU" is that organisation, not a person or a place.
  const organisations = organisationAcronyms(texts);
  // A subtitle file's timings, removed: each passage is shown at a time, as a transcript's timed turns are.
  const timed = removed.some((r) => isCueTiming(r.text));
  // A forum thread's "u/name · 22h" lines, removed: each post's words are its poster's.
  const posters = postersBefore(passages, removed);
  return {
    texts,
    quotes: withUnmarkedSpeech(texts, withTranslations(texts, findAllQuoteSpans(texts))),
    index,
    organisations,
    captions,
    timed,
    front: removed.filter((r) => r.sourceEnd <= (passages[0]?.sourceStart ?? 0)).map((r) => r.text),
    ...(posters ? { posters } : {}),
  };
}

/** Find speakers: the people the text introduces, in English and Dari, and every mention of them. */
function findSpeakers(reading: Reading): SpeakerTable {
  const table = new SpeakerTable(reading);
  findIntroductions(table, reading);
  findInitialsIntroductions(table, reading);
  findGivenNameInitials(table, reading);
  findRelativesByName(table, reading);
  findPlaceNamedPeople(table, reading);
  findAgeIntroductions(table, reading);
  findMetIntroductions(table, reading);
  findGivenNames(table, reading);
  findNamingSentences(table, reading);
  findCopularNamings(table, reading);
  findTopicOpenings(table, reading);
  findWhoRelatives(table, reading);
  findOwnedAppositives(table, reading);
  findDariIntroductions(table, reading);
  findDariAgeIntroductions(table, reading);
  findDariYearsIntroductions(table, reading);
  findDariNamedAs(table, reading);
  findDariDescribedThenNamed(table, reading);
  findDariNicknames(table, reading);
  findDariVisitIntroductions(table, reading);
  findDariIndefiniteIntroductions(table, reading);
  findDariIndefiniteFromPlace(table, reading);
  findDariExistentialIntroductions(table, reading);
  findDariRoleSubjects(table, reading);
  findDariOpeningNames(table, reading);
  // A first reading of the quotations adds the speakers only attributions name; their mentions follow.
  attributeQuotes(table, reading, true);
  table.collectEvents();
  return table;
}

/** Attribute quotes: each quotation's speaker, read with every speaker and mention known. */
function attributeAllQuotes(table: SpeakerTable, reading: Reading): QuoteDraft[] {
  const known = table.speakers.length;
  let drafts = attributeQuotes(table, reading, true);
  // A pronoun's guess may add a speaker the mentions were read without: read them, and the quotations, again.
  if (table.speakers.length > known) {
    table.collectEvents();
    drafts = attributeQuotes(table, reading, true);
  }
  carryLastSpeaker(drafts, table, reading);
  actorsBeforeQuotes(drafts, table, reading);
  carryFirstPersonVoice(drafts, table, reading);
  namedLaterInParagraph(drafts, table, reading);
  nameGivenInAside(drafts, table, reading);
  nameTitledSourcesNamedLater(drafts, table, reading);
  kinSourcesNamed(drafts, table, reading.texts);
  describedSourcesNamedAfter(drafts, table, reading.texts);
  // A rendering whose speaker only the passes above found ("…," he said) gives it to its Dari words, and back.
  pairTranslations(reading.texts, drafts);
  dariOfficeHolders(drafts, table, reading);
  writersOwnWords(drafts, reading);
  bracketedVoices(drafts, table, reading);
  narratorReportedSpeech(drafts, table, reading);
  speakersAtFullest(drafts, table);
  return splitNestedQuotations(drafts, table, reading);
}

interface Linked {
  candidates: PlaceCandidate[][];
  /** The mentions whose name says which place they are. */
  drafts: Draft[];
  /** Drafts set aside by their own words ("Khost in the south"): no context for the names round them. */
  aside: ReadonlySet<Draft>;
  dateline: (Dateline & { passage: number }) | null;
}

/** «پیرمردان خان‌آباد»: a speaker that is a group named by its people's plural and their place still names the place. */
function groupOfPlace(name: string, isPlaceName: (name: string) => boolean): boolean {
  const [first, ...rest] = name.split(/\s+/u);
  return rest.length > 0 && dariGroupOfPlace(first ?? '') && isPlaceName(rest.join(' '));
}

/** Link places: every place name of every passage, outside speakers' names and organisations' acronyms. */
function linkPlaces(
  reading: Reading,
  table: SpeakerTable,
  passages: readonly Passage[],
  subjects: ReadonlyMap<string, string>,
): Linked {
  const { texts, index } = reading;
  const blocked: Span[][] = texts.map(() => []);
  const isPlaceName = (name: string) => index.exact.has(normalizeName(name));
  for (const ev of table.events) {
    const name = table.speaker(ev.speaker)?.name ?? '';
    // "Her daughter, Farah, 17,": a relative by a place's name is left to the place rules, which take the name as
    // the person's there and further on ("while Farah looked away").
    if (isPlaceName(name) && !/\s/u.test(name) && table.isRelative(ev.speaker)) continue;
    if (
      !definiteRoleMention(texts[ev.passage] ?? '', ev) &&
      !placeAfterPreposition(texts[ev.passage] ?? '', ev, name, isPlaceName) &&
      !placeNameAfterPreposition(texts[ev.passage] ?? '', ev, name, isPlaceName) &&
      !placePossessive(name, isPlaceName) &&
      !groupOfPlace(name, isPlaceName)
    )
      blocked[ev.passage]?.push(ev);
  }
  // A speaker named by the label in full ("[BAHARAK]:" for the girl Baharak), not a body a word of it names.
  const isSpeaker = (label: string) => {
    const known = table.lookup(label);
    return !!known && !known.anonymous && normalizeName(known.name) === normalizeName(label);
  };
  const labels = texts.map((_text, p) => turnLabelOf(reading, p));
  for (const [p, spans] of speakerLabelSpans(texts, isPlaceName, isSpeaker, labels).entries())
    blocked[p]?.push(...spans);
  // "KUNDUZ, Afghanistan —": the story is filed from the city, so its name there reads as the city.
  const datelines = findDatelines(texts);
  const dateline = datelines[0] ?? null;
  const held: PlaceCandidate[][] = texts.map(() => []);
  const introduced: string[] = [];
  const provincePeople = new Set<string>();
  const abroad = new Set<string>();
  // «زرنج‌ها»: a name the article uses as a thing's word is read as a word's name at each other mention.
  // Each passage's words, tokenized once: read for the names used as words, then for acronyms and places.
  const isName = (key: string) => index.exact.has(key);
  const tokensOf = texts.map((t) => mendPastedWords(tokenize(t), t, isName));
  const nouns = namesReadAsNouns(texts, isName, (key) => namesOnlyMinorDistricts(key, index), tokensOf);
  const readPassage = (t: string, p: number, base: readonly Span[]): PlaceCandidate[] => {
    const tokens = t === texts[p] ? (tokensOf[p] ?? tokenize(t)) : tokenize(t);
    const spans = [...base];
    for (const span of acronymSpans(t, reading.organisations ?? new Set(), tokens)) spans.push(span);
    // A briefing's speakers' list stays in the text for its names; the towns of its offices are not the story's.
    spans.push(...speakerListSpans(t));
    const city = datelines.find((d) => d.passage === p)?.city ?? entryHeadCity(t) ?? eventHeadCity(t);
    const found = findPlaceCandidates(t, index, spans, {
      cities: city ? [city] : [],
      tokens,
      held: held[p] ?? [],
      people: introduced,
      provincePeople,
      subjects,
      nouns,
      abroad,
    });
    blocked[p] = spans;
    return found;
  };
  const candidates = texts.map((text, p) => {
    const base = blocked[p] ?? [];
    const found = readPassage(text, p, base);
    // A head in capitals whose names the gazetteer did not read is read in title case, letter for letter.
    const titled = found.length === 0 ? capsHeadAsTitle(text) : text;
    return titled === text ? found : headPlaceAsProvince(readPassage(titled, p, base), titled, index);
  });
  namedElsewhere(candidates, held, texts);
  tajikSpellingsAbroad(candidates, texts, index);
  // "Khogyani has interviewed …" after "Naqibullah Khogyani": the person named in full, not the district.
  const people = new PeopleWords(
    table.speakers.filter((s) => !s.anonymous).map((s) => s.name),
    (word) => index.exact.has(normalizeName(word)),
    (word) => NON_PERSON_WORDS.has(normalizeName(word)) || GOVERNMENT_WORDS.has(normalizeName(word)),
  );
  for (const word of introduced) people.add(word);
  // A province's name stays the province bare ("Farah's governor"), as the place reader keeps it (provincePeople).
  for (const word of placeNamedPeopleOf(table))
    (namesProvince(index, word) ? provincePeople : people).add(word);
  for (const [p, list] of candidates.entries())
    candidates[p] = list.filter(
      (c) =>
        !people.bare(texts[p] ?? '', c.start, c.end) &&
        !(provincePeople.has(c.text) && personSubjectAfter(texts[p] ?? '', c.end)),
    );
  const drafts: Draft[] = [];
  const aside = new Set<Draft>();
  for (const [p, list] of candidates.entries()) {
    for (const c of list) {
      const [only] = c.ids;
      if (c.ids.length !== 1 || !only) continue;
      const passage = passages[p]?.id ?? '';
      const draft: Draft = { p, passage, start: c.start, end: c.end, text: c.text, place: only, via: c.via };
      drafts.push(draft);
      if (c.aside) aside.add(draft);
    }
  }
  return { candidates, drafts, aside, dateline };
}

interface Settling {
  reading: Reading;
  table: SpeakerTable;
  passages: readonly Passage[];
  quoteDrafts: readonly QuoteDraft[];
  headline: string;
  /** What the page's title and infobox say it is about (see page-subject.ts). */
  subject: PageSubject;
}

/**
 * Settle ambiguity: a name two places share goes to the one nearby names, the quoted speaker's places or the
 * headline point at; the rest are left unresolved, with the reason. Settled mentions join `linked.drafts`.
 */
function settleAmbiguity(
  linked: Linked,
  { reading, table, passages, quoteDrafts, headline, subject }: Settling,
): Unresolved[] {
  const { texts, index } = reading;
  const located = new PlacesAt(passages.length);
  for (const d of linked.drafts) located.add(d.p, d.start, d.end, d.place);
  const introOf = (id: string | null) => table.speaker(id)?.intro ?? null;
  const quotedPlaces = new QuotedPlaces(quoteDrafts, passages.length, introOf, located);
  const byPassage: string[][] = texts.map(() => []);
  for (const d of linked.drafts) if (!linked.aside.has(d)) byPassage[d.p]?.push(d.place);
  const context = {
    index,
    placesByPassage: byPassage,
    sectionByPassage: passages.map((p) => p.section),
    // The headline frames the whole story: "… in Badakhshan" settles a Baharak that nothing nearer does.
    headlinePlaces: findPlaceCandidates(headline, index).flatMap((c) => (c.ids.length === 1 ? c.ids : [])),
    speakerPlaces: (p: number, offset: number) => quotedPlaces.around(p, offset),
    // A namesake nothing nearby settles is the one its own words last named before it (see namesake-carry.ts);
    // not one read by context, which may have been a person's name (a girl called Baharak) read wrong.
    lastNamed: new LastReadings(linked.drafts),
  };
  const unresolved: Unresolved[] = [];
  for (const [p, list] of linked.candidates.entries()) {
    for (const c of list) {
      if (c.ids.length < 2) continue;
      const named = subjectReading(c.ids, subject, index, false);
      const read = named ? { place: named } : resolveAmbiguous(c, p, context);
      const tieBreak = 'place' in read ? null : subjectReading(c.ids, subject, index, true);
      const r = tieBreak ? { place: tieBreak } : read;
      const passage = passages[p]?.id ?? '';
      const { start, end, text } = c;
      if ('place' in r) {
        linked.drafts.push({ p, passage, start, end, text, place: r.place, via: 'context' });
        quotedPlaces.resolved(p, start, end, r.place);
      } else unresolved.push({ passage, start, end, text, candidates: c.ids, reason: r.reason });
    }
  }
  return unresolved;
}

/** Propose pins: names in place-like positions that nothing else read join `unresolved`, in reading order. */
function proposePins(
  unresolved: Unresolved[],
  drafts: readonly Draft[],
  texts: readonly string[],
  passages: readonly Passage[],
): void {
  const order = new Map(passages.map((p, i) => [p.id, i]));
  // Spans already read, by passage: a long article's proposals are checked against their passage's only.
  const read: { start: number; end: number }[][] = passages.map(() => []);
  for (const d of drafts) read[d.p]?.push(d);
  for (const u of unresolved) read[order.get(u.passage) ?? -1]?.push(u);
  const taken = (p: number, start: number, end: number) =>
    read[p]?.some((s) => s.start < end && start < s.end) ?? false;
  unresolved.push(
    ...placesToPin(
      texts,
      passages.map((p) => p.id),
      taken,
    ),
  );
  unresolved.sort((a, b) => (order.get(a.passage) ?? 0) - (order.get(b.passage) ?? 0) || a.start - b.start);
}

/** Apply annotations: the editor's overrides win over what the rules read. */
class Overrides {
  constructor(
    private readonly annotations: Annotations | undefined,
    private readonly passages: Passage[],
    private readonly options: IngestOptions,
    private readonly pinLinks: readonly PinLink[] = [],
  ) {}

  /** Apply each override; one that no longer finds its text goes to `onStale` when there is one. */
  private each<T>(list: readonly T[] | undefined, apply: (o: T, i: number) => void): void {
    list?.forEach((o, i) => {
      try {
        apply(o, i);
      } catch (err) {
        if (!(this.options.onStale && err instanceof AnnotationError)) throw err;
        this.options.onStale(err);
      }
    });
  }

  /** The mentions with forbidden links taken out and forced links put in, in reading order. */
  placesOf(linked: readonly Draft[], unresolved: Unresolved[]): Draft[] {
    const { passages } = this;
    let drafts = [...linked];
    const ov = this.annotations?.overrides;
    const dropUnresolved = (p: number, at: number, end: number) => {
      for (let k = unresolved.length - 1; k >= 0; k--) {
        const u = unresolved[k];
        if (u && u.passage === passages[p]?.id && u.start < end && at < u.end) unresolved.splice(k, 1);
      }
    };
    this.each(ov?.forbid, (o, i) => {
      for (const [p, at] of locate(o, passages, `$.overrides.forbid[${i}]`)) {
        const end = at + o.text.length;
        const hit = (d: { start: number; end: number }) => d.start < end && at < d.end;
        drafts = drafts.filter(
          (d) => !(d.p === p && hit(d) && (o.place === undefined || d.place === o.place)),
        );
        dropUnresolved(p, at, end);
      }
    });
    const links = [
      ...(ov?.link ?? []).map((o, i) => ({ ...o, path: `$.overrides.link[${i}]` })),
      ...this.pinLinks,
    ];
    this.each(links, (o) => {
      for (const [p, at] of locate(o, passages, o.path)) {
        const end = at + o.text.length;
        drafts = drafts.filter((d) => !(d.p === p && d.start < end && at < d.end));
        dropUnresolved(p, at, end);
        const passage = passages[p]?.id ?? '';
        drafts.push({ p, passage, start: at, end, text: o.text, place: o.place, via: 'annotation' });
      }
    });
    return drafts.sort((a, b) => a.p - b.p || a.start - b.start);
  }

  /** The speakers the editor gave quotations. */
  speakersOf(quoteDrafts: readonly QuoteDraft[], table: SpeakerTable, texts: readonly string[]): void {
    this.each(this.annotations?.overrides?.speaker, (o, i) => {
      const target = quoteDrafts.find((q) =>
        texts[q.passage]?.slice(q.span.start, q.span.end).includes(o.quote),
      );
      if (!target)
        throw new AnnotationError(`$.overrides.speaker[${i}].quote`, `no quotation contains "${o.quote}"`);
      const s = table.speaker(o.speaker) ?? table.add(o.speaker, o.description ?? '', null);
      target.speaker = s.id;
    });
  }

  /** The places the editor gave whole passages. */
  passagePlaces(): void {
    this.each(this.annotations?.overrides?.passagePlaces, (o, i) => {
      const target = this.passages.find((p) =>
        o.passage !== undefined ? p.id === o.passage : p.text.includes(o.contains ?? ''),
      );
      if (!target) throw new AnnotationError(`$.overrides.passagePlaces[${i}]`, 'no passage matches');
      target.annotatedPlaces = unique([...(target.annotatedPlaces ?? []), ...o.places]);
    });
  }
}

interface Assembly {
  drafts: readonly Draft[];
  quoteDrafts: readonly QuoteDraft[];
  passages: Passage[];
  table: SpeakerTable;
  index: PlaceIndex;
  unresolved: Unresolved[];
  /** Places a place's items also count for beyond its province (a pin's district and province). */
  parents?: ReadonlyMap<string, string[]>;
}

/** The story's mentions, quotations, speakers and places; its meta, sections and removed lines come after. */
function assembleStory(assembly: Assembly): Story {
  const { drafts, quoteDrafts, passages, table, index, unresolved } = assembly;
  const mentioned = new PlacesAt(passages.length);
  for (const d of drafts) mentioned.add(d.p, d.start, d.end, d.place);
  const speakerPlaces = (id: string | null): string[] => {
    const intro = table.speaker(id)?.intro;
    return intro ? mentioned.within(intro.passage, intro.start, intro.end) : [];
  };
  const mentionCount = new Map<string, number>();
  const mentions: Mention[] = drafts.map((d) => {
    const n = (mentionCount.get(d.passage) ?? 0) + 1;
    mentionCount.set(d.passage, n);
    const base = passages[d.p]?.sourceStart ?? 0;
    // Field by field (a spread into a new object is the slow path, once per mention).
    const { passage, start, end, text, place, via } = d;
    return {
      id: `${passage}-m${n}`,
      passage,
      start,
      end,
      text,
      place,
      via,
      sourceStart: base + start,
      sourceEnd: base + end,
    };
  });
  const quotes = quotesOf(quoteDrafts, passages, mentioned, speakerPlaces);
  const quoted = new Set(quotes.map((q) => q.speaker));
  const speakers: Speaker[] = table.speakers
    .filter((s) => s.description || quoted.has(s.id))
    .map((s) => ({
      id: s.id,
      // «دکانداری پیر»: a Dari description made indefinite by its ی is named with «یک», as «یک دکاندار پیر» is;
      // never a name a description was given to («وزیری، سخنگوی …»: «وزیری» is a surname).
      name: s.anonymous || !s.description ? dariIndefiniteAsOne(s.name) : s.name,
      description: s.description,
      places: speakerPlaces(s.id),
      ...(s.gender ? { gender: s.gender } : {}),
    }));
  return {
    version: STORY_VERSION,
    meta: { title: '' },
    sections: [],
    passages,
    removed: [],
    mentions,
    speakers,
    quotes,
    places: placeItems(mentions, quotes, passages, index, assembly.parents),
    unresolved,
  };
}

/** Each quotation with its id, text, speaker and places: inside it, in its passage, and its speaker's. */
function quotesOf(
  quoteDrafts: readonly QuoteDraft[],
  passages: readonly Passage[],
  mentioned: PlacesAt,
  speakerPlaces: (id: string | null) => string[],
): Quote[] {
  const everyPlace = new Map<number, string[]>();
  const placesOf = (p: number): string[] => {
    let places = everyPlace.get(p);
    if (!places) everyPlace.set(p, (places = mentioned.all(p)));
    return places;
  };
  const quoteCount = new Map<string, number>();
  const quoteIds = new Map<object, string>();
  return quoteDrafts.map((q) => {
    const passage = passages[q.passage];
    const pid = passage?.id ?? '';
    const n = (quoteCount.get(pid) ?? 0) + 1;
    quoteCount.set(pid, n);
    const id = `${pid}-q${n}`;
    quoteIds.set(q, id);
    const { start, end } = q.span;
    const base = passage?.sourceStart ?? 0;
    const quote: Quote = {
      id,
      passage: pid,
      start,
      end,
      sourceStart: base + start,
      sourceEnd: base + end,
      text: passage?.text.slice(start, end) ?? '',
      speaker: q.speaker,
      places: unique([
        ...mentioned.within(q.passage, start, end),
        ...placesOf(q.passage),
        ...speakerPlaces(q.speaker),
      ]),
    };
    const from = q.continues && quoteIds.get(q.continues);
    if (from) quote.continues = from;
    return quote;
  });
}

/** For each place, the passages and quotations about it; a province also collects its districts'. */
export function placeItems(
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  passages: readonly Passage[],
  index: PlaceIndex,
  known: ReadonlyMap<string, string[]> = new Map(),
): Record<string, PlaceItems> {
  const items = new Map<string, { passages: Set<string>; quotes: Set<string> }>();
  const parents = new Map<string, string[]>(known);
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

/**
 * The datelines: one opening one of the first passages, and any dated one further down — a bilingual page
 * repeats its story in the second language under its own headline and dateline ("کندز، ۱۰ قوس ۱۴۰۵ –").
 */
export function findDatelines(texts: readonly string[]): (Dateline & { passage: number })[] {
  const found: (Dateline & { passage: number })[] = [];
  texts.forEach((text, p) => {
    // Further down only a dated dateline counts: a passage with no digit near its start has none.
    if (p >= DATELINE_PASSAGES && !DIGIT.test(text.slice(0, DATED_DATELINE_CHARS))) return;
    // "BADAKHSHAN — CLINIC GETS SOLAR POWER": a roundup item's head in capitals, no dateline over prose.
    const d = isCapsHead(text) && CAPS_ITEM_HEAD.test(text) ? null : readDateline(text);
    if (!d) return;
    const further = d.date !== null || isWireItemDateline(text, d);
    if (p < DATELINE_PASSAGES ? found.length === 0 || further : further) found.push({ ...d, passage: p });
  });
  return found;
}

/** A dash: how a wire's dateline ends. */
const WIRE_DATELINE_DASH = /[—–―]/u;
/**
 * A known agency's closing bracket and a hyphen ("(Reuters) -"): a wire's dateline's other ending. Not any bracket:
 * a fact box's line ("TAKHAR (Taloqan) - 1.1 million people") has a town in its bracket.
 */
const WIRE_AGENCY_HYPHEN = new RegExp(
  `\\((?:${WIRE_AGENCIES.map(escapeRegExp).join('|')})\\)[ \\t]*--?[ \\t]*$`,
  'u',
);
/** A bracket and a hyphen closing a dateline, whatever the bracket holds. */
const BRACKET_HYPHEN = /\)[ \t]*--?[ \t]*$/u;

/**
 * "KUNDUZ, Dec 4 (Wire) —", "KUNDUZ, Afghanistan, May 19 (Reuters) -": a roundup's item, or a wire story under its
 * bullets and byline, opens on its own dateline, its city in capitals and a dash after the date and agency, however
 * far down it stands. Prose never opens on a name in capitals and a dash.
 */
function isWireItemDateline(text: string, d: Dateline): boolean {
  const city = text.slice(d.city.start, d.city.end);
  return (
    /\p{Lu}{2}/u.test(city) &&
    city === city.toUpperCase() &&
    (WIRE_DATELINE_DASH.test(text.slice(d.city.end, d.end)) ||
      isCaptionDateline(text, d.city.end, d.end) ||
      (BRACKET_HYPHEN.test(text.slice(d.city.end, d.end)) &&
        (d.date !== null || WIRE_AGENCY_HYPHEN.test(text.slice(d.city.end, d.end)))))
  );
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]?: string }) : {};
}

function firstWords(text: string, n: number): string {
  const words: string[] = [];
  for (const m of matchesOf(/\S+/g, text)) {
    words.push(m[0]);
    if (words.length > n) break;
  }
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
}

/** The item head's opening name and its dash or colon, once in title case ("Balkh — …"). */
const TITLED_ITEM_HEAD = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}[ \t]*(?:[—–]|:)/u;

/**
 * "BALKH — HAIRATAN RAIL FREIGHT UP": the place heading a roundup's item is its province, where the name is the
 * province's and a district's or a city's too.
 */
function headPlaceAsProvince(found: PlaceCandidate[], head: string, index: PlaceIndex): PlaceCandidate[] {
  const [lead] = found;
  if (!lead || lead.start !== 0 || !TITLED_ITEM_HEAD.test(head)) return found;
  const provinces = lead.ids.filter((id) => index.entries.get(id)?.kind === 'province');
  if (provinces.length === 1) lead.ids = provinces;
  return found;
}
