import { districtCellTowns, officeBefore, provincesSideBySide, townStatements } from './town-statements.ts';
import { namedInSentenceAbroad, townNounBeforeName, townOnFarBank } from './tajik-namesakes.ts';
import {
  dariShopSituatedAfter,
  dariTeamEmblemBefore,
  namesProvinceOrCapital,
  relativeCalledByPlace,
} from './held-names.ts';
import { orchardOrLoadFrom } from './word-name-cues.ts';
import { beyondPlaceCue, dariRiverBeyond } from './beyond-place-cues.ts';
import { dariOutletNameAfter, englishOutletNameAfter } from './outlet-names.ts';
import {
  businessSignAfter,
  facilityNamedAfterPlace,
  dariShopNamedInMarks,
  brandNamedInMarks,
  placeOpensQuotedName,
  dariShopSignName,
  firmNamedInApposition,
  familyNamedLikePlace,
  productCodeAfter,
} from './business-names.ts';
import { appositionReadings } from './appositions.ts';
import { cellsOf, columnQualifiers, isCellGap, rowProvinces } from './table-cells.ts';
import { flatColumnQualifiers } from './flat-columns.ts';
import {
  CITIES_NAMED_ALONE,
  CITY_CUES,
  DARI_LAND_WORDS,
  DARI_PLACE_PHRASES,
  DARI_VENUE_NOUNS,
  DARI_ROAD_NOUNS,
  VENUE_NOUNS,
  COMMON_WORDS,
  DARI_QUALIFIERS,
  DARI_FOREIGN_TOWNS,
  DARI_PEOPLE_OF,
  DARI_ALSO_WORDS,
  DARI_PORT_NOUNS,
  DARI_TEAM_WORDS,
  DARI_ORGANISATION_HEAD_WORDS,
  DARI_GENERIC_ADJECTIVES,
  FOREIGN_TOWNS,
  FOREIGN_BODY_NOUNS,
  DARI_FOREIGN_BODY_NOUNS,
  DARI_NEIGHBOUR_WORDS,
  NAMESAKE_NEIGHBOUR_WORDS,
  PROVINCES_NAMED_ABROAD,
  MEETING_WITH_WORDS,
  DARI_MEETING_WITH_WORDS,
  NEVER_FUZZY_WORDS,
  ENGLISH_WORD_ENDINGS,
  PAKISTANI_PLACES,
  GOVERNMENT_WORDS,
  OCCUPANT_NOUNS,
  DARI_TITLES,
  HONORIFICS,
  NON_PERSON_WORDS,
  PLACE_CUES,
  VILLAGE_NOUNS,
  QUARTER_NOUNS,
  CROSSING_QUARTER_NOUNS,
  EZAFE_TRANSLITERATIONS,
  STREET_NAME_HEADS,
  QUARTER_NUMBERS_EN,
  QUARTER_NUMBERS_DA,
  NAMESAKES_ABROAD,
  DARI_COMMON_NOUN_CUES,
  NATIONALITY_WORDS,
  LANGUAGE_NAMES,
  ENGLISH_SOLAR_MONTHS,
  PLACE_PREMODIFIERS,
  QUALIFIERS,
  OFF_MAP_DARI_PHRASES,
  WORD_NAMES,
  DARI_WORD_SENSE_AFTER,
  DARI_UNDER_GROUND_WORDS,
  THERE_WORDS_DA,
  THERE_WORDS_EN,
  FAR_BANK_WORDS_DA,
  NAMESAKE_NEIGHBOUR_NAMES,
  DARI_PARTICLES,
  DARI_PLACE_PREPOSITIONS,
  DARI_CHANNEL_AFTER_WORDS,
  DARI_SPEECH_VERBS,
  NEIGHBOUR_COUNTRIES,
  NEIGHBOUR_PEOPLES,
  DARI_NEIGHBOUR_PEOPLES,
  SPEECH_VERBS,
  DARI_TIME_WORDS,
  RIVER_FOLLOWING_WORDS,
  DARI_NOHIYA_NAMES,
  BADAKHSHAN_ABROAD_NAMES,
  REGIONS_ABROAD,
  DARI_COUNT_WORDS,
  DARI_ORE_WORDS,
  DARI_BRANCHED_BODY_NAMES,
  DARI_OFFICE_NOUNS,
  DARI_STAND_NOUNS,
  DARI_CUT_OFF_FROM_HEADS,
} from './lexicon.ts';
import {
  provinceAndItsTown,
  provincialAfterName,
  districtsOfProvince,
  journeysAbroad,
  citiesByContext,
  countedAmongProvinces,
  peopleOfTown,
  holdsDistrictsAfter,
  comparedWithTown,
  comparedWithProvince,
  journeysWithinProvince,
  parallelTowns,
  provinceHoldingPlace,
  provincesByList,
  provincesByListHead,
  provincesByScale,
  townsByPosition,
  provinceSaidAfter,
  provincialBodies,
  sameNameSaidBefore,
  onlyProvinces,
  occupantBefore,
  namesakeTown,
  signatureTowns,
  namesakeTownWorks,
  tableRowProvinces,
  priceRowTowns,
} from './city-readings.ts';
import { townLists } from './town-lists.ts';
import { carriedLoads } from './carried-loads.ts';
import { correlativePlaces } from './paired-places.ts';
import {
  bracketedKind,
  busStops,
  dariTownCues,
  dariTownWorks,
  namesakeTownTrade,
  dutyStations,
  routeStops,
  townHeld,
  dariTripEnds,
  holdsItsDistrictsLater,
  namesakeProvincialVenue,
  pointsBesideTown,
  provinceSpreads,
  sentenceSetInTown,
  townLife,
  townsInFigureList,
  townsListedAsTowns,
  tripEnds,
  tripDestinations,
} from './shared-name-readings.ts';
import {
  givenNameOf,
  mosqueImam,
  nameSomeoneIsCalled,
  chatSender,
  namedAsPerson,
  surnameOfPerson,
} from './place-people.ts';
import { isDariText } from './dari-words.ts';
import { SOLAR_MONTH } from './dari-chrome.ts';
import { compactKey, normalizeName } from './normalize.ts';
import { insideOrganisationName } from './organisations.ts';
import { townsSideBySide } from './towns-side-by-side.ts';
import { dariShopOrBodyName, placeOutside } from './dari-shop-names.ts';
import { offMapProvinceBodies } from './off-map-province-bodies.ts';
import { dariRoadWithTraffic } from './dari-road-traffic.ts';
import { localityNamedAfter } from './named-localities.ts';
import { insideAbbreviatedName, insideDariAbbreviatedName } from './abbreviated-names.ts';
import {
  MIN_FUZZY_LETTERS,
  boundedDistance,
  namesOnlyMinorDistricts,
  provinceOf,
  type FuzzyName,
  type PlaceIndex,
} from './place-index.ts';
import { lastBelow } from './reading-cache.ts';
import { nounReading, thingsAttribute } from './names-as-nouns.ts';
import { dariTitheShare } from './dari-tithe.ts';
import {
  clubNamedAfter,
  dariCountedNoun,
  dariPrivateVenueName,
  dariSurnameAfterGivenName,
  dariTeamNamedForRiver,
} from './named-things.ts';
import {
  LIST_SEPARATOR,
  LIST_SEPARATOR_START,
  escapeRegExp,
  hasArabicScript,
  phraseAlternation,
  wordAlternation,
} from './regex-parts.ts';
import { sentenceStartOf } from './sentences.ts';
import { joinable, tokenize, type Token } from './tokens.ts';
import { endingOn } from './ending-on.ts';

export interface Span {
  start: number;
  end: number;
}

/** A place name found in a passage; several ids when the name alone cannot say which place. */
export interface PlaceCandidate extends Span {
  text: string;
  ids: string[];
  via: 'name' | 'fuzzy';
  /** Set aside by its own words ("Khost in the south"): settled, but no context for the names round it. */
  aside?: true;
}

type Qualifier = 'province' | 'district' | 'city';

/** Fuzzy spellings this long (letters) may be two edits away; shorter ones only one. */
const TWO_EDIT_LETTERS = 9;
/** Lowercase words that may sit inside a place name ("Dasht-e Qala", "Khost wa Firing"). */
const NAME_CONNECTOR = /^[a-z]{1,3}$/;
/** Between two names of one list ("Konduz and Takhar provinces", "Kunduz, Takhar"). */
const LIST_GAP = new RegExp(`^${LIST_SEPARATOR}$`, 'u');

const blocksNothing = (): boolean => false;

/**
 * Whether a span is blocked by any of `spans`: those starting before its end, ordered by start, with the furthest
 * end among them kept for each — a binary search per question, however many spans a long passage blocks. A
 * span blocks a name it overlaps, except one lying inside a longer name ("Ali" in "Ali Abad").
 */
function overlapsAny(spans: readonly Span[]): (span: Span) => boolean {
  // Most passages block nothing: one shared answer, no copy and no closures made for them.
  if (spans.length === 0) return blocksNothing;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach.at(-1) ?? -Infinity, s.end));
  // A blocked span from before the name reaching into it, or one inside it reaching past its end.
  const reaching = (span: Span): boolean => {
    const from = lastBelow(sorted, span.start, (s) => s.start);
    if (from >= 0 && (reach[from] ?? -Infinity) > span.start) return true;
    const last = lastBelow(sorted, span.end, (s) => s.start);
    return last > from && (reach[last] ?? -Infinity) >= span.end;
  };
  return (span) => {
    const before = lastBelow(sorted, span.end, (s) => s.start);
    if (!(before >= 0 && (reach[before] ?? -Infinity) > span.start)) return false;
    // "Ali Abad" after a speaker "Ali": a place name running on past a person's name inside it is the place.
    return reaching(span);
  };
}

export interface FindOptions {
  /** Spans that name a city (a story's dateline): a name inside reads as the city, not the province. */
  cities?: readonly Span[];
  /** The passage's words, when the caller has them already. */
  tokens?: Token[];
  /** Filled with the names that are also words and stood here without a cue (see `namedElsewhere`). */
  held?: PlaceCandidate[];
  /** Filled with the district names the words around them made a person's ("his granddaughter Baharak, who"). */
  people?: string[];
  /** Filled with the province names the words around them made a person's ("Haji Nasrullah Wardak"). */
  provincePeople?: Set<string>;
  /** The page's subject among namesakes, by the name's ids (`namesakeKey`): see page-subject.ts. */
  subjects?: ReadonlyMap<string, string>;
  /** Names the article uses as a thing's word somewhere («زرنج‌ها», see names-as-nouns.ts): here words' names. */
  nouns?: ReadonlySet<string>;
  /**
   * Filled, passage after passage, with the namesakes last read across the border ("at Ishkashim, on the Tajik
   * bank"): named again bare, later, they are that town again.
   */
  abroad?: Set<string>;
}

/** A namesake's key as `abroad` holds it: the words as written. */
const abroadKey = (site: MatchSite): string => normalizeName(site.text.slice(site.span.start, site.span.end));

/** Note a namesake read abroad; one read at home ends the carry. */
function noteAbroad(site: MatchSite, foreign: boolean, abroad: Set<string>): void {
  // Nothing to forget while none is held abroad: the key is built only when it can matter.
  if ((!foreign && abroad.size === 0) || !namedAlsoAbroad(site.best.ids, site.index)) return;
  if (foreign) abroad.add(abroadKey(site));
  else abroad.delete(abroadKey(site));
}

/**
 * "the name she gave, ", "the crossing point he named, ", "the village they mentioned, ": the name set in apposition
 * to a name someone gave — the one the text placed before, not a new place.
 */
const NAMED_BY_SOMEONE_BEFORE =
  /\b(?:name|place|point|town|village|crossing)[ \t]+(?:that[ \t]+)?(?:s?he|they|the[ \t]+\p{L}+)[ \t]+(?:gave|named|mentioned|remembered|recalled|described)[ \t]*,[ \t]*$/u;

/** The ids of a name several places share, as one key: "Tagab" and "Tagab District" share theirs. */
export const namesakeKey = (ids: readonly string[]): string => [...ids].sort().join(' ');

/** Find place names in one passage. `blocked` spans (people's names, organisations' acronyms) never link. */
export function findPlaceCandidates(
  text: string,
  index: PlaceIndex,
  blocked: readonly Span[] = [],
  options: FindOptions = {},
): PlaceCandidate[] {
  const cities = options.cities ?? [];
  const isBlocked = overlapsAny(blocked);
  const tokens = options.tokens ?? tokenize(text);
  const joins = joinsOf(tokens, text);
  const found: Found[] = [];
  let i = 0;
  let lastForeign: number | null = null;
  const abroad = options.abroad ?? new Set<string>();
  while (i < tokens.length) {
    const t = tokens[i];
    const best = t?.upper ? bestMatchAt(tokens, i, joins, index, text) : null;
    if (!t || !best) {
      i++;
      continue;
    }
    const site = matchSite(tokens, i, t, best, text, index, cities);
    const foreign = isForeignAt(site, lastForeign, abroad);
    if (foreign) lastForeign = site.span.end;
    noteAbroad(site, foreign, abroad);
    if (!foreign && !rejectedAt(site, isBlocked, options)) found.push(foundOf(site, options.nouns));
    i += best.words + (site.qual?.attached ? 1 : 0);
  }
  return linkedCandidates(found, index, text, options.held, options.subjects);
}

/**
 * The name matched at token i: a river in a list under "rivers", else exactly, else fuzzily, else a river after
 * "the"; a longer fuzzy name wins.
 */
function bestMatchAt(
  tokens: Token[],
  i: number,
  joins: Joins,
  index: PlaceIndex,
  text: string,
): Match | null {
  const match =
    riverInList(tokens, i, index, text) ??
    exactAt(tokens, i, joins, index) ??
    fuzzyAt(tokens, i, joins, index, 0) ??
    riverAfterThe(tokens, i, index) ??
    dariRiverBeyond(tokens, i, index.riverNames, text);
  const longerFuzzy = match?.via === 'name' ? fuzzyAt(tokens, i, joins, index, match.words) : null;
  return longerFuzzy ?? match;
}

/** The word round a name that says what it is: "Kunduz city", "the city of Kunduz", "ولایت کندز". */
function qualifierAround(tokens: Token[], i: number, words: number, text: string) {
  return (
    qualifierAfter(tokens, i + words, text) ??
    qualifierBefore(tokens, i) ??
    cueBefore(tokens, i, text) ??
    venueBefore(tokens, i, text)
  );
}

/** A name matched at token i, with its qualifier and the span they cover, as the rules below read it. */
interface MatchSite {
  tokens: Token[];
  i: number;
  t: Token;
  best: Match;
  text: string;
  index: PlaceIndex;
  qual: ReturnType<typeof qualifierAround>;
  span: Span;
  /** The name's last token, and the index of the last token with an attached qualifier. */
  last: Token;
  lastWord: number;
  single: boolean;
  /** Whether the name lies in the story's dateline city. */
  datelineCity: boolean;
}

function matchSite(
  tokens: Token[],
  i: number,
  t: Token,
  best: Match,
  text: string,
  index: PlaceIndex,
  cities: readonly Span[],
): MatchSite {
  const last = tokens[i + best.words - 1] ?? t;
  const qual = qualifierAround(tokens, i, best.words, text);
  const span: Span = { start: t.start, end: qual?.attached ? qual.end : last.end };
  // The dateline's city: read as the city, and never a surname ("By Nadia Rahimi KUNDUZ —").
  const datelineCity = cities.some((c) => c.start <= span.start && span.end <= c.end);
  const single = best.words === 1;
  const lastWord = i + best.words - 1 + (qual?.attached ? 1 : 0);
  return { tokens, i, t, best, text, index, qual, span, last, lastWord, single, datelineCity };
}

/**
 * An Afghan name across the border, in a list after a foreign one, or "the other" province; a foreign unit's
 * name after its country's: a place of another country, never linked (`lastForeign`: where the last one ended).
 */
function isForeignAt(site: MatchSite, lastForeign: number | null, abroad: ReadonlySet<string>): boolean {
  const { best, text, span, qual, index } = site;
  const afghan = best.ids.every((id) => AFGHAN_UNITS.has(index.entries.get(id)?.kind ?? ''));
  if (!afghan) return foreignUnitBefore(text, span, best.ids, index);
  const outlying = outlyingDistricts(best.ids, index);
  const alsoAbroad = namedAlsoAbroad(best.ids, index);
  return (
    acrossTheBorder(text, span, !outlying) ||
    (alsoAbroad && listedWithAbroad(text, span)) ||
    seatedAcross(text, span, best.ids, index) ||
    namesakeOverThere(text, span, best.ids, index) ||
    (outlying && (namedInSentenceAbroad(text, span) || townOnFarBank(text, span))) ||
    (alsoAbroad && acrossTheRiverAfter(text, span)) ||
    (lastForeign !== null && FOREIGN_LIST_GAP.test(text.slice(lastForeign, span.start))) ||
    (!qual &&
      alsoAbroad &&
      abroad.size > 0 &&
      abroad.has(abroadKey(site)) &&
      NAMED_BY_SOMEONE_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start))) ||
    (!qual && theOtherProvince(text, span, best.ids, index))
  );
}

/** «… آنجا», ", over there": the name set back "there", right after it — not «، آنجا که» "where", which describes it. */
const THERE_AFTER = new RegExp(
  `^[ \\t]*[،,]?[ \\t]*(?:(?:${phraseAlternation(THERE_WORDS_DA)})(?![\\p{L}\\p{M}\u200C])(?![ \\t]*که(?![\\p{L}\\p{M}\u200C]))|(?:${phraseAlternation(THERE_WORDS_EN)})\\b)`,
  'u',
);
/** «آن طرف دریا، در »، «آن‌سوی مرز در ولسوالی »: the far bank, then the name's «در» and its noun perhaps. */
const FAR_BANK_BEFORE = new RegExp(
  `(?:^|\\s)آن[ \\t\u200C]?(?:طرف|سوی|سو)[ \\t]+(?:${wordAlternation(FAR_BANK_WORDS_DA)})(?:[ \\t]+(?:${wordAlternation(FAR_BANK_WORDS_DA)}))?[ \\t]*[،,]?[ \\t]+(?:در[ \\t]+)?(?:(?:ولسوالی|ناحیه)(?:ٔ|\u200C?ی)?[ \\t]+)?$`,
  'u',
);
/** "Tajikistan", «تاجکستان»: the neighbour a namesake lies in, read in the stretch before "there". */
const NEIGHBOUR_NAMED = new RegExp(`(?:${NAMESAKE_NEIGHBOUR_NAMES.join('|')})(?![\\p{L}])`, 'u');
/** Characters before the name read for the neighbour "there" points back to. */
const THERE_REACH = 160;

/**
 * «پسرش در تاجکستان کار می‌کند، در ولسوالی درواز آنجا», "works in Tajikistan, in Darvaz over there", «آن طرف
 * دریا، در درواز»: a district a town across the border is named like (or a Tajik nohiya's name), set "there" after
 * the neighbour was just named, or on the far bank, is the one abroad. "In Darvaz there is …" stays Afghan.
 */
function namesakeOverThere(text: string, span: Span, ids: readonly string[], index: PlaceIndex): boolean {
  if (!namedAlsoAbroad(ids, index) && !DARI_NOHIYA_NAME.test(text.slice(span.start, span.end + 1)))
    return false;
  const before = text.slice(Math.max(0, span.start - THERE_REACH), span.start);
  if (FAR_BANK_BEFORE.test(before.slice(-48))) return true;
  return THERE_AFTER.test(text.slice(span.end, span.end + 20)) && NEIGHBOUR_NAMED.test(before);
}

/**
 * ", across the Panj,", ", just across the river,": an apposition setting a namesake on the far bank — not "across the
 * river from Khorog", which faces a town abroad from this side.
 */
const ACROSS_RIVER_AFTER =
  /^[ \t]*,[ \t]+(?:just[ \t]+)?across[ \t]+the[ \t]+(?:river|border|water|Panj|Amu(?:[ \t]+Darya)?)\b(?![ \t]+from\b)/u;
