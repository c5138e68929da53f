// A name a province shares with a town (Kunduz and its capital, Baghlan and Baghlan-e-Jadid), read by the
// constructions a reader settles it with: a trip's end, a point beside the town, town life, a list of towns with
// their figures, a table's "(city)"; and, for the province, a spread over the whole area, a provincial
// department by its acronym, districts it holds later in the clause.
import { trimEndOf } from './page-chrome.ts';
import {
  COMPASS_POINTS,
  KIN_NOUNS,
  PROVINCE_BODY_NOUNS,
  PROVINCE_SCALE_WORDS,
  TRIP_DIRECTED_VERBS,
  TRIP_ENDPOINT_VERBS,
  TRIP_FOR_VERBS,
  TRIP_MOTION_VERBS,
  VEHICLE_AND_LOAD_NOUNS,
  VEHICLE_NOUNS,
  WORKS_NOUNS,
  hasSpeechVerb,
  DARI_TOWN_TRADE_WORDS,
  DARI_TRADER_PLURALS,
  TOWN_TRADE_CROPS,
  TOWN_TRADE_WORDS,
} from './lexicon.ts';
import {
  listedWithProvince,
  namesakeTown,
  onlyTown,
  prepositionIn,
  sharedWithCapital,
  type FoundName,
  unsettledShared,
} from './city-readings.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';
import { LIST_SEPARATOR, wordAlternation } from './regex-parts.ts';
import { opensSentence, sentenceEnd, sentenceStartOf } from './sentences.ts';
import { endingOn } from './ending-on.ts';

/** Characters before or after a name read for these constructions. */
const REACH = 64;

const before = (text: string, f: FoundName, reach = REACH) =>
  text.slice(Math.max(0, f.start - reach), f.start);
const after = (text: string, f: FoundName, reach = REACH) => text.slice(f.end, f.end + reach);

/** Unsettled and both a province on the map and a town of its own: the names these rules read. */
const open = unsettledShared;
/**
 * Unsettled and a province named like its capital (Kunduz): a trip to it or life in it is the capital's. A person
 * going "home to Baghlan" may go anywhere in that province, whose capital has another name.
 */
const openCapital = (f: FoundName | undefined, index: PlaceIndex): f is FoundName =>
  open(f, index) && sharedWithCapital(f.ids, index);

const ARRIVING = wordAlternation([...TRIP_MOTION_VERBS].filter((v) => v.startsWith('arriv')));
/** A verb of going or coming, perhaps "back", "home", "down", then "to"/"from"; or reaching, leaving, arriving. */
const TRIP_VERB = `(?:${wordAlternation(TRIP_MOTION_VERBS)}(?:[ \\t]+(?:back|home|down|up|over|straight|on))?[ \\t]+(?:to|from|into)|${wordAlternation(TRIP_ENDPOINT_VERBS)}|${ARRIVING}[ \\t]+(?:in|at))`;
/** A river, its water or a flood in the clause before: "the river comes down from …" is no one's trip. */
const WATER_BEFORE = /\b(?:rivers?|streams?|water|floods?|snow|melt)\b/iu;
/** "goes home to", "came down from", "drove up from": a trip's direction says the trip is one run, to a town. */
const TRIP_DIRECTED_BEFORE = new RegExp(
  `\\b${wordAlternation(TRIP_DIRECTED_VERBS)}[ \\t]+(?:home|down|up)[ \\t]+(?:to|from)[ \\t]+$`,
  'u',
);
/** "we have to go to", "a man can still go to": a trip someone must or can make. */
const TRIP_MODAL_BEFORE =
  /\b(?:(?:have|has|had|need|needs|needed)[ \t]+to|must|can|could|will|would|should)[ \t]+(?:still[ \t]+|then[ \t]+|also[ \t]+)?(?:go|travel|drive|come)[ \t]+(?:back[ \t]+)?to[ \t]+$/u;
/** "trucks come from", "the beams left", "the convoy reached": a vehicle or a load moving. */
const LOAD_MOVES_BEFORE = new RegExp(
  `\\b${wordAlternation(VEHICLE_AND_LOAD_NOUNS)}[ \\t]+(?:[\\p{Ll}]+[ \\t]+){0,3}${TRIP_VERB}[ \\t]+$`,
  'u',
);
/** Any trip verb right before the name. */
const TRIP_BEFORE = new RegExp(`\\b${TRIP_VERB}[ \\t]+$`, 'u');
/**
 * What times one run: an hour, a day or a date ("around 1pm", "on 19 November", "this morning"), or the vehicle
 * it is made in ("in a shared car", "by bus").
 */
