// A name a province shares with its capital (Kunduz, Faizabad in reporting's sense) is the city when what stands
// around it is a town's: a market after it, one traveller or load from it, other towns listed with it.
import {
  DARI_CITY_CUES,
  DARI_EXTENT_BEFORE,
  DARI_FARM_AFTER,
  DARI_PRODUCE_NOUNS,
  DARI_PROVINCE_BODY_NOUNS,
  DARI_PROVINCE_SCALE_WORDS,
  PROVINCE_SCALE_WORDS,
  PRODUCE_NOUNS,
  PRICE_ROW_UNITS,
  COUNT_WORDS,
  DARI_COUNT_WORDS,
  PROVINCE_BODY_NOUNS,
  PROVINCE_EXTENT_BEFORE,
  DARI_OCCUPANT_NOUNS,
  DARI_PRICE_NOUNS,
  DARI_VENUE_NOUNS,
  DARI_WEATHER_NOUNS,
  FORECAST_SKY_WORDS,
  DARI_FORECAST_SKY_WORDS,
  OCCUPANT_NOUNS,
  CITIES_ABROAD,
  PLAIN_PERSON_WORDS,
  CITIES_NAMED_ALONE,
  TOWN_LIFE_NOUNS,
  TOWN_SERVICE_WORDS,
  DARI_PEOPLE_OF,
  DARI_MP_WORDS,
  PARLIAMENT_WORDS,
  VENUE_NOUNS,
  TOWN_FABRIC_NOUNS,
  DARI_TOWN_FABRIC_NOUNS,
  JOURNEY_STOP_WORDS,
  JOURNEY_STOP_VERBS,
  JOURNEY_STOP_SUBJECTS,
  SHARE_COUNT_WORDS,
  DARI_JOURNEY_STOP_WORDS,
  WEATHER_NOUNS,
  WORKS_NOUNS,
  ROLE_NOUNS,
  KIN_NOUNS,
  MARKET_PRICE_NOUNS,
  HELD_FEATURE_NOUNS,
  FEMALE_ROLE_WORDS,
  MALE_ROLE_WORDS,
} from './lexicon.ts';
import { SOLAR_MONTH } from './dari-chrome.ts';
import { isDariText } from './dari-words.ts';
import { isCellGap } from './table-cells.ts';
import { townCueAfter, townCueBefore } from './town-cues.ts';
import { townSceneBeside } from './town-scenes.ts';
import { provinceBodyAfter, provinceStaffBefore, unitTownCue } from './unit-cues.ts';
import { TRAVEL_REST_REACH, dariTravelTown, travelTownBeside } from './travel-town-cues.ts';
import { normalizeName } from './normalize.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';
import {
  LIST_SEPARATOR,
  LIST_SEPARATOR_START,
  SIGNATURE_WORD,
  hasArabicScript,
  phraseAlternation,
  wordAlternation,
} from './regex-parts.ts';
import { opensSentence, sentenceEnd, sentenceStartOf } from './sentences.ts';
import { endingOn } from './ending-on.ts';
import { lifeTownBeside, otherProvincesAfter } from './life-town-cues.ts';

export type Qualifier = 'province' | 'district' | 'city';

/** What these rules read of a found name, and the reading they may set. */
export interface FoundName {
  start: number;
  end: number;
  ids: string[];
  qualifier: Qualifier | null;
  /** The qualifier the words round the name gave it, when a pass reads it ("Khost city"). */
  written?: Qualifier | null;
  /** Whether that qualifier was plural ("the Archi and Imam Sahib districts", «ولسوالی‌های …»). */
  plural?: boolean;
}

/** Characters after or before a name read for its venue or origin. */
const CONTEXT_REACH = 48;
/** "the Kunduz bazaar", "the Kunduz wholesale market", "Kunduz's main square": a venue right after the name. */
const VENUE_AFTER = new RegExp(`^(?:['’]s)?[ \\t]+(?:[a-z-]+[ \\t]+)?(?:${VENUE_NOUNS.join('|')})\\b`);
/** "بازارهای کندز": Dari venues, plural too, with their ezafe before the name. */
const DARI_VENUE_BEFORE = new RegExp(
  `(?:^|\\s)(?:${DARI_VENUE_NOUNS.join('|')})(?:\u200C?های|ٔ|\u200C?ی)\\s$`,
  'u',
);
/** "حاشیهٔ کندز", "مرکز کندز", "شهروندان کندز": the town's outskirts, centre, lanes or citizens. */
const DARI_CITY_BEFORE = new RegExp(`(?:^|\\s)(?:${DARI_CITY_CUES.join('|')})\\s$`, 'u');
/** "a driver from Kunduz", "a carpet leaving Kunduz": one traveller or load from the town. */
const ORIGIN_BEFORE = endingOn(
  ['from', 'leaving'],
  /\b(?:[Aa]n?|[Oo]ne)[ \t](?:[\p{Ll}-]{1,20}[ \t]){0,2}(?:from|leaving)[ \t]$/u,
);
/**
 * "a man from Kunduz", "a few from Kunduz": a person with no trade named, or a count of people, is from anywhere in
 * the province — only a trade ("a driver from", "a contractor from") or a load is based in, or leaves, the town.
 */
const PLAIN_ORIGIN_BEFORE = new RegExp(`\\b(?:${PLAIN_PERSON_WORDS.join('|')})[ \\t]+from[ \\t]$`, 'u');
/** "the programme's livestock specialist in Kunduz", "the company in Kunduz": who works or trades there. */
const OCCUPANT_BEFORE = endingOn(
  ['in'],
  new RegExp(`\\b(?:${OCCUPANT_NOUNS.join('|')})s?[ \\t]+in[ \\t]+$`, 'i'),
);
/** Either Dari or Arabic keyboard letters (ک/ك, ی/ي) in a word written into a pattern. */
const anyKeyboard = (word: string): string => word.replace(/ک/g, '[کك]').replace(/ی/g, '[یيى]');
/** "قیمت‌های", "کرایهٔ", "نرخ": a market's noun as a whole word, with its ezafe or plural. */
const DARI_PRICE = `(?:${DARI_PRICE_NOUNS.map(anyKeyboard).join('|')})(?:ٔ|\u200C?(?:ی|ها|های))?`;
/** The rest of one clause (no comma, quotation or full stop), up to five words, then "در" before the name. */
const DARI_CLAUSE_TO_DAR = '(?:\\s+[^\\s،,.:؛;«»"!?؟]+){0,5}\\s+در\\s+$';
/**
 * "متخصص مالداری این برنامه در کندز"، "مسئول شفاخانهٔ ترک اعتیاد در کندز": a person's or a business's
 * description, in one clause (no comma, quotation or full stop inside), ending "در" before the name.
 */
const DARI_OCCUPANT_BEFORE = endingOn(
  ['در'],
  new RegExp(
    `(?:^|\\s)(?:(?:${DARI_OCCUPANT_NOUNS.map(anyKeyboard).join('|')})[^\\s،,.:؛;«»"!?؟]*|${DARI_PRICE})${DARI_CLAUSE_TO_DAR}`,
    'u',
  ),
);
/** Characters before a name read for an occupant's description. */
const OCCUPANT_REACH = 64;

/** Longest gap (characters) between two names of one list: ", and ", " و ". */
const MAX_LIST_GAP = 8;
/** "Taloqan and Kunduz", "in Kunduz and in Taloqan", "تالقان و کندز": names of one list. */
const LIST_GAP = new RegExp(`^${LIST_SEPARATOR}(?:in\\s+|در\\s+)?$`, 'u');

const capitalsCache = new WeakMap<PlaceIndex, ReadonlySet<string>>();

/** The districts that hold a provincial capital. */
export function capitalsOf(index: PlaceIndex): ReadonlySet<string> {
  let capitals = capitalsCache.get(index);
  if (!capitals) {
    capitals = new Set(
      [...index.entries.values()].flatMap((e) => (e.kind === 'province' ? (e.capital ?? []) : [])),
    );
    capitalsCache.set(index, capitals);
  }
  return capitals;
}

/** Whether the name is both a province and its capital: only then does "city or province" need settling. */
export function sharedWithCapital(ids: readonly string[], index: PlaceIndex): boolean {
  // A province and its capital are two ids: a name with one (most) is spared the look-ups.
  return (
    ids.length > 1 &&
    ids.some((id) => {
      const capital = index.entries.get(id)?.capital;
      return index.entries.get(id)?.kind === 'province' && !!capital && ids.includes(capital);
    })
  );
}

/** "the line runs south to Kunduz", "the road continues to Faizabad": where a road or a line ends is a town. */
const ROUTE_END_BEFORE = endingOn(
  ['to', 'into'],
  /\b(?:runs?|leads?|continues?|carries\s+on)[ \t]+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?[ \t]+)?(?:to|into)[ \t]+$/,
);

/** "the municipality of Kunduz", "the mayor of Kunduz", "شاروالی کندز", "شاروال کندز": the town's own government. */
const MUNICIPAL_BEFORE = endingOn(
  ['of', 'شاروالی', 'شاروال', 'شهرداری'],
  /(?:\b(?:[Mm]unicipality|[Mm]ayor)[ \t]+of[ \t]+|(?:^|\s)(?:شاروالی|شاروال|شهرداری)[ \t]+)$/u,
);
/** "Kunduz municipality", "the Kunduz mayor". */
const MUNICIPAL_AFTER = /^[ \t]+(?:[Mm]unicipality|[Mm]ayor)\b/;