/** "From the Tajik town of Khorog", "in Khorog": a view from the far bank, across which this bank is the far one. */
const VIEW_FROM_ABROAD = new RegExp(
  `\\b(?:[Ff]rom|[Ii]n)[ \\t]+(?:the[ \\t]+Tajik\\b|(?:${FOREIGN_TOWNS.join('|')})\\b)`,
  'u',
);
/** Characters before the name read for a view from the far bank. */
const VIEW_REACH = 120;

/** "a supplier in Ishkashim, across the Panj,": a namesake of a place abroad set across the river, seen from here. */
function acrossTheRiverAfter(text: string, span: Span): boolean {
  return (
    ACROSS_RIVER_AFTER.test(text.slice(span.end, span.end + 40)) &&
    !VIEW_FROM_ABROAD.test(text.slice(Math.max(0, span.start - VIEW_REACH), span.start))
  );
}

/** A river's id ("kokcha-river", "amu-darya"): the regions that are rivers. */
const isRiverId = (id: string): boolean => id.endsWith('-river') || id === 'amu-darya';

/** Whether the words round a matched name make it no place: a village, a canal, an organisation, a person … */
function rejectedAt(site: MatchSite, isBlocked: (span: Span) => boolean, options: FindOptions): boolean {
  const { tokens, i, t, best, text, index, qual, span, last, lastWord, single, datelineCity } = site;
  return (
    ((aVillage(tokens, i) || quarterNamedFor(tokens, i, text)) &&
      !crossingARegion(tokens, i, best.ids, index)) ||
    streetNamedFor(tokens, lastWord, text) ||
    localityNamedAfter(text, span, best.ids, index) ||
    numberedQuarterOf(tokens, lastWord, text) ||
    namesACanal(text, span) ||
    (inDariOrganisationName(text, span.start, span.end) && !soundOfRiver(text, span, t)) ||
    dariOutletNameAfter(text, span.start, span.end) ||
    englishOutletNameAfter(text, span.start, span.end) ||
    isBlocked(span) ||
    partOfLongerName(tokens, i, text, index) ||
    runsIntoDariWord(text, last.end) ||
    joinedToDariWordBefore(text, span.start) ||
    (best.via === 'fuzzy' && single && (isDemonym(t.key, index) || FOREIGN_TOWN_NAME.test(t.text))) ||
    (best.via === 'fuzzy' && NEVER_FUZZY_WORDS.has(t.key)) ||
    (best.via === 'fuzzy' && single && givenNameBeforeSurname(tokens, i, text)) ||
    insideOrganisationName(tokens, i, lastWord, text) ||
    insideAbbreviatedName(tokens, i, lastWord, text) ||
    insideDariAbbreviatedName(text, span.start, span.end, (name) => index.exact.has(normalizeName(name))) ||
    businessSignAfter(tokens, lastWord, text) ||
    facilityNamedAfterPlace(tokens, lastWord, text) ||
    productCodeAfter(tokens, i, lastWord, text) ||
    (!qual && familyNamedLikePlace(tokens, i, lastWord)) ||
    dariShopSignName(text, span.start, span.end) ||
    dariShopNamedInMarks(text, span.start, span.end) ||
    dariShopOrBodyName(text, span.start, span.end, (w) => placeOutside(w, best.ids, index)) ||
    brandNamedInMarks(text, span.start, span.end) ||
    placeOpensQuotedName(tokens, i, lastWord, text) ||
    firmNamedInApposition(tokens, i, lastWord, text) ||
    regionNamingOther(site) ||
    regionAdjective(site) ||
    (single && !qual && COMMON_WORDS.has(t.key)) ||
    (single && !qual && monthOfADate(t, text)) ||
    insideWorkTitle(text, span) ||
    riverNamedFor(text, span) ||
    (single && regionAsNewsSource(site)) ||
    mosqueImam(text, span.start, span.end) ||
    nounReading(text, span) ||
    clubNamedAfter(text, span, best.ids.every(isRiverId)) ||
    dariPrivateVenueName(text, span, WORD_NAMES.has(t.key)) ||
    dariCountedNoun(text, span, WORD_NAMES.has(t.key)) ||
    (single && !qual && WORD_NAMES.has(t.key) && dariWordSenseAfter(text, span)) ||
    dariTitheShare(text, span) ||
    dariStandNamedFor(text, span, index) ||
    (!qual && !!options.nouns?.has(t.key) && single && thingsAttribute(text, span)) ||
    (best.ids.every(isRiverId) && dariTeamNamedForRiver(text, span)) ||
    dariTeamEmblemBefore(text, span) ||
    (relativeCalledByPlace(text, span) && !namesProvinceOrCapital(best.ids, index)) ||
    dariShopSituatedAfter(text, span) ||
    (single && !qual && townNounBeforeName(text, span, t.key, best.ids, index)) ||
    (!qual &&
      !datelineCity &&
      !officeBefore(text, span.start) &&
      personNamedLikePlace(tokens, i, text, index, span, options.people, options.provincePeople))
  );
}

/**
 * The title of a book or a film a place name closes: after an author's possessive ("Seierstad's The Bookseller
 * of"), or opened mid-sentence by a capitalised "A" or "An" ("he read it in A Long Ride to the"), then
 * title-case words and their small connectors up to the name.
 */
const WORK_TITLE_BEFORE =
  /(?:['’]s[ \t]+(?:The|An?)|[\p{Ll},;][ \t]+An?)(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|in|the|and|from|to|on|at|for|a))*[ \t]+$/u;
/** Characters before a name read for the title it may close. */
const WORK_TITLE_REACH = 80;

/** What every title the pattern reads opens on: "A" or "An" between blanks, or "The" after a possessive. */
const WORK_TITLE_OPENING = /[ \t]An?[ \t]|['’]s[ \t]+The[ \t]/u;

/** "The Bookseller of Kabul", "A Short Walk in the Hindu Kush": a place inside a work's title is no mention. */
function insideWorkTitle(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - WORK_TITLE_REACH), span.start);
  // Without its opening the long pattern cannot match: a quick look spares it.
  const opening = before.includes(' A') || before.includes('\tA') || before.includes('The');
  if (!opening || !WORK_TITLE_OPENING.test(before)) return false;
  return WORK_TITLE_BEFORE.test(before);
}

/** «… تاریک», «… زیر خانه»: the word's own adjective, or «زیر» with the ground or the house, right after it. */
const DARI_WORD_SENSE = new RegExp(
  `^[ \\t]+(?:${wordAlternation(DARI_WORD_SENSE_AFTER)}|زیر[ \\t]+(?:${wordAlternation(DARI_UNDER_GROUND_WORDS)}))(?![\\p{L}\\p{M}\u200C])`,
  'u',
);

/**
 * «در چال تاریک زیر خانه», «پیاز را در چال زیر زمین»: a name that is also a word, bare, with the word's own
 * adjective or "under …" after it, is the word ("a pit"); «ولسوالی چال» keeps its qualifier and stays the place.
 */
function dariWordSenseAfter(text: string, span: Span): boolean {
  return DARI_WORD_SENSE.test(text.slice(span.end, span.end + 16));
}

/** «دریای …»: the river's head word with its ezafe, before the name it is called by. */
const DARI_RIVER_OF_BEFORE = /(?:^|\s)دریا(?:ی|ٔ)\s+$/u;

/**
 * «آبش از دریای تالقان است»: a river called by a town the gazetteer has no river for is the river, not the town (a
 * river it knows, «دریای کندز», is matched whole as the region before this is asked).
 */
function riverNamedFor(text: string, span: Span): boolean {
  return DARI_RIVER_OF_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start));
}

/** «به گزارش …»: reported by; «به … گفت»: told; «… تی‌وی»: a channel. */
const REPORTED_BY_BEFORE = /(?:^|\s)به\s+گزارش\s+$/u;
const TOLD_BEFORE = /(?:^|\s)به\s+$/u;
const SPEECH_AFTER = new RegExp(`^\\s+(?:${DARI_SPEECH_VERBS.map(escapeRegExp).join('|')})(?!\\p{L})`, 'u');
const CHANNEL_AFTER = new RegExp(
  `^\\s*(?:${DARI_CHANNEL_AFTER_WORDS.map(escapeRegExp).join('|')})(?!\\p{L})`,
  'u',
);

/**
 * «به گزارش آمو، …», «یک باشنده به آمو گفت …», «آمو تی‌وی»: a region's name (a river's, a valley's) that reports,
 * is told something or is a channel is an outlet named after it; a river neither hears nor reports («آب آمو»,
 * «به آمو می‌پیوندد» stay the river).
 */
function regionAsNewsSource({ best, text, span, index }: MatchSite): boolean {
  if (!best.ids.every((id) => index.entries.get(id)?.kind === 'region')) return false;
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  const after = text.slice(span.end, span.end + 16);
  return (
    REPORTED_BY_BEFORE.test(before) ||
    CHANNEL_AFTER.test(after) ||
    (TOLD_BEFORE.test(before) && SPEECH_AFTER.test(after))
  );
}

/**
 * «ایستگاه …», «ترمینال …»: a bus or car stand's noun right before a name. Not «اډهٔ موترهای کابل» ("the stand of
 * the Kabul cars"), which names where the cars go.
 */
const DARI_STAND_BEFORE = endingOn(
  // The noun alone, or its ezafe: «ٔ», «ی», or «ی» after a joiner, a word of its own.
  [...DARI_STAND_NOUNS, 'ٔ', 'ی'],
  new RegExp(`(?:^|\\s)(?:${DARI_STAND_NOUNS.join('|')})(?:ٔ|\u200C?ی)?\\s+$`, 'u'),
);
/** «… در تالقان», «… در شهر کندز»: the stand itself stands in another place, named right after. */
const STANDS_IN_AFTER = /^\s+(?:واقع\s+)?در\s+(?<first>[^\s،,.؛:]+)(?:\s+(?<second>[^\s،,.؛:]+))?/u;
/** «در شهر …», «در ولایت …»: a place's noun opening where the stand is. */
const STAND_PLACE_NOUNS = new Set(['شهر', 'ولایت', 'ولسوالی', 'مرکز'].map(normalizeName));

/** The words after «در» name a place («در تالقان», «در شهر کندز», «در پل خمری»), not a time («در روز جمعه»). */
function standsInAPlace(after: string, index: PlaceIndex): boolean {
  const g = STANDS_IN_AFTER.exec(after)?.groups;
  if (!g?.first) return false;
  const first = normalizeName(g.first);
  return (
    STAND_PLACE_NOUNS.has(first) ||
    index.exact.has(first) ||
    (!!g.second && index.exact.has(normalizeName(`${g.first} ${g.second}`)))
  );
}

/**
 * «از ایستگاه بدخشان در تالقان حرکت کردیم»: a stand called by where its cars go, set in another town, is the
 * stand's name — the trip starts in that town, not in the place it is called by («ایستگاه موترهای کابل در
 * پلخمری» names the cars' Kabul, a place).
 */
function dariStandNamedFor(text: string, span: Span, index: PlaceIndex): boolean {
  return (
    DARI_STAND_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) &&
    standsInAPlace(text.slice(span.end, span.end + 40), index)
  );
}

/** A day's number before a month ("9 "), or a year after it (" 1336"). */
const DAY_BEFORE = /(?:^|[\s(])\p{Nd}{1,2}[ \t]+$/u;
const YEAR_AFTER = /^,?[ \t]+\p{Nd}{3,4}(?!\p{Nd})/u;
/** Longest stretch read either side of a month for its day or its year. */
const DATE_REACH = 8;

/**
 * "On 9 Mizan 1336", "in Mizan 1340", «۱۷ میزان ۱۴۰۴»: a Solar Hijri month with a day before it or a year after it is
 * the date's month, not the district named like it.
 */
function monthOfADate(t: Token, text: string): boolean {
  if (!isSolarMonth(t)) return false;
  const before = text.slice(Math.max(0, t.start - DATE_REACH), t.start);
  return DAY_BEFORE.test(before) || YEAR_AFTER.test(text.slice(t.end, t.end + DATE_REACH));
}
const SOLAR_MONTH_NAME = new RegExp(`^${SOLAR_MONTH}$`, 'u');

/**
 * "Mizan", «میزان»: a Solar Hijri month's name. A district so named is read like a name that is also a word: a
 * place by its qualifier, a list of places or its province nearby, never by "in" alone ("in Mizan" is a month too).
 */
function isSolarMonth(t: Token): boolean {
  return ENGLISH_SOLAR_MONTHS.has(t.key) || SOLAR_MONTH_NAME.test(t.text);
}

/** A road's name after a range's or a river's: "the Pamir Highway", "Salang Road". */
const ROAD_NAME_AFTER = /^[ \t]+(?:Highway|Motorway|Road|Expressway)\b/u;

/**
 * "the Pamir Highway", "Pyanj district across the river": a range's or a river's name that names a road, or a
 * district no Afghan district is called (a Tajik one), is no mention of the region.
 */
function regionNamingOther({ best, index, qual, span, text }: MatchSite): boolean {
  if (!best.ids.every((id) => index.entries.get(id)?.kind === 'region')) return false;
  return qual?.kind === 'district' || ROAD_NAME_AFTER.test(text.slice(span.end, span.end + 16));
}

/**
 * "the stations in Takhar", "a clinic in Badakhshan", "the edge of Badakhshan": a venue or a town's part stands in
 * a town, but a province no town is named like holds it anywhere in the province, so the cue says nothing of it.
 */
function townCueOnProvince(qual: MatchSite['qual'], ids: readonly string[], index: PlaceIndex): boolean {
  if (!qual || !('town' in qual) || !qual.town) return false;
  return ids.every((id) => {
    const e = index.entries.get(id);
    const capital = e?.capital ? index.entries.get(e.capital) : undefined;
    return e?.kind === 'province' && capital?.name_en !== e.name_en && namesakeTown(id, index) === null;
  });
}

/** The candidate a kept name makes, with what the later readings by context need. */
function foundOf(
  { tokens, i, t, best, text, index, qual: found, span, single, datelineCity }: MatchSite,
  nouns: ReadonlySet<string> = new Set(),
): Found {
  const key = single ? t.key : phraseKey(tokens, i, best.words);
  const qual = townCueOnProvince(found, best.ids, index) ? null : found;
  const wordLike = WORD_NAMES.has(key) || nouns.has(key) || (single && isSolarMonth(t));
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    ids: best.ids,
    via: best.via,
    qualifier: qual?.kind ?? (datelineCity ? 'city' : null),
    written: qual?.kind ?? null,
    plural: qual?.plural ?? false,
    wordLike,
    // Only a name that is also a word needs a cue: the others are spared the search.
    cued:
      wordLike &&
      (placeCueBefore(tokens, i, best.words) ||
        villagesOf(tokens, i) ||
        travelTimeFrom(text, span) ||
        peopleOfDariPlace(text, span) ||
        mineOfDariPlace(text, span) ||
        cutOffFrom(text, span) ||
        orchardOrLoadFrom(text, span) ||
        beyondPlaceCue(text, span)),
    offMapWord:
      (single && offMapDariDistrict(best.ids, t.text, index)) ||
      (!single && OFF_MAP_DARI_PHRASES.has(phraseKey(tokens, i, best.words))),
  };
}

/** The kept names read together: qualifiers settled, cues applied, ids narrowed by qualifier, translations paired. */
function linkedCandidates(
  found: Found[],
  index: PlaceIndex,
  text: string,
  held: PlaceCandidate[] | undefined,
  subjects: ReadonlyMap<string, string> = new Map(),
): PlaceCandidate[] {
  // A passage that names nothing has nothing to settle: none of the passes runs for it.
  if (found.length === 0) return [];
  settleQualifiers(found, index, text, subjects);
  // Field by field: a rest and a spread per name are the slow path.
  const linked = withCues(found, index, text, held).map((f): PlaceCandidate => ({
    start: f.start,
    end: f.end,
    text: f.text,
    ids: narrow(f.ids, f.qualifier, index),
    via: f.via,
    ...(f.aside ? { aside: true } : {}),
  }));
  return withTranslations(linked, text);
}

/** The keys of `words` tokens from `i`, as one name's key. */
function phraseKey(tokens: readonly Token[], i: number, words: number): string {
  let key = tokens[i]?.key ?? '';
  for (let k = i + 1; k < i + words; k++) key += ` ${tokens[k]?.key ?? ''}`;
  return key;
}

/** A pass that says what found names are from the names around them; it sets `qualifier` or `ids`. */
type QualifierPass = (
  found: Found[],
  index: PlaceIndex,
  text: string,
  subjects: ReadonlyMap<string, string>,
) => void;

/**
 * One named pass of `settleQualifiers`: `shared` passes read a name a province shares with a town and run only
 * where the passage holds one; `why` says why the pass stands where it does in the order.
 */
export interface QualifierRule {
  readonly pass: QualifierPass;
  readonly shared: boolean;
  readonly why: string;
}

/** "the Konduz and Takhar provinces": a plural qualifier covers the whole list before it. */
function pluralOverList(found: Found[], _index: PlaceIndex, text: string): void {
  for (let k = found.length - 1; k > 0; k--) {
    const cur = found[k];
    const prev = found[k - 1];
    if (cur?.plural && prev && !prev.qualifier && LIST_GAP.test(text.slice(prev.end, cur.start))) {
      prev.qualifier = cur.qualifier;
      prev.plural = true;
    }
  }
}

/** `dariListQualifier` as a pass. */
const dariListHeads: QualifierPass = (found, _index, text) => dariListQualifier(found, text);
/** `columnQualifiers` as a pass. */
const columnHeadings: QualifierPass = (found, _index, text) => columnQualifiers(found, text);
/** `flatColumnQualifiers` as a pass. */
const flatColumnHeadings: QualifierPass = (found, index, text) => flatColumnQualifiers(found, index, text);

/** A pass for every passage. */
const always = (pass: QualifierPass, why: string): QualifierRule => ({ pass, shared: false, why });
/** A pass for a passage holding a name a province shares with a town. */
const ifShared = (pass: QualifierPass, why: string): QualifierRule => ({ pass, shared: true, why });

/**
 * The passes of `settleQualifiers`, in the order they run. The order is a ranking: a pass leaves a name an
 * earlier pass has settled (its `qualifier` set, its `ids` narrowed to one), so what stands earlier outranks
 * what stands later. Five groups, strongest first:
 * 1. what the text writes about the name's form — a list's plural head, a table column, an apposition;
 * 2. features called after "the" or a road's noun, and a road's ends;
 * 3. rows, bodies and works that make a shared name the province or its namesake town;
 * 4. the town-or-province readings of a shared name by context (trips, trade, lists, comparisons), then the
 *    province's cues (`provincesByScale`);
 * 5. which province's place a namesake district is, then the name said before, then position (the last reading).
 */