const TRIP_TIMED_AFTER =
  /^,?[ \t]+(?:(?:around|at|by|before|after|about|until)[ \t]+(?:\d|noon|midday|dawn|dusk|nightfall|sunset|sunrise)|on[ \t]+(?:\d|the[ \t]+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:this|that|every|each|next|the[ \t]+next)[ \t]+(?:morning|afternoon|evening|night|week|day)|(?:tonight|tomorrow|today|yesterday)\b|in[ \t]+(?:a|an|the|his|her|their|our|my)[ \t]+(?:[\p{Ll}’'-]+[ \t]+)?(?:car|bus|minibus|taxi|truck|lorry|van|pick-?up)\b|by[ \t]+(?:bus|car|taxi|truck|lorry|minibus|road)\b)/u;
/** "Transport from …", "the fare from …": a run's cost or haul from the name, to "the" place after it. */
const HAUL_FROM_BEFORE =
  /\b(?:[Tt]ransport(?:ation)?|[Ff]reight|[Hh]aulage|[Ff]ares?|[Dd]elivery|[Cc]arriage|[Tt]rip|[Jj]ourney|[Rr]ide)[ \t]+from[ \t]+$/u;
const TO_A_PLACE_AFTER = /^[ \t]+to[ \t]+(?:the|a|our|their|his|her)[ \t]+\p{Ll}/u;

/**
 * "the trucks reach Kunduz around noon", "he rides home to Kunduz on the evening bus", "came down from Kunduz", "we
 * have to go to Kunduz", "their lorries come from Kunduz", "haulage from Kunduz to the site": one run, timed or
 * made in a vehicle, goes from town to town, so the name is the town. A list with a province after it ("from
 * Kunduz and Takhar") is the provinces'.
 */
export function tripEnds(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!openCapital(f, index) || listedWithProvince(found, k, index, text)) continue;
    const [b, a] = [before(text, f), after(text, f)];
    if (
      (TRIP_BEFORE.test(b) && TRIP_TIMED_AFTER.test(a)) ||
      (TRIP_DIRECTED_BEFORE.test(b) && !WATER_BEFORE.test(b)) ||
      TRIP_MODAL_BEFORE.test(b) ||
      LOAD_MOVES_BEFORE.test(b) ||
      (HAUL_FROM_BEFORE.test(b) && TO_A_PLACE_AFTER.test(a))
    )
      f.qualifier = 'city';
  }
}

/**
 * "set off for", "leaving for", "headed for", "bound for", "the bus for": a trip's one destination, after "for" (not
 * "left for", which is as often what remains: "no money left for").
 */
const TRIP_FOR_BEFORE = new RegExp(
  `\\b(?:(?:set(?:s|ting)?|start(?:s|ed|ing)?)[ \\t]+(?:off|out)|${wordAlternation(TRIP_FOR_VERBS)}|${wordAlternation(VEHICLE_NOUNS)})[ \\t]+for[ \\t]+$`,
  'u',
);
/** "the road to", "the main highway back to": where a road leads. */
const ROAD_TO_BEFORE = /\b(?:road|highway)[ \t]+(?:back[ \t]+)?(?:to|into)[ \t]+$/u;
/** "reach", "reached", "arrive in", "arriving at": reaching the name. */
const ARRIVAL_BEFORE = new RegExp(`\\b(?:reach(?:es|ed|ing)?|${ARRIVING}[ \\t]+(?:in|at))[ \\t]+$`, 'u');
/** " from " between the name reached and where the trip began. */
const FROM_GAP = /^[ \t]+from[ \t]+$/u;
/** A possessive after the name: "the road to Kunduz's recovery" is no road's end. */
const POSSESSIVE_AFTER = /^['’]s(?!\p{L})/u;
/** A road's route through the provinces after its end: "the highway to Kunduz passes through Baghlan". */
const ROUTE_THROUGH_AFTER =
  /^[ \t]+(?:pass(?:es|ed)?|runs?|ran|goes|went|winds?)[ \t]+(?:through|across)[ \t]/u;
/**
 * Districts in the plural or the province itself: "where the floods displaced families across six districts", "takes
 * medicine to clinics across the province".
 */
const PROVINCE_SCALE_WORD = /\b(?:districts|provinces?|provincial)\b|ولسوالی(?:\u200C?|[ \t])?ها/iu;

/**
 * The sentence around found[k] also names one of its province's own districts, or districts in the plural ("where
 * the floods displaced families across six districts"): the name is spoken of as a province.
 */
function provinceScaleInSentence(
  found: FoundName[],
  k: number,
  index: PlaceIndex,
  text: string,
  sentenceStart: (pos: number) => number,
): boolean {
  const f = found[k];
  const province = f?.ids.find((id) => index.entries.get(id)?.kind === 'province');
  if (!f || !province) return false;
  const capital = index.entries.get(province)?.capital;
  const from = sentenceStart(f.start);
  const to = sentenceEnd(text, f.end, Math.min(text.length, f.end + REACH * 3));
  if (PROVINCE_SCALE_WORD.test(text.slice(from, to))) return true;
  const ownDistrict = (g: FoundName | undefined) =>
    !!g &&
    g.ids.length > 0 &&
    g.ids.every((id) => id !== capital && id !== province && provinceOf(index, id) === province);
  // Names are in text order: only the sentence's neighbours are read, not every name of the text.
  for (let j = k - 1; j >= 0 && (found[j]?.start ?? -1) >= from; j--) if (ownDistrict(found[j])) return true;
  for (let j = k + 1; j < found.length && (found[j]?.end ?? Infinity) <= to; j++)
    if (ownDistrict(found[j])) return true;
  return false;
}

/**
 * "relatives set off for Kunduz", "the bus for Kunduz", "the main road to Kunduz", "families reach Kunduz from Iran":
 * a trip's or a road's one destination, or the place reached from a country abroad, is a town — one travels to a
 * town, and a crossing ends at one. A list with a province after it ("the road to Kunduz and Takhar") is the
 * provinces'.
 */
export function tripDestinations(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!openCapital(f, index) || listedWithProvince(found, k, index, text)) continue;
    const b = before(text, f, 40);
    const next = found[k + 1];
    const fromAbroad =
      !!next &&
      FROM_GAP.test(text.slice(f.end, next.start)) &&
      next.ids.length > 0 &&
      next.ids.every((id) => index.entries.get(id)?.kind === 'country');
    if (!(TRIP_FOR_BEFORE.test(b) || ROAD_TO_BEFORE.test(b) || (fromAbroad && ARRIVAL_BEFORE.test(b))))
      continue;
    const a = after(text, f, 24);
    if (POSSESSIVE_AFTER.test(a) || ROUTE_THROUGH_AFTER.test(a)) continue;
    if (!provinceScaleInSentence(found, k, index, text, sentenceStart)) f.qualifier = 'city';
  }
}