/** "the weather in Kunduz", "the forecast for Faizabad". */
const WEATHER_BEFORE = new RegExp(
  `\\b(?:${[...WEATHER_NOUNS, ...TOWN_LIFE_NOUNS].join('|')})[ \\t]+(?:in|for)[ \\t]+$`,
  'i',
);
/** "هوای کندز": the forecast's noun with its ezafe before the name. */
const DARI_WEATHER_BEFORE = new RegExp(`(?:^|\\s)(?:${DARI_WEATHER_NOUNS.join('|')})ی[ \\t]+$`, 'u');
/** "فردا در کندز هوا ابری است": the forecast's noun right after the name. */
const DARI_WEATHER_AFTER = new RegExp(`^[ \\t]+(?:${DARI_WEATHER_NOUNS.join('|')})[ \\t]`, 'u');
/** "Kunduz: The City of Tomorrow", "Faizabad, the city that …": the name set beside "the city". */
const CITY_APPOSITION_AFTER = /^["'”’]?[ \t]*[:,–—][ \t]+[Tt]he[ \t]+[Cc]ity\b/;

/** A line's start right before the name: a weather list's row opens on its town. */
const ROW_START_BEFORE = /(?:^|\n)[ \t]*$/u;
/**
 * What follows the sky's state in a forecast: a comma, a figure, "and", the line's end — not a verb ("Kunduz: Rain
 * damaged 40 houses …", «کندز: باران شدید به ۴۰ خانه آسیب رساند» head a roundup's item on the province).
 */
const SKY_CLOSE = String.raw`(?:[ \t]+skies)?(?=[ \t]*(?:[,،;؛/.|–—-]|\n|$|[-−]?\p{Nd}|(?:and|with|to|then|و|تا)[ \t]))`;
/** "Kunduz: light rain, 14°C", «کندز – آفتابی»: the colon or dash, then the sky's state or a temperature. */
const FORECAST_ROW_AFTER = new RegExp(
  `^[ \\t]*[:：—–][ \\t]*(?:${wordAlternation(FORECAST_SKY_WORDS, true)}${SKY_CLOSE}|${wordAlternation(DARI_FORECAST_SKY_WORDS)}${SKY_CLOSE}|[-−]?\\p{Nd}+[ \\t]*°)`,
  'u',
);

/** The colon or dash after a weather list's town ("Kunduz: …", "Kunduz — …"). */
const ROW_MARK = /^[ \t]*[:：—–]/u;

/** A weather list's row: the town at the line's start, its colon or dash, then its forecast. */
const forecastRow = (before: string, after: string): boolean =>
  ROW_MARK.test(after) && ROW_START_BEFORE.test(before) && FORECAST_ROW_AFTER.test(after);

/** Whether a weather forecast or an apposition with "the city" stands beside the name. */
export function forecastOrCityBeside(before: string, after: string): boolean {
  return (
    forecastRow(before, after) ||
    WEATHER_BEFORE.test(before) ||
    DARI_WEATHER_BEFORE.test(before) ||
    DARI_WEATHER_AFTER.test(after) ||
    CITY_APPOSITION_AFTER.test(after)
  );
}

/**
 * Whether a name reads as a town by what stands beside it: a cue bound to the name (`boundTownCue`) or one a list
 * after it would share (`looseTownCue`).
 */
export function townContext(text: string, f: FoundName): boolean {
  const around = surroundOf(text, f);
  return boundTownCue(around) || looseTownCue(around);
}

/** What stands round a name, sliced once for all the town cues read there. */
interface Surround {
  text: string;
  f: FoundName;
  /** The characters before the name an occupant's description may fill (`OCCUPANT_REACH`). */
  wide: string;
  /** The characters before and after the name its other cues are read in (`CONTEXT_REACH`). */
  before: string;
  after: string;
}

function surroundOf(text: string, f: FoundName): Surround {
  const wide = text.slice(Math.max(0, f.start - OCCUPANT_REACH), f.start);
  return {
    text,
    f,
    wide,
    before: wide.slice(-CONTEXT_REACH),
    after: text.slice(f.end, f.end + CONTEXT_REACH),
  };
}

/** The rest of the name's line, as far as a trip's cues read it. */
const restOf = (around: Surround): string =>
  around.text.slice(around.f.end, around.f.end + TRAVEL_REST_REACH);

/** A venue after the name, a Dari venue or town word, an origin or a route's end before, its municipality or mayor. */
function boundTownCue(around: Surround): boolean {
  const { before, after } = around;
  return (
    MUNICIPAL_BEFORE.test(before) ||
    MUNICIPAL_AFTER.test(after) ||
    VENUE_AFTER.test(after) ||
    (hasArabicScript(before) && (DARI_VENUE_BEFORE.test(before) || DARI_CITY_BEFORE.test(before))) ||
    (ORIGIN_BEFORE.test(before) && !PLAIN_ORIGIN_BEFORE.test(before)) ||
    personFrom(around) ||
    dariCameTo(around) ||
    ROUTE_END_BEFORE.test(before) ||
    roadCalledBy(around) ||
    writerStayedIn(around) ||
    townCueAfter(after) ||
    unitTownCue(before, after) ||
    travelTownBeside(before, restOf(around)) ||
    dariTravelTown(before, restOf(around), prepositionIn(around.wide)) ||
    townSceneBeside(before, after) ||
    lifeTownBeside(before, after)
  );
}

/** A line's start, a signature's dash perhaps, the writer's name of two to four words and its comma. */
const SIGNATURE_BEFORE = new RegExp(
  `(?:^|\\n)(?:[—–-][ \\t]*)?${SIGNATURE_WORD}(?:[ \\t]${SIGNATURE_WORD}){1,3}[,،][ \\t]*$`,
  'u',
);
/** The line's end after the town, perhaps after its province: "…, Kunduz", "…, Faizabad, Jawzjan". */
const SIGNATURE_AFTER = new RegExp(
  `^(?:[,،][ \\t]*${SIGNATURE_WORD}(?:[ \\t]${SIGNATURE_WORD}){0,2})?[ \\t]*(?:\\n|$)`,
  'u',
);

/** "the factory in Baghlan", "the clinic in Balkh": a works or a venue, then "in" right before the name. */
const WORKS_IN_BEFORE = endingOn(
  ['in', 'at'],
  new RegExp(`\\b(?:${[...VENUE_NOUNS, ...WORKS_NOUNS].join('|')})s?[ \\t]+(?:in|at)[ \\t]+$`, 'i'),
);
/** "the Baghlan sugar factory", "the Balkh cotton mill": the name, a word, then a works. */
const WORKS_AFTER = new RegExp(`^[ \\t]+(?:[a-z-]+[ \\t]+)?(?:${WORKS_NOUNS.join('|')})\\b`);

/**
 * "the sugar factory in Baghlan", "the Baghlan sugar factory", "the hospital in Balkh": a building stands in a town;
 * for a province named after a town that is not its capital, the name so read is that town (Baghlan-e-Jadid,
 * Balkh's old town), and so is the name whose streets or shops are meant ("Baghlan's streets", «سرک‌های بغلان»).
 * A person "in Baghlan" may be anywhere in the province, so only buildings and streets read so.
 */
export function namesakeTownWorks(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !f.ids.some((id) => namesakeTown(id, index) !== null)) continue;
    const before = text.slice(Math.max(0, f.start - CONTEXT_REACH), f.start);
    const after = text.slice(f.end, f.end + CONTEXT_REACH);
    // "a vet at Baghlan's livestock directorate": the province's body, whatever stands before it.
    if (provinceBodyAfter(after)) f.qualifier = 'province';
    else if (
      WORKS_IN_BEFORE.test(before) ||
      WORKS_AFTER.test(after) ||
      VENUE_AFTER.test(after) ||
      townFabric({ before, after }) ||
      journeyStop({ before, after })
    )
      f.qualifier = 'city';
    else if (provinceStaffBefore(before)) f.qualifier = 'province';
  }
}

/**
 * A reporter's sign-off closing a broadcast package, after the last sentence or on a line of its own: "… in February.
 * Farhad Noorzad, North Tonight, " — the reporter's name, the programme's, then the place the piece was filed from.
 */
const SIGN_OFF_BEFORE = new RegExp(
  `(?:[.!?؟]["”’»]?[ \\t]+|^|\\n)${SIGNATURE_WORD}(?:[ \\t]${SIGNATURE_WORD}){1,3}[,،][ \\t]*${SIGNATURE_WORD}(?:[ \\t]${SIGNATURE_WORD}){0,3}[,،][ \\t]*$`,
  'u',
);
/** The sign-off's full stop, then the line's end. */
const SIGN_OFF_AFTER = /^\.[ \t]*(?:\n|$)/u;
/** Characters before a name that hold a sign-off's name and programme. */
const SIGN_OFF_REACH = 80;

/**
 * "Nadia Sultani, Kunduz" on a line of its own, «نادیه سلطانی، کندز»: a letter's signature gives where its writer
 * lives, a town: the capital named like the province (Kunduz), or the town the province is named after where the
 * capital is not (Baghlan's Baghlan-e-Jadid). So does a reporter's sign-off ("Farhad Noorzad, North Tonight,
 * Baghlan."): a piece is filed from a town — unless its name or programme is a place, as a list's are.
 */
export function signatureTowns(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier || !provinceAndItsTown(f.ids, index)) continue;
    const before = text.slice(Math.max(0, f.start - CONTEXT_REACH), f.start);
    const after = text.slice(f.end, f.end + CONTEXT_REACH);
    if (SIGNATURE_AFTER.test(after) && SIGNATURE_BEFORE.test(before)) f.qualifier = 'city';
    else if (SIGN_OFF_AFTER.test(after)) {
      // The sign-off's name and programme are no places: "… three provinces. Sar-e Pul, Jawzjan, Kunduz." is a list.
      const from = Math.max(0, f.start - SIGN_OFF_REACH);
      const m = SIGN_OFF_BEFORE.exec(text.slice(from, f.start));
      const prev = found[k - 1];
      if (m && !(prev && prev.start >= from + m.index)) f.qualifier = 'city';
    }
  }
}

/**
 * Nouns for a person set in apposition before "from" ("The driver, from …"): the lexicon's roles, kin and gendered
 * words, so a manner or a load in commas ("by truck, from Kunduz,") is no person's origin.
 */