export const QUALIFIER_RULES: readonly QualifierRule[] = [
  always(
    pluralOverList,
    'a qualifier the text wrote after a list; before the other list readings, which skip it',
  ),
  always(dariListHeads, 'the Dari plural head of a list, as the English one, before any context'),
  always(districtsOfProvince, '"Kunduz districts" says province before a district of the list can claim it'),
  always(columnHeadings, 'a column heading is written: before every reading by context'),
  always(flatColumnHeadings, "a flattened table's head row, as a column heading"),
  always(appositionReadings, "an apposition's head noun is written: before readings by context"),
  always(
    regionsAfterThe,
    'a pass or river after "the" or a road noun: before the district readings of its province',
  ),
  always(
    riversAfterThe,
    'a river called by its bare name after "the": before a province or town reading claims it',
  ),
  always(roadEnds, "a road's ends are towns: before the list and trip readings"),
  always(
    tableRowProvinces,
    "a row naming the province's district: before the price and figure rows read towns",
  ),
  ifShared(namesakeProvincialVenue, "a province's hospital: before the namesake town's works"),
  ifShared(districtCellTowns, "a table cell's districts: the shared name among them is the district"),
  ifShared(provincesSideBySide, 'provinces a range or a border divides: before the town cues'),
  ifShared(townStatements, 'a town patients are sent to, a city it was, a car trip, a photo line'),
  ifShared(provincialAfterName, '"the Baghlan provincial clinic": before the venues and works'),
  always(priceRowTowns, "a price row's cell is its market town: before the figure lists"),
  ifShared(bracketedKind, 'a kind written in brackets: before the figure lists'),
  ifShared(townsInFigureList, 'an entry beside a town-only entry: before signatures and works'),
  always(signatureTowns, "a letter's signature or sign-off: before the works and trade in its text"),
  always(namesakeTownWorks, 'a building stands in the namesake town: before trade'),
  ifShared(namesakeTownTrade, "the namesake town's trade: before the province's holdings"),
  always(
    provinceHoldingPlace,
    'what holds a district is the province, whatever list it is in: before spreads',
  ),
  ifShared(provinceSpreads, 'what spreads over the area is the province: before the town cues'),
  always(citiesByContext, "a town's venue, origin or town list: the first of the town cues"),
  always(peopleOfTown, "the people of a town's services: before the provincial bodies"),
  ifShared(townLists, 'a list of towns and districts makes its shared names towns, Baghlan too'),
  always(offMapProvinceBodies, "Kabul's police, Herat's governor: a body of a capital named alone"),
  always(provincialBodies, 'a provincial body in or of the name: after the venues that made it a city'),
  always(provinceSaidAfter, '"Khost, the province": before the trips read towns'),
  ifShared(tripEnds, 'one run in a vehicle ends in a town'),
  ifShared(tripDestinations, "a trip's one destination, after its ends"),
  ifShared(dariTripEnds, 'the Dari trips, after the English ones'),
  ifShared(carriedLoads, 'a load carried by a vehicle from or between the name: a trip of goods'),
  ifShared(pointsBesideTown, 'a point off the name or on its side'),
  ifShared(townLife, "buying, selling, a relative's home"),
  ifShared(townsListedAsTowns, 'names a head of towns lists'),
  ifShared(dariTownWorks, 'a works named in Dari'),
  ifShared(townHeld, 'a place held or fought over as one prize'),
  ifShared(dutyStations, "a post's duty station"),
  ifShared(dariTownCues, 'the Dari town cues, after the English ones'),
  ifShared(routeStops, 'a stop on a dashed route beside a town'),
  ifShared(busStops, "a bus's stop: the last of the town cues"),
  always(
    provincesByListHead,
    'a count of provinces heading a list: before the journeys read its names as towns',
  ),
  always(provincesByList, 'a name listed beside a province-only name: before the journeys'),
  always(countedAmongProvinces, 'a count shared out beside a province: before the journeys and position'),
  always(journeysWithinProvince, 'a journey to a district or a town: after the lists that make provinces'),
  ifShared(townsSideBySide, 'beside a town in a list of who is where, or a trip from it to a town'),
  ifShared(journeysAbroad, 'a journey whose other end is abroad'),
  always(parallelTowns, 'after the same preposition as a town: needs the towns settled above'),
  always(comparedWithTown, 'compared with a town: needs the towns settled above'),
  always(comparedWithProvince, 'compared with a province: after the town comparison'),
  ifShared(
    correlativePlaces,
    '"neither in Kunduz nor in Takhar": a pair is of one kind, after the comparisons',
  ),
  ifShared(holdsItsDistrictsLater, 'a clause placing something in its own district: a province cue'),
  always(
    provincesByScale,
    "the province's cues, for what no town cue settled: before position reads the town",
  ),
  always(
    provinceNamedAfter,
    'a namesake followed by its province: the strongest of the which-province readings',
  ),
  always(rowProvinces, 'a row whose other cell names the province'),
  always(listedWithProvince, 'listed beside a place of one province'),
  always(namesakeByNeighbour, 'said to be in a province or beside its place'),
  always(namesakeInProvince, 'a district "in" a province that holds none of its places'),
  always(
    pageSubjects,
    "the page's subject: outranked by the words bound to the name above, outranks the sentence below",
  ),
  always(
    namesakeByCompass,
    "a half of the country said after the name: before the sentence's namesakes it outranks",
  ),
  always(namesakeBySentence, 'the province the sentence, else the next, names'),
  always(
    sameNameSaidBefore,
    'the nearest earlier mention that said which: after every reading of the name itself',
  ),
  ifShared(sentenceSetInTown, 'a sentence framed "In" the name: before position'),
  always(townsByPosition, 'the last reading: "in" the name, nothing else settled, is the town'),
];

/**
 * The passes that say what each found name is from the names around it, in `QUALIFIER_RULES`' order. The readings
 * of a name a province shares with a town run only where the passage holds one.
 */
function settleQualifiers(
  found: Found[],
  index: PlaceIndex,
  text: string,
  subjects: ReadonlyMap<string, string>,
): void {
  const shared = found.some((f) => provinceAndItsTown(f.ids, index));
  for (const rule of QUALIFIER_RULES) if (shared || !rule.shared) rule.pass(found, index, text, subjects);
}

/** "the ", "the lower ", "The upper " right before a name. */
const THE_REACH_BEFORE = endingOn(
  ['the', 'The', 'upper', 'lower', 'middle'],
  /(?:^|[^\p{L}])[Tt]he[ \t]+(?:(?:upper|lower|middle)[ \t]+)?$/u,
);
/**
 * What may follow a river called by its bare name: the clause's end or a comma before a lower-case word or "the",
 * "and the"/"or the" (another river), or a word of place, flow or clause — never a noun the name would qualify
 * ("the Kunduz governor", "the Kunduz side").
 */
const RIVER_FOLLOWS = new RegExp(
  `^(?:[ \\t]*(?:[.;:!?)]|$)|[ \\t]*,[ \\t]+(?:the\\b|\\p{Ll})|[ \\t]+(?:(?:and|or)[ \\t]+the|${RIVER_FOLLOWING_WORDS.join('|')})\\b)`,
  'u',
);

/**
 * "a weir on the Kunduz near Baghlan", "fields along the lower Khanabad": a place's name after "the" that a
 * river is named by ("Kunduz River") is the river — a province or a district takes no article — unless a noun
 * after it makes "the" that noun's.
 */
function riversAfterThe(found: Found[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || f.written || !THE_REACH_BEFORE.test(text.slice(Math.max(0, f.start - 14), f.start)))
      continue;
    const river = index.exact.get(normalizeName(`${f.text} river`));
    const [only] = river ?? [];
    if (river?.length !== 1 || !only || index.entries.get(only)?.kind !== 'region') continue;
    if (RIVER_FOLLOWS.test(text.slice(f.end, f.end + 16))) f.ids = [only];
  }
}

/** "the " or "The " right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;
/** «راه …»، «شاهراه …»، «جادهٔ …»: a Dari road's noun, with its ezafe, right before a name. */
const DARI_ROAD_HEAD_BEFORE = new RegExp(
  `(?:^|[\\s«"“(])(?:${DARI_ROAD_NOUNS.join('|')})(?:ٔ|\u200C?ی)?[ \\t]+$`,
  'u',
);
/** Characters before a name that hold "the " or the longest Dari road's noun with its ezafe. */
const REGION_HEAD_REACH = 10;

/**
 * "The Salang closed for eleven hours", «راه سالنگ بسته است»: a name a pass or a river shares with a district,
 * after "the" or a Dari road's noun, is the pass or the river — a district's name takes no article, and a road is
 * called by the pass it crosses — whatever places of the district's province stand near it.
 */
function regionsAfterThe(found: Found[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || f.ids.length < 2) continue;
    const regions = f.ids.filter((id) => index.entries.get(id)?.kind === 'region');
    if (regions.length !== 1) continue;
    const before = text.slice(Math.max(0, f.start - REGION_HEAD_REACH), f.start);
    if (THE_BEFORE.test(before) || DARI_ROAD_HEAD_BEFORE.test(before)) f.ids = regions;
  }
}

/** "another", "also", «دیگری», «نیز»: a sentence telling of a second place of the name, not the page's. */
const ANOTHER_OF_THE_NAME = /\b(?:another|other|also|second)\b|دیگری|دیگر|نیز/iu;
/** Characters either side of a name and a province within which "another" tells of the province's place. */
const ANOTHER_REACH = 60;

/**
 * The page's own subject outranks what a sentence of it names round the name ("We were told Tagab was Kapisa" on
 * Badakhshan's Tagab's page); the words bound to the name (a province after it, a neighbour) outrank the page, and
 * so does a sentence telling of another place of the name in its province ("Badakhshan also has a Baharak").
 */
function pageSubjects(
  found: Found[],
  index: PlaceIndex,
  text: string,
  subjects: ReadonlyMap<string, string>,
): void {
  if (subjects.size === 0) return;
  const provinces = found.filter(
    (f) => f.ids.length === 1 && index.entries.get(f.ids[0] ?? '')?.kind === 'province',
  );
  for (const f of found) {
    const subject = f.ids.length > 1 ? subjects.get(namesakeKey(f.ids)) : undefined;
    if (!subject) continue;
    const another = provinces.some((p) => {
      if (!f.ids.some((id) => id !== subject && provinceOf(index, id) === p.ids[0])) return false;
      const from = Math.max(0, Math.min(p.start, f.start) - ANOTHER_REACH);
      const to = Math.max(p.end, f.end) + ANOTHER_REACH;
      return to - from < 4 * ANOTHER_REACH && ANOTHER_OF_THE_NAME.test(text.slice(from, to));
    });
    if (!another) f.ids = [subject];
  }
}

/** "(کوهستان)" right after a name: one to four Dari words in parentheses and nothing else. */
const DARI_IN_PARENTHESES = /^\s?\((?<name>[\u0600-\u06FF\u200C]+(?: [\u0600-\u06FF\u200C]+){0,3})\)/u;

/**
 * "Kohistan (کوهستان), Khwahan (خواهان)": bilingual copy gives a place's Dari name in parentheses after the
 * English one. The Dari is that same place, whatever the gazetteer spells it (ماه‌می for Maimay) and even when
 * alone it would be a word (خواهان "asking for").
 */
export function withTranslations(linked: readonly PlaceCandidate[], text: string): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (let k = 0; k < linked.length; k++) {
    const c = linked[k] as PlaceCandidate;
    out.push(c);
    if (isDariText(c.text)) continue;
    const m = DARI_IN_PARENTHESES.exec(text.slice(c.end, c.end + 80));
    const name = m?.groups?.['name'];
    if (!m || !name) continue;
    const start = c.end + m[0].indexOf(name);
    const next = linked[k + 1];
    if (next && next.start < start + name.length) k++;
    out.push({ start, end: start + name.length, text: name, ids: c.ids, via: c.via });
  }
  return out;
}

/**
 * "the Tajik district of Darvaz", "its Tajik namesake, Ishkashim", "the Tajik village also called Shighnan": a town
 * across the border, not the Afghan one.
 */