/** «… حرکت کردم»: setting out, right after «از» and the name. */
const DARI_SET_OUT_AFTER = /^[ \t]+حرکت/u;
/** «… برویم»، «… رفت»، «… می‌روند»، «… دعوت شده‌اند»: going, or being invited, right after «به» and the name. */
const DARI_GO_AFTER =
  /^[ \t]+(?:(?:می\u200C?|می[ \t]+)?(?:رفت|رو(?:م|ی|د|یم|ید|ند))|برو(?:م|ی|د|یم|ید|ند)?(?!\p{L})|دعوت)/u;

/**
 * «امروز صبح از کندز حرکت کردم»، «برای تذکره باید به کندز برویم»، «به کندز دعوت شده‌اند»: where one sets out from,
 * goes or is invited to is a town.
 */
export function dariTripEnds(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!openCapital(f, index) || listedWithProvince(found, k, index, text)) continue;
    const preposition = prepositionIn(before(text, f, 8));
    const a = after(text, f, 24);
    if (
      (preposition === 'از' && DARI_SET_OUT_AFTER.test(a)) ||
      (preposition === 'به' && DARI_GO_AFTER.test(a))
    )
      f.qualifier = 'city';
  }
}

/** "east of", "10 km north-west of": a compass point off the name, with no "the" (the north of X is a part of it). */
const COMPASS = wordAlternation(COMPASS_POINTS);
const COMPASS_OF_BEFORE = endingOn(
  ['of'],
  new RegExp(`(?:^|[^\\p{L}])(?<the>[Tt]he[ \\t]+)?${COMPASS}[ \\t]+of[ \\t]+$`, 'u'),
);
/** "the southern side of", "the outskirts of", "the eastern end of": a part of a town. */
const TOWN_SIDE_BEFORE = endingOn(
  ['of'],
  new RegExp(`\\b(?:${COMPASS}ern[ \\t]+)?(?:side|outskirts|fringes?|end|edge)[ \\t]+of[ \\t]+$`, 'u'),
);

/**
 * "the front ran just east of Kunduz", "the mill on the southern side of Kunduz": a point placed off a name, or on
 * its side or outskirts, is placed by a town. "In the north of Kunduz" is a part of the province and stays open.
 */
export function pointsBesideTown(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (!openCapital(f, index)) continue;
    const b = before(text, f, 32);
    const compass = COMPASS_OF_BEFORE.exec(b);
    if ((compass && !compass.groups?.['the']) || TOWN_SIDE_BEFORE.test(b)) f.qualifier = 'city';
  }
}

/** "buys the steel in", "sold their wool in": buying or selling, a few words, then "in". */
const TRADE_IN_BEFORE = endingOn(
  ['in'],
  /\b(?:buys?|bought|buying|sells?|sold|selling|shops?|shopped|shopping)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+in[ \t]+$/u,
);
/** "my cousin in", "her brother in": one relative, by a possessive or "a", then "in". */
const KIN_IN_BEFORE = endingOn(
  ['in'],
  new RegExp(
    `\\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our|[Aa])[ \\t]+(?:${[...KIN_NOUNS].filter((n) => !n.endsWith('s') && n !== 'family').join('|')})[ \\t]+in[ \\t]+$`,
    'u',
  ),
);