const PERSON_NOUNS = [
  ...new Set([...ROLE_NOUNS, ...KIN_NOUNS, ...FEMALE_ROLE_WORDS, ...MALE_ROLE_WORDS]),
].sort((a, b) => b.length - a.length);
/** "The driver, from …", "a nurse who is originally from …", "the family came from …": a person's origin. */
const PERSON_FROM_BEFORE = new RegExp(
  `(?:\\b(?:${PERSON_NOUNS.join('|')})s?,[ \\t]+|\\b(?:am|is|was|are|were|comes?|came)[ \\t]+(?:originally[ \\t]+)?)from[ \\t]+$`,
  'u',
);
/**
 * What closes an appositive origin ("The driver, from Kunduz, …") or a sentence: not a range's "to", nor a comma
 * before another name ("from Kunduz, Takhar and Baghlan" is a list of provinces).
 */
const ORIGIN_CLOSED_AFTER = /^(?:,(?![ \t]+\p{Lu})|[;.)]|[ \t]+[—–])/u;

/**
 * "The driver, from Kunduz, checks the tyres", "Her husband is originally from Faizabad.": where a person comes from
 * is a town. A range ("from Kunduz to Takhar") goes on after the name, so it is not one.
 */
function personFrom({ before, after }: Surround): boolean {
  return (
    ORIGIN_CLOSED_AFTER.test(after) &&
    before.endsWith('from', lastNonBlankBefore(before, before.length) + 1) &&
    PERSON_FROM_BEFORE.test(before)
  );
}

/**
 * «… آمده بودند»، «… رسیدند»، «… برگشتند»: coming or arriving in the past, right after the name (not «رسیدگی»).
 */
const DARI_CAME_AFTER = /^[ \t]+(?:(?:می\u200C?|می[ \t]+)?(?:آمد|رسید(?!گی)|برگشت|بازگشت))/u;
/**
 * «… می‌آیند»، «… می‌رسند»، «… برسند»، «… می‌رسد»: coming or arriving in the present, right after the name (not
 * «آینده»; the stem «رس» only with its «می» or «ب», for «رسم» is "a custom"); the group `plural` for «…ند».
 */
const DARI_COMES_AFTER =
  /^[ \t]+(?:(?:می\u200C?|می[ \t]+)?آی|(?:(?:می\u200C?|می[ \t]+)ر|بر)س)(?:(?<plural>ند)|د|یم|ید|ی|م)(?!\p{L})/u;
/** «از» and a word in the clause before the name: where the coming starts («از مزار به کندز می‌رسد»). */
const DARI_FROM_IN_CLAUSE = /(?:^|[\s،])از[ \t]+\p{L}[^.!?؟،\n]*$/u;
/** A district word later in the sentence: what comes «… و در همه ولسوالی‌ها» spreads over the province. */
const DARI_DISTRICT_LATER = /^[^.!?؟\n]*ولسوالی/u;

/**
 * «مهمانان از تالقان به کندز آمده بودند»، «او دیروز از فیض‌آباد رسید»، «لاری‌ها از مزار به کندز می‌رسند»: where
 * people came to or from, «به» or «از» the name with a verb of coming right after it, is a town. The present tells
 * what comes to a province as well («موج سرما فردا به کندز می‌رسد»، «صلح به کندز برسد»), so it counts only in the
 * plural (people, lorries) or from a starting point, and never with districts later in the sentence.
 */
function dariCameTo({ text, f, wide, after }: Surround): boolean {
  const preposition = prepositionIn(wide);
  if (preposition !== 'به' && preposition !== 'از') return false;
  if (DARI_CAME_AFTER.test(after)) return true;
  const present = DARI_COMES_AFTER.exec(after);
  if (!present || DARI_DISTRICT_LATER.test(text.slice(f.end, f.end + CONTEXT_REACH * 3))) return false;
  return !!present.groups?.['plural'] || preposition === 'از' || DARI_FROM_IN_CLAUSE.test(wide);
}

/** A bare figure right after a name, then the cell's end: "Kunduz 1,640 ·", «کندز ۲۹۵۰ |». */
const PRICE_CELL_AFTER = /^[ \t]+\p{Nd}[\p{Nd},.٫٬]*[ \t]*(?:[·•|\t\r\n]|$)/u;
/** A cell's opening right before a name: the row label's colon or the separator after the last cell. */
const CELL_OPEN_BEFORE = /(?:[:：·•|][ ]?|\t)$/u;
/** A row's label up to its colon holding a unit or a price word, then the row's cells before the name. */
const PRICE_ROW_LABEL = new RegExp(
  `(?:^|\\n)[^\\n:：]*(?:^|[^\\p{L}])(?:${PRICE_ROW_UNITS.join('|')})(?!\\p{L})[^\\n:：]*[:：][^\\n]*$`,
  'u',
);
/** Characters before a name that hold its price row's label and earlier cells. */
const PRICE_ROW_REACH = 160;

/**
 * "Rice, 25 kg: Kunduz 1,900 · Taloqan 1,850", «آرد، یک بوری: کندز ۲۹۵۰ | تالقان ۳۰۰۰»: a name in a price row's
 * cell, its figure after it, is a market, so a town.
 */
function priceRowCell(text: string, f: FoundName): boolean {
  if (!PRICE_CELL_AFTER.test(text.slice(f.end, f.end + CONTEXT_REACH))) return false;
  const before = text.slice(Math.max(0, f.start - PRICE_ROW_REACH), f.start);
  return CELL_OPEN_BEFORE.test(before) && PRICE_ROW_LABEL.test(before);
}

const namesakeTowns = new WeakMap<PlaceIndex, ReadonlyMap<string, string>>();

/** The first word of an English name, folded: "Baghlan" of "Baghlan-e-Jadid". */
const firstWordOf = (name: string) => normalizeName(name).split(/[\s-]+/)[0] ?? '';

/**
 * The town a province is named after where its capital has another name: «شهر بغلان», "Baghlan town" is
 * Baghlan-e-Jadid, not Pul-e-Khumri; "Balkh town" is Balkh district, not Mazar-i-Sharif. Null for a province
 * whose capital bears its name (Kunduz) or that has no such town (Takhar).
 */
export function namesakeTown(province: string, index: PlaceIndex): string | null {
  let towns = namesakeTowns.get(index);
  if (!towns) {
    const found = new Map<string, string>();
    for (const [id, e] of index.entries) {
      const p = e.kind === 'district' && e.province ? index.entries.get(e.province) : undefined;
      const capital = p?.capital ? index.entries.get(p.capital) : undefined;
      if (!p || !capital || id === p.capital || firstWordOf(p.name_en) === firstWordOf(capital.name_en))
        continue;
      if (firstWordOf(e.name_en) === firstWordOf(p.name_en)) found.set(p.id, id);
    }
    namesakeTowns.set(index, (towns = found));
  }
  return towns.get(province) ?? null;
}

/** A name both a province and a town of its own (Kunduz and its capital, Baghlan and Baghlan-e-Jadid); not Takhar. */
export function provinceAndItsTown(ids: readonly string[], index: PlaceIndex): boolean {
  return sharedWithCapital(ids, index) || ids.some((id) => namesakeTown(id, index) !== null);
}

/**
 * «چند ولسوالی …»، «سه ولسوالی …»، «۳ ولسوالی …»: a count before Dari's singular noun for districts, right before the
 * name — a word, or one or two digits not after a month or «سال» (not «۱۴۰۳ ولسوالی», a year; not «همه/تمام
 * ولسوالی کندز», the whole district).
 */