const FOREIGN_BEFORE = endingOn(
  [
    'Tajik',
    'Uzbek',
    'Turkmen',
    'Pakistani',
    'Chinese',
    'Iranian',
    's',
    'own',
    'district',
    'districts',
    'town',
    'towns',
    'region',
    'province',
    'city',
    'village',
    'villages',
    'side',
    'bank',
    'namesake',
    'part',
    'capital',
    'of',
    'at',
    'in',
    'from',
    'called',
    'named',
    'as',
  ],
  /\b(?:Tajik|Tajikistan['’]s|Uzbek|Uzbekistan['’]s|Turkmen|Pakistani|Pakistan['’]s|Chinese|Iranian)\s+(?:own\s+)?(?:(?:district|districts|town|towns|region|province|city|village|villages|side|bank|namesake|part|capital)\b,?\s+(?:(?:of|at|in|from)\s+|(?:also\s+)?(?:called|named|known\s+as)\s+)?)?$/u,
  true,
);
/**
 * "Ishkashim, Tajikistan", "Darvaz in Tajikistan", "اشکاشم تاجیکستان", «اشکاشم که در خاک تاجیکستان است»: the name is
 * placed across the border (Tajikistan also as commenters spell it, «تاجکستان»).
 */
const FOREIGN_AFTER =
  /^(?:,?\s+(?:in|of|on\s+the|across\s+the\s+(?:river|border|water|Panj|Amu)\s+in)\s+(?:Tajikistan|Uzbekistan|Turkmenistan|Pakistan|China|Iran|Gorno-Badakhshan|GBAO|Tajik\s+Badakhshan)\b(?![\s-]+(?:border|frontier))|\s*\((?:Tajikistan|Uzbekistan|Pakistan)\)|[\s\u200C]*(?:ِ\s*)?(?:تاجی?کستان|ازبکستان|ترکمنستان|پاکستان)|\s+در\s+آن\s+سوی\s|\s+(?:که\s+)?در\s+(?:خاک\s+)?(?:تاجی?کستان|ازبکستان|ترکمنستان|پاکستان)|\s+آن\s+سوی\s+(?:دریا|دریای|آمو|پنج|مرز|پل))/u;

/** "Ishkashim, Tajikistan", "ISHKASHIM, TAJIKISTAN": the country after a comma, in a caption's capitals too. */
const COUNTRY_AFTER_COMMA = new RegExp(`^,\\s+${wordAlternation(NEIGHBOUR_COUNTRIES)}\\b`, 'iu');

const AFGHAN_UNITS = new Set(['province', 'district']);

/**
 * "on the Tajik bank", "on their side", ", the Tajik one", ", which is across the river from …": the far side of
 * the river, after the name.
 */
const FAR_SIDE =
  '(?:[,:]?\\s+(?:on|from)\\s+(?:the\\s+(?:Tajik|Uzbek|Turkmen|other)|their)\\s+(?:side|bank)\\b|,\\s+the\\s+(?:Tajik|Uzbek|Turkmen)\\s+(?:one|town|city|district|village|namesake)\\b|,\\s+(?:which|that)\\s+(?:is|lies)\\s+(?:just\\s+)?across\\s+the\\s+(?:river|border|Panj|Amu)\\b)';
/**
 * "The masts on the Tajik bank — in Vanj, in …", "on the Tajik bank, farmers in Vanj", "drive along their side
 * through Vanj": the far side named first, the towns (or who is in them, in up to two words) after it.
 */
const FAR_SIDE_BEFORE = endingOn(
  ['in', 'at', 'through', 'via'],
  /\b(?:on|from|across|along)\s+(?:the\s+(?:Tajik|Uzbek|Turkmen|far|other)|their)\s+(?:side|bank)(?:\s*[—–:-]|,(?:\s[a-z]+){1,2})?\s*(?:in|at|through|via)\s+$/u,
);
/** Between towns of one list across the border: a comma or "and", perhaps their own "in" ("in Darvaz, in …"). */
const FOREIGN_LIST_GAP = new RegExp(`^${LIST_SEPARATOR}(?:(?:in|at)\\s+)?$`, 'u');
/** "the Tajik-side market in Ishkashim", "the Tajik bank's clinic at Darvaz": a far-side venue, then the town. */
const SIDE_VENUE_BEFORE = endingOn(
  ['in', 'at', 'of'],
  /\b(?:Tajik|Uzbek|Turkmen|far|other)[\s-](?:side|bank)(?:['’]s)?\s+(?:[a-z]+\s+){1,2}(?:in|at|of)\s+$/u,
);
/** "the other Badakhshan": a second place of a province's name can only lie abroad. */
const THE_OTHER_BEFORE = /\b[Tt]he\s+other\s+$/;
const FAR_SIDE_AFTER = new RegExp(`^${FAR_SIDE}`, 'u');
/** "at Ishkashim and at Darvaz on their side": a name listed before one placed on the far side. */
const LISTED_FAR_SIDE = new RegExp(
  `^(?:\\s*,\\s*|\\s+(?:and|or)\\s+)(?:(?:at|in)\\s+)?\\p{Lu}[\\p{L}'’]+(?:[ -]\\p{Lu}[\\p{L}'’]+)?${FAR_SIDE}`,
  'u',
);
/** "which belongs to their Badakhshan region": a region of the people across the border. */
const THEIR_BEFORE = endingOn(['their'], /\btheir\s+$/);
const REGION_AFTER = /^\s+(?:region|oblast)\b/;
/** "from Khorog to Kalai-Khumb, the centre of Darvaz district": the seat of a district across the border. */
const FOREIGN_SEAT_BEFORE = endingOn(
  ['of', 'the'],
  new RegExp(
    `\\b(?:${FOREIGN_TOWNS.join('|')}),\\s+(?:the\\s+)?(?:centre|center|capital|seat)\\s+of\\s+(?:the\\s+)?$`,
    'u',
  ),
);

/**
 * "Tajik border guards at ", "the Uzbek authorities in ": a neighbour's organ, perhaps one word before its noun; not
 * one met with ("talks with Tajik guards in").
 */
const FOREIGN_BODY_BEFORE = new RegExp(
  `(?<!\\b${wordAlternation(MEETING_WITH_WORDS)}[ \\t]+(?:the[ \\t]+)?)\\b${wordAlternation(NAMESAKE_NEIGHBOUR_WORDS)}(?:['’]s)?[ \\t]+(?:[a-z-]+[ \\t]+)?${wordAlternation(FOREIGN_BODY_NOUNS)}[ \\t]+(?:in|at)[ \\t]+$`,
  'u',
);
/** «مرزبانان تاجیک در »، «مقام‌های محلی تاجیکستان در »: the organ, the neighbour's word, then «در»; not after «با». */
const DARI_FOREIGN_BODY_BEFORE = new RegExp(
  `(?:^|(?<!(?:^|\\s)${wordAlternation(DARI_MEETING_WITH_WORDS)})\\s)${wordAlternation(DARI_FOREIGN_BODY_NOUNS)}(?:ِ)?[ \\t]+(?:محلی[ \\t]+)?${wordAlternation(DARI_NEIGHBOUR_WORDS)}[ \\t]+(?:محلی[ \\t]+)?در[ \\t]+$`,
  'u',
);

/**
 * "On the Tajik bank, the market at ", "on the Tajik side of the river, in ": a clause set on the far side, then
 * "in"/"at" right before the name, no sentence's end nor a comma closing the clause between, and no Afghan word, a
 * look across ("face", "look across at") nor people come over ("fled", "displaced by fighting in") that turns the
 * clause back to this side, nor a "but" or an "and in" that opens another clause.
 */
const FAR_SIDE_FRAME_BEFORE =
  /\b(?:[Oo]n|[Aa]cross|[Aa]long)[ \t]+the[ \t]+(?:Tajik|Uzbek|Turkmen)[ \t]+(?:side|bank)(?:[ \t]+of[ \t]+the[ \t]+(?:river|Panj|Amu|border))?[ \t]*[,—–](?:[ \t]+(?!Afghan|across|opposite|fac|toward|over|fle|displac|escap|cross|arriv|came|(?:but|while|whereas|then)\b)[^\s.!?;:,،—–]+){0,8}[ \t]+(?<!\band[ \t])(?:in|at)[ \t]+$/u;
/** Characters before a name read for a clause set on the far side. */
const FAR_SIDE_FRAME_REACH = 100;

/** Whether a neighbour's guards, police or officials are said to be "in"/"at" the name: they sit at home. */
function foreignBodySeatedAt(before: string): boolean {
  return FOREIGN_BODY_BEFORE.test(before) || DARI_FOREIGN_BODY_BEFORE.test(before);
}

/**
 * A neighbour's organ or a clause set on the far bank "in"/"at" a name a place abroad shares (Ishkashim, Darvaz,
 * the Tajiks' Badakhshan): there. "Iranian officials in Herat", "on the Tajik bank, smoke rising in Kunduz": here.
 */
function seatedAcross(text: string, span: Span, ids: readonly string[], index: PlaceIndex): boolean {
  const district = namedAlsoAbroad(ids, index);
  if (!district && !ids.some((id) => PROVINCES_NAMED_ABROAD.has(index.entries.get(id)?.name_en ?? '')))
    return false;
  const before = text.slice(Math.max(0, span.start - FAR_SIDE_FRAME_REACH), span.start);
  return (district && foreignBodySeatedAt(before.slice(-50))) || FAR_SIDE_FRAME_BEFORE.test(before);
}

/** A town or region abroad, by its own name: "Khorog", "Swat", "Gorno-Badakhshan", "Tajik Badakhshan", "خاروغ". */
const ABROAD = `(?:${[...FOREIGN_TOWNS, ...PAKISTANI_PLACES, ...DARI_FOREIGN_TOWNS].join('|')}|Gorno-Badakhshan|GBAO|Tajik\\s+Badakhshan|بدخشان\\s+تاجیکستان)(?![\\p{L}\\p{M}])`;
/** A town abroad by its own name: a near spelling of an Afghan name ("Farkhor" beside Farkhar) is not that name. */
const FOREIGN_TOWN_NAME = new RegExp(`^(?:${FOREIGN_TOWNS.join('|')})$`, 'u');
/** "in Ishkashim and in Khorog", "at Darvaz and at Kalai-Khumb": the list's items each with their own preposition. */
const ITEM_PREPOSITIONS = '(?:in|at|from|to|near)';
/** An item's own preposition, named `group`, when the list gives each item one. */
const itemPreposition = (group: string): string => `(?:(?<${group}>${ITEM_PREPOSITIONS})[ \\t]+)?`;
/** "Darvaz and Tajik Badakhshan", "اشکاشم و خاروغ", "in Ishkashim and in Khorog": a name listed before a town abroad. */
const LISTED_BEFORE_ABROAD = new RegExp(`^${LIST_SEPARATOR}${itemPreposition('item')}${ABROAD}`, 'u');
/**
 * "Darvaz and Ishkashim districts and in Khorog, the capital of Gorno-Badakhshan": districts listed before a town
 * abroad in its own "in" are abroad only when that town is set in its region or country abroad ("districts and in
 * Khorog, across the river" may be Afghan districts facing it).
 */
const LISTED_DISTRICTS_BEFORE_MARKED_ABROAD = new RegExp(
  `^(?:${LIST_SEPARATOR}\\p{Lu}[\\p{L}'’-]+)?\\s+districts?${LIST_SEPARATOR}(?:in|at)\\s+${ABROAD},?\\s+(?:the\\s+capital\\s+of\\s+(?:the\\s+)?(?:Gorno-Badakhshan|GBAO|Tajik)|(?:in\\s+)?${wordAlternation(NEIGHBOUR_COUNTRIES)}\\b)`,
  'u',
);
/** How far after a name a list of districts and its town abroad are read. */
const DISTRICTS_LIST_REACH = 96;
/** "from Khorog and Ishkashim", "Swat, Kohistan", "from Khorog and from Shughnan": a name listed after a town abroad. */
const LISTED_AFTER_ABROAD = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])${itemPreposition('own')}${ABROAD}${LIST_SEPARATOR}${itemPreposition('item')}$`,
  'u',
);
/** The item's own preposition right before a name ("and from Shughnan"), set aside to find the list's separator. */
const ITEM_PREPOSITION_LAST = new RegExp(`(?<![\\p{L}\\p{M}])(?<own>${ITEM_PREPOSITIONS})[ \\t]+$`, 'u');
/**
 * "in Ishkashim and in Khorog" is a list; "reached Peshawar and in Kohistan district of Kapisa …" starts a new clause:
 * an item's own preposition lists it only when the other item has the same one.
 */
const samePreposition = (item: string | undefined, other: string | undefined): boolean =>
  item === undefined || item === other;
/** A list's comma or "and" right after a name, or right before it. */
const LIST_NEXT = new RegExp(`^${LIST_SEPARATOR_START}`, 'u');
const LIST_LAST = new RegExp(`${LIST_SEPARATOR}$`, 'u');
/** "between Shighnan and Khorog", "the bridge linking Ishkashim and …": a pair across the river, one on each side. */
const PAIR_BEFORE =
  /(?:\b(?:between|links?|linking|linked|connects?|connecting|joins?|joining|faces?|facing|opposite)|(?:^|\s)(?:میان|بین))\s+(?:\S+\s+)?$/u;

/** A district a district or town across the border is named like ("Ishkashim", "Darvaz", "Kohistan"). */
function namedAlsoAbroad(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.some((id) => NAMESAKES_ABROAD.has(index.entries.get(id)?.name_en ?? ''));
}

/** Districts that hold no provincial capital: only such a name has a namesake town across the border. */
function outlyingDistricts(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.every((id) => {
    const e = index.entries.get(id);
    return e?.kind === 'district' && index.entries.get(e.province ?? '')?.capital !== id;
  });
}

/**
 * A name listed with a town or region abroad ("villages of Darvaz and Tajik Badakhshan", "from Khorog and
 * Ishkashim", "Kohistan and Swat") lies abroad too, unless the pair spans the border ("the bridge between
 * Shighnan and Khorog").
 */
function listedWithAbroad(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  // Most names stand in no list: a comma or "and" next to the name is looked for before the towns abroad.
  const next = LIST_NEXT.test(after) ? LISTED_BEFORE_ABROAD.exec(after) : null;
  if (next && samePreposition(next.groups?.item, ITEM_PREPOSITION_LAST.exec(before)?.groups?.own))
    return !PAIR_BEFORE.test(before);
  if (LISTED_DISTRICTS_BEFORE_MARKED_ABROAD.test(text.slice(span.end, span.end + DISTRICTS_LIST_REACH)))
    return true;
  if (!LIST_LAST.test(before.replace(ITEM_PREPOSITION_LAST, ''))) return false;
  const m = LISTED_AFTER_ABROAD.exec(before);
  return (
    !!m &&
    samePreposition(m.groups?.item, m.groups?.own) &&
    !PAIR_BEFORE.test(text.slice(Math.max(0, span.start - 80), span.start - before.length + m.index + 1))
  );
}

/**
 * "in Herat, in Kabul, in Iran": a name that is itself a list's item (", in" before it) with ", in" again after
 * it is listed, not placed; "in Badakhshan, in Tajikistan" alone still places it.
 */
const LIST_IN_BEFORE = /,\s+in\s+$/;
const COMMA_IN_AFTER = /^,\s+in\s/;
const sameInBoth = (before: string, after: string): boolean =>
  LIST_IN_BEFORE.test(before) && COMMA_IN_AFTER.test(after);

/** The regions across the border a district list is placed in: "of Gorno-Badakhshan", "in Tajik Badakhshan". */
const REGION_ABROAD = `(?:${REGIONS_ABROAD.join('|')})(?![\\p{L}-])`;
/**
 * "the Ishkashim and Rushan districts of Gorno-Badakhshan", "Ishkashim and Shughnan district in Tajik Badakhshan",
 * "Darvaz district, in Tajikistan": the name, perhaps a second one, then "district(s)" placed across the border.
 */
const LISTED_DISTRICTS_ABROAD_AFTER = new RegExp(
  `^(?:(?:[ \\t]*,[ \\t]*|[ \\t]+and[ \\t]+)\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?)?[ \\t]+districts?,?[ \\t]+(?:of|in)[ \\t]+(?:the[ \\t]+)?${REGION_ABROAD}`,
  'u',
);
/**
 * "Shughnan and elsewhere in Gorno-Badakhshan", "Darvaz and other districts of Tajikistan": the name and the rest
 * of a region across the border.
 */
const REST_OF_ABROAD_AFTER = new RegExp(
  `^[ \\t]+and[ \\t]+(?:elsewhere|other[ \\t]+(?:parts|districts|areas|towns))[ \\t]+(?:in|of|across)[ \\t]+(?:the[ \\t]+)?${REGION_ABROAD}`,
  'u',
);
/** "the GBAO, or just Badakhshan": another name of a region abroad, after "or". */
const ANOTHER_NAME_OF_ABROAD_BEFORE = endingOn(
  ['or', 'simply', 'just'],
  new RegExp(
    `(?:${BADAKHSHAN_ABROAD_NAMES.join('|')})[, \\t][ \\t]*or[ \\t]+(?:simply[ \\t]+|just[ \\t]+)?$`,
    'u',
  ),
);
/**
 * "which Tajiks often simply call Badakhshan", "what Tajiks call Badakhshan too", «آنچه تاجیک‌ها بدخشان می‌نامند»: the
 * name as the people across the border call their own land (not "Tajiks call Badakhshan traders", a phone call, nor
 * "said that Tajiks call …", a statement).
 */
const CALLED_ABROAD_BEFORE = endingOn(
  ['call', 'ها', 'ان', 'هم', 'نیز'],
  new RegExp(
    `(?:(?<!\\b${wordAlternation(SPEECH_VERBS)}[ \\t]+)\\b(?:what|which|that)[ \\t]+(?:the[ \\t]+)?${wordAlternation(NEIGHBOUR_PEOPLES)}[ \\t]+(?:(?:often|simply|just|also|still|usually)[ \\t]+){0,2}call[ \\t]+|(?:^|\\s)${wordAlternation(DARI_NEIGHBOUR_PEOPLES)}(?:\\u200C?ها|ان)[ \\t]+(?:(?:هم|نیز)[ \\t]+)?)$`,
    'u',
  ),
);
/** What closes the name so called: a comma or a sentence's end, perhaps "too" first — not "traders", a call's object. */
const CALLED_NAME_CLOSED_AFTER = /^(?:[ \t]+(?:too|also|today|now))?[ \t]*(?:[,.;:!?)]|$)/u;
/** «… می‌نامند», «… می‌گویند»: the Dari naming verb right after the name, closing its clause (not «می‌گویند که …»). */
const DARI_CALL_AFTER =
  /^[ \t]+(?:را[ \t]+)?(?:می\u200C?|می[ \t]+)(?:نامند|گویند|خوانند)(?!\p{L})[ \t]*(?:[.،,؛!؟)]|$)/u;

/** Whether the people across the border are said to call their land by the name. */
function calledSoAbroad(before: string, after: string): boolean {
  // The cheap test on what follows first: the search back through what precedes runs only where one of them holds.
  if (!CALLED_NAME_CLOSED_AFTER.test(after) && !DARI_CALL_AFTER.test(after)) return false;
  const m = CALLED_ABROAD_BEFORE.exec(before);
  if (!m) return false;
  return /call[ \t]+$/u.test(m[0]) ? CALLED_NAME_CLOSED_AFTER.test(after) : DARI_CALL_AFTER.test(after);
}

/**
 * «ولایت خودمختار بدخشان», «ولایت مختار کوهستانی بدخشان» (the official "Mountainous Autonomous"): an autonomous
 * province, as Afghanistan has none — Tajikistan's.
 */
// «مختار کوهستانی» alone may be a man's name («مختار کوهستانی بدخشان را ترک کرد»): only after «ولایت».
const DARI_AUTONOMOUS_BEFORE = endingOn(
  ['مختار', 'خودمختار', 'کوهستانی'],
  /(?:^|\s)(?:خود\u200C?مختار|ولایت\s+(?:خود\u200C?)?مختار\s+کوهستانی)\s+$/u,
);
/** «بدخشان کوهی»: Gorno-Badakhshan in Dari, "mountain Badakhshan". */
const DARI_GORNO_AFTER = /^\s+کوهی(?![\p{L}\p{M}])/u;
/**
 * «ناحیهٔ درواز»، «ناحیه فرخار»: Tajikistan's district (nohiya) before the name of a district both countries have;
 * an Afghan «ناحیه» is a city's numbered quarter («ناحیهٔ سوم») or a loose "area" («در ناحیه ورسج»), never a district.
 */
const DARI_NOHIYA_BEFORE = /(?:^|\s)ناحیه(?:ٔ|\u200C?ی)?\s+$/u;
/** The name after «ناحیه» is one a Tajik nohiya shares (DARI_NOHIYA_NAMES). */
const DARI_NOHIYA_NAME = new RegExp(`^(?:${DARI_NOHIYA_NAMES.join('|')})(?![\\p{L}])`, 'u');

/**
 * Whether the name is placed across the border by the words round it. `capitalOrProvince`: no town abroad shares
 * the name (a province, a provincial capital), so a parallel "in …, in Iran" lists it rather than placing it.
 */
function acrossTheBorder(text: string, span: Span, capitalOrProvince: boolean): boolean {
  const before = text.slice(Math.max(0, span.start - 50), span.start);
  const after = text.slice(span.end, span.end + 60);
  return (
    FOREIGN_BEFORE.test(before) ||
    ANOTHER_NAME_OF_ABROAD_BEFORE.test(before) ||
    calledSoAbroad(before, after) ||
    LISTED_DISTRICTS_ABROAD_AFTER.test(after) ||
    REST_OF_ABROAD_AFTER.test(after) ||
    DARI_AUTONOMOUS_BEFORE.test(before) ||
    DARI_GORNO_AFTER.test(after) ||
    (!capitalOrProvince &&
      DARI_NOHIYA_BEFORE.test(before) &&
      DARI_NOHIYA_NAME.test(text.slice(span.start))) ||
    FAR_SIDE_BEFORE.test(before) ||
    SIDE_VENUE_BEFORE.test(before) ||
    ((FOREIGN_AFTER.test(after) || COUNTRY_AFTER_COMMA.test(after)) &&
      !(capitalOrProvince && sameInBoth(before, after))) ||
    FAR_SIDE_AFTER.test(after) ||
    LISTED_FAR_SIDE.test(after) ||
    (THEIR_BEFORE.test(before) && REGION_AFTER.test(after)) ||
    FOREIGN_SEAT_BEFORE.test(before)
  );
}

/**
 * "The other Badakhshan", "the lights of the other Ishkashim": a province's name, or a district's no other Afghan
 * place shares, after "the other" is its namesake across the border (no two Afghan provinces share a name).
 */
export function theOtherProvince(
  text: string,
  span: Span,
  ids: readonly string[],
  index: PlaceIndex,
): boolean {
  return (
    ids.length === 1 &&
    (index.entries.get(ids[0] ?? '')?.kind === 'province' || outlyingDistricts(ids, index)) &&
    THE_OTHER_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) &&
    !NOUN_AFTER.test(text.slice(span.end, span.end + 16))
  );
}
/** "the other Jurm road": a noun after the name makes "the other" the noun's, not a second place. */
const NOUN_AFTER =
  /^[ \t]+(?!(?:on|in|across|beyond|at|over|where|which|that|and|or|is|was|has|had|lies|sits)\b)\p{Ll}/u;

/** "the Tajik district of Pyanj": a unit across the border, whatever else its name may mean (here the river). */
const FOREIGN_UNIT_BEFORE =
  /\b(?:Tajik|Uzbek|Turkmen|Pakistani|Chinese|Iranian)\s+(?:district|town|city|village|province)\s+of\s+$/u;

export function foreignUnitBefore(
  text: string,
  span: Span,
  ids: readonly string[],
  index: PlaceIndex,
): boolean {
  return (
    ids.every((id) => index.entries.get(id)?.kind === 'region') &&
    FOREIGN_UNIT_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))
  );
}

type Found = PlaceCandidate & {
  qualifier: Qualifier | null;
  /** The qualifier the words round the name gave it ("Khost city"), before any reading by context. */
  written: Qualifier | null;
  plural: boolean;
  wordLike: boolean;
  cued: boolean;
  offMapWord: boolean;
};

/**
 * "Pamiri", "Badakhshani", "Kunduzi", "Badakhshi" (Badakhsh-an), "Pamiris": a place's name with the adjective's
 * "-i" (or its plural "-is") is a people, a language or a manner, not it.
 */
export function isDemonym(key: string, index: PlaceIndex): boolean {
  if (key.length <= 3) return false;
  const stem = key.endsWith('is') ? key.slice(0, -2) : key.endsWith('i') ? key.slice(0, -1) : null;
  return stem !== null && (index.exact.has(stem) || index.exact.has(`${stem}an`));
}

/**
 * "Central Asian republics", "a Central Asian envoy": a region's name with the adjective's "-n", listed as a spelling
 * of the region itself, is its people's or its states' adjective (like "Afghan"), never the region.
 */
function regionAdjective({ tokens, i, best, index }: MatchSite): boolean {
  const key = phraseKey(tokens, i, best.words);
  if (!key.endsWith('n') || !best.ids.every((id) => index.entries.get(id)?.kind === 'region')) return false;
  const stemIds = index.exact.get(key.slice(0, -1));
  return !!stemIds && best.ids.every((id) => stemIds.includes(id));
}

/** After a ZWNJ, the endings a name may take and stay a name: plurals, the ezafe and the indefinite ی. */
const NAME_SUFFIX = /^\u200C(?:ها|های|هایی|ی|ای)(?![\p{L}\p{M}])/u;

/**
 * "سنگ‌چین" ("stacked stones"), "کم‌آب": a name joined by a zero-width non-joiner to the letters before it is the
 * second half of a compound word, not the name.
 */
export function joinedToDariWordBefore(text: string, start: number): boolean {
  return text[start - 1] === '\u200C' && /[\p{L}]/u.test(text[start - 2] ?? '');
}

/**
 * "ما می‌رسد" ("reaches us"): a name whose last word runs on through a zero-width non-joiner into more letters
 * is a piece of a longer word (here the verb می‌رسد), not the name.
 */
export function runsIntoDariWord(text: string, end: number): boolean {
  return (
    text[end] === '\u200C' &&
    /[\p{L}]/u.test(text[end + 1] ?? '') &&
    !NAME_SUFFIX.test(text.slice(end, end + 6))
  );
}

/**
 * One Dari word naming only districts far from the map (شهرک "township", چرخ "wheel", نرخ "price", دره
 * "valley"): many such names are everyday words, and "در" before a word is no sign of a place. Such a name
 * links only with a qualifier or beside another place of its province ("بندر تورخم در ننگرهار").
 */
export function offMapDariDistrict(ids: readonly string[], word: string, index: PlaceIndex): boolean {
  return (
    isDariText(word) &&
    ids.every((id) => {
      const e = index.entries.get(id);
      // A provincial capital (زرنج، شبرغان) is a town reporting names, not a word; so is a town or crossing inside
      // a district under its own name (حیرتان، تورخم).
      return (
        e?.kind === 'district' &&
        e.onMap === false &&
        !holdsCapital(id, index) &&
        !townInside(word, e.name_da)
      );
    })
  );
}

/**
 * A one-word name of a district that is neither its Dari name nor that name's first word, the short form reporting
 * uses («خوست» of «خوست و فرنگ»): the name of a town, port or crossing inside it («حیرتان» in «شهرک حیرتان»,
 * «تورخم» in «مهمند دره»), a proper name rather than an everyday word.
 */
function townInside(word: string, districtName: string | undefined): boolean {
  if (!districtName) return false;
  const key = normalizeName(word);
  const name = normalizeName(districtName);
  return key !== name && key !== name.split(' ')[0];
}

/** Whether the district holds its province's capital. */
function holdsCapital(id: string, index: PlaceIndex): boolean {
  return index.entries.get(provinceOf(index, id) ?? '')?.capital === id;
}

/** Languages a word-like name ("Farsi") is listed with when it is the language: "a sermon in Pashto and Farsi". */
const LANGUAGES =
  'Dari|Pashto|Pashtu|Uzbek|Uzbeki|Turkmen|Persian|Farsi|Tajik|Tajiki|English|Russian|Arabic|Urdu';
const LANGUAGE_AFTER = new RegExp(`^[ \\t]*(?:,|or|and|nor)[ \\t]+(?:in[ \\t]+)?(?:${LANGUAGES})\\b`);
const LANGUAGE_BEFORE = new RegExp(`\\b(?:${LANGUAGES})[ \\t]*(?:,|or|and|nor)[ \\t]+(?:in[ \\t]+)?$`);

/** "The sermon was read in Pashto and then in Farsi": a word-like name listed with a language is the language. */
export function languageListed(text: string, span: Span): boolean {
  return (
    LANGUAGE_AFTER.test(text.slice(span.end, span.end + 24)) ||
    LANGUAGE_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))
  );
}

/**
 * A name that is also an everyday word ("Farsi", شهدا "martyrs") is a place only with a cue: a qualifier, a
 * preposition before it, or another place of the same province in the passage.
 */
function withCues(
  found: readonly Found[],
  index: PlaceIndex,
  text: string,
  held: PlaceCandidate[] = [],
): Found[] {
  // Only a name that is a word, or off the map, asks for the provinces near it: read once, and only then.
  let provinces: ReadonlySet<string | null> | null = null;
  const nearby = (f: Found) => {
    provinces ??= new Set(
      found
        .filter((g) => !g.wordLike && !g.offMapWord)
        .flatMap((g) => g.ids.map((id) => provinceOf(index, id))),
    );
    const near = provinces;
    return f.ids.some((id) => near.has(provinceOf(index, id)));
  };
  // "کشم و جرم", "مزار و کابل": a name listed with a place that is no word is a place too. A word far from
  // the map needs "و" ("پلخمری، نرخ کرایه" is a comma, then the word "price").
  // A word the list before it has made a place passes that on: «اشکمش، نمک آب و بخش بزرگی از چاه آب».
  const kept = new Set<number>();
  const listed = (f: Found, k: number, gap = DARI_LIST_GAP) => {
    const [prev, next] = [found[k - 1], found[k + 1]];
    return (
      (!!prev &&
        (!prev.wordLike || kept.has(k - 1)) &&
        gap.test(text.slice(prev.end, f.start)) &&
        !DARI_OR_GAP.test(text.slice(prev.end, f.start))) ||
      (!!next && !next.wordLike && gap.test(text.slice(f.end, next.start)))
    );
  };
  const rowHeads = found.some((f) => f.wordLike) ? placeColumnHeads(found, text) : null;
  // Dari words are cued only by what names a place (ولسوالی, در, a list): a Badakhshan place in the passage
  // does not make جرم "crime" the district.
  return found.filter((f, k) => {
    if (f.offMapWord)
      return (
        f.qualifier ||
        nearby(f) ||
        listed(f, k, DARI_AND_GAP) ||
        portBefore(text, f) ||
        (!f.wordLike && dariJourneyEnd(found, k, text)) ||
        occupantBefore(text, f.start)
      );
    if (f.wordLike && !f.qualifier && languageListed(text, f)) return false;
    const cued =
      !f.wordLike ||
      f.qualifier ||
      f.cued ||
      dariOriginOfPerson(text, f.start, f.end) ||
      (isDariText(f.text) && dariRoadOfPlace(text, f.start, f.end, nearby(f))) ||
      (isDariText(f.text) && dariRoadWithTraffic(text, f.start, f.end)) ||
      listed(f, k) ||
      cellBesideItsProvince(found, k, index, text) ||
      rowHeads?.has(k) ||
      parallelWithPlace(found, k, text) ||
      (isDariText(f.text) && dariJourneyEnd(found, k, text)) ||
      wordNamesOfOneProvince(found, k, index, text) ||
      (!isDariText(f.text) && nearby(f));
    if (!cued)
      held.push({ start: f.start, end: f.end, text: f.text, ids: narrow(f.ids, null, index), via: f.via });
    else if (f.wordLike) kept.add(k);
    return cued;
  });
}

/**
 * «از شهدا یا کوهستان», «جرم و خواهان»: two Dari names that are also words, listed together, that are districts of
 * one province name the districts: two words ("martyrs or mountains") seldom happen to be neighbours on the map.
 */
function wordNamesOfOneProvince(
  found: readonly Found[],
  k: number,
  index: PlaceIndex,
  text: string,
): boolean {
  const f = found[k];
  if (!f || !isDariText(f.text)) return false;
  const provinces = (o: Found) =>
    new Set(
      o.ids.filter((id) => index.entries.get(id)?.kind === 'district').map((id) => provinceOf(index, id)),
    );
  const pairs = (a: Found | undefined, b: Found | undefined): boolean => {
    if (!a || !b || !a.wordLike || !b.wordLike || !isDariText(a.text) || !isDariText(b.text)) return false;
    if (!DARI_LIST_GAP.test(text.slice(a.end, b.start))) return false;
    const mine = provinces(a);
    return [...provinces(b)].some((p) => mine.has(p));
  };
  return pairs(found[k - 1], f) || pairs(f, found[k + 1]);
}

/** What may stand between a row's line start and its first cell's name: a bar, spaces. */
const ROW_OPENING_CHARS = new Set([' ', '\t', '|', '│']);
/** What closes a row's first cell after its name: a tab, a column of spaces, a bar. */
const FIRST_CELL_CLOSE = /^(?:\t| {2}| ?[|│])/u;

/**
 * Whether the name opens its line's first cell: only bars and spaces back to the line's real start (a column of
 * spaces before it is a second column's gap, "Taloqan    Jurm"), then a cell's close after it. The walk back
 * stops at the first other character, so each name reads only its own gap.
 */
export function opensRow(text: string, f: Span): boolean {
  let i = f.start - 1;
  while (i >= 0 && ROW_OPENING_CHARS.has(text[i] ?? '')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  return FIRST_CELL_CLOSE.test(text.slice(f.end, f.end + 3));
}

/**
 * «فیض آباد  ۱۹۰۰ / کشم  ۱۸۵۰ / جرم  ۱۹۵۰», "Taloqan | 1,750 / Chah Ab | 1,820": the names opening the rows of a
 * table, one row after another, are one column; where a name of it is no word (Faizabad), the column is of
 * places and its names that are also words (جرم "crime", چاه آب "a water well") are places too, never a language's
 * name ("Farsi"). Returns the
 * indexes of such names. Each name is read once, its row against the row before.
 */
function placeColumnHeads(found: readonly Found[], text: string): ReadonlySet<number> {
  const heads = new Set<number>();
  let run: number[] = [];
  let anyPlace = false;
  let lastEnd = -1;
  const close = () => {
    if (anyPlace && run.length > 1) for (const k of run) if (found[k]?.wordLike) heads.add(k);
    run = [];
    anyPlace = false;
  };
  found.forEach((f, k) => {
    if (!opensRow(text, f)) return;
    // "Farsi" in a column under "Taloqan": a language's name, never a place the column makes.
    if (LANGUAGE_NAMES.has(f.text.toLowerCase()) || NATIONALITY_WORDS.has(f.text.toLowerCase())) return;
    // The next row: one line break since the last row's first name.
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, f.start);
    if (run.length > 0 && gap.indexOf('\n') !== gap.lastIndexOf('\n')) close();
    if (run.length > 0 && !gap.includes('\n')) close();
    run.push(k);
    anyPlace ||= !f.wordLike && !f.offMapWord;
    lastEnd = f.end;
  });
  close();
  return heads;
}

/**
 * «بغلان | برکه | ۲۶»: a name that is also a word, in a table's cell right after the cell of the province holding
 * it, is that province's district, as the table's other rows are.
 */
function cellBesideItsProvince(found: readonly Found[], k: number, index: PlaceIndex, text: string): boolean {
  const [prev, f] = [found[k - 1], found[k]];
  if (!prev || !f || !isCellGap(text.slice(prev.end, f.start))) return false;
  const provinces = new Set(prev.ids.filter((id) => index.entries.get(id)?.kind === 'province'));
  return f.ids.some((id) => provinces.has(provinceOf(index, id) ?? ''));
}

/** The preposition right before a name: "from", "in", "to", «از», «در», «به». */
const PARALLEL_PREPOSITION = /(?:^|[\s(])(?<word>from|in|to|از|در|به)[ \t]+$/u;
/** Characters between two names of a parallel: "و یکی از", "and another from". */
const PARALLEL_GAP_REACH = 32;
/** "and", «و» between the two halves of a parallel. */
const PARALLEL_AND = /(?:^|\s)(?:and|و)\s/u;

/**
 * «یکی از کابل و دیگری از مزار»، "one buyer from Kabul and another from Mazar": a name that is also a word after the
 * same preposition as the place just before it, the two joined by "and", is a place too.
 */
function parallelWithPlace(found: readonly Found[], k: number, text: string): boolean {
  const [prev, f] = [found[k - 1], found[k]];
  if (!prev || !f || prev.wordLike || f.start - prev.end > PARALLEL_GAP_REACH) return false;
  // «کوهستان‌های …»: a plural suffix makes the word a common noun.
  if (text[f.end] === '\u200C') return false;
  // «در کوهستان»: a word for a kind of land stays a word, as placeCueBefore has it.
  if (DARI_LAND_WORDS.has(normalizeName(text.slice(f.start, f.end)))) return false;
  const before = (at: number) =>
    PARALLEL_PREPOSITION.exec(text.slice(Math.max(0, at - 8), at))?.groups?.['word'];
  const own = before(f.start);
  return !!own && own === before(prev.start) && PARALLEL_AND.test(text.slice(prev.end, f.start));
}

/**
 * «جوان بیست ساله از نمک آب»، «اهل چاه آب»، «زنی چهل ساله از …»: where a person described by an age comes from, or
 * whose native they are, is a place (a well or salt water is no one's home).
 */
const DARI_ORIGIN_BEFORE = /(?:(?:^|\s)\S+\s*\u200C?ساله\s+از|(?:^|\s)اهل)\s+$/u;

/** What closes a person's origin after it: «که …», «است», «بود», a comma — not a verb of drawing water from a well. */
const DARI_ORIGIN_CLOSED_AFTER = /^\s*(?:[،,]|(?:که|است|بود|هستند|می\u200C?گوید|گفت)(?!\p{L}))/u;

/** Whether a Dari person's age and «از», or «اهل», stands right before the name at [start, end), closed after. */
function dariOriginOfPerson(text: string, start: number, end: number): boolean {
  return (
    DARI_ORIGIN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
    DARI_ORIGIN_CLOSED_AFTER.test(text.slice(end, end + 12))
  );
}

/** «سرک جرم»، «شاهراه …»، «جادهٔ …»: a road's noun, its ezafe perhaps, right before the name (not «راه», "way"). */
const DARI_ROAD_BEFORE = /(?:^|\s)(?:سرک|شاهراه|جاده)(?:ٔ|\u200C?ی)?\s+$/u;
/** «… در شهر فیض‌آباد», «شاروالی …»: a street of a city, named for a word («سرک شهدا»), not a district's road. */
const DARI_CITY_STREET_NEAR = /(?:^|\s)(?:شهر|شاروالی)(?:\s|$)/u;

/**
 * «سرک جرم بسته شده»: the road of a word-like name is the place's road — only where another place of its province
 * stands in the story too, as «سرک شهدا» is a city's "Martyrs' Road" anywhere else.
 */
function dariRoadOfPlace(text: string, start: number, end: number, nearProvince: boolean): boolean {
  return (
    nearProvince &&
    DARI_ROAD_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
    !DARI_CITY_STREET_NEAR.test(text.slice(Math.max(0, start - 40), end + 24))
  );
}

/** "از …", "از راه …" ("by way of"): where a Dari journey starts, before its first end. */
const DARI_JOURNEY_FROM = /(?:^|\s)از(?:\s+راه)?\s+$/u;
/** " تا ", " به ": between a Dari journey's two ends. */
const DARI_JOURNEY_GAP = /^\s+(?:تا|به)\s+$/u;

/**
 * "از حیرتان تا کابل"، "از کابل تا حیرتان"، "از راه حیرتان به ازبکستان", «از راه تالقان و رستاق به شهر بزرگ»: a name
 * far from the map, or one that is also a word, at one end of a journey whose other end is a place that is no word
 * is a place too; the journey may start from a list ("از راه A و B به …"). A word-like name needs the journey's
 * "از" itself: «به مقر ولایت», «به شهرک جدید» are a seat and a township.
 */
function dariJourneyEnd(found: readonly Found[], k: number, text: string): boolean {
  const [prev, f, next] = [found[k - 1], found[k], found[k + 1]];
  if (!f) return false;
  const place = (o: Found) => !o.wordLike && !o.offMapWord;
  // Where the list ending at found[j] starts: back over "و" and "،" between names.
  const listStart = (j: number): Found | undefined => {
    let at = j;
    while (at > 0 && DARI_LIST_GAP.test(text.slice(found[at - 1]?.end ?? 0, found[at]?.start ?? 0))) at--;
    return found[at];
  };
  const from = (a: Found, b: Found, start: Found | undefined = a) =>
    !!start &&
    DARI_JOURNEY_GAP.test(text.slice(a.end, b.start)) &&
    DARI_JOURNEY_FROM.test(text.slice(Math.max(0, start.start - 12), start.start));
  return (
    (!!next && place(next) && from(f, next)) || (!!prev && place(prev) && from(prev, f, listStart(k - 1)))
  );
}

/** "بندر حیرتان", "گذرگاه مرزی تورخم", "گمرک …": a port, crossing or customs post, perhaps "of the border", before a name. */
const DARI_PORT_BEFORE = new RegExp(
  `(?:^|\\s)(?:${DARI_PORT_NOUNS.join('|')})(?:ٔ|\u200C?ی)?(?:\\s+مرزی)?\\s+$`,
  'u',
);

/** A port, crossing or customs post named before a one-word Dari name: the town is a place, off the map or not. */
function portBefore(text: string, span: Span): boolean {
  return DARI_PORT_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
}

/** «مردم خواهان»، «ولسوال خواهان»، «سرک خواهان»: a district's people, governor, road, centre or market, in ezafe. */
const DARI_PLACE_NOUN_BEFORE = new RegExp(
  `(?:^|\\s)(?:${[...DARI_PEOPLE_OF, ...DARI_ROAD_NOUNS, 'مرکز', 'بازار', 'مکتب\u200Cهای', 'مردمان'].join('|')})(?:ٔ|\u200C?ی)?\\s+$`,
  'u',
);
/**
 * «خواهان ساخت سرک هستند», «خواهان کمک شده‌اند»: the word "asking for", its object (no preposition, no «را» in it)
 * and its copula within four words.
 */
const DARI_ASKING_AFTER =
  /^(?:\s+(?!(?:در|به|از|تا|با|را|و)(?![\p{L}\u200C]))[^\s،,.؛:«»]+){0,4}?\s+(?:هستند|هستیم|هستم|است|بودند|بودیم|بود|شدند|شده|شد)(?![\p{L}])/u;

/**
 * «مردم خواهان باید …»، «ولسوال خواهان در …»: a name that is also a word, after a noun of a district's people, its
 * governor, its road or centre in ezafe, is the place — not where the word's own phrase follows («مردم خواهان
 * ساخت سرک هستند», the people asking for a road). Read only for a name the article names as a place elsewhere.
 */
function heldByPlaceNoun(text: string, c: Span): boolean {
  return (
    DARI_PLACE_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) &&
    !DARI_ASKING_AFTER.test(text.slice(c.end, c.end + 60))
  );
}

/**
 * "ولسوالی نمک‌آب" once, then "نمک نمک‌آب شهرت دارد": a two-word name that is also a phrase ("salt water",
 * "a water well"), written as one word with a zero-width non-joiner as names are, is the place the article
 * has named with a cue wherever else it stands. `held` are each passage's word-like names read without a cue;
 * those so written and linked elsewhere join `candidates`, in reading order. (A phrase keeps its space: "چاه
 * آب" stays a well; a one-word name such as جرم "crime" needs its own cue.)
 */
export function namedElsewhere(
  candidates: PlaceCandidate[][],
  held: readonly PlaceCandidate[][],
  texts: readonly string[] = [],
): void {
  const linked = new Set(candidates.flatMap((list) => list.map((c) => normalizeName(c.text))));
  const joinedName = (c: PlaceCandidate) => /^[^\s\u200C]+\u200C[^\s\u200C]+$/u.test(c.text);
  held.forEach((list, p) => {
    const own = candidates[p] ?? [];
    const found = list.filter(
      (c) =>
        (joinedName(c) || heldByPlaceNoun(texts[p] ?? '', c)) &&
        linked.has(normalizeName(c.text)) &&
        !own.some((o) => o.start < c.end && c.start < o.end),
    );
    if (found.length > 0) candidates[p] = [...own, ...found].sort((a, b) => a.start - b.start);
  });
}

/** "، ", " و ", " و حتی " ("and even"), " و نیز ": the gap between two names of a Dari list. */
/** Between two names of a Dari list: «، », « و », « یا » ("or"), « و حتی », and « و بخشی از » ("and part of"). */
const DARI_LIST_GAP =
  /^\s*(?:[،,]|یا|و(?:\s+(?:حتی|نیز))?)(?:\s+(?:بخشی|قسمتی|بخش\u200C?هایی|قسمت\u200C?هایی|(?:بخش|قسمت)\s+(?:بزرگی|عمده\u200C?ای|زیادی|کوچکی))\s+از)?\s*$/u;
const DARI_AND_GAP = /^\s+و(?:\s+(?:حتی|نیز))?\s+$/u;
/** « یا » ("or") after a place opens an alternative that may be any word («در کابل یا شهر بزرگ دیگری» "another big
 * city"): it cues a word-like name only before it («از شهدا یا کشم»), not after. */
const DARI_OR_GAP = /^\s+یا\s+$/u;

const CANAL_AFTER = /^\s+canal\b/i;
const CANAL_BEFORE = /کانال\s+$/u;
/**
 * "the Qosh Tepa canal", "کانال قوش تیپه": a canal named after the district where it starts runs hundreds of
 * kilometres through others; the name is the canal's, not a place of the story.
 */
export function namesACanal(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 8);
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  return CANAL_AFTER.test(after) || (before.includes('کانال') && CANAL_BEFORE.test(before));
}

/** "in Jurm", "در جرم": a preposition cues a word name, but not one that is a word for a kind of land (در کوهستان). */
export function placeCueBefore(tokens: readonly Token[], i: number, words: number): boolean {
  if (!PLACE_CUES.has(tokens[i - 1]?.key ?? '')) return false;
  const t = tokens[i];
  if (words === 1) return !!t && !DARI_LAND_WORDS.has(t.key) && !isSolarMonth(t);
  return !DARI_PLACE_PHRASES.has(phraseKey(tokens, i, words));
}

/** "از جرم حدود سه ساعت": "از"/"تا" before a name, then within three words hours or kilometres of travel. */
const DARI_FROM_BEFORE = /(?:^|\s)(?:از|تا)\s+$/u;
const TRAVEL_AFTER = /^\s+(?:[^\s،,.؛:]+\s+){0,3}(?:ساعت|کیلومتر|کیلو\s?متر)(?![\p{L}])/u;

/** "به " right before a name. */
const DARI_TO_BEFORE = /(?:^|\s)به\s+$/u;
/** «رسیدیم»، «رسیدند»، «می‌رسیم»: reaching the place right after "به" and its name. */
const REACHED_AFTER = /^\s+(?:رسید|می[\u200C ]?رس(?:ی|د|ن))/u;
/**
 * "آمده", "آمده‌اند", "آمد": a person's coming, right after "از" and a place; so is a load's («می‌آید», «می‌آوردیم»,
 * «آورده‌اند»): what comes or is brought from a word's sense («از جرم» "for a crime") never does.
 */
const ARRIVED_AFTER = /^\s+آمد(?:ه|ند|یم)?(?![\p{L}])/u;
const BROUGHT_AFTER = /^\s+(?:آورد(?:ه|ند|یم|م)?|می[\u200C ]?(?:آی|آور)(?:د|ند|یم|م|ی|ید))(?![\p{L}])/u;
/** «سری به جرم زدیم», «سری هم به خواهان زد»: dropping in on a place ("we paid Jurm a visit"). */
const VISIT_BEFORE = /(?:^|\s)سر(?:ی)?(?:\s+(?:هم|نیز))?\s+به\s+$/u;
const VISIT_AFTER = /^\s+(?:زد|می[\u200C ]?زن)(?:ه|ند|یم|م|ید|د)?(?![\p{L}])/u;

/**
 * "از جرم حدود سه ساعت راه است": how far a place lies from it names it, even a name that is also a word; so
 * does a person's or a load's coming from it ("از خواهان آمده است"), reaching it («به خواهان رسیدیم») or a visit
 * («سری به جرم زدیم»).
 */
export function travelTimeFrom(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 4), span.start);
  // «آب از کوهستان می‌آید», «سری به کوهستان زدیم»: a land word's own sense comes and is visited too.
  const land = () => DARI_LAND_WORDS.has(normalizeName(text.slice(span.start, span.end)));
  if (DARI_TO_BEFORE.test(before))
    return (
      REACHED_AFTER.test(text.slice(span.end, span.end + 16)) ||
      (!land() &&
        VISIT_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) &&
        VISIT_AFTER.test(text.slice(span.end, span.end + 12)))
    );
  if (!DARI_FROM_BEFORE.test(before)) return false;
  const after = text.slice(span.end, span.end + 40);
  if (TRAVEL_AFTER.test(after)) return true;
  if (/تا\s+$/u.test(before)) return false;
  return ARRIVED_AFTER.test(after) || (BROUGHT_AFTER.test(after) && !land());
}

/** "ولسوال", "باشندگان", "ساکنان": the district's governor or residents, with their ezafe before its name. */
const DARI_PEOPLE_OF_BEFORE = new RegExp(`(?:^|\\s)(?:${DARI_PEOPLE_OF.join('|')})\\s+$`, 'u');
/** "، نیز …", "می‌گویند" (never «همان» "that same", which opens the object): the phrase closes on a comma or the people's own speech verb, not on an object. */
const DARI_PEOPLE_OF_AFTER = new RegExp(
  `^\\s*[،,:]|^\\s+(?:${wordAlternation(DARI_ALSO_WORDS)}(?![\\p{L}\\p{M}])|می[\\u200C ]?گوی|گفت|افزود|می[\\u200C ]?افزای|تأیید|تایید)`,
  'u',
);
/** «ولسوال شهدا روز یکشنبه گفت»: the governor's phrase closed by when he spoke («روز», «دیروز», «امروز», «صبح»). */
const DARI_GOVERNOR_WHEN_AFTER = new RegExp(
  `^\\s+(?:روز|${wordAlternation(DARI_TIME_WORDS)})(?![\\p{L}\\p{M}\u200C])`,
  'u',
);
const DARI_GOVERNOR_BEFORE = /(?:^|\s)ولسوال\s+$/u;

/**
 * "ولسوال چاه آب، …", "باشندگان خواهان می‌گویند": the district governor or the residents of a name that is also a
 * phrase ("a water well", "asking for") name the place, when the phrase ends there: on a comma or their verb
 * ("ولسوال چاه آب را افتتاح کرد" is the governor opening a well).
 */
function peopleOfDariPlace(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  const after = text.slice(span.end, span.end + 12);
  return (
    DARI_PEOPLE_OF_BEFORE.test(before) &&
    (DARI_PEOPLE_OF_AFTER.test(after) ||
      (DARI_GOVERNOR_BEFORE.test(before) && DARI_GOVERNOR_WHEN_AFTER.test(after)))
  );
}

/**
 * «معدن طلای …», «معادن زغال سنگ …»: a mine of a named ore, with its ezafe before a name (a bare «کارگران معدن
 * خواهان …» are miners asking for something).
 */
const DARI_MINE_BEFORE = new RegExp(
  `(?:^|\\s)(?:معدن|معادن)\\s+(?:${wordAlternation(DARI_ORE_WORDS)})(?:ی|ٔ|\u200C?ی)?\\s+$`,
  'u',
);

/** «معدن طلای چاه آب»: a mine is named for the place it lies in, even a name that is also a word. */
function mineOfDariPlace(text: string, span: Span): boolean {
  return DARI_MINE_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
}

/**
 * «خواهان تا ماه حمل از بقیهٔ افغانستان جدا می‌ماند»: what is cut off from the rest of a country or province is
 * a place; the word «خواهان» "asking for" takes its object, never «از … جدا» after it.
 */
// «جوانان شهدا از خانواده‌های خود جدا شده اند» is young men parted from their families: what the name is cut off
// from must be a place's centre, a province or "the rest of" one.
const CUT_OFF_AFTER = new RegExp(
  `^(?:\\s+[^\\s،,.؛:«»]+){0,5}?\\s+از\\s+(?:${wordAlternation(DARI_CUT_OFF_FROM_HEADS)})(?:ٔ|\u200C?ی)?(?:\\s+[^\\s،,.؛:«»]+){0,2}?\\s+(?:جدا|قطع)\\s+(?:می[\u200C ]?(?:ماند|شود|مانند|شوند)|ماند|شد|شده|است|بود|می[\u200C ]?باشد)(?![\\p{L}])`,
  'u',
);
function cutOffFrom(text: string, span: Span): boolean {
  return CUT_OFF_AFTER.test(text.slice(span.end, span.end + 90));
}

/** "یکی از قریه‌های شهر بزرگ", "the villages of Yawan": villages in the plural lie in the place named after. */
function villagesOf(tokens: readonly Token[], i: number): boolean {
  const [noun, plural] = [tokens[i - 2], tokens[i - 1]];
  if (plural?.key === 'of') return noun?.key === 'villages';
  return (plural?.key === 'های' || plural?.key === 'ها') && noun !== undefined && VILLAGE_NOUNS.has(noun.key);
}

/**
 * "حرکت اسلامی ازبکستان" (the Islamic Movement of Uzbekistan), "پوهنتون کابل" (Kabul University), "به صدای
 * بغلان گفت" (told Voice of Baghlan, a radio), «(آژانس خبری کوکچه)» (a news agency's credit in brackets), "هوتل
 * کندز" (the Kunduz Hotel), "جشنوارهٔ تخار" (a festival), "شرکت هوایی خصوصی پامیر" (a private airline): a movement,
 * party, university, outlet, hotel, festival, society or company with up to two adjectives, then the name: the
 * organisation's name, not the place. After a classifying adjective the proper name may open with a word of its
 * own before the place («انجمن ادبی موج آمو», a literary society called "Wave of the Amu"; «شرکت هوایی بال کندز»),
 * never a particle («انجمن ادبی در کندز»: the society is in the place).
 */
const DARI_ORGANISATION_HEADS = [...DARI_ORGANISATION_HEAD_WORDS, ...DARI_TEAM_WORDS];
/** A classifying adjective after an organisation's head: «ادبی», «هوایی», never «محلی» or «دولتی». */
const DARI_ORGANISATION_ADJECTIVE = `\\s+(?!(?:${DARI_GENERIC_ADJECTIVES.join('|')})\\s)[\\p{L}\u200C]+ی`;
/**
 * The proper name's own first word, after a classifying adjective: a word of its own, never a particle, a word of
 * place or direction («میان», «سوی», «نزدیک»), of time («دیروز», «امروز») or a verb's («می‌رود»): after those the
 * place is the clause's.
 */
const DARI_NAME_OPENING_WORD = `\\s+(?!(?:${[...DARI_PARTICLES, ...DARI_PLACE_PREPOSITIONS, ...DARI_TIME_WORDS].join('|')})\\s|ن?می\u200C)[\\p{L}\u200C]+`;
const DARI_ORGANISATION_START = `(?:^|[\\s(«"“])(?:${DARI_ORGANISATION_HEADS.map(escapeRegExp).join('|')})(?:ٔ|\u200C?ی)?`;
const DARI_ORGANISATION_BEFORE = new RegExp(
  `${DARI_ORGANISATION_START}(?:${DARI_ORGANISATION_ADJECTIVE}){0,2}\\s+$`,
  'u',
);
/** The same with the name's own first word before the place: «انجمن ادبی موج آمو». */
const DARI_NAMED_ORGANISATION_BEFORE = new RegExp(
  `${DARI_ORGANISATION_START}(?:${DARI_ORGANISATION_ADJECTIVE}){1,2}${DARI_NAME_OPENING_WORD}\\s+$`,
  'u',
);
/**
 * What follows a place that ends a name opened by its own word: the name ends there, so a list going on («هرات و
 * مزار شریف», «تالقان، کندز») or the object's «را» shows the place to be the clause's, not the name's last word.
 */
const DARI_NAME_CONTINUES_AFTER = /^\s*(?:(?:و|را)(?!\p{L})|[،,])/u;
/** «را» right after the name: the outlet's object («این مجله بدخشان را … خواند»), not its name. */
const DARI_OBJECT_AFTER = /^\s+را(?!\p{L})/u;

/** "دریای پنج": the head word of a river's Dari name. */
const DARI_RIVER_HEAD = /^دریا(?:ی|ٔ)?$/u;
const SOUND_BEFORE = /(?:^|\s)صدای\s+$/u;

/** "صدای دریای پنج": the sound of a river, not a radio named "صدای …" ("the Voice of …"). */
function soundOfRiver(text: string, span: Span, first: Token): boolean {
  return (
    DARI_RIVER_HEAD.test(first.text) && SOUND_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start))
  );
}

/**
 * «شرکت برشنای تخار», «ریاست مخابرات بدخشان»: a national company or service called by its own name, then the
 * province its branch serves — the place is the branch's province, not a word of a company's name.
 */
const DARI_BRANCH_BEFORE = new RegExp(
  `(?:^|\\s)(?:${DARI_OFFICE_NOUNS.join('|')}|شرکت)(?:ٔ|\u200C?ی)?\\s+(?:${wordAlternation(DARI_BRANCHED_BODY_NAMES)})(?:ی|ٔ|\u200C?ی)?\\s+$`,
  'u',
);

export function inDariOrganisationName(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  // Every organisation's head word is Dari: words before in no Arabic script are spared both patterns.
  if (!hasArabicScript(before) || DARI_BRANCH_BEFORE.test(before)) return false;
  return (
    !(end > start && DARI_OBJECT_AFTER.test(text.slice(end, end + 6))) &&
    (DARI_ORGANISATION_BEFORE.test(before) ||
      (DARI_NAMED_ORGANISATION_BEFORE.test(before) &&
        !(end > start && DARI_NAME_CONTINUES_AFTER.test(text.slice(end, end + 4)))))
  );
}

/**
 * "قریهٔ علی‌آباد", "the village of Khanabad", «کارته پروان»: a village or a town's quarter named like a district or a
 * province is not it.
 */
function aVillage(tokens: Token[], i: number): boolean {
  const at = tokens[i - 1]?.key === 'of' ? i - 2 : i - 1;
  const noun = tokens[at];
  if (!noun) return false;
  const village = VILLAGE_NOUNS.has(noun.key) || (at === i - 1 && QUARTER_NOUNS.has(noun.key));
  // «هر قریهٔ تخار», "every village of Takhar": any village of the place, not one named so.
  const any = tokens[at - 1];
  return village && !(any !== undefined && ANY_VILLAGE_WORDS.has(any.key));
}
/** Between a quarter's noun, its transliterated ezafe and the name: a hyphen or spaces, no mark of a phrase's end. */
const QUARTER_GAP = /^(?:[ \t]*[-\u2010-\u2013][ \t]*|[ \t\u200C]+)$/u;
const LATIN_WORD = /^[A-Za-z]/;

/**
 * "Kart-e-Parwan", "Jadayi Maiwand", "Guzar-i-Kunduz", «کوچهٔ بدخشان»: a town’s quarter, avenue or lane
 * named after a place, its noun (capitalised, in English) right before the name or joined by a transliterated
 * ezafe ("-e-", "-i-"), is the town's street, not the place — not after "every", «هر», «این» (ANY_VILLAGE_WORDS):
 * «هر کوچهٔ کابل» is any lane of Kabul.
 */
function quarterNamedFor(tokens: readonly Token[], i: number, text: string): boolean {
  const name = tokens[i];
  let at = i - 1;
  const link = tokens[at];
  if (!name || !link) return false;
  if (EZAFE_TRANSLITERATIONS.has(link.key) && QUARTER_GAP.test(text.slice(link.end, name.start))) at = i - 2;
  const noun = tokens[at];
  if (!noun || !QUARTER_NOUNS.has(noun.key) || ANY_VILLAGE_WORDS.has(tokens[at - 1]?.key ?? '')) return false;
  if (LATIN_WORD.test(noun.text) && !noun.upper) return false;
  const next = tokens[at + 1];
  return !!next && QUARTER_GAP.test(text.slice(noun.end, next.start));
}

/** «هنگام گذر سالنگ»: a crossing noun before a name a pass or a river bears is crossing it, no lane. */
function crossingARegion(
  tokens: readonly Token[],
  i: number,
  ids: readonly string[],
  index: PlaceIndex,
): boolean {
  return (
    CROSSING_QUARTER_NOUNS.has(tokens[i - 1]?.key ?? '') &&
    ids.some((id) => index.entries.get(id)?.kind === 'region')
  );
}

/**
 * "Maiwand Street", "Salang Wat", «سالنگ وات»: a street's head right after the name (capitalised, in English) —
 * a city's street named for the place, not the place.
 */
function streetNamedFor(tokens: readonly Token[], last: number, text: string): boolean {
  const name = tokens[last];
  const head = tokens[last + 1];
  if (!name || !head || !STREET_NAME_HEADS.has(head.key)) return false;
  if (LATIN_WORD.test(head.text) && !head.upper) return false;
  return /^[ \t]$/u.test(text.slice(name.end, head.start));
}

/** After a numbered quarter's number, the city («پروان سه کابل»): «تخار دو، بغلان یک» is a tally. */
const DARI_QUARTER_NUMBER_AFTER = new RegExp(
  `^[ \\t]+(?:${wordAlternation(QUARTER_NUMBERS_DA)})[ \\t]+(?:شهر[ \\t]+)?کابل(?![\\p{L}])`,
  'u',
);

/**
 * "Parwan-e-Se", "Parwan-i-Du", «پروان سه کابل»: a city's numbered quarter named after a place — the place, its
 * ezafe joined by a hyphen and a number word — is the quarter; «پروان سه ولسوالی دارد» counts the place's districts.
 */
function numberedQuarterOf(tokens: readonly Token[], last: number, text: string): boolean {
  const name = tokens[last];
  const link = tokens[last + 1];
  const number = tokens[last + 2];
  if (!name) return false;
  if (link && number && EZAFE_TRANSLITERATIONS.has(link.key) && QUARTER_NUMBERS_EN.has(number.key))
    return (
      /^-$/u.test(text.slice(name.end, link.start)) && /^[- ]$/u.test(text.slice(link.end, number.start))
    );
  return DARI_QUARTER_NUMBER_AFTER.test(text.slice(name.end, name.end + 16));
}

/** Words before a village noun that make it any village, not a named one: «هر قریهٔ …», "every village of …". */
const ANY_VILLAGE_WORDS = new Set([
  ...DARI_COMMON_NOUN_CUES,
  'every',
  'each',
  'any',
  'a',
  'one',
  'this',
  'that',
]);

const ROAD_BEFORE =
  /\b(?:road|highway|route|flights?|drive|bus(?:es)?|convoys?|journey|trip|travel(?:led|ed)?)\b[^.;]{0,40}?\b(?:from|between)\s+$/i;
const ROAD_GAP = /^\s+(?:to|and|through|via)\s+$/;
/** " and " alone between two names, and "between " right before the first. */
const AND_GAP_ONLY = /^\s+and\s+$/;
const BETWEEN_END = /\bbetween\s+$/i;
/**
 * "the Kunduz-Taloqan highway", "the Kunduz – Kabul road", "Kunduz–Mazar flights", "مسیر کندز–کابل": two towns
 * joined by a dash, a road's word before or after them, name a road's or a line's ends.
 */
const DASH_GAP = /^[ \t]*[-–—][ \t]*$/;
const ROAD_WORD = /(?:\b(?:road|highway|route|flights?|fares?|buses)\b|راه|شاهراه|جاده|مسیر|سرک)/iu;

/** Between a name and its province: "Kohistan district of Faryab", "Baharak, in Takhar", "بهارک تخار". */
const PROVINCE_GAP = /^(?:,?\s+(?:of|in)\s+|,\s*|\s+|,\s+the\s+(?:provincial\s+)?capital\s+of\s+)$/u;

/**
 * "Fayzabad district of Jawzjan province", "Baharak, Takhar", "بهارک تخار": a name several places share,
 * followed by a province, is the one in that province.
 */
export function provinceNamedAfter(found: Found[], index: PlaceIndex, text: string): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const f = found[k];
    const next = found[k + 1];
    if (!f || !next || f.ids.length < 2 || !PROVINCE_GAP.test(text.slice(f.end, next.start))) continue;
    const provinces = next.ids.filter((id) => index.entries.get(id)?.kind === 'province');
    const [province] = provinces;
    if (provinces.length !== 1 || !province) continue;
    // "Kunduz Kunduz (city)" in a table's province column: a name read as the province stays it before a namesake
    // that is no province by itself.
    if (f.qualifier === 'province' && next.qualifier !== 'province' && f.ids.includes(province)) continue;
    const inside = f.ids.filter((id) => id !== province && provinceOf(index, id) === province);
    if (inside.length) f.ids = inside;
  }
}

/**
 * "ولسوالی‌های راغستان، یاوان، کوهستان و شهر بزرگ": a plural Dari noun before a list says what every name of
 * the list is, not only the first.
 */
export function dariListQualifier(found: Found[], text: string): void {
  for (let k = 1; k < found.length; k++) {
    const cur = found[k];
    const prev = found[k - 1];
    if (!cur || !prev?.plural || cur.qualifier || !isDariText(cur.text)) continue;
    if (!DARI_LIST_GAP.test(text.slice(prev.end, cur.start))) continue;
    cur.qualifier = prev.qualifier;
    cur.plural = true;
  }
}

/**
 * "نهرین و خوست", "Baharak, Jurm and Kishim": a name several places share, listed beside a place of one
 * province, is the one in that province. Two such names listed together ("the bazaars of Baharak and Faizabad",
 * one shared with Takhar, the other with Jawzjan) lie in the one province both may be in.
 */
export function listedWithProvince(found: Found[], index: PlaceIndex, text: string): void {
  const provincesOf = (f: Found) => new Set(f.ids.map((id) => provinceOf(index, id)));
  const provinceOfSingle = (f: Found | undefined, other?: Found) => {
    if (!f) return null;
    if (f.ids.length === 1) return provinceOf(index, f.ids[0] ?? '');
    if (!other) return null;
    const mine = provincesOf(other);
    const shared = [...provincesOf(f)].filter((p) => mine.has(p));
    return shared.length === 1 ? (shared[0] ?? null) : null;
  };
  const listed = (a: Found, b: Found) => {
    const gap = text.slice(a.end, b.start);
    return LIST_GAP.test(gap) || DARI_LIST_GAP.test(gap);
  };
  found.forEach((f, k) => {
    // "Imam Sahib and Kunduz's central districts": a name read as the province stays it in any list.
    if (f.ids.length < 2 || f.written === 'province' || holdsDistrictsAfter(text, f)) return;
    const before = found[k - 1];
    const after = found[k + 1];
    const province =
      (before && listed(before, f) ? provinceOfSingle(before, f) : null) ??
      (after && listed(f, after) ? provinceOfSingle(after, f) : null);
    if (!province) return;
    // "Archi and Imam Sahib, Kunduz": a name read as the province its list's places lie in stays that province.
    if (f.qualifier === 'province' && f.ids.includes(province)) return;
    const inside = f.ids.filter((id) => id !== province && provinceOf(index, id) === province);
    if (inside.length === 1) f.ids = inside;
  });
}

/** "Faryab has another Kohistan", "Takhar also has a Baharak": a province, then the name it holds. */
const PROVINCE_HAS_GAP = /^\s+(?:also\s+)?(?:has|had|have)\s+(?:also\s+)?(?:a|an|another|its\s+own|one)\s+$/;
/** "Baharak, next to Kalafgan", "Baharak, east of Taloqan": the name placed beside another place. */
const NEAR_GAP =
  /^,?\s+(?:(?:right|just)\s+)?(?:next\s+to|near|beside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$/;

/** "beyond Baharak to Jurm", "from Jurm to Baharak", «از جرم تا بهارک»: the next stop on one road. */
const ROUTE_GAP = /^\s+(?:to|towards|on\s+to|تا)\s+$/u;

/**
 * "Takhar has a Baharak", "Baharak, next to Kalafgan", "beyond Baharak to Jurm": a name several districts share,
 * said to be in a province, or placed beside or on one road with a place of one, is the one in that province.
 */
export function namesakeByNeighbour(found: Found[], index: PlaceIndex, text: string): void {
  const provinceOfSingle = (f: Found | undefined) =>
    f && f.ids.length === 1 ? provinceOf(index, f.ids[0] ?? '') : null;
  found.forEach((f, k) => {
    // "into Balkh province near Kaldar": the word "province" has said which of the namesakes it is.
    if (f.ids.length < 2 || f.written === 'province') return;
    const [before, after] = [found[k - 1], found[k + 1]];
    const holder =
      before?.ids.length === 1 && index.entries.get(before.ids[0] ?? '')?.kind === 'province'
        ? PROVINCE_HAS_GAP.test(text.slice(before.end, f.start)) && (before.ids[0] ?? null)
        : null;
    const province =
      holder ||
      (after &&
      (NEAR_GAP.test(text.slice(f.end, after.start)) || ROUTE_GAP.test(text.slice(f.end, after.start)))
        ? provinceOfSingle(after)
        : null) ||
      (before && ROUTE_GAP.test(text.slice(before.end, f.start)) ? provinceOfSingle(before) : null);
    if (!province) return;
    // "Archi and Imam Sahib, Kunduz": a name read as the province its list's places lie in stays that province.
    if (f.qualifier === 'province' && f.ids.includes(province)) return;
    const inside = f.ids.filter((id) => id !== province && provinceOf(index, id) === province);
    if (inside.length > 0) f.ids = inside;
  });
}

/** Names, and characters, a namesake looks over for the provinces its sentence and the next one name. */
const SENTENCE_NAMES = 8;
const SENTENCE_REACH = 400;

/** The one province a name names: a province, or it and its capital's district ("Kunduz"), and nothing else. */
function provinceNamed(f: Found, index: PlaceIndex): string | null {
  const named = new Set<string>();
  for (const id of f.ids) {
    const e = index.entries.get(id);
    if (e?.kind === 'province') named.add(e.id);
    else if (e?.kind === 'district' && e.province && index.entries.get(e.province)?.capital === id)
      named.add(e.province);
    else return null;
  }
  const [only] = named;
  return named.size === 1 && only ? only : null;
}

/** "not the one in Kapisa", "نه آن که در کاپیسا": a place named to say the name is not there. */
const NOT_THERE = /\bnot\b|(?:^|[\s،])نه[\s،]/u;

/** The provinces named in the sentence of the k-th name (`[0]`) and in the next sentence (`[1]`). */
function provincesBySentence(
  found: Found[],
  k: number,
  index: PlaceIndex,
  text: string,
  gaps: { endsBefore: (j: number) => boolean; namedAt: (j: number) => string | null },
): Set<string>[] {
  const f = found[k];
  const sets = [new Set<string>(), new Set<string>()];
  if (!f) return sets;
  const add = (g: Found, j: number, sentence: number) => {
    const p = gaps.namedAt(j);
    // Only a province the name may lie in counts; the sentence's others say nothing of it.
    if (!p || !f.ids.some((id) => provinceOf(index, id) === p)) return;
    if (!NOT_THERE.test(text.slice(Math.min(g.end, f.end), Math.max(g.start, f.start))))
      sets[sentence]?.add(p);
  };
  for (let j = k - 1, n = 0; j >= 0 && n < SENTENCE_NAMES; j--, n++) {
    const g = found[j];
    if (!g || f.start - g.end > SENTENCE_REACH || gaps.endsBefore(j + 1)) break;
    add(g, j, 0);
  }
  let sentence = 0;
  for (let j = k + 1, n = 0; j < found.length && n < SENTENCE_NAMES; j++, n++) {
    const g = found[j];
    if (!g || g.start - f.end > SENTENCE_REACH) break;
    if (gaps.endsBefore(j)) sentence++;
    if (sentence > 1) break;
    add(g, j, sentence);
  }
  return sets;
}

/** " in ", ", in ", " در ", " of " ("the Faizabad district of Jawzjan"): a place, then the province that holds it. */
const HELD_IN_GAP = /^(?:[ \t]*,)?[ \t]+(?:in|of|در)[ \t]+$/u;
/** The longest such gap, told before it is read. */
const HELD_IN_REACH = 8;
/** ", ", "، ": a place, then its province as an address gives it ("Fayzabad, Jawzjan"). */
const ADDRESS_GAP = /^[ \t]*[,،][ \t]*$/u;
/** A list going on after the province: another name after a comma, or "and" — "Faizabad, Jawzjan and Balkh". */
const LIST_GOES_ON = /^(?:[ \t]*[,،][ \t]*(?:\p{Lu}|[\u0600-\u06FF])|[ \t]+(?:and|or|و)[ \t])/u;

/**
 * "a Fayzabad in Jawzjan", "Fayzabad, Jawzjan" (an address, a signature): a place and the province that holds
 * it, not a list of the two ("Fayzabad, Jawzjan and Balkh").
 */
function heldIn(text: string, a: Span, b: Span): boolean {
  const gap = text.slice(a.end, b.start);
  if (HELD_IN_GAP.test(gap)) return true;
  return ADDRESS_GAP.test(gap) && !LIST_GOES_ON.test(text.slice(b.end, b.end + 12));
}
const districtsByDariName = new WeakMap<PlaceIndex, ReadonlyMap<string, readonly string[]>>();

/** The districts of a province by their Dari name: "AF28 فیض آباد" → Jawzjan's Fayzabad. */
function districtsNamedIn(index: PlaceIndex): ReadonlyMap<string, readonly string[]> {
  let named = districtsByDariName.get(index);
  if (!named) {
    const map = new Map<string, string[]>();
    for (const [id, e] of index.entries) {
      if (e.kind !== 'district' || !e.province || !e.name_da) continue;
      const key = `${e.province} ${normalizeName(e.name_da)}`;
      map.set(key, [...(map.get(key) ?? []), id]);
    }
    districtsByDariName.set(index, (named = map));
  }
  return named;
}

/**
 * "there is a Faizabad in Jawzjan too": a district named "in" a province that holds none of its places is that
 * province's district of the same name (the same Dari name), where the English spelling points elsewhere.
 */
export function namesakeInProvince(found: Found[], index: PlaceIndex, text: string): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]];
    if (!a || !b || a.qualifier === 'province' || b.ids.length !== 1 || b.start - a.end > HELD_IN_REACH)
      continue;
    const province = b.ids[0] ?? '';
    if (index.entries.get(province)?.kind !== 'province' || !heldIn(text, a, b)) continue;
    if (a.ids.some((id) => provinceOf(index, id) === province)) continue;
    const same = a.ids.flatMap((id) => {
      const e = index.entries.get(id);
      return e?.kind === 'district' && e.name_da
        ? (districtsNamedIn(index).get(`${province} ${normalizeName(e.name_da)}`) ?? [])
        : [];
    });
    if (same.length > 0) a.ids = [...new Set(same)];
  }
}