/**
 * "he buys the timber in Kunduz", "I send it to my cousin in Kunduz": buying and selling, and a relative's home, are
 * a town's. A list with a province ("sold in Kunduz and Takhar") is the provinces'.
 */
export function townLife(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!openCapital(f, index)) continue;
    const b = before(text, f);
    // Both cues end on "in": a cheap test before the two long ones and the list's.
    const end = trimEndOf(b, ' \t');
    if (!end.endsWith(' in') && !end.endsWith('\tin')) continue;
    if (!(TRADE_IN_BEFORE.test(b) || KIN_IN_BEFORE.test(b))) continue;
    if (!listedWithProvince(found, k, index, text)) f.qualifier = 'city';
  }
}

/** A colon and a figure right after a name: "Kunduz: 14–26", «کندز: ۲۴۵۰». */
const FIGURE_AFTER = /^[ \t]*[:：][ \t]*\p{Nd}/u;
const COLONS = ':：';
/** The first index from `at` that is no space or tab. */
const skipBlanks = (text: string, at: number): number => {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
};
/** The longest stretch between two entries of one list of figures. */
const FIGURE_LIST_GAP = 80;

/**
 * «کندز: ۹ تا ۱۸ درجه ▪ تالقان: ۷ تا ۱۶ درجه», "Kunduz: 1,650 · Taloqan: 1,700": entries of a list, each a name,
 * a colon and a figure, beside an entry that is only a town (Taloqan, Pul-e-Khumri) are towns too: temperatures
 * and prices are given by town.
 */
export function townsInFigureList(found: FoundName[], index: PlaceIndex, text: string): void {
  // The colon first (FIGURE_AFTER opens on spaces and it): most names have none after them.
  const entry = (f: FoundName | undefined): f is FoundName =>
    !!f && COLONS.includes(text.charAt(skipBlanks(text, f.end))) && FIGURE_AFTER.test(after(text, f, 8));
  const near = (a: FoundName, b: FoundName) => b.start - a.end <= FIGURE_LIST_GAP;
  for (let k = 0; k < found.length; k++) {
    const [prev, f, next] = [found[k - 1], found[k], found[k + 1]];
    if (!open(f, index) || !entry(f)) continue;
    const townBeside = (g: FoundName | undefined, close: boolean) => entry(g) && close && onlyTown(g, index);
    if (townBeside(prev, !!prev && near(prev, f)) || townBeside(next, !!next && near(f, next)))
      f.qualifier = 'city';
  }
}

/** "Kunduz (city)", «کندز (شهر)»; "Kunduz (province)", «کندز (ولایت)»: the kind in brackets after the name. */
const BRACKETED_KIND_AFTER = /^[ \t]*\((?<kind>city|town|شهر|province|ولایت)\)/iu;

/** A table's or a list's cell that says in brackets which the name is. */
export function bracketedKind(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (!open(f, index)) continue;
    const kind = BRACKETED_KIND_AFTER.exec(after(text, f, 16))?.groups?.['kind']?.toLowerCase();
    if (kind) f.qualifier = kind === 'province' || kind === 'ولایت' ? 'province' : 'city';
  }
}

/** "the towns of …", «شهرهای …»: a plural head of towns before a list. */
const TOWNS_HEAD_BEFORE = /(?:\b(?:towns|cities)(?:[ \t]+of)?|(?:^|\s)شهر(?:\u200C?ها(?:ی)?|های))[ \t]+$/u;
/** The words TOWNS_HEAD_BEFORE can end on, tested on the trimmed end first: most names have none before them. */
const TOWNS_HEAD_ENDS = ['towns', 'cities', 'of', 'ها', 'های'];
const townsHeadBefore = (b: string): boolean => {
  const end = trimEndOf(b, ' \t');
  return end.length < b.length && TOWNS_HEAD_ENDS.some((w) => end.endsWith(w)) && TOWNS_HEAD_BEFORE.test(b);
};
const LISTED = new RegExp(`^${LIST_SEPARATOR}$`, 'u');
/** " and ", " و " alone between two names (not an address's comma: «پلخمری، بغلان»). */
const AND_GAP = /^[ \t]+(?:and|و)[ \t]+$/u;
/** "from", "through", «از», «تا»: a route's preposition before the pair. */
const ROUTE_BEFORE = /(?:^|[^\p{L}])(?:from|through|via|از|تا)[ \t]+$/u;

/**
 * «از شهرهای پلخمری و بغلان می‌گذرد», "the towns of Pul-e-Khumri and Baghlan": the names a head of towns lists are
 * towns; and the town a province is named after (Baghlan), paired with a town on a route («کاروان‌ها از بغلان و
 * پلخمری»), is that town.
 */