const DARI_COUNTED_DISTRICTS_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:${[...new Set([...COUNT_WORDS, ...DARI_COUNT_WORDS])].join('|')})|(?<!(?:${SOLAR_MONTH}|سال)[ \\t]{1,4})(?<![\\p{L}\\p{Nd}])\\p{Nd}{1,2})[ \\t]+ولسوالی[ \\t]+$`,
  'u',
);
/** Characters before a name that hold a count and the noun for districts. */
const COUNTED_DISTRICTS_REACH = 24;

/**
 * «ولسوالی‌های کندز»، «چند ولسوالی کندز و تخار»، "three Kunduz districts": districts in the plural, or counted, of a
 * name a province shares with a district are the province's districts, so the name is the province — unless a
 * district that is only one stands in the list ("the Archi and Kunduz districts", where Kunduz is one of them).
 */
export function districtsOfProvince(found: FoundName[], index: PlaceIndex, text: string): void {
  const listedDistrict = (a: FoundName | undefined, b: FoundName | undefined, other: FoundName | undefined) =>
    !!a &&
    !!b &&
    !!other &&
    LIST_GAP.test(text.slice(a.end, b.start)) &&
    other.ids.length > 0 &&
    other.ids.every((id) => index.entries.get(id)?.kind === 'district');
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier !== 'district' || !provinceAndItsTown(f.ids, index)) continue;
    const counted = DARI_COUNTED_DISTRICTS_BEFORE.test(
      text.slice(Math.max(0, f.start - COUNTED_DISTRICTS_REACH), f.start),
    );
    if (!f.plural && !counted) continue;
    const [prev, next] = [found[k - 1], found[k + 1]];
    if (!listedDistrict(prev, f, prev) && !listedDistrict(f, next, next)) f.qualifier = 'province';
  }
}

/**
 * "Kunduz | Imam Sahib | 87 | 41", «کندز | خان‌آباد | ۷۲»: a table row whose cell beside a name shared by a province
 * and its town names a district of that province is a row by province and district; the name is the province.
 */
export function tableRowProvinces(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const [f, next] = [found[k], found[k + 1]];
    if (!f || !next || f.qualifier || !provinceAndItsTown(f.ids, index)) continue;
    if (!isCellGap(text.slice(f.end, next.start))) continue;
    const province = f.ids.find((id) => index.entries.get(id)?.kind === 'province');
    const districtOf = (id: string) =>
      index.entries.get(id)?.kind === 'district' && provinceOf(index, id) === province;
    if (province && next.ids.length > 0 && next.ids.every(districtOf)) f.qualifier = 'province';
  }
}

/**
 * A province's name in a price row's cell is its market town: the capital named like it (Kunduz), or the town the
 * province is named after where the capital is not (Baghlan's Baghlan-e-Jadid).
 */
export function priceRowTowns(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !provinceAndItsTown(f.ids, index)) continue;
    if (priceRowCell(text, f)) f.qualifier = 'city';
  }
}

/**
 * "Kunduz's back lanes", "the Kunduz pavements": the town's streets after the name, one word between only after its
 * possessive ("from Baghlan swept streets in …" is a verb's object, not the name's streets).
 */
const FABRIC_AFTER = new RegExp(
  `^(?:['’]s[ \\t]+(?:[a-z-]+[ \\t]+)?|[ \\t]+)(?:${TOWN_FABRIC_NOUNS.map((w) => w.replace(' ', '[ \\t]+')).join('|')})\\b`,
  'u',
);
/** «سرک‌های کندز»، «پیاده‌روهای کندز»: the plural of a street, a crossing or a shop, with its ezafe, before the name. */
const DARI_FABRIC_BEFORE = new RegExp(
  `(?:^|\\s)(?:${DARI_TOWN_FABRIC_NOUNS.map(anyKeyboard).join('|')})(?:\u200C|[ \\t])?(?:ها|هاي|های)[ \\t]+$`,
  'u',
);

/**
 * A town's streets, lanes, pavements and shops owned by the name ("Kunduz's streets", «کوچه‌های کندز»): the town.
 * Loose, so "the shops of Kunduz, Takhar and Baghlan", a list of provinces, stays the provinces'.
 */
function townFabric({ before, after }: Pick<Surround, 'before' | 'after'>): boolean {
  return FABRIC_AFTER.test(after) || DARI_FABRIC_BEFORE.test(before);
}

/**
 * "a stop at ", "broke the journey at ", "stopped for lunch in ", "Everybody stopped in ": a halt (a verb with what
 * for, or after a traveller), then "in"/"at".
 */
const STOP_FOR = `[ \\t]+for[ \\t]+(?:the[ \\t]+)?[a-z]+`;
const STOP_BY = `\\b${wordAlternation(JOURNEY_STOP_SUBJECTS, true)}[ \\t]+(?:[a-z]+[ \\t]+)?`;
const STOP_BEFORE = endingOn(
  ['in', 'at'],
  new RegExp(
    `\\b(?:(?:${phraseAlternation(JOURNEY_STOP_WORDS)})(?:${STOP_FOR})?|${wordAlternation(JOURNEY_STOP_VERBS)}${STOP_FOR})[ \\t]+(?:in|at)[ \\t]+$|${STOP_BY}${wordAlternation(JOURNEY_STOP_VERBS)}[ \\t]+(?:in|at)[ \\t]+$`,
    'u',
  ),
);
/** «در بغلان توقف کردیم»: «در», the name, then the halt. */
const DARI_STOP_AFTER = new RegExp(`^[ \\t]+${wordAlternation(DARI_JOURNEY_STOP_WORDS)}`, 'u');
const DARI_IN_BEFORE = endingOn(['در'], /(?:^|\s)در[ \t]+$/u);

/** Whether travellers halt at the name: a town on their road. */
function journeyStop({ before, after }: Pick<Surround, 'before' | 'after'>): boolean {
  return STOP_BEFORE.test(before) || (DARI_IN_BEFORE.test(before) && DARI_STOP_AFTER.test(after));
}

/** A forecast, a town's prices or traffic, or an occupant "in" the name: a list of names after it shares them. */
function looseTownCue(around: Surround): boolean {
  const { before, after, wide } = around;
  return (
    townFabric(around) ||
    journeyStop(around) ||
    forecastOrCityBeside(before, after) ||
    occupantIn(wide) ||
    livesOrLandsIn(around) ||
    AS_FAR_AS_BEFORE.test(before) ||
    marketPriceIn(around) ||
    townCueBefore(before, after)
  );
}

/** «مردم کندز»، «باشندگان کندز»، "the residents of Kunduz": a place's people, right before its name. */
const PEOPLE_OF_BEFORE = new RegExp(
  `(?:(?:^|\\s)(?:${DARI_PEOPLE_OF.join('|')})|\\b(?:people|residents|inhabitants)[ \\t]+of)[ \\t]+$`,
  'u',
);
/** «نمایندهٔ مردم …»، "the MP for the people of …", "represents the people of …": who speaks for a province. */
const REPRESENTED_BEFORE = new RegExp(
  `(?:(?:^|\\s)(?:${DARI_MP_WORDS.join('|')})[ \\t]+|\\b(?:represent(?:s|ed|ing|atives?)?|MPs?|senators?)[ \\t]+(?:(?:of|for)[ \\t]+)?(?:the[ \\t]+)?)(?:مردم|people)[ \\t]+(?:of[ \\t]+)?$`,
  'u',
);

/** Characters before a name that hold its people's noun and a member of parliament before them. */
const PEOPLE_REACH = 40;
/** Characters of the sentence either side of the name read for its services and a parliament. */
const PEOPLE_SENTENCE_REACH = 200;
/** A town's services in the sentence: the people who lack water or power are a town's. */
const TOWN_SERVICE = new RegExp(`(?<![\\p{L}\\u200C])(?:${TOWN_SERVICE_WORDS.join('|')})(?!\\p{L})`, 'iu');
/** A parliament's members or an election in the sentence: the people who send them are a province's. */
const PARLIAMENT = new RegExp(`(?<![\\p{L}\\u200C])(?:${PARLIAMENT_WORDS.join('|')})(?!\\p{L})`, 'iu');

/**
 * «مردم کندز نمی‌دانند که برق کی می‌آید»، "the residents of Kunduz queue for water": the people of a name a province on
 * the map shares with its capital are the town's when the sentence speaks of a town's services (water, power,
 * bread, traffic) — the people of a province endure its wars and elect its members of parliament. A list with a
 * province is the provinces', and a sentence with a parliament or an election is a province's.
 */
export function peopleOfTown(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier || !sharedWithCapital(f.ids, index) || !onTheMap(f, index)) continue;
    const before = text.slice(Math.max(0, f.start - PEOPLE_REACH), f.start);
    if (!PEOPLE_OF_BEFORE.test(before) || REPRESENTED_BEFORE.test(before)) continue;
    const sentence = text.slice(
      Math.max(sentenceStart(f.start), f.start - PEOPLE_SENTENCE_REACH),
      sentenceEnd(text, f.end, Math.min(text.length, f.end + PEOPLE_SENTENCE_REACH)),
    );
    if (!TOWN_SERVICE.test(sentence) || PARLIAMENT.test(sentence)) continue;
    if (!listedWithProvince(found, k, index, text)) f.qualifier = 'city';
  }
}

/**
 * "works as a labourer in Kunduz", "lives in Faizabad", "works for the charity in Kunduz", "the few flights that did
 * land in Kunduz": where a person lives or works, or a plane lands, is a town.
 */
const LIVES_OR_LANDS_BEFORE = endingOn(
  ['in'],
  /\b(?:lives?|living|works?|working|land(?:s|ed)?)[ \t]+(?:(?:as|for)[ \t]+(?:an?|the)[ \t]+[\p{Ll}-]{2,20}[ \t]+)?in[ \t]+$/u,
);
/**
 * "در کندز زندگی می‌کند"، "در کندز کار می‌کنند"، "در کندز فرود آمد"، "در کندز به زمین نشست": living, working or
 * landing "در" the name.
 */
const DARI_LIVES_OR_LANDS_AFTER =
  /^[ \t]+(?:(?:زندگی|کار)[ \t]+(?:می\u200C?|می[ \t]+)?(?:کن|کرد)|فرود[ \t]+(?:می\u200C?|می[ \t]+)?(?:آ|آمد)|به[ \t]+زمین[ \t]+(?:می\u200C?)?(?:نشست|نشین))/u;

/**
 * "she moved to Kunduz", "the family later moved to Kunduz", "retired back to Faizabad", "relocated to Taloqan":
 * where a person goes to live ("fighting moved to Kunduz" is no one's home).
 */
const MOVED_TO_BEFORE = endingOn(
  ['to'],
  /\b(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|family|families)[ \t]+(?:\p{Ll}{2,12}[ \t]+)?moved|retired|relocated)[ \t]+(?:back[ \t]+)?to[ \t]+$/u,
);
/** «به کندز کوچ کرد»، «به تالقان نقل مکان کردند»: moving house «به» the name. */
const DARI_MOVED_AFTER = /^[ \t]+(?:کوچ|نقل[ \t]+مکان)[ \t]+(?:کرد|کرده|می\u200C?کن)/u;

/**
 * "Good morning from Kunduz", "reporting from Faizabad", "she joins us from Taloqan", «از کندز با ما همراه است»: where
 * a speaker on air or on a call is as they speak — a town, not a province.
 */
const SPEAKING_FROM_BEFORE = endingOn(
  ['from'],
  /\b(?:morning|afternoon|evening|greetings|hello|reporting|speaking(?:[ \t]+to[ \t]+you)?|joins?[ \t]+us|joining[ \t]+us|calling|live)[ \t]+from[ \t]+$/iu,
);
/**
 * "Our correspondent Hamid Noori reports from Kunduz", "Sara Amiri has this report from Faizabad": a reporter's
 * piece is filed from a town ("Reports from Kunduz say …" has no reporter before it).
 */
const FILES_FROM_BEFORE = endingOn(
  ['from'],
  /(?:\b(?:correspondent|reporter|colleague)\b[^.!?\n]{0,40}[ \t]reports|\b(?:has|sent|filed|with)[ \t]+(?:this|that|the)[ \t]+report)[ \t]+from[ \t]+$/u,
);
const DARI_WITH_US_AFTER = /^[ \t]+با[ \t]+ما[ \t]+(?:همراه|هست|است)/u;
/** «از کندز گزارش می‌دهد»، «از فیض‌آباد برای ما گزارش فرستاده»: a reporter filing «از» the name. */
const DARI_REPORTS_AFTER =
  /^[ \t]+(?:برای[ \t]+ما[ \t]+)?گزارش[ \t]+(?:می[\u200C ]?(?:دهد|دهند|فرستد)|داده|فرستاده|تهیه[ \t]+کرده)/u;