/**
 * ", in the south", "in the north of the country", «در جنوب کشور», «در شمال»: the half of the country a name lies in;
 * not "in the south of Baghlan", «در جنوب بغلان» (a part of a province).
 */
/** "in southern Baghlan": a province named after the compass word makes it a part of that province, not the country. */
const NAME_AFTER_COMPASS = /^[ \t]+(?!Afghanistan\b)\p{Lu}/u;
const COMPASS_AFTER =
  /^,?[ \t]+(?:in|در)[ \t]+(?:the[ \t]+(?:far[ \t]+)?)?(?:(?<south>south|southern|جنوب)|(?<north>north|northern|شمال))(?![\p{L}\u200C])(?![ \t]+of[ \t]+(?!the[ \t]+country|Afghanistan)|[ \t]+(?!کشور|افغانستان)[\u0600-\u06FF])/iu;

/**
 * "Khost in the south, not Baghlan's", «منظور خوست در جنوب کشور است»: a name places in the north and the south share
 * is the one in the half of the country said right after it. The map's provinces are the north's.
 */
export function namesakeByCompass(found: Found[], index: PlaceIndex, text: string): void {
  const onMap = (id: string) => index.entries.get(provinceOf(index, id) ?? '')?.onMap === true;
  for (const f of found) {
    if (f.ids.length < 2) continue;
    const after = text.slice(f.end, f.end + 40);
    const m = COMPASS_AFTER.exec(after);
    const groups = m?.groups;
    if (!m || !groups || NAME_AFTER_COMPASS.test(after.slice(m[0].length))) continue;
    const kept = f.ids.filter((id) => onMap(id) === (groups['north'] !== undefined));
    if (kept.length === 0 || kept.length === f.ids.length) continue;
    f.ids = kept;
    f.aside = true;
  }
}