export function townsListedAsTowns(found: FoundName[], index: PlaceIndex, text: string): void {
  const listed = (a: FoundName, b: FoundName) => LISTED.test(text.slice(a.end, b.start));
  for (let k = 0; k < found.length; k++) {
    const first = found[k];
    if (!first || !townsHeadBefore(before(text, first, 12))) continue;
    for (let j = k; j < found.length; j++) {
      const f = found[j];
      if (!f || (j > k && !listed(found[j - 1] as FoundName, f))) break;
      if (open(f, index)) f.qualifier = 'city';
    }
  }
  const namesake = (f: FoundName | undefined): f is FoundName =>
    open(f, index) && f.ids.some((id) => namesakeTown(id, index) !== null);
  const pair = (a: FoundName, b: FoundName) =>
    AND_GAP.test(text.slice(a.end, b.start)) && ROUTE_BEFORE.test(before(text, a, 12));
  for (let k = 0; k < found.length; k++) {
    const [prev, f, next] = [found[k - 1], found[k], found[k + 1]];
    if (!namesake(f)) continue;
    if ((prev && pair(prev, f) && onlyTown(prev, index)) || (next && pair(f, next) && onlyTown(next, index)))
      f.qualifier = 'city';
  }
}

/** «فابریکهٔ قند بغلان»، «کارخانهٔ پخته کندز»: a works, perhaps its product, with its ezafe before the name. */
const DARI_WORKS_BEFORE =
  /(?:^|\s)(?:فابریکه|کارخانه)(?:ٔ|\u200C?ی|\u200C?های)?(?:[ \t]+[^\s،,.:؛;«»"!?؟]+)?[ \t]+$/u;

/** A works named by the name in Dari stands in the town: «فابریکهٔ قند بغلان» is Baghlan-e-Jadid's. */
export function dariTownWorks(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found)
    if (open(f, index) && DARI_WORKS_BEFORE.test(before(text, f, 40))) f.qualifier = 'city';
}

/** The trade's word, not the crop's ("sugar", not "sugar beet"). */
const TRADE_WORD = `\\b(?:${TOWN_TRADE_WORDS.join('|')})\\b(?![ \\t]+(?:${TOWN_TRADE_CROPS.join('|')})\\b)`;
/** Characters of one clause between a name and the trade's word: "Sugar is cheapest in Baghlan", "In Baghlan they had sugar". */
const CLAUSE_REACH = 40;
/** "Baghlan sugar", "In Baghlan they had sugar": the trade's word after the name, in its clause. */
const TOWN_TRADE_AFTER = new RegExp(`^([^,;:،؛.!?«»"“”()\\n]{0,${CLAUSE_REACH}}?)${TRADE_WORD}`, 'i');
/** "Sugar is cheapest in Baghlan": the trade's word before the name, in its clause. */
const TOWN_TRADE_BEFORE = new RegExp(`${TRADE_WORD}([^,;:،؛.!?«»"“”()\\n]{0,${CLAUSE_REACH}})$`, 'i');
/** «قند بغلان»، «شکر بغلان»: the trade's word with its ezafe right before the name. */
const DARI_TOWN_TRADE_BEFORE = new RegExp(`(?:^|[\\s«(])(?:${DARI_TOWN_TRADE_WORDS.join('|')})[ \\t]+$`, 'u');
/** "the sugar factory in Baghlan", "the sugar works of …": the trade's works somewhere in the sentence. */
const TOWN_TRADE_WORKS = new RegExp(
  `\\b(?:${TOWN_TRADE_WORDS.join('|')})[ \\t]+(?:${WORKS_NOUNS.join('|')})\\b`,
  'i',
);
/** Characters of a sentence read for the trade, each side of the name. */
const TRADE_REACH = 240;

/**
 * "Baghlan sugar", «قند بغلان», "Sugar is cheapest in Baghlan": the town's trade next to the name, in its clause with
 * no one's speech between — "a farmer in Baghlan said sugar prices had risen" is a report from the province.
 */
export function townTradeBeside(text: string, f: FoundName): boolean {
  if (DARI_TOWN_TRADE_BEFORE.test(before(text, f, REACH))) return true;
  const gap = (m: RegExpExecArray | null) => !!m && !hasSpeechVerb(m[1] ?? '');
  return (
    gap(TOWN_TRADE_AFTER.exec(text.slice(f.end, f.end + REACH))) ||
    gap(TOWN_TRADE_BEFORE.exec(before(text, f, REACH)))
  );
}

/**
 * The names (sorted by start) starting inside [from, to), for windows whose `from` never moves back: a pointer steps
 * through the names once, so all the windows of a text cost its names plus the names each window holds.
 */
export function windowCursor(found: readonly FoundName[]): (from: number, to: number) => FoundName[] {
  let lo = 0;
  return (from, to) => {
    while (lo < found.length && (found[lo]?.start ?? 0) < from) lo++;
    const inside: FoundName[] = [];
    for (let j = lo; j < found.length && (found[j]?.start ?? to) < to; j++) {
      const g = found[j];
      if (g) inside.push(g);
    }
    return inside;
  };
}

/**
 * "A sack of Baghlan sugar", «قند بغلان», "the sugar factory in Baghlan": the namesake town's trade next to a
 * province's bare name in its clause, or its works in the sentence, make the name that town — unless the name stands in a list
 * ("the people of Baghlan, Kunduz and Samangan buy Baghlan sugar": the provinces'), or the sentence names the town
 * otherwise ("Baghlan still has the sugar works of Baghlan-e-Jadid"). "Sugar" elsewhere in the sentence ("a farmer
 * in Baghlan said sugar prices had risen") and the beet ("Baghlan sugar beet") are the province's.
 */
export function namesakeTownTrade(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  const window = windowCursor(found);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!open(f, index) || sharedWithCapital(f.ids, index)) continue;
    const town = f.ids.map((id) => namesakeTown(id, index)).find((id) => id !== null);
    const [prev, next] = [found[k - 1], found[k + 1]];
    const listed =
      (!!prev && LISTED.test(text.slice(prev.end, f.start))) ||
      (!!next && LISTED.test(text.slice(f.end, next.start)));
    if (!town || listed) continue;
    const from = Math.max(sentenceStart(f.start), f.start - TRADE_REACH);
    const to = sentenceEnd(text, f.end, Math.min(text.length, f.end + TRADE_REACH));
    if (!townTradeBeside(text, f) && !TOWN_TRADE_WORKS.test(text.slice(from, to))) continue;
    const townNamed = window(from, to).some(
      (g) => g !== f && g.end <= to && (g.ids.includes(town) || g.qualifier === 'city'),
    );
    if (!townNamed) f.qualifier = 'city';
  }
}