/**
 * A person living or working, or a plane landing, "in"/"در" the name at `f`; a person moving to live there; a speaker
 * on air greeting or reporting from it.
 */
function livesOrLandsIn({ wide, after }: Surround): boolean {
  if (
    LIVES_OR_LANDS_BEFORE.test(wide) ||
    MOVED_TO_BEFORE.test(wide) ||
    SPEAKING_FROM_BEFORE.test(wide) ||
    FILES_FROM_BEFORE.test(wide)
  )
    return true;
  const preposition = prepositionIn(wide);
  if (preposition === 'از') return DARI_WITH_US_AFTER.test(after) || DARI_REPORTS_AFTER.test(after);
  if (preposition === 'به') return DARI_MOVED_AFTER.test(after);
  return preposition === 'در' && DARI_LIVES_OR_LANDS_AFTER.test(after);
}

/** "سرک عمومی کندز"، "شاهراه اصلی کندز": a road's noun, perhaps "main" or "public", with its ezafe before the name. */
const DARI_ROAD_OF_BEFORE =
  /(?:^|[\s«"“(])(?:مسیر|شاهراه|سرک|جاده)(?:ٔ|\u200C?ی)?(?:[ \t]+(?:عمومی|اصلی|عمده))?[ \t]+$/u;
/** Characters before a name that hold the longest road's head ("«سرک عمومی "). */
const DARI_ROAD_OF_REACH = 24;
/** "… به سوی بندر شیرخان"، "… به طرف تالقان"، "… تا": where the road leads from the name. */
const DARI_TOWARDS_AFTER = /^[ \t]+(?:به[ \t]+(?:سوی|سمت|طرف)|تا)[ \t]/u;
/** «سرک عمومی کندز»، «شاهراه اصلی کندز»: the main road called by the name, as an address gives it. */
const DARI_MAIN_ROAD_BEFORE = /(?:عمومی|اصلی|عمده)[ \t]+$/u;
/**
 * "the Kunduz road", "Kunduz Highway": a road's noun right after the name, a road called by the town it reaches;
 * not "the Kunduz road budget", a province's roads.
 */
const ROAD_AFTER =
  /^[ \t]+(?:road|highway)\b(?![ \t]+(?:budgets?|networks?|funds?|repairs?|programmes?|programs?|plans?|sector|projects?|works))/iu;

/**
 * Whether a road is called by the name: "سرک کندز به طرف خان‌آباد", «سرک عمومی کندز» in an address, "the Kunduz
 * road" — the main road is called by the town it leads out of or into; a bare «سرک کندز» may be the province's
 * roads. (A dashed route, "مسیر کندز–کابل", is read with both its ends by link-places' roadEnds.)
 */
function roadCalledBy({ before, after }: Surround): boolean {
  const road = DARI_ROAD_OF_BEFORE.test(before.slice(-DARI_ROAD_OF_REACH));
  return (
    (road && (DARI_TOWARDS_AFTER.test(after) || DARI_MAIN_ROAD_BEFORE.test(before))) || ROAD_AFTER.test(after)
  );
}

/** "In " right before the name. */
const IN_BEFORE = endingOn(['In'], /(?:^|[^\p{L}])In[ \t]+$/u);
const WRITER_STAYED_AFTER =
  /^,?[ \t]+(?:I|we)[ \t]+(?:slept|stayed|spent[ \t]+the[ \t]+night|lodged|checked[ \t]+in|woke)\b/;

/**
 * Whether a travel writer's night "In" the name opens the sentence ("In Kunduz I slept badly", "In Faizabad, we
 * stayed at …"): a night is spent in a town.
 */
function writerStayedIn({ text, f, before, after }: Surround): boolean {
  const m = IN_BEFORE.exec(before.slice(-PREPOSITION_REACH));
  return (
    !!m && opensSentence(text, f.start - m[0].length + m[0].indexOf('In')) && WRITER_STAYED_AFTER.test(after)
  );
}

/**
 * "wheat prices rose sharply in Kunduz", "the price of flour in Kunduz", "taxi fares went up in Kunduz": a market's
 * prices, in one clause before "in"/"at", are a town's (as Dari's «قیمت آرد در کندز» is).
 */
const PRICE_IN_BEFORE = endingOn(
  ['in', 'at'],
  new RegExp(
    `\\b(?:${MARKET_PRICE_NOUNS.join('|')})\\b(?:(?!\\b(?:${PROVINCE_SCALE_WORDS.join('|')})\\b)[^.,;:!?"“”\\n]){0,50}\\b(?:in|at)[ \\t]+$`,
    'iu',
  ),
);
/** "in Kunduz villages", "in Kunduz districts": the prices of the province's countryside, not its town's. */
const RURAL_AFTER = /^[ \t]+(?:districts|villages|countryside|rural[ \t]+areas)\b/u;

/** A market's prices in the clause before "in" the name, not the farm-gate prices farmers get or its villages'. */
const marketPriceIn = ({ wide, after }: Surround) => PRICE_IN_BEFORE.test(wide) && !RURAL_AFTER.test(after);

/** "trucked to Taloqan and on as far as Kunduz": how far a load or a seller goes is a town. */
const AS_FAR_AS_BEFORE = endingOn(['as'], /\bas[ \t]+far[ \t]+as[ \t]+$/);

/** Whether a person's occupation or a business stands right before "in"/"در" and the name at `start`. */
export function occupantBefore(text: string, start: number): boolean {
  return occupantIn(text.slice(Math.max(0, start - OCCUPANT_REACH), start));
}

/** Whether the characters before a name end on an occupant's description and "in"/"در". */
function occupantIn(before: string): boolean {
  return OCCUPANT_BEFORE.test(before) || DARI_OCCUPANT_BEFORE.test(before);
}

/** A name that is only a town: every id a district that holds a provincial capital ("Taloqan", "پلخمری"). */
export function onlyTown(f: FoundName, index: PlaceIndex): boolean {
  const capitals = capitalsOf(index);
  return f.qualifier === 'city' || (f.ids.length > 0 && f.ids.every((id) => capitals.has(id)));
}

/** ", in ", "، در ": after districts, the name that holds them. */
const HOLDER_AFTER_COMMA = /[,،]\s*(?:in|در)\s+$/u;

/** A name that is only a district's, unqualified or said to be a town ("Khanabad", "بغلان جدید"). */
export function onlyDistricts(f: FoundName, index: PlaceIndex): boolean {
  return (
    f.qualifier !== 'province' &&
    f.qualifier !== 'district' &&
    f.ids.length > 0 &&
    f.ids.every((id) => index.entries.get(id)?.kind === 'district')
  );
}

/** Whether the k-th name is listed beside a name that can only be a province ("Kunduz, Takhar and Baghlan"). */
export function listedWithProvince(
  found: readonly FoundName[],
  k: number,
  index: PlaceIndex,
  text: string,
): boolean {
  const [prev, f, next] = [found[k - 1], found[k], found[k + 1]];
  if (!f) return false;
  // A list's gap is a few characters: a longer one is not read.
  const gap = (a: number, b: number) => b - a <= MAX_LIST_GAP && LIST_GAP.test(text.slice(a, b));
  return (
    (!!prev && gap(prev.end, f.start) && onlyProvinces(prev.ids, index)) ||
    (!!next && gap(f.end, next.start) && onlyProvinces(next.ids, index))
  );
}

/** Every id a province: a name that can only be one ("Takhar", "Badakhshan"). */
export function onlyProvinces(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.length > 0 && ids.every((id) => index.entries.get(id)?.kind === 'province');
}

/** "'s central districts", "'s villages": what only a province holds, after the name's possessive. */
const PROVINCE_HOLDINGS_AFTER =
  /^['’]s?[ \t]+(?:[a-z-]+[ \t]+)?(?:districts|villages|valleys|countryside|rural[ \t]+areas)\b/u;

/** "Kunduz's central districts": a name whose possessive holds districts or villages is the province. */
export function holdsDistrictsAfter(text: string, f: FoundName): boolean {
  return PROVINCE_HOLDINGS_AFTER.test(text.slice(f.end, f.end + 32));
}

/**
 * Settle names a province shares with its capital by their context: a town's venue or origin, or other towns in
 * the same list ("the bazaars of Kunduz and Taloqan", "از تالقان و کندز") make the city.
 */
export function citiesByContext(found: FoundName[], index: PlaceIndex, text: string): void {
  const open = (f: FoundName | undefined): f is FoundName =>
    !!f && !f.qualifier && sharedWithCapital(f.ids, index);
  for (const f of found)
    if (
      open(f) &&
      (holdsDistrictsAfter(text, f) ||
        provinceBodyAfter(text.slice(f.end, f.end + CONTEXT_REACH)) ||
        otherProvincesAfter(
          text.slice(Math.max(0, f.start - CONTEXT_REACH), f.start),
          text.slice(f.end, f.end + CONTEXT_REACH),
        ))
    )
      f.qualifier = 'province';
  const listed = (a: FoundName, b: FoundName) => LIST_GAP.test(text.slice(a.end, b.start));
  // "prices in Kunduz, Takhar and Baghlan": a context read over a list of provinces is the provinces'; only a cue
  // bound to the name ("بازارهای کندز و تخار") still makes it the town.
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!open(f)) continue;
    const around = surroundOf(text, f);
    if (boundTownCue(around)) f.qualifier = 'city';
    // "local officials in Kunduz", «تیم‌های ما در کندز»: the province's, unless a cue bound to the name says town.
    else if (provinceStaffBefore(around.before) && !forecastOrCityBeside(around.before, around.after))
      f.qualifier = 'province';
    else if (looseTownCue(around) && !listedWithProvince(found, k, index, text)) f.qualifier = 'city';
  }
  // A district's town lists as a town does ("from Kunduz and Khanabad"), but districts then ", in" a name are
  // in it ("in Archi and Khanabad, in Kunduz").
  // A list that also holds a province ("Nahrin, Kunduz and Takhar") is a list of provinces and districts.
  const townListed = (a: FoundName, b: FoundName, town: FoundName, openAt: number) =>
    listed(a, b) &&
    (onlyTown(town, index) ||
      (onlyDistricts(town, index) &&
        !HOLDER_AFTER_COMMA.test(text.slice(a.end, b.start)) &&
        !listedWithProvince(found, openAt, index, text)));
  // Forward, then back, so a list's towns reach every name in it.
  for (let k = 1; k < found.length; k++) {
    const [a, b] = [found[k - 1], found[k]];
    if (a && open(b) && townListed(a, b, a, k)) b.qualifier = 'city';
  }
  for (let k = found.length - 2; k >= 0; k--) {
    const [a, b] = [found[k], found[k + 1]];
    if (b && open(a) && townListed(a, b, b, k)) a.qualifier = 'city';
  }
}

/** "came to Kunduz from Qala-e-Zal district", "from Archi to Kunduz": a journey between two places. */
const JOURNEY_GAP =
  /^\s+(?:from|to|towards?|(?:on|along)\s+the\s+(?:main\s+)?(?:road|highway)\s+(?:to|towards?))\s+$|^\s+(?:از|به|تا)\s+$/u;

/** "flights between Kabul and Kunduz", "میان کابل و کندز": two ends of a journey joined by "and". */
const BETWEEN_BEFORE = /(?:\bbetween|(?:^|\s)(?:میان|بین))[ \t]+$/u;
const AND_GAP = /^\s+(?:and|و)\s+$/u;

/** "left Kunduz for …", "set off from Kunduz for …", "departed Kunduz for …": leaving the name, before "for". */
const LEFT_FOR_BEFORE =
  /\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?|set(?:s|ting)?[ \t]+(?:off|out)(?:[ \t]+from)?)[ \t]+$/u;
