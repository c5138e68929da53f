// A trip goes to or from a town, not a province: "drives back to Kunduz", "she does not go to Kunduz herself", "came
// over the mountains from Kunduz", "Back in Kunduz, …", «به کندز برده می‌شود», «راه کندز باز بماند», «در کندز، شهری
// که …». Each cue is bound to the name it stands by, so a list with a province after it does not undo it.

import {
  BROUGHT_PARTICIPLES,
  DARI_CARRIED_PARTICIPLES,
  DARI_CARRYING_VERBS,
  DARI_HANDED_ON_WORDS,
  DARI_OPEN_SHUT_WORDS,
  DARI_PASSIVE_CLOSES,
  GOING_VERBS,
  PERSON_NOUNS,
  SEASONAL_MOVE_WORDS,
  TRAVEL_AUXILIARIES,
  TRAVELLER_PRONOUNS,
  TRAVELLER_VERBS,
  TRIP_NOUNS,
} from './lexicon.ts';
import { phrasePattern, wordAlternation } from './regex-parts.ts';
import { endingOn } from './ending-on.ts';

/** How far after the name the rest of its sentence is read for a load handed on or a list of districts. */
export const TRAVEL_REST_REACH = 160;

const TRAVELLERS = wordAlternation([...TRAVELLER_PRONOUNS, ...PERSON_NOUNS]);
const BACK_TO = '(?:[ \\t]+back)?[ \\t]+to[ \\t]+$';
/** A verb only a traveller takes, perhaps "back", then "to": "drove back to", "walking to". */
const TRAVELLER_TO_BEFORE = endingOn(
  ['to'],
  new RegExp(`\\b${wordAlternation(TRAVELLER_VERBS, true)}${BACK_TO}`, 'u'),
);
/**
 * A verb of going with a traveller its subject: "her brother went to", "she does not go to" — not "the budget went
 * to", "the title went to", "aid goes to".
 */
const TRAVELLER_GOES_BEFORE = endingOn(
  ['to'],
  new RegExp(
    `\\b${TRAVELLERS}s?[ \\t]+(?:${wordAlternation(TRAVEL_AUXILIARIES)}[ \\t]+){0,3}${wordAlternation(GOING_VERBS)}${BACK_TO}`,
    'u',
  ),
);
/** A trip's noun and "back to" ("the drive back to", "on the way back to"), or a road taken west to. */
const TRIP_TO_BEFORE = endingOn(
  ['to'],
  new RegExp(
    `\\b(?:${wordAlternation(TRIP_NOUNS)}[ \\t]+back|(?:road|drive|way)[ \\t]+(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)[ \\t]+to[ \\t]+$`,
    'iu',
  ),
);
/**
 * Goods or people came over or across from it: "came over the mountains from", "was brought across from" (not a river
 * that "comes down from" it, nor fuel that "comes from" it, a province's).
 */
const BROUGHT_FROM_BEFORE = endingOn(
  ['from'],
  new RegExp(
    `\\b(?:came[ \\t]+(?:over|across|all[ \\t]+the[ \\t]+way)|${wordAlternation(BROUGHT_PARTICIPLES)}[ \\t]+(?:over|down|up|across|all[ \\t]+the[ \\t]+way))[ \\t]+(?:the[ \\t]+[\\p{Ll}-]+[ \\t]+)?from[ \\t]+$`,
    'u',
  ),
);
/** "Back in Kunduz," at a sentence's start: the writer or a person is back in the town. */
const BACK_IN_BEFORE = endingOn(['in', 'at'], /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)Back[ \t]+(?:in|at)[ \t]+$/u);