/** "every family in", "most households in", "all farmers in", "registered in": the whole area's people. */
const SPREAD_IN_BEFORE =
  /\b(?:(?:[Ee]very|[Ee]ach|[Aa]ll|[Mm]ost)[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:famil(?:y|ies)|households?|farmers?|villages?|farms?|districts?)|registered)[ \t]+in[ \t]+$/u;
/** "the DoRR in", "DAIL of": a provincial department by its acronym. */
const DEPARTMENT_ACRONYM_BEFORE = /\b(?:Do[A-Z][A-Za-z]{0,4}|DAIL|DRRD|PHD)[ \t]+(?:in|of|for)[ \t]+$/u;

/**
 * "with every family in Kunduz drilling deeper", "families registered in Kunduz", "the DoRR in Kunduz": what spreads
 * over the whole area, a registration, a provincial department are the province's.
 */
export function provinceSpreads(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (!open(f, index)) continue;
    const b = before(text, f, 48);
    if (SPREAD_IN_BEFORE.test(b) || DEPARTMENT_ACRONYM_BEFORE.test(b)) f.qualifier = 'province';
  }
}

/** Between a name and a district it holds: no journey's word ("from", "to", «از», «به», «تا»). */
const NO_JOURNEY = /(?:^|[^\p{L}])(?:from|to|towards|via|از|به|تا)(?![\p{L}])/u;
/** «بخش‌هایی از …», "parts of …": the «از» or "of" of a part, no journey's. */
const PART_OF = /(?:^|\s)(?:بخش|قسمت)(?:\u200C?|[ \t])?(?:ها|های|هایی)?[ \t]+از[ \t]+$/u;
/** "in", "including", «در» right before the district ("at" is a point, a crossing or a centre). */
const HELD_BEFORE =
  /(?:(?:^|[^\p{L}])(?:in|including|like|such[ \t]+as|در|(?:parts?|most|some)[ \t]+of)|(?:^|\s)(?:بخش|قسمت)(?:\u200C?|[ \t])?(?:ها|های|هایی)?[ \t]+از)[ \t]+$/u;
/** The longest stretch from a name to a district it holds. */
const HELD_REACH = 90;

/**
 * "in Kunduz the pests turned up first in Ali Abad", «در کندز … زیرا بخش‌هایی از دشت ارچی …»: a name whose
 * clause then places something in one of its own districts holds them, so it is the province.
 */
export function holdsItsDistrictsLater(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  for (let k = 0; k + 1 < found.length; k++) {
    const [f, next] = [found[k], found[k + 1]];
    if (!open(f, index) || !next || !sharedWithCapital(f.ids, index) || next.start - f.end > HELD_REACH)
      continue;
    if (sentenceStart(next.start) > f.start) continue;
    const province = f.ids.find((id) => index.entries.get(id)?.kind === 'province');
    const capital = province ? index.entries.get(province)?.capital : undefined;
    const held =
      next.ids.length > 0 &&
      next.ids.every((id) => id !== capital && provinceOf(index, id) === province && id !== province);
    const gap = text.slice(f.end, next.start);
    const journey = NO_JOURNEY.test(PART_OF.test(gap) ? gap.replace(PART_OF, ' ') : gap);
    if (held && !journey && HELD_BEFORE.test(gap) && !gap.includes(':')) f.qualifier = 'province';
  }
}