const FOR_GAP = /^\s+for\s+$/u;

/**
 * Whether two names are the ends of one journey: "from Archi to Kunduz", "between Kabul and Kunduz", "the convoy
 * left Kunduz for Taloqan".
 */
function journeyBetween(text: string, a: FoundName, b: FoundName): boolean {
  const gap = text.slice(a.end, b.start);
  if (JOURNEY_GAP.test(gap)) return true;
  const lead = text.slice(Math.max(0, a.start - 24), a.start);
  if (FOR_GAP.test(gap)) return LEFT_FOR_BEFORE.test(lead);
  return AND_GAP.test(gap) && BETWEEN_BEFORE.test(lead.slice(-12));
}

/** A town for certain: read as a city, every id a capital's district, or one of the cities named alone (Kabul). */
export function certainTown(f: FoundName, index: PlaceIndex): boolean {
  return onlyTown(f, index) || (!f.qualifier && f.ids.some((id) => CITIES_NAMED_ALONE.has(id)));
}

/** "from " or «از » right before a journey's first end. */
const FROM_BEFORE = /(?:\bfrom|(?:^|\s)از)[ \t]+$/u;
/** " to ", « تا », « به » between a journey's two ends. */
const TO_GAP = /^\s+(?:to|تا|به)\s+$/u;

/** Whether the journey sets out from `a` to `b`: "from Kunduz to Yawan", «از کندز تا نسی». */
function setsOutFrom(text: string, a: FoundName, b: FoundName): boolean {
  return (
    TO_GAP.test(text.slice(a.end, b.start)) && FROM_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start))
  );
}

/**
 * A journey between a name a province shares with its capital and a district of that province ("She came to
 * Kunduz from Qala-e-Zal district": one does not travel from a district into its own province) or another town
 * ("flew from Kabul to Kunduz", "از تالقان به کندز", "flights between Kabul and Kunduz"): the name is the city. So
 * is a trip that sets out from the name to a district of any province («از کندز تا نسی», a lorry's run from its
 * depot); one that arrives from a far district ("came to Kunduz from Dasht-e-Qala") says nothing of which.
 */
export function journeysWithinProvince(found: FoundName[], index: PlaceIndex, text: string): void {
  const capitals = capitalsOf(index);
  const district = (f: FoundName) =>
    f.ids.length === 1 &&
    index.entries.get(f.ids[0] ?? '')?.kind === 'district' &&
    !capitals.has(f.ids[0] ?? '');
  for (let k = 0; k + 1 < found.length; k++) {
    const pair = [found[k], found[k + 1]] as const;
    const [a, b] = pair;
    if (!a || !b || !journeyBetween(text, a, b)) continue;
    for (const [name, other] of [pair, [b, a] as const]) {
      if (!name || name.qualifier || !other || !sharedWithCapital(name.ids, index)) continue;
      const province = district(other) ? provinceOf(index, other.ids[0] ?? '') : null;
      const outward = name === a && onlyDistricts(other, index) && setsOutFrom(text, a, b);
      if (name.ids.includes(province ?? '') || outward || certainTown(other, index)) name.qualifier = 'city';
    }
  }
}

/** "from Kunduz to Islamabad", "between Kunduz and Dushanbe": a city abroad at the journey's other end. */
const TO_CITY_ABROAD_AFTER = new RegExp(`^[ \\t]+(?:to|and)[ \\t]+(?:${CITIES_ABROAD.join('|')})\\b`, 'u');
/** "from Dushanbe to Kunduz": a city abroad at the journey's start, right before the name. */
const FROM_CITY_ABROAD_BEFORE = new RegExp(
  `\\bfrom[ \\t]+(?:${CITIES_ABROAD.join('|')})[ \\t]+to[ \\t]+$`,
  'u',
);

/**
 * "the quake was felt from Kunduz to Islamabad", "flights from Dushanbe to Kunduz": a journey or an extent whose
 * other end is a city abroad runs from town to town, so the name is the town.
 */
export function journeysAbroad(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    const lead = text.slice(Math.max(0, f.start - 40), f.start);
    const outward =
      (FROM_BEFORE.test(lead.slice(-8)) || BETWEEN_BEFORE.test(lead.slice(-12))) &&
      TO_CITY_ABROAD_AFTER.test(text.slice(f.end, f.end + 24));
    if (outward || FROM_CITY_ABROAD_BEFORE.test(lead)) f.qualifier = 'city';
  }
}

/** Characters before a name that hold its preposition and the space after it. */
const PREPOSITION_REACH = 8;
/** The preposition right before a name: "in", "to", "from", "at", "در", "به", "از", «تا» ("as far as"). */
const PREPOSITION_BEFORE = /(?:^|[\s(])(?<word>in|to|from|at|در|به|از|تا)\s+$/u;
/** Characters a parallel may reach back, and names it looks back over. */
const PARALLEL_REACH = 100;
const PARALLEL_NAMES = 3;

/**
 * "to Taloqan, and if Taloqan cannot help, to Kunduz", "higher in Taloqan than in Kunduz": a name a province
 * shares with its capital after the same preposition as a town earlier in the sentence is a town too.
 */
export function parallelTowns(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    const own = prepositionBefore(text, f);
    if (!own) continue;
    // A town for certain: a capital's district, a name read as the city, or Kabul named alone.
    const alike = (town: FoundName) => certainTown(town, index) && prepositionBefore(text, town) === own;
    if (townEarlierInSentence(found, k, sentenceStart, alike) || townLaterInParallel(found, k, text, alike))
      f.qualifier = 'city';
  }
}

/**
 * «بعضی به کندز، بعضی به کابل», "some to Kunduz, some to Kabul", "to Kunduz or to Kabul": the second half of a
 * parallel, after a comma or "and"/"or", with its own preposition.
 */
const PARALLEL_LATER_GAP =
  /^(?:[ \t]*[,،][ \t]*(?:(?:and|or|و|یا)[ \t]+)?|[ \t]+(?:and|or|و|یا)[ \t]+)(?:(?:some|others?|بعضی|برخی|شماری)[ \t]+)?(?:to|in|from|به|در|از)[ \t]+$/u;

/**
 * "some went to Kunduz, some to Kabul", «بعضی به کندز، بعضی به کابل»: a town right after the name, in the second half
 * of a parallel with the same preposition, makes it a town too.
 */
function townLaterInParallel(
  found: readonly FoundName[],
  k: number,
  text: string,
  alike: (town: FoundName) => boolean,
): boolean {
  const [f, next] = [found[k], found[k + 1]];
  return !!f && !!next && PARALLEL_LATER_GAP.test(text.slice(f.end, next.start)) && alike(next);
}

/** Whether a name a few before the k-th, in its sentence and within reach, passes `isTown`. */
function townEarlierInSentence(
  found: readonly FoundName[],
  k: number,
  sentenceStart: (at: number) => number,
  isTown: (town: FoundName) => boolean,
): boolean {
  const f = found[k];
  if (!f) return false;
  for (let j = k - 1; j >= Math.max(0, k - PARALLEL_NAMES); j--) {
    const town = found[j];
    if (!town || f.start - town.end > PARALLEL_REACH || town.start < sentenceStart(f.start)) return false;
    if (isTown(town)) return true;
  }
  return false;
}

/** "younger than Kunduz", "کلان‌تر از کندز" is Dari's «از», read by the journeys: a comparison's second term. */
const THAN_BEFORE = /\bthan[ \t]+$/;

/**
 * "Taloqan feels younger than Kunduz", "the market in Taloqan is busier than Kunduz": a name a province shares with
 * its capital compared with a town earlier in the sentence is a town too (a town is compared with a town).
 */
export function comparedWithTown(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  for (let k = 1; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    if (!THAN_BEFORE.test(text.slice(Math.max(0, f.start - PREPOSITION_REACH), f.start))) continue;
    if (townEarlierInSentence(found, k, sentenceStart, (town) => onlyTown(town, index))) f.qualifier = 'city';
  }
}

