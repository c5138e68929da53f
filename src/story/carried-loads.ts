// A load carried by a vehicle from, or between, a name a province shares with its capital leaves a town's yards and
// bazaars: "brought from Kunduz by truck", "trucked in from Kunduz", «با لاری از کندز آورده می‌شود», «میان کندز و
// بدخشان بار می‌برد», «بار از کندز». People "from Kunduz", or a load with no vehicle, say nothing of which.
import {
  CARRIED_PEOPLE_NOUNS,
  CARRY_VERBS,
  DARI_CARRIED_PEOPLE_NOUNS,
  DARI_GOODS_VEHICLES,
  DARI_LOAD_VERBS,
  DARI_TIMES_BEFORE_BAR,
  GOODS_VEHICLE_NOUNS,
  ROAD_VEHICLE_NOUNS,
  VEHICLE_CARRY_VERBS,
} from './lexicon.ts';
import {
  listedWithProvince,
  onTheMap,
  prepositionIn,
  sharedWithCapital,
  type FoundName,
} from './city-readings.ts';
import type { PlaceIndex } from './place-index.ts';
import { phraseAlternation, wordAlternation } from './regex-parts.ts';

/** Characters of the clause read either side of the name. */
const CLAUSE_REACH = 64;

/** "brought from ", "hauled in from ", "trucked up from ": a carrying verb, perhaps a particle, then "from". */
const CARRIED_FROM_BEFORE = new RegExp(
  `\\b(?<verb>${wordAlternation([...CARRY_VERBS, ...VEHICLE_CARRY_VERBS])})(?:[ \\t]+(?:in|up|down|over|out|back))?[ \\t]+from[ \\t]+$`,
  'u',
);
const VEHICLE_VERB = new RegExp(`^${wordAlternation(VEHICLE_CARRY_VERBS)}$`, 'u');
/** A goods vehicle as a whole word. */
const VEHICLE = new RegExp(`\\b${wordAlternation([...ROAD_VEHICLE_NOUNS, ...GOODS_VEHICLE_NOUNS])}\\b`, 'iu');
/** People carried ("families were transported from Kunduz in buses"), English or Dari: not a load. */
const CARRIED_PEOPLE = new RegExp(
  `\\b${wordAlternation(CARRIED_PEOPLE_NOUNS)}\\b|(?:^|[\\s«(])(?:${phraseAlternation(DARI_CARRIED_PEOPLE_NOUNS)})(?=[\\s،.»)]|$)`,
  'iu',
);

/** The clause either side: up to a full stop, a semicolon, a line's end or a quotation mark. */
const clauseBefore = (text: string, f: FoundName) => {
  const s = text.slice(Math.max(0, f.start - CLAUSE_REACH), f.start);
  return s.slice(
    Math.max(...['.', ';', '\n', '"', '“', '”', '!', '?', '؟', '؛', '«', '»'].map((c) => s.lastIndexOf(c))) +
      1,
  );
};
const clauseAfter = (text: string, f: FoundName) => {
  const s = text.slice(f.end, f.end + CLAUSE_REACH);
  const stop = s.search(/[.;\n"“”!?؟؛«»]/u);
  return stop < 0 ? s : s.slice(0, stop);
};

/** "brought from Kunduz by truck", "trucked in from Kunduz": English loads carried from the name. */
function carriedFrom(text: string, f: FoundName): boolean {
  const before = clauseBefore(text, f);
  const m = CARRIED_FROM_BEFORE.exec(before);
  if (!m) return false;
  if (VEHICLE_VERB.test(m.groups?.['verb'] ?? '')) return true;
  return VEHICLE.test(before) || VEHICLE.test(clauseAfter(text, f));
}

/** Dari's goods vehicles, «‌ها» plurals too, as whole words. */
const DARI_VEHICLE = new RegExp(
  `(?:^|[\\s«(])(?:${phraseAlternation(DARI_GOODS_VEHICLES)})(?:\u200C?ها)?(?=[\\s.،؛»)]|$)`,
  'u',
);
/** «بار از »: a load from the name, «بار» not "a time" («این بار از …»). */
const DARI_LOAD_FROM_BEFORE = new RegExp(
  `(?:^|[\\s«(])(?<!(?:^|\\s)(?:${DARI_TIMES_BEFORE_BAR.join('|')})[ \\t]+)بار[ \\t]+از[ \\t]+$`,
  'u',
);
/** «… بار می‌برد»: carrying loads, after the route's second end. */
const DARI_LOAD_VERB = new RegExp(
  `(?:^|\\s)(?:${DARI_LOAD_VERBS.map((v) => v.replace(/ /gu, '[ \\t]+').replace(/می\u200C/gu, '(?:می\u200C?|می[ \\t]+)')).join('|')})`,
  'u',
);
/** «میان »/«بین » right before the name: a route's first end. */
const BETWEEN_BEFORE = /(?:^|\s)(?:میان|بین)[ \t]+$/u;

/** «… را از »: a thing, the verb's object, then "from" right before the name. */
const DARI_OBJECT_FROM_BEFORE = /(?:^|\s)را[ \t]+از[ \t]+$/u;
/** «می‌آوردیم», «آوردند», «می‌خریم», «خریده»: brought or bought (any tense), right after the name. */
const DARI_BROUGHT_AFTER =
  /^[ \t]+(?:می[\u200C ]?(?:آور|خر)(?:یم|ند|م|ی|ید|د)|(?:می[\u200C ]?)?(?:آورد|خرید)(?:یم|ند|م|ی|ید|ه)?)(?![\p{L}])/u;

/**
 * «تنور را از کندز می‌آوردیم», «گوشت را از کندز می‌خریم»: a thing brought or bought from the name, the verb right
 * after it, comes from the town's market — not "from Kunduz and Takhar" (a list stands between).
 */
function dariBroughtFrom(text: string, f: FoundName, before: string): boolean {
  return DARI_OBJECT_FROM_BEFORE.test(before) && DARI_BROUGHT_AFTER.test(text.slice(f.end, f.end + 16));
}

/** «با لاری از کندز آورده می‌شود»، «میان کندز و بدخشان بار می‌برد»، «بار از کندز»: Dari loads from or between. */
function dariCarried(text: string, f: FoundName): boolean {
  const before = clauseBefore(text, f);
  if (DARI_LOAD_FROM_BEFORE.test(before) || dariBroughtFrom(text, f, before)) return true;
  const from = prepositionIn(before) === 'از';
  if (!from && !BETWEEN_BEFORE.test(before)) return false;
  const after = clauseAfter(text, f);
  return DARI_VEHICLE.test(before) || DARI_VEHICLE.test(after) || DARI_LOAD_VERB.test(after);
}

/**
 * A name a province shares with its capital that a load is carried from, or between it and another place, by a
 * vehicle, is the town. "From Kunduz and Takhar" is a list of provinces; «میان کندز و بدخشان» is a lorry's run.
 */
export function carriedLoads(found: FoundName[], index: PlaceIndex, text: string): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!f || f.qualifier || !sharedWithCapital(f.ids, index) || !onTheMap(f, index)) continue;
    if (CARRIED_PEOPLE.test(clauseBefore(text, f))) continue;
    if (carriedFrom(text, f) && !listedWithProvince(found, k, index, text)) f.qualifier = 'city';
    else if (dariCarried(text, f)) f.qualifier = 'city';
  }
}