/** "In " opening a sentence, perhaps after an opening quotation mark. */
const OPENING_IN_BEFORE = /(?:^|[^\p{L}])In[ \t]+$/u;
/** Characters of the rest of the sentence read for a province's words. */
const SENTENCE_REACH = 240;
/** A province's words later in the sentence: "province", "district", its bodies (the governor), its scale (floods). */
const PROVINCE_WORDS = new RegExp(
  `\\b(?:provinc\\w*|districts?|${[...PROVINCE_BODY_NOUNS, ...PROVINCE_SCALE_WORDS].join('|')})\\b|ولایت|ولسوالی`,
  'iu',
);

/**
 * "In Kunduz, a teacher said lessons stopped", "In Kunduz they pay in the morning": a sentence framed "In" a name
 * a province shares with its capital is set in the town, as "in Kunduz" inside a sentence is, unless the sentence
 * speaks of the province or its districts ("In Kunduz, the provincial department …").
 */
export function sentenceSetInTown(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (!open(f, index) || !sharedWithCapital(f.ids, index)) continue;
    const m = OPENING_IN_BEFORE.exec(before(text, f, 8));
    if (!m) continue;
    const at = f.start - m[0].length + m[0].indexOf('In');
    const quoteOpens = at > 0 && '"“‘\''.includes(text[at - 1] ?? '') && opensSentence(text, at - 1);
    if (!(opensSentence(text, at) || quoteOpens || at === 0)) continue;
    const rest = text.slice(f.end, sentenceEnd(text, f.end, Math.min(text.length, f.end + SENTENCE_REACH)));
    if (!PROVINCE_WORDS.test(rest)) f.qualifier = 'city';
  }
}

/** "Taliban-held", "the Taliban held", "seized", "fighting over": a town is held, taken or fought over. */
const HELD_BEFORE_NAME = endingOn(
  ['held', 'seized', 'captured', 'overran', 'retook', 'stormed', 'besieged', 'over', 'for'],
  /(?:\p{L}-held|\b(?:held|seized|captured|overran|retook|stormed|besieged|fighting[ \t]+over|battle[ \t]+for))[ \t]+$/u,
);

/**
 * "the Taliban held Kunduz for two weeks", "the father in Taliban-held Kunduz", "the factions fighting over
 * Kunduz": a place held, seized or fought over as one prize is the town.
 */
export function townHeld(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!openCapital(f, index) || listedWithProvince(found, k, index, text)) continue;
    if (HELD_BEFORE_NAME.test(before(text, f, 24))) f.qualifier = 'city';
  }
}

/** "Logistics Officer, ", "WASH Coordinator, ", "mobilisation team ": a post, then its duty station. */
const POST_BEFORE =
  /\b(?:Coordinator|Officer|Assistant|Manager|Advis[eo]r|Specialist|Supervisor|Associate|[Tt]eam)(?:,[ \t]*|[ \t]+)$/u;
/** A province's post: "Provincial Officer, …", "Governor's Adviser, …". */
const PROVINCIAL_POST = /[Pp]rovincial|[Gg]overnor/u;

/** "— Nasrin Karimi, Field Officer, Kunduz", "Reports to: Health Coordinator, Kunduz": a post's duty station is a town. */
export function dutyStations(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (!openCapital(f, index)) continue;
    const b = before(text, f, 40);
    if (POST_BEFORE.test(b) && !PROVINCIAL_POST.test(b)) f.qualifier = 'city';
  }
}