/**
 * "Baharak, a day's ride away in Badakhshan", "the clinic in Faizabad that sees patients from Baharak", "… in Baharak. The caller
 * was from Takhar": a name districts of several provinces share is the one whose province (or its capital) its
 * sentence names, else the next sentence — when only one of its provinces is named there.
 */
export function namesakeBySentence(found: Found[], index: PlaceIndex, text: string): void {
  // Whether a sentence ends between the (j-1)-th name and the j-th; the passage's sentences read when first asked.
  const sentenceStart = sentenceStartOf(text);
  const endsBefore = (j: number): boolean => {
    const [a, b] = [found[j - 1], found[j]];
    return !a || !b || sentenceStart(b.start) > a.start;
  };
  // The province each name names, read once when first asked.
  const named: (string | null | undefined)[] = [];
  const namedAt = (j: number): string | null => {
    const g = found[j];
    return g && !g.aside ? (named[j] ??= provinceNamed(g, index)) : null;
  };
  found.forEach((f, k) => {
    if (f.qualifier || f.ids.length < 2) return;
    const provinces = new Set(f.ids.map((id) => provinceOf(index, id)));
    if (provinces.size < 2) return;
    for (const inSentence of provincesBySentence(found, k, index, text, { endsBefore, namedAt })) {
      const [province, other] = inSentence;
      if (other) return;
      if (!province) continue;
      f.ids = f.ids.filter((id) => provinceOf(index, id) === province);
      return;
    }
  });
}