/** "than Kunduz", "than in Kunduz", "than at Kunduz": a comparison's second term, perhaps with its preposition. */
const THAN_IN_BEFORE = endingOn(['than', 'in', 'at'], /\bthan[ \t]+(?:(?:in|at)[ \t]+)?$/);
/** Characters before a name that hold "than in ". */
const THAN_REACH = 12;

/**
 * "In Badakhshan fewer women joined than in Kunduz", "prices rose faster in Takhar than in Kunduz": a name a province
 * shares with its capital compared with a province earlier in the sentence is the province (a province is compared
 * with a province), where "in Kunduz" alone would read as the town.
 */
export function comparedWithProvince(found: FoundName[], index: PlaceIndex, text: string): void {
  const sentenceStart = sentenceStartOf(text);
  const province = (g: FoundName) =>
    g.qualifier === 'province' || (!g.qualifier && onlyProvinces(g.ids, index));
  for (let k = 1; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    if (!THAN_IN_BEFORE.test(text.slice(Math.max(0, f.start - THAN_REACH), f.start))) continue;
    if (townEarlierInSentence(found, k, sentenceStart, province)) f.qualifier = 'province';
  }
}

function prepositionBefore(text: string, f: FoundName): string | undefined {
  return prepositionIn(text.slice(Math.max(0, f.start - PREPOSITION_REACH), f.start));
}

/** The preposition the characters before a name end on. */
export function prepositionIn(before: string): string | undefined {
  return PREPOSITION_BEFORE.exec(before.slice(-PREPOSITION_REACH))?.groups?.['word'];
}

/**
 * "Imam Sahib in Kunduz", "the Sher Khan Bandar port in Kunduz", "بندر اسلام‌قلعه در هرات", "the Hindu Kush in Bamyan":
 * what holds a district, its crossing or works, or a range.
 */
const CONTAINER_GAP = new RegExp(
  `^(?:[ \\t]+(?:${phraseAlternation(HELD_FEATURE_NOUNS)}))?(?:\\s*,)?\\s+(?:in|of|در)\\s+$`,
  'u',
);

/**
 * A district, town or range placed "in" a name a province shares with its capital ("Sher Khan Bandar in
 * Kunduz", "اسلام‌قلعه در هرات", "rises in the Hindu Kush in Bamyan"): a town holds no district, so the name
 * is the province.
 */
export function provinceHoldingPlace(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 1; k < found.length; k++) {
    const [a, b] = [found[k - 1], found[k]];
    if (!a || !b || b.qualifier || !sharedWithCapital(b.ids, index)) continue;
    if (
      !(CONTAINER_GAP.test(text.slice(a.end, b.start)) || closesAddress(found, k, text)) ||
      a.ids.length !== 1
    )
      continue;
    const held = index.entries.get(a.ids[0] ?? '');
    const province = held?.kind === 'district' ? held.province : null;
    if (
      held?.kind === 'region' ||
      (province && b.ids.includes(province) && held?.id !== capitalOf(province, index))
    )
      b.qualifier = 'province';
  }
}

function capitalOf(province: string, index: PlaceIndex): string | null {
  return index.entries.get(province)?.capital ?? null;
}

/** A bare comma between two names: ", ", "، ". */
const BARE_COMMA = /^[ \t]*[,،][ \t]*$/u;

/**
 * "Archi and Imam Sahib, Kunduz", «درقد و ینگی‌قلعه، تخار»: the k-th name after a bare comma, with no name of the
 * list after it, closes an address — it holds the names before it rather than continuing their list.
 */
function closesAddress(found: readonly FoundName[], k: number, text: string): boolean {
  const [a, b, next] = [found[k - 1], found[k], found[k + 1]];
  if (!a || !b || !BARE_COMMA.test(text.slice(a.end, b.start))) return false;
  return !next || !PROVINCE_LIST_GAP.test(text.slice(b.end, next.start));
}

/** Kabul city, the national capital. */
const NATIONAL_CAPITAL = 'AF0101';
/** "Kandahar and Helmand", "به کندهار و هلمند": a list with a name that is only a province. */
const PROVINCE_LIST_GAP = new RegExp(`^${LIST_SEPARATOR}$`, 'u');

/**
 * A name a province shares with its capital, listed beside a name that is only a province ("به کندهار و
 * هلمند", "Bamyan and Parwan"), is the province too.
 */
export function provincesByList(found: FoundName[], index: PlaceIndex, text: string): void {
  const onlyProvince = (f: FoundName | undefined) => !!f && onlyProvinces(f.ids, index);
  // Kabul, the country's capital, stays the city in any list ("from Panjshir and Kabul").
  const open = (f: FoundName | undefined): f is FoundName =>
    !!f && !f.qualifier && sharedWithCapital(f.ids, index) && !f.ids.includes(NATIONAL_CAPITAL);
  const listed = (a: FoundName, b: FoundName) => PROVINCE_LIST_GAP.test(text.slice(a.end, b.start));
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]];
    if (!a || !b || !listed(a, b)) continue;
    if (open(a) && (onlyProvince(b) || b.qualifier === 'province')) a.qualifier = 'province';
    if (open(b) && (onlyProvince(a) || a.qualifier === 'province')) b.qualifier = 'province';
  }
}