/** «یک رانندهٔ لاری از …»، «یک تاجر از …»: one person or load, a few words, then «از». */
const DARI_ONE_FROM_BEFORE = /(?:^|\s)یک[ \t]+(?:[^\s،,.:؛;«»"!?؟]+[ \t]+){1,3}از[ \t]+$/u;
/** «دفتر کندز»، «از دفتر کندز»: an organisation's office called by the name. */
const DARI_OFFICE_BEFORE = /(?:^|\s)دفتر(?:ٔ|\u200C?ی)?[ \t]+$/u;
/** «… به مرکز تجارت شمال تبدیل شد»: the name became a centre. */
const DARI_CENTRE_AFTER = /^[ \t]+به[ \t]+مرکز(?:[ \t]+[^\s،,.:؛;«»"!?؟]+){0,5}[ \t]+(?:بدل|تبدیل)/u;

/**
 * «دکانداران کندز»، «اتحادیهٔ صرافان کندز»، «تاجران کندز»: the town's traders in the plural, the name in their
 * ezafe — as "the Kunduz traders" are the town's.
 */
const DARI_TRADERS_BEFORE = new RegExp(`(?:^|[\\s«])(?:${DARI_TRADER_PLURALS.join('|')})[ \\t]+$`, 'u');

/**
 * «یک رانندهٔ لاری از کندز گفت»، «همکار ما از دفتر کندز آمد»، «کندز به مرکز تجارتی منطقه بدل شد»، «دکانداران کندز»:
 * one traveller from it, an office called by it, its becoming a centre, its traders are the town's, as the English
 * cues are.
 */
export function dariTownCues(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!openCapital(f, index)) continue;
    const b = before(text, f, 48);
    // «تاجران کندز، تخار و بغلان»: the traders of a list of provinces are the provinces'.
    const traders = DARI_TRADERS_BEFORE.test(b) && !listedWithProvince(found, k, index, text);
    if (
      traders ||
      DARI_ONE_FROM_BEFORE.test(b) ||
      DARI_OFFICE_BEFORE.test(b) ||
      DARI_CENTRE_AFTER.test(after(text, f))
    )
      f.qualifier = 'city';
  }
}

/** A dash alone between two names of a route: «پلخمری – کندز – تالقان». */
const ROUTE_DASH = /^[ \t]*[–—][ \t]*$/u;

/**
 * «پلخمری – کندز – تالقان», "Pul-e-Khumri – Kunduz – Taloqan": a stop on a route of dashed names beside a town is a
 * town.
 */
export function routeStops(found: FoundName[], index: PlaceIndex, text: string): void {
  const dashed = (a: FoundName | undefined, b: FoundName | undefined) =>
    !!a && !!b && ROUTE_DASH.test(text.slice(a.end, b.start));
  for (let k = 0; k < found.length; k++) {
    const [prev, f, next] = [found[k - 1], found[k], found[k + 1]];
    if (!open(f, index)) continue;
    if (
      (dashed(prev, f) && onlyTown(prev as FoundName, index)) ||
      (dashed(f, next) && onlyTown(next as FoundName, index))
    )
      f.qualifier = 'city';
  }
}

/** "the Baghlan stop", "Kunduz bus stand": a stop on a bus's run after the name. */
const STOP_AFTER = /^[ \t]+(?:bus[ \t]+)?(?:stop|stand|station|terminal)\b/u;
/** "Kunduz, the main bus stand": the name set beside a stop or a bazaar. */
const STOP_APPOSITION_AFTER =
  /^,[ \t]+the[ \t]+(?:(?:main|old|central|new)[ \t]+)?(?:bus[ \t]+)?(?:stop|stand|station|terminal|bazaar|market)\b/u;
/** "three more seats promised at", "the stop at": a point on a run; not a look or an aim "at". */
const STOP_AT_BEFORE = /(?:^|[^\p{L}])at[ \t]+$/u;
const LOOK_AT_BEFORE =
  /\b(?:look(?:s|ed|ing)?|aim(?:s|ed|ing)?|aimed|glanc\w+|stare\w*|point(?:s|ed)?)[ \t]+at[ \t]+$/u;
/** "the town everyone calls Baghlan", "a town called …": the name a town is called. */
const TOWN_CALLED_BEFORE = /\b(?:town|city)\b[^.!?\n]{0,48}\bcall(?:s|ed)?[ \t]+$/u;

/**
 * "06:50 — The Baghlan stop", "Kunduz, the main bus stand", "three more promised at Baghlan", "the town the drivers
 * call Baghlan": a bus's stop, a point "at" the name, or the name a town is called is the town — for Baghlan too,
 * whose capital has another name.
 */
export function busStops(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (!open(f, index)) continue;
    const [b, a] = [before(text, f), after(text, f)];
    const at = STOP_AT_BEFORE.test(b) && !LOOK_AT_BEFORE.test(b);
    if (STOP_AFTER.test(a) || STOP_APPOSITION_AFTER.test(a) || at || TOWN_CALLED_BEFORE.test(b))
      f.qualifier = 'city';
  }
}

/** «شفاخانهٔ حوزه‌یی»، «شفاخانهٔ ولایتی»، "the regional hospital of": a province's or a region's venue. */
const PROVINCIAL_VENUE_BEFORE =
  /(?:(?:^|\s)(?:شفاخانه|بیمارستان|لیسه|دانشگاه|پوهنتون)(?:ٔ|\u200C?ی)?[ \t]+(?:حوزه\u200C?یی|حوزوی|ولایتی|منطقه\u200C?یی)|\b(?:[Rr]egional|[Pp]rovincial)[ \t]+(?:hospital|university|school|college)[ \t]+(?:of|for|in))[ \t]+$/u;

/**
 * «با شفاخانهٔ حوزه‌یی بغلان هماهنگی کردیم», "the regional hospital of Baghlan": a province's or a region's hospital
 * named by a province whose capital has another name (Baghlan's is in Pul-e-Khumri) is the province's, not the
 * namesake town's.
 */
export function namesakeProvincialVenue(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    // The venue's own word has made the name a town as it was found: the venue's kind outranks it.
    if (
      f.qualifier === 'province' ||
      !open({ ...f, qualifier: null }, index) ||
      sharedWithCapital(f.ids, index)
    )
      continue;
    if (PROVINCIAL_VENUE_BEFORE.test(before(text, f, 48))) f.qualifier = 'province';
  }
}