/** Whether one of the name's places is a region: a pass, a river, a range. */
const namesRegion = (f: Found, index: PlaceIndex): boolean =>
  f.ids.some((id) => index.entries.get(id)?.kind === 'region');

/** «راه …»، «مسیر …»، «سرک عمومی …»، «شاهراه اصلی از …»: a road's noun, perhaps "main" and "from", before its first end. */
const DARI_ROUTE_BEFORE =
  /(?:^|[\s«"“(])(?:راه|مسیر|شاهراه|سرک|جاده)(?:ٔ|\u200C?ی)?(?:[ \t]+(?:عمومی|اصلی|عمده))?(?:[ \t]+از)?[ \t]+$/u;
/** Characters before a name that hold the longest road's head. */
const DARI_ROUTE_REACH = 28;
/** " تا ": between a Dari road's two ends. */
const DARI_ROUTE_GAP = /^[ \t]+تا[ \t]+$/u;

/** «راه فیض‌آباد تا تالقان»، «سرک عمومی از تالقان تا کندز»: a Dari road from one name to the next. */
function dariRoute(text: string, a: Span, b: Span): boolean {
  return (
    DARI_ROUTE_GAP.test(text.slice(a.end, b.start)) &&
    DARI_ROUTE_BEFORE.test(text.slice(Math.max(0, a.start - DARI_ROUTE_REACH), a.start))
  );
}

/** "the road from Kunduz to Taloqan": both ends of a route are towns. */
function roadEnds(found: Found[], index: PlaceIndex, text: string): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    if (!a || !b || a.qualifier) continue;
    const gap = text.slice(a.end, b.start);
    const dashed =
      DASH_GAP.test(gap) &&
      ROAD_WORD.test(text.slice(Math.max(0, a.start - 20), a.start) + text.slice(b.end, b.end + 20));
    const roadBefore = text.slice(Math.max(0, a.start - 80), a.start);
    // "travel from Takhar and Baghlan" lists where they come from; only "between … and …" joins a road's ends.
    const listOfOrigins = AND_GAP_ONLY.test(gap) && !BETWEEN_END.test(roadBefore);
    const routed =
      (ROAD_GAP.test(gap) && !listOfOrigins && ROAD_BEFORE.test(roadBefore)) || dariRoute(text, a, b);
    if (!dashed && !routed) continue;
    // "شاهراه کابل-سالنگ", "the Kunduz-Takhar highway": a pass, a river or a province at a road's end stays
    // what it is, and a road between provinces says nothing of towns.
    if (dashed && [a, b].some((f) => namesRegion(f, index) || onlyProvinces(f.ids, index))) continue;
    if (!districtNearOtherEnd(a, b, index)) a.qualifier = 'city';
    // "from Mazar to Kunduz, Takhar and Badakhshan": the route's end heads a list of provinces.
    const next = found[k + 2];
    const headsProvinces =
      !!next && LIST_GAP.test(text.slice(b.end, next.start)) && onlyProvinces(next.ids, index);
    if (!headsProvinces && !districtNearOtherEnd(b, a, index)) b.qualifier ??= 'city';
  }
}

/**
 * «مسیر خوست تا پل‌خمری», "the track from Khost to Pul-e-Khumri": a route's end that is, among its places, a district
 * of the province the other end lies in is that district, not a far province's capital. Says whether it was.
 */
function districtNearOtherEnd(f: Found, other: Found, index: PlaceIndex): boolean {
  const provinces = new Set(other.ids.map((id) => provinceOf(index, id)));
  const [province] = provinces;
  if (provinces.size !== 1 || !province) return false;
  const near = f.ids.filter(
    (id) => index.entries.get(id)?.kind === 'district' && provinceOf(index, id) === province,
  );
  if (near.length === 0 || near.length === f.ids.length) return false;
  f.ids = near;
  f.qualifier = 'district';
  return true;
}

interface Match {
  words: number;
  ids: string[];
  via: 'name' | 'fuzzy';
}

/** Whether word k joins the one before it into a phrase; each answer found once, when first asked. */
type Joins = (k: number) => boolean;

function joinsOf(tokens: readonly Token[], text: string): Joins {
  const known = new Int8Array(tokens.length);
  return (k) => {
    if (known[k] === 0) {
      const prev = tokens[k - 1];
      const tok = tokens[k];
      known[k] = prev && tok && joinable(text, prev, tok) ? 1 : 2;
    }
    return known[k] === 1;
  };
}

/** How many words from token i, up to `max`, read as one phrase: nothing but spaces or a hyphen between them. */
function phraseLength(tokens: readonly Token[], joins: Joins, i: number, max: number): number {
  let n = i < tokens.length ? 1 : 0;
  while (n < max && i + n < tokens.length && joins(i + n)) n++;
  return n;
}

/**
 * «درو از»: a Dari phrase opening or closing with a particle, whose words run together would spell a name (here
 * درواز), is the words; a name with «و» inside («کران و منجان») keeps its own key.
 */
function particleAtEdge(key: string): boolean {
  const words = key.split(' ');
  return DARI_PARTICLES.has(words[0] ?? '') || DARI_PARTICLES.has(words.at(-1) ?? '');
}

/** The places of a Dari key with its parts run together ("فیض اباد" as «فیضاباد»), read only when the key has none. */
function compactIds(key: string, index: PlaceIndex): readonly string[] | undefined {
  const compact = compactKey(key);
  return compact === null || particleAtEdge(key) ? undefined : index.exact.get(compact);
}

/** The first word of every gazetteer key, per index: most capitalised words open no name of two words or more. */
const firstWordsCache = new WeakMap<PlaceIndex, ReadonlySet<string>>();

function firstWordsOf(index: PlaceIndex): ReadonlySet<string> {
  let words = firstWordsCache.get(index);
  if (!words)
    firstWordsCache.set(index, (words = new Set([...index.exact.keys()].map((k) => k.split(' ')[0] ?? ''))));
  return words;
}

/** Whether a key has a letter of the Arabic script (only such keys have a compact, run-together form). */
function hasArabicLetter(key: string): boolean {
  for (let c = 0; c < key.length; c++) {
    const code = key.charCodeAt(c);
    if (code >= 0x0600 && code <= 0x06ff) return true;
  }
  return false;
}

/**
 * How many words from token i may make a gazetteer key: just the one when no key opens with its word and no word
 * of the phrase is Dari (whose words run together may spell a key), so no longer key is built for nothing.
 */
function exactReach(tokens: Token[], i: number, joins: Joins, index: PlaceIndex): number {
  const words = phraseLength(tokens, joins, i, index.maxWords);
  if (words <= 1 || firstWordsOf(index).has(tokens[i]?.key ?? '')) return words;
  for (let n = 0; n < words; n++) if (hasArabicLetter(tokens[i + n]?.key ?? '')) return words;
  return 1;
}

function exactAt(tokens: Token[], i: number, joins: Joins, index: PlaceIndex): Match | null {
  const words = exactReach(tokens, i, joins, index);
  // Most words can open no longer name: looked up alone, with no list of keys built.
  if (words === 1) {
    const key = tokens[i]?.key ?? '';
    const ids = index.exact.get(key) ?? compactIds(key, index);
    return ids ? { words: 1, ids: [...ids], via: 'name' } : null;
  }
  const keys: string[] = [];
  for (let n = 1; n <= words; n++)
    keys.push(n === 1 ? (tokens[i]?.key ?? '') : `${keys.at(-1)} ${tokens[i + n - 1]?.key ?? ''}`);
  for (let n = keys.length; n >= 1; n--) {
    const key = keys[n - 1] ?? '';
    const ids = index.exact.get(key) ?? compactIds(key, index);
    if (ids) return { words: n, ids: [...ids], via: 'name' };
  }
  return null;
}

/** The words that join a list's last name to the one before it. */
const LIST_JOINERS = new Set(['and', 'or', 'و']);
/** Most names a list of rivers is read back or on for. */
const MAX_RIVER_LIST = 4;
/** The plural head a list of rivers stands before ("the Kunduz and Khanabad rivers") or after («دریاهای …»). */
const RIVERS_AFTER = 'rivers';
const RIVERS_BEFORE = 'دریاهای';

/** The name token before token k in a list ("A and B", "A, B", "A, B and C"); -1 when k opens none. */
function previousInList(tokens: readonly Token[], k: number, text: string): number {
  const cur = tokens[k];
  const prev = tokens[k - 1];
  if (!cur || !prev) return -1;
  if (!LIST_JOINERS.has(prev.key)) return /^\s*[,،]\s*$/u.test(text.slice(prev.end, cur.start)) ? k - 1 : -1;
  const name = tokens[k - 2];
  const joined = /^\s+$/u.test(text.slice(prev.end, cur.start));
  return name && joined && /^\s*(?:[,،]\s*)?$/u.test(text.slice(name.end, prev.start)) ? k - 2 : -1;
}

/**
 * "the Kunduz and Khanabad rivers", «دریاهای کندز و کوکچه»: names listed under a plural "rivers" are each a river,
 * a town's name too. The list is read a few names each way from token i, so every token costs a bounded look.
 */
export function riverInList(
  tokens: readonly Token[],
  i: number,
  index: PlaceIndex,
  text: string,
): Match | null {
  const id = index.riverNames.get(tokens[i]?.key ?? '');
  if (!id) return null;
  const isRiver = (k: number) => k >= 0 && index.riverNames.has(tokens[k]?.key ?? '');
  let first = i;
  let last = i;
  for (let n = 0; n < MAX_RIVER_LIST && isRiver(previousInList(tokens, first, text)); n++) {
    first = previousInList(tokens, first, text);
  }
  for (let n = 0; n < MAX_RIVER_LIST; n++) {
    const next = [last + 1, last + 2].find((k) => isRiver(k) && previousInList(tokens, k, text) === last);
    if (next === undefined) break;
    last = next;
  }
  const after = tokens[last + 1];
  const headed =
    (after?.key === RIVERS_AFTER && /^\s+$/u.test(text.slice(tokens[last]?.end ?? 0, after.start))) ||
    tokens[first - 1]?.key === RIVERS_BEFORE;
  return first < last && headed ? { words: 1, ids: [id], via: 'name' } : null;
}

/** "the upper Panj", "the lower Kokcha": which stretch of a river, between "the" and its name. */
const RIVER_STRETCH = new Set(['upper', 'lower', 'middle']);

/** "across the Panj", "the Amu", "the upper Panj": a river's name alone, after "the", is the river. */
export function riverAfterThe(tokens: readonly Token[], i: number, index: PlaceIndex): Match | null {
  const cur = tokens[i];
  const before = RIVER_STRETCH.has(tokens[i - 1]?.key ?? '') ? tokens[i - 2] : tokens[i - 1];
  const id = cur && before?.key === 'the' ? index.rivers.get(cur.key) : undefined;
  return id ? { words: 1, ids: [id], via: 'name' } : null;
}

/** A surname of the "-i" kind, from a place or a forebear: "Baghlani", "Rahimi", "Kohistani". */
const NISBA_SURNAME = /^\p{Lu}\p{Ll}{3,}i$/u;

/**
 * "Nasrin Baghlani", "Farkhunda Rahimi": a word near a place's spelling right before an "-i" surname is a given
 * name; a misspelt place is not followed by a person's surname.
 */