/** "After Kunduz the road turns east": a point a road passes, at a sentence's start. */
const AFTER_BEFORE = endingOn(['After'], /(?:^|[.!?:]["”’]?[ \t]+|\n[ \t]*)After[ \t]+$/u);
const ROAD_GOES_AFTER = /^,?[ \t]+the[ \t]+(?:road|highway|track|river)\b/u;

/**
 * "went to Kunduz for the winter", "travel to Kunduz and Takhar": a season's move or a list of names after the trip's
 * end makes it a province's.
 */
const MOVE_OR_LIST_AFTER = new RegExp(
  `^(?:[ \\t]+for[ \\t]+(?:the[ \\t]+)?${wordAlternation(SEASONAL_MOVE_WORDS)}\\b|(?:[ \\t]*,|[ \\t]+(?:and|or))[ \\t]+\\p{Lu})`,
  'u',
);
/** The rest of the name's sentence. */
const SENTENCE_REST = /^[^.!?؟\n]*/u;
/** "… returned to Kunduz, to villages in Imam Sahib": the trip's end then its districts or villages, the province. */
const DISTRICTS_IN_REST = /\b(?:villages?|districts?)[ \t]+(?:in|of)\b/u;

/** Whether the English words round a name set it as a trip's end, start or a point on its road. */
export function travelTownBeside(before: string, rest: string): boolean {
  const sentence = SENTENCE_REST.exec(rest)?.[0] ?? '';
  const trip =
    (TRAVELLER_TO_BEFORE.test(before) || TRAVELLER_GOES_BEFORE.test(before) || TRIP_TO_BEFORE.test(before)) &&
    !MOVE_OR_LIST_AFTER.test(rest) &&
    !DISTRICTS_IN_REST.test(sentence);
  return (
    trip ||
    (AFTER_BEFORE.test(before) && ROAD_GOES_AFTER.test(rest)) ||
    BROUGHT_FROM_BEFORE.test(before) ||
    BACK_IN_BEFORE.test(before)
  );
}

const MI = '(?:می\\u200C?|می[ \\t]+)';
/** «به کندز برده می‌شود»، «به تالقان انتقال داده شد»: carried or taken to it, right after the name. */
const DARI_CARRIED_AFTER = new RegExp(
  `^[ \\t]+(?:${wordAlternation(DARI_CARRIED_PARTICIPLES.map(phrasePattern))}[ \\t]+${MI}?${wordAlternation(DARI_PASSIVE_CLOSES)}|${MI}?${wordAlternation(DARI_CARRYING_VERBS)})(?!\\p{L})`,
  'u',
);
/** «… و در ولسوالی‌ها توزیع شد»: the load handed on in the province, later in the sentence. */
const DARI_HANDED_ON = new RegExp(wordAlternation(DARI_HANDED_ON_WORDS), 'u');
/** «راه کندز»، «سرک کندز» then open or shut: the road named by the town it leads to. */
const DARI_ROAD_BEFORE = /(?:^|[\s«"“(])(?:راه|سرک|مسیر)(?:ٔ|\u200C?ی)?[ \t]+$/u;
/** «باز شد»، «بسته است»، «بسته شود»: open or shut, the road the subject — not «باز می‌گردند», "come back". */
const DARI_OPEN_SHUT_AFTER = new RegExp(
  `^[ \\t]+${wordAlternation(DARI_OPEN_SHUT_WORDS)}[ \\t]+${MI}?${wordAlternation(DARI_PASSIVE_CLOSES)}(?!\\p{L})`,
  'u',
);
/** «کندز، شهری که …»: the name set beside «شهری». */
const DARI_CITY_APPOSITION_AFTER = /^[ \t]*[،,][ \t]*شهری(?!\p{L})/u;

/**
 * Whether the Dari words round a name read it as a town: carried «به» it (and not handed on in the province's
 * districts), its road open or shut, or set beside «شهری». `preposition` is the word right before the name.
 */
export function dariTravelTown(before: string, rest: string, preposition: string | undefined): boolean {
  const sentence = SENTENCE_REST.exec(rest)?.[0] ?? '';
  return (
    (preposition === 'به' && DARI_CARRIED_AFTER.test(rest) && !DARI_HANDED_ON.test(sentence)) ||
    (DARI_ROAD_BEFORE.test(before) && DARI_OPEN_SHUT_AFTER.test(rest)) ||
    DARI_CITY_APPOSITION_AFTER.test(rest)
  );
}