/** A count: digits, Eastern digits or a number's word. */
const SHARE_COUNT = `(?:\\p{Nd}+|${wordAlternation(SHARE_COUNT_WORDS)})`;
/** "four in ", "two clinics in ", «سه تیم در »: a count, up to two words, then "in"/«در» before the first name. */
const COUNTED_IN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{Nd}])${SHARE_COUNT}(?:[ \\t]+[\\p{L}-]+){0,2}[ \\t]+(?:in|در)[ \\t]+$`,
  'u',
);
/** ", three in ", " and seven in ", « و دو تیم در »: the next share of the count, between two names. */
const COUNTED_IN_GAP = endingOn(
  ['in', 'در'],
  new RegExp(
    `^[ \\t]*[,،;؛]?[ \\t]*(?:(?:and|و)[ \\t]+)?${SHARE_COUNT}(?:[ \\t]+[\\p{L}-]+){0,2}[ \\t]+(?:in|در)[ \\t]+$`,
    'u',
  ),
);
/** Characters before the first name that hold its count and noun. */
const COUNTED_IN_REACH = 40;

/**
 * "four in Kunduz, three in Takhar", «سه تیم در کندز و دو تیم در تخار»: a count shared out among names, one of them
 * only a province, shares it among provinces — the shared name is the province too.
 */
export function countedAmongProvinces(found: FoundName[], index: PlaceIndex, text: string): void {
  const province = (f: FoundName) => f.qualifier === 'province' || onlyProvinces(f.ids, index);
  const open = (f: FoundName) => !f.qualifier && sharedWithCapital(f.ids, index);
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]];
    if (!a || !b || !COUNTED_IN_GAP.test(text.slice(a.end, b.start))) continue;
    if (!COUNTED_IN_BEFORE.test(text.slice(Math.max(0, a.start - COUNTED_IN_REACH), a.start))) continue;
    if (open(a) && province(b)) a.qualifier = 'province';
    if (open(b) && province(a)) b.qualifier = 'province';
  }
}

/**
 * "in three provinces: …", «در سه ولایت فعالیت می‌کرد؛ …»: a counted head of provinces, a few words of its clause,
 * then the colon, semicolon or dash its list follows.
 */
const PROVINCE_LIST_HEAD = new RegExp(
  `(?:^|[^\\p{L}])(?:${COUNT_WORDS.join('|')})[ \\t]+(?:provinces|ولایت(?:\u200C?ها)?)(?:[ \\t]+[^\\s.!?؟:;؛—–]+){0,5}[ \\t]*[:;؛—–][ \\t]*$`,
  'iu',
);
/** What ends a list's head before its first name. */
const LIST_HEAD_MARKS = ':;؛—–';

/** Offset of the last character before `pos` that is no space or tab (-1 when none). */
function lastNonBlankBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i;
}

/** Characters before a list's first name that hold its head. */
const PROVINCE_LIST_HEAD_REACH = 80;

/**
 * "The gang worked in three provinces: Baghlan, Samangan and Kabul", «در سه ولایت …؛ بغلان، سمنگان و کابل»: the
 * names of a list a count of provinces heads are provinces, Kabul too.
 */
export function provincesByListHead(found: FoundName[], index: PlaceIndex, text: string): void {
  const listed = (a: FoundName, b: FoundName) => PROVINCE_LIST_GAP.test(text.slice(a.end, b.start));
  for (let k = 0; k < found.length; k++) {
    const first = found[k];
    if (!first || (k > 0 && listed(found[k - 1] as FoundName, first))) continue;
    // Most names follow no colon, semicolon or dash: told by one character before the head is sliced.
    if (!LIST_HEAD_MARKS.includes(text[lastNonBlankBefore(text, first.start)] ?? ' ')) continue;
    const head = text.slice(Math.max(0, first.start - PROVINCE_LIST_HEAD_REACH), first.start);
    if (!PROVINCE_LIST_HEAD.test(head)) continue;
    for (let j = k; j < found.length; j++) {
      const f = found[j];
      if (!f || (j > k && !listed(found[j - 1] as FoundName, f))) break;
      if (!f.qualifier && sharedWithCapital(f.ids, index)) f.qualifier = 'province';
    }
  }
}

/** "the provincial refugee commission in Kandahar", "provincial officials of Bamyan": a body of the province. */
const PROVINCIAL_BODY_BEFORE = /\bprovincial[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:in|of)[ \t]+$/iu;

/**
 * A name a province shares with its capital after a provincial body "in" or "of" it is the province ("a
 * member of the provincial refugee commission in Kandahar"); a venue before ("the provincial hospital in
 * Faizabad") has made it the city already.
 */
export function provincialBodies(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !sharedWithCapital(f.ids, index)) continue;
    if (PROVINCIAL_BODY_BEFORE.test(text.slice(Math.max(0, f.start - OCCUPANT_REACH), f.start)))
      f.qualifier = 'province';
  }
}

/** "the Baghlan provincial hospital", "Kunduz's provincial council": the word "provincial" right after the name. */
const PROVINCIAL_AFTER = /^(?:['’]s)?[ \t]+provincial\b/;

/**
 * "the Baghlan provincial clinic", "the Kunduz provincial council": a body the name calls provincial is the province's, though a
 * hospital or an office after a town's name would make it the town; read before the venues and works.
 */
export function provincialAfterName(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !PROVINCIAL_AFTER.test(text.slice(f.end, f.end + 16))) continue;
    if (provinceAndItsTown(f.ids, index)) f.qualifier = 'province';
  }
}

/** "Khost the province", "Kunduz, the province,": the name said to be the province right after it. */
const PROVINCE_SAID_AFTER = /^,?[ \t]+the[ \t]+province\b/;

/** A name followed by "the province" is the province, whatever else shares its name (Baghlan's Khost). */
export function provinceSaidAfter(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !f.ids.some((id) => index.entries.get(id)?.kind === 'province')) continue;
    if (PROVINCE_SAID_AFTER.test(text.slice(f.end, f.end + 20))) f.qualifier = 'province';
  }
}

/**
 * A bare name a province shares with its capital reads as the nearest earlier mention of it in the passage that
 * said which it is ("The clinic in Khost city is full," said an official in Khost: the city). Only a qualifier the
 * text wrote (`written`) is followed, not a reading by context or a dateline's.
 */
export function sameNameSaidBefore(found: FoundName[], index: PlaceIndex): void {
  const last = new Map<string, Qualifier>();
  for (const f of found) {
    if (!sharedWithCapital(f.ids, index)) continue;
    const key = f.ids.join(' ');
    const own = f.written ?? null;
    if (own === 'city' || own === 'province') last.set(key, own);
    else if (!f.qualifier && !own) {
      const before = last.get(key);
      if (before) f.qualifier = before;
    }
  }
}

/** "the Kunduz governor's office", "the Kunduz customs department", "Kunduz cotton", "the Kunduz side of the river". */
const PROVINCE_AFTER = new RegExp(
  `^(?:['’]s)?[ \\t]+(?:(?:[\\p{Ll}-]+[ \\t]+){0,2}(?:${PROVINCE_BODY_NOUNS.join('|')})|(?:${PRODUCE_NOUNS.join('|')})|side[ \\t]+of)\\b`,
  'u',
);
/** "customs officials in Kunduz", "the governor of Kunduz", "the rice of Kunduz", "northern Kunduz". */
const PROVINCE_BEFORE = endingOn(
  ['in', 'of', 'for', 'the', 'ern', 'rural', 'across', 'throughout', 'including', 'as', 'like'],
  new RegExp(
    `\\b(?:(?:${PROVINCE_BODY_NOUNS.join('|')})[ \\t]+(?:in|of|for)|(?:${PRODUCE_NOUNS.join('|')})[ \\t]+of|(?:${PROVINCE_EXTENT_BEFORE.join('|')})(?:[ \\t]+the)?|provinces,?[ \\t]+(?:including|such[ \\t]+as|like))[ \\t]+$`,
    'iu',
  ),
);
/**
 * "rice was sown on 12,000 hectares in Kunduz", "floods cut roads in Kunduz", "has milled rice in Kunduz":
 * farming, a crop, a disaster or war at a province's scale in the clause before "in".
 */
const FARM_BEFORE = endingOn(
  ['in'],
  new RegExp(
    `\\b(?:${[...PROVINCE_SCALE_WORDS, ...PRODUCE_NOUNS].join('|')})\\b[^.,;:!?"“”\\n]{0,60}\\bin[ \\t]+$`,
    'iu',
  ),
);
/** "Kunduz is a big province": the sentence says so. */
const IS_A_PROVINCE_AFTER = /^[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}province\b/u;
/**
 * «سخنگوی والی کندز»، «رئیس زراعت، آبیاری و مالداری کندز»، «فرماندهی پولیس کندز»: an ezafe chain of up to six
 * words from a body's head to the name, with no «در»، «از»، «به» or «که» in it (those put a person in a place).
 */
const DARI_BODY_BEFORE = new RegExp(
  `(?:^|\\s)(?:${DARI_PROVINCE_BODY_NOUNS.join('|')})(?:ٔ|\u200C?ی)?(?:(?:[ \\t]+(?!(?:در|از|به|که)[ \\t])[^\\s.:؛;«»"!?؟]+){0,6}|[ \\t]+در)[ \\t]+$`,
  'u',
);
/** «برنج کندز»، «خربوزهٔ کندز»، «دشت‌های کندز»: the province's crop or land before the name. */
const DARI_LAND_BEFORE = new RegExp(
  `(?:^|\\s)(?:(?:${DARI_PRODUCE_NOUNS.join('|')})(?:ٔ|\u200C?ی|\u200C?های)?|${DARI_EXTENT_BEFORE.join('|')})[ \\t]+$`,
  'u',
);
/** «سیلاب‌های شب گذشته در کندز»، «دهقانان در کندز»: a disaster, war or farming in one clause before «در». */
const DARI_SCALE_BEFORE = new RegExp(
  `(?:^|\\s)(?:${DARI_PROVINCE_SCALE_WORDS.join('|')})[^\\s،,.:؛;«»"!?؟]*${DARI_CLAUSE_TO_DAR}`,
  'u',
);
/** «دوازده هزار هکتار در کندز زیر کشت برنج است». */
const DARI_FARM_AFTER_RE = new RegExp(`^[ \\t]+(?:${DARI_FARM_AFTER.join('|')})`, 'u');

/** Whether what stands beside the name is a province's: its bodies, its crops and farmland, its extent. */
function provinceScaleCue(text: string, f: FoundName): boolean {
  const before = text.slice(Math.max(0, f.start - OCCUPANT_REACH), f.start);
  const after = text.slice(f.end, f.end + CONTEXT_REACH);
  // The name's own script says which language's cues stand round it: only those are read.
  if (isDariText(text.slice(f.start, f.start + 1)))
    return (
      DARI_BODY_BEFORE.test(before) ||
      DARI_LAND_BEFORE.test(before) ||
      DARI_SCALE_BEFORE.test(before) ||
      DARI_FARM_AFTER_RE.test(after)
    );
  return (
    PROVINCE_AFTER.test(after) ||
    IS_A_PROVINCE_AFTER.test(after) ||
    PROVINCE_BEFORE.test(before.slice(-PROVINCE_BEFORE_REACH)) ||
    FARM_BEFORE.test(before)
  );
}

/** Characters before a name that hold the longest English province cue ("chamber of commerce in "). */
const PROVINCE_BEFORE_REACH = 32;

/**
 * A name a province on the map shares with its capital (Kunduz) that no town's cue has settled is the province when
 * a province's cue stands beside it: its bodies, its land, its extent. Without one, `townsByPosition` reads it
 * "in"/"در" as the town (writers mean the town there more often than the province, which they mark by such cues);
 * elsewhere (a subject, "of Kunduz") it stays open and `narrow` reads it as the province.
 */
export function provincesByScale(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !sharedWithCapital(f.ids, index) || !onTheMap(f, index)) continue;
    if (provinceScaleCue(text, f)) f.qualifier = 'province';
  }
}

/**
 * A name a province on the map shares with its capital that nothing else has settled, "in"/"در" and heading no
 * list, is the town: the last reading, after the province's cues and the name said before.
 */
export function townsByPosition(found: FoundName[], index: PlaceIndex, text: string): void {
  for (const f of found) {
    if (f.qualifier || !sharedWithCapital(f.ids, index) || !onTheMap(f, index)) continue;
    if (inTheTown(text, f) && !headsList(text.slice(f.end, f.end + 16))) f.qualifier = 'city';
  }
}

/** "in Kunduz", "در کندز": the prepositions of place. */
const LOCATIVES: ReadonlySet<string | undefined> = new Set(['in', 'در']);
/** "in Kunduz and …", "در کندز و …", "in Kunduz, …": the name heads a list, which the list's rules read. */
const HEADS_LIST_AFTER = new RegExp(`^${LIST_SEPARATOR_START}`, 'u');

/**
 * A name after "in"/"در" that heads no list: where something happens, someone is or something is held
 * ("the final will be held in Kunduz", "the chance we have in Kunduz") — the town, as writers mostly mean it there.
 */
function inTheTown(text: string, f: FoundName): boolean {
  return LOCATIVES.has(prepositionBefore(text, f));
}

/**
 * "a trader in Kunduz, who …", "milled in Kunduz, and forty bags …", "in Kunduz, said …": an English comma that opens a
 * clause (a lower-case word, or "and"/"but" before one that is no preposition) ends the place; it heads no list.
 */
const CLAUSE_AFTER_COMMA =
  /^,[ \t]+(?:(?:and|but)[ \t]+(?!(?:in|to|from|at|on|the)\b)[\p{Ll}\p{Nd}]|(?!(?:and|or|in|to|from|at|then)\b)\p{Ll})/u;

/** "in Kunduz, Takhar and Baghlan", "در کندز و تخار": the name heads a list, which the list's rules read. */
function headsList(after: string): boolean {
  return HEADS_LIST_AFTER.test(after) && !CLAUSE_AFTER_COMMA.test(after);
}
/** Whether the name's province is one of the map's (Kunduz), not one whose capital reporting names alone. */
export function onTheMap(f: FoundName, index: PlaceIndex): boolean {
  return f.ids.some((id) => {
    const e = index.entries.get(id);
    return e?.kind === 'province' && e.onMap !== false;
  });
}

/** Unsettled and both a province on the map and a town of its own (Kunduz, Baghlan): the names the shared-name rules read. */
export const unsettledShared = (f: FoundName | undefined, index: PlaceIndex): f is FoundName =>
  !!f && !f.qualifier && provinceAndItsTown(f.ids, index) && onTheMap(f, index);