function givenNameBeforeSurname(tokens: readonly Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  const cur = tokens[i];
  return (
    !!cur && !!next && NISBA_SURNAME.test(next.text) && /^[ \t]+$/u.test(text.slice(cur.end, next.start))
  );
}

/** The closest spelling within a small edit distance, for windows longer than `minWords`. */
function fuzzyAt(
  tokens: Token[],
  i: number,
  joins: Joins,
  index: PlaceIndex,
  minWords: number,
): Match | null {
  const first = tokens[i];
  if (!first?.upper || COMMON_WORDS.has(first.key) || NATIONALITY_WORDS.has(first.key)) return null;
  // The windows whose words may form a name: capitalised, or a small connector inside. Past the first word that
  // can be neither no window is read, so none is built (most capitalised words open no longer phrase).
  const most = phraseLength(tokens, joins, i, index.maxWords + 1);
  let reach = 1;
  while (reach < most) {
    const word = tokens[i + reach];
    if (!word?.upper && !NAME_CONNECTOR.test(word?.text ?? '')) break;
    reach++;
  }
  // No window longer than the exact match: nothing to read (most names).
  if (reach <= minWords) return null;
  // Each window's letters, and whether they are plain Latin letters.
  const letters: string[] = [];
  const plain: boolean[] = [];
  for (let n = 1; n <= reach; n++) {
    const key = tokens[i + n - 1]?.key ?? '';
    letters.push((letters.at(-1) ?? '') + key);
    plain.push((plain.at(-1) ?? true) && /^[a-z]*$/.test(key));
  }
  for (let n = reach; n > minWords; n--) {
    const w = letters[n - 1] ?? '';
    if (!tokens[i + n - 1]?.upper) continue;
    if (w.length < MIN_FUZZY_LETTERS || !plain[n - 1]) continue;
    // Longer than any spelling can stretch to: closestSpelling would find nothing.
    if (w.length > index.maxFuzzyLetters + 2) continue;
    if (hasEnglishEnding(tokens[i + n - 1]?.key ?? '')) continue;
    const ids = closestSpelling(index, w, n);
    if (ids) return { words: n, ids, via: 'fuzzy' };
  }
  return null;
}

/** "practical", "national": an English derived word's ending, which no place name has (see ENGLISH_WORD_ENDINGS). */
const ENGLISH_ENDING = new RegExp(`(?<=\\p{L}{3})${wordAlternation(ENGLISH_WORD_ENDINGS)}$`, 'u');

/** Whether a word ends as English derived words do, and so is no misspelt place ("Practical" is not Paktika). */
export const hasEnglishEnding = (key: string): boolean =>
  // Most words end in none of the endings: their ends are compared before the pattern searches the word.
  ENGLISH_WORD_ENDINGS.some((ending) => key.endsWith(ending)) && ENGLISH_ENDING.test(key);

/** Fuzzy answers by window ("2 konduzriver"), per index: a long article asks about the same words again and again. */
const closestCache = new WeakMap<PlaceIndex, Map<string, readonly string[] | null>>();
/** Answers kept per index before the cache starts afresh (a bound on memory, not on the answers). */
const MAX_CACHED_SPELLINGS = 50_000;

/** The ids of the spellings closest to `letters` (a window of `words` words) within the edits allowed, or null. */
function closestSpelling(index: PlaceIndex, letters: string, words: number): string[] | null {
  // Nothing in the gazetteer is near a word longer than its longest name by more than the edits allowed.
  if (letters.length > index.maxFuzzyLetters + 2) return null;
  let cache = closestCache.get(index);
  if (!cache) closestCache.set(index, (cache = new Map()));
  const key = `${words} ${letters}`;
  let ids = cache.get(key);
  if (ids === undefined) {
    ids = closest(index.fuzzy.get(letters[0] ?? '') ?? [], letters, words);
    if (cache.size >= MAX_CACHED_SPELLINGS) cache.clear();
    cache.set(key, ids);
  }
  return ids && [...ids];
}

/** Whether `letters` is a plural "-s" on a spelling nearer `name` than the word itself ("faizabads", "fayzabad"). */
function pluralOfNear(letters: string, name: string, d: number, max: number): boolean {
  return letters.endsWith('s') && !name.endsWith('s') && boundedDistance(letters.slice(0, -1), name, max) < d;
}

function closest(names: readonly FuzzyName[], letters: string, words: number): string[] | null {
  const max = letters.length >= TWO_EDIT_LETTERS ? 2 : 1;
  let best = max + 1;
  let ids: string[] = [];
  for (const name of names) {
    if (Math.abs(name.words - words) > 1) continue;
    // "Pakistani", "Russian": a derived word, not a misspelt name.
    if (letters.length > name.letters.length && letters.startsWith(name.letters)) continue;
    const d = boundedDistance(letters, name.letters, max);
    // Too far: never the answer (its ids would only gather while nothing is near, and be dropped).
    if (d > max) continue;
    // "the two Faizabads": a near spelling's plural is the name spoken of as a word, not a place.
    if (pluralOfNear(letters, name.letters, d, max)) continue;
    if (d < best) {
      best = d;
      ids = [...name.ids];
    } else if (d === best) {
      ids = [...new Set([...ids, ...name.ids])];
    }
  }
  return best <= max ? ids : null;
}

function qualifierAfter(
  tokens: Token[],
  k: number,
  text: string,
): { kind: Qualifier; plural: boolean; attached: boolean; end: number } | null {
  const next = tokens[k];
  const prev = tokens[k - 1];
  if (!next || !prev) return null;
  const kind = QUALIFIERS[next.key];
  if (!kind) return null;
  const gap = text.slice(prev.end, next.start);
  if (!/^\s*\[?$/.test(gap)) return null;
  const plural = next.key.endsWith('s') && next.key !== 'province';
  return {
    kind,
    plural: plural || next.key === 'provinces',
    attached: !plural && !gap.includes('['),
    end: next.end,
  };
}

const DEMONSTRATIVES = new Set(['این', 'آن', 'همین', 'همان'].map(normalizeName));
/** "مانند", "چون", "از جمله": "such as", between a Dari noun and the names it introduces. */
const SUCH_AS = new Set(['مانند', 'مثل', 'چون', 'همچون', 'جمله'].map(normalizeName));
/** Words a "such as" may stand after its noun ("ولسوالی‌های دوردست مانند"): an adjective or two. */
const SUCH_AS_REACH = 3;

/**
 * "ولسوالی‌های دوردست مانند کوهستان": the token the noun phrase before "such as" ends at (read as if right
 * before the name), 0 when none is near, or null when no "such as" stands before the name.
 */
export function suchAsBefore(tokens: readonly Token[], i: number): number | null {
  if (!SUCH_AS.has(tokens[i - 1]?.key ?? '')) return null;
  for (let k = i - 2; k >= Math.max(1, i - 1 - SUCH_AS_REACH); k--) {
    const key = tokens[k - 1]?.key ?? '';
    if (DARI_QUALIFIERS[key] || key === 'ها' || key === 'های') return k;
  }
  return 0;
}

const EVERY = normalizeName('هر');
/**
 * «هر ولسوالی …», «هر دو ولایت خواهان …» ("both provinces want …"): "every" or "both", perhaps with a count,
 * before the noun makes it any or all of them, pointing back; the word after it is no name the noun qualifies.
 */
function everyOrBoth(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.key ?? '';
  if (prev === EVERY) return true;
  return DARI_COUNT_WORDS.has(prev) && tokens[at - 2]?.key === EVERY;
}

/** `town`: the cue says a town stands there (a venue, "the outskirts of"), not what the name itself is. */
type Before = { kind: Qualifier; plural: boolean; attached: false; end: number; town?: true };

/** "ولایت کندز", "ولسوالی‌های امام صاحب و قلعه ذال": a Dari noun before the name says what it is. */
function dariQualifierBefore(tokens: Token[], i: number): Before | null {
  const such = suchAsBefore(tokens, i);
  if (such !== null) return such > 0 ? dariQualifierBefore(tokens, such) : null;
  const prev = tokens[i - 1];
  const plural = prev?.key === 'ها' || prev?.key === 'های';
  const at = plural ? i - 2 : i - 1;
  const noun = tokens[at];
  // "این ولسوالی خواهان …": "this district" points back; the word after it is no name.
  if (DEMONSTRATIVES.has(tokens[at - 1]?.key ?? '')) return null;
  if (everyOrBoth(tokens, at)) return null;
  const kind = noun ? DARI_QUALIFIERS[noun.key] : undefined;
  return kind ? { kind, plural, attached: false, end: 0 } : null;
}

const CITY_BEFORE = endingOn(
  ['of', 'in', 'capital'],
  new RegExp(`\\b(?:${CITY_CUES.join('|')})[\\s,]+$`, 'i'),
  true,
);

/** "the outskirts of Kunduz", "based in Faizabad", "the provincial capital, Taloqan": the city is meant. */
function cueBefore(tokens: Token[], i: number, text: string): Before | null {
  const cur = tokens[i];
  if (!cur) return null;
  const before = text.slice(Math.max(0, cur.start - 30), cur.start);
  return CITY_BEFORE.test(before)
    ? { kind: 'city', plural: false, attached: false, end: 0, town: true }
    : null;
}

/** Characters before a name read for a venue: "conference room in", "شفاخانهٔ حوزوی". */
const VENUE_REACH = 40;
const VENUE_BEFORE = new RegExp(`\\b(?:${VENUE_NOUNS.join('|')})\\s+(?:in|of)\\s+$`, 'i');
/**
 * "شفاخانهٔ حوزوی کندز": a venue with its ezafe, perhaps one adjective, then the name. Not "شفاخانهٔ ولایتی"
 * (the provincial hospital, which serves the province) nor a plural ("بازارهای تخار، بغلان و بلخ" are provinces').
 */
const DARI_VENUE_BEFORE = new RegExp(
  `(?:^|\\s)(?:${DARI_VENUE_NOUNS.join('|')})(?:ٔ|\u200C?ی)?(?:\\s+(?!ولایتی)[\\p{L}\u200C]+ی)?\\s+$`,
  'u',
);

/** "the trauma centre in Kunduz", "a clinic in Taloqan", "شفاخانهٔ حوزوی کندز": a venue stands in the city. */
export function venueBefore(tokens: readonly Token[], i: number, text: string): Before | null {
  const cur = tokens[i];
  const prev = tokens[i - 1];
  if (!cur || !prev) return null;
  // Most names have neither "in"/"of" nor a Dari word before them: only those look further back.
  const english = prev.key === 'in' || prev.key === 'of';
  if (!english && !isDariText(prev.text)) return null;
  const before = text.slice(Math.max(0, cur.start - VENUE_REACH), cur.start);
  return (english ? VENUE_BEFORE : DARI_VENUE_BEFORE).test(before)
    ? { kind: 'city', plural: false, attached: false, end: 0, town: true }
    : null;
}

/** "the province of Takhar". */
function qualifierBefore(tokens: Token[], i: number): Before | null {
  const dari = dariQualifierBefore(tokens, i);
  if (dari) return dari;
  const of = tokens[i - 1];
  const q = tokens[i - 2];
  const kind = q && QUALIFIERS[q.key];
  if (of?.key !== 'of' || !kind) return null;
  // "the districts of Takhar" names the province that holds them, not a district called Takhar.
  const plural = q.key.endsWith('s') && q.key !== 'province';
  const holder = plural || namedUnitOf(tokens, i);
  return { kind: holder ? 'province' : kind, plural: false, attached: false, end: 0 };
}

/**
 * "Warsaj district of Takhar", "the Fayzabad district of Jawzjan": a named district "of" a place places it in
 * that place's province; "the district of Kunduz" (no name before) is the district itself.
 */
export function namedUnitOf(tokens: readonly Token[], i: number): boolean {
  const unit = tokens[i - 2];
  const name = tokens[i - 3];
  return unit?.key === 'district' && name !== undefined && name.upper && !isDariText(name.text);
}

/**
 * A person, not the place: a given name or title before ("Ahmad Takhar"), a relation or a naming verb
 * ("his wife, Gulistan,"), a surname and an apposition after ("Farah Gul, who is fifteen,"), or what people
 * call someone ("به او بنگی می‌گویند").
 */
function personNamedLikePlace(
  tokens: Token[],
  i: number,
  text: string,
  index: PlaceIndex,
  span: Span,
  people: string[] = [],
  provincePeople: Set<string> = new Set(),
): boolean {
  const isNameWord = (word: string) => {
    const key = normalizeName(word);
    return (
      !index.exact.has(key) &&
      !QUALIFIERS[key] &&
      !NON_PERSON_WORDS.has(key) &&
      !GOVERNMENT_WORDS.has(key) &&
      !COMMON_WORDS.has(key) &&
      !PLACE_HEAD.test(key)
    );
  };
  const surname = looksLikePersonName(tokens, i, text, index);
  const introduced =
    surname ||
    namedAsPerson(text, span.start, span.end) ||
    givenNameOf(text, span.end, isNameWord) ||
    nameSomeoneIsCalled(text, span.start, span.end) ||
    chatSender(text, span.start, span.end);
  if (!introduced) return false;
  // The person so introduced is the one the same word names bare later on ("Baharak cannot go to school"); a
  // province's name only as the subject of a person's verb ("Wardak said").
  const name = text.slice(span.start, span.end);
  if (namesProvince(index, name)) provincePeople.add(name);
  else if (!surname || surnameOfPerson(text, tokens[i - 1]?.start ?? span.start, span.end)) people.push(name);
  return true;
}

/** Kinds of place whose name is never taken for a person's further on: a province or a country is too often meant. */
const PROVINCE_LIKE = new Set(['province', 'country']);

/** Whether `name` is a province's or a country's: "Farah's governor" is the place even after a person Farah. */
export function namesProvince(index: PlaceIndex, name: string): boolean {
  return (index.exact.get(normalizeName(name)) ?? []).some((id) => PROVINCE_LIKE.has(kindOf(index, id)));
}
const kindOf = (index: PlaceIndex, id: string): string => index.entries.get(id)?.kind ?? '';

/** Words that make a name before them a place's: "Taloqan Hospital, a …", "Kunduz Airport said". */
const PLACE_HEAD = new RegExp(`^(?:${[...VENUE_NOUNS, ...OCCUPANT_NOUNS].join('|')})s?$`);

/**
 * The space between a person's given name and surname: one. A tab or a run of spaces is a table's column break
 * ("Chah Ab      Takhar      9"): the word after it opens the next cell, no surname.
 */
const NAME_WORD_GAP = /^[ \u00A0]$/u;
/** A pasted sentence's doubled space: a name's gap still, unless the line is a table's row. */
const DOUBLED_GAP = /^[ \u00A0]{2,3}$/u;
/** Characters read each side of a name for its line's other cell breaks: the line may be the whole text. */
const ROW_REACH = 160;
/** Whether the line round `at` splits into three cells or more (tabs, runs of spaces, bars): a table's row. */
function inTableRow(text: string, at: number): boolean {
  const from = Math.max(0, at - ROW_REACH);
  const around = text.slice(from, at + ROW_REACH);
  const line = around.slice(around.lastIndexOf('\n', at - from) + 1).split('\n')[0] ?? '';
  return cellsOf(line).length >= 3;
}
const isNameGap = (gap: string, text: string, at: number) =>
  NAME_WORD_GAP.test(gap) || (DOUBLED_GAP.test(gap) && !inTableRow(text, at));

/** "DoRR", "DoPH", "MoPH": an office's acronym with its "of" in lower case ("DoRR Kunduz" is the province's office). */
const OFFICE_ACRONYM = /^\p{Lu}\p{Ll}?\p{Lu}{1,5}$/u;

/** "Mr. Khost", "Ahmad Takhar": a title or a given name right before makes the word a surname. */
function looksLikePersonName(tokens: Token[], i: number, text: string, index: PlaceIndex): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur) return false;
  const gap = text.slice(prev.end, cur.start);
  if (HONORIFICS.has(prev.key) && /^\.?\s+$/.test(gap)) return true;
  // Dari has no capitals: a word before a name says nothing of a person, only a title does ("حاجی").
  if (isDariText(cur.text))
    // A surname is a minor district's («محمد دوشی»), never a capital's or a province's («عبدالله پلخمری را ترک کرد»).
    return (
      (DARI_TITLES.has(prev.key) && /^\s+$/.test(gap)) ||
      (dariSurnameAfterGivenName(text, cur) && namesOnlyMinorDistricts(cur.key, index))
    );
  if (!prev.upper || !isNameGap(gap, text, prev.end)) return false;
  const isAcronym =
    (prev.text.length > 1 && prev.text === prev.text.toUpperCase()) || OFFICE_ACRONYM.test(prev.text);
  return !(
    isAcronym ||
    COMMON_WORDS.has(prev.key) ||
    PLACE_PREMODIFIERS.has(prev.key) ||
    NATIONALITY_WORDS.has(prev.key) ||
    NON_PERSON_WORDS.has(prev.key) ||
    index.exact.has(prev.key)
  );
}

/** Prefixes that join a name without making a new one ("Anti-Pakistan", "Trans-Afghan"). */
const JOINING_PREFIXES = new Set('anti pro pan trans mid post pre non ex neo inter cross sub'.split(' '));

/**
 * "Gorno-Badakhshan": a capitalised word hyphenated onto the name makes a longer name the gazetteer does not
 * know (here a region of Tajikistan), so the part is not the place. A place, an acronym or a prefix before the
 * hyphen keeps it ("Kunduz-Takhar highway", "US-Afghanistan talks", "Anti-Pakistan protests").
 */
function partOfLongerName(tokens: Token[], i: number, text: string, index: PlaceIndex): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur || !prev.upper || !/^[-\u2010\u2011]$/.test(text.slice(prev.end, cur.start)))
    return false;
  const isAcronym = prev.text === prev.text.toUpperCase();
  return !(
    isAcronym ||
    index.exact.has(prev.key) ||
    JOINING_PREFIXES.has(prev.key) ||
    PLACE_PREMODIFIERS.has(prev.key)
  );
}

/** Apply a qualifier, and read a bare name shared by a province and its own district as the province. */
function narrow(ids: string[], qualifier: Qualifier | null, index: PlaceIndex): string[] {
  const kindOf = (id: string) => index.entries.get(id)?.kind;
  if (qualifier === 'province') {
    const provinces = ids.filter((id) => kindOf(id) === 'province');
    return provinces.length ? provinces : ids;
  }
  if (qualifier === 'district' || qualifier === 'city') {
    const districts = ids.filter((id) => kindOf(id) === 'district');
    const capitals = ids.flatMap((id) => index.entries.get(id)?.capital ?? []);
    if (qualifier === 'city' && capitals.length)
      return [
        ...new Set(ids.flatMap((id) => namesakeTown(id, index) ?? index.entries.get(id)?.capital ?? [])),
      ];
    if (districts.length) return districts;
    // "the Badakhshan district" with no district of that name: a district of the province, said as an adjective.
    const provinces = ids.filter((id) => kindOf(id) === 'province');
    if (qualifier === 'district' && provinces.length) return provinces;
    return capitals.length ? [...new Set(capitals)] : ids;
  }
  // "the Salang": a pass or a river named like a district is the pass or the river unless "district" says not.
  const regions = ids.filter((id) => kindOf(id) === 'region');
  if (regions.length === 1) return regions;
  const provinces = ids.filter((id) => kindOf(id) === 'province');
  if (provinces.length === 1) {
    const p = provinces[0] ?? '';
    const rest = ids.filter((id) => id !== p);
    // Outside the map's four provinces, "Kabul", "Herat", "Kandahar" bare are the cities reporting means; a smaller
    // capital's name ("Bamyan", "Khost") is the province. The map shows either at the province.
    const capital = index.entries.get(p)?.capital;
    // A district of another province sharing the name (Baghlan's Khost) stays a candidate: context settles it.
    if (index.entries.get(p)?.onMap === false && capital && rest.includes(capital)) {
      const elsewhere = rest.filter((id) => id !== capital && index.entries.get(id)?.province !== p);
      return [CITIES_NAMED_ALONE.has(capital) ? capital : p, ...elsewhere];
    }
    if (rest.every((id) => index.entries.get(id)?.province === p)) return [p];
  }
  return ids;
}
