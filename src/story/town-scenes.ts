// A name a province shares with its capital is the town where a person is taken or driven to it, comes or moves
// back to it, leaves it in a year, where dusk falls over it, where a newsroom's desk sits, where a source line sets
// it between a comma and a date ("interview with a nurse, Kunduz, 2 May 2026"). Each cue is read only when the word right before the name (or the name's place in a list) can start it.

import { KIN_NOUNS, PERSON_NOUNS } from './lexicon.ts';
import { ENGLISH_MONTH, wordAlternation } from './regex-parts.ts';
import { SOLAR_MONTH } from './dari-chrome.ts';
import { lastWordsOf } from './ending-on.ts';

const CARRY_VERBS = [
  'take', 'takes', 'took', 'taking', 'taken',
  'drive', 'drives', 'drove', 'driving', 'driven',
  'bring', 'brings', 'brought', 'bringing',
  'carry', 'carries', 'carried', 'carrying',
  'rush', 'rushes', 'rushed', 'rushing',
  'accompany', 'accompanies', 'accompanied', 'accompanying',
  'escort', 'escorts', 'escorted', 'escorting',
]; // prettier-ignore
const PERSON = wordAlternation([...KIN_NOUNS, ...PERSON_NOUNS]);
/** "take her diabetic mother to", "drove the boy back to", "bring him to": a person carried to the town. */
const PERSON_CARRIED_TO = new RegExp(
  `\\b${wordAlternation(CARRY_VERBS, true)}[ \\t]+(?:(?:her|his|their|my|our|your|the|a|an)[ \\t]+(?:[\\p{Ll}-]+[ \\t]+)?${PERSON}s?|him|her|them|me|us)[ \\t]+(?:back[ \\t]+)?to[ \\t]+$`,
  'u',
);
/** "came back to", "moved back to", "went back home to": a return is a person's, to a town. */
const CAME_BACK_TO =
  /\b(?:came|come|comes|coming|moved|move|moves|moving|went|goes|going|got|headed|heading|flew|drove|walked)[ \t]+back[ \t]+(?:home[ \t]+)?to[ \t]+$/iu;
/** "Dusk over Kunduz", "as evening falls over Faizabad": the light over a town's roofs. */
const SCENE_OVER =
  /\b(?:dusk|dawn|sunset|sunrise|twilight|nightfall|daybreak|evening|morning|night|moonrise|smog|haze)[ \t]+(?:(?:falls|fell|breaks|broke|rises|rose|sets|settles|settled|hangs|hung|comes|came|descends|descended)[ \t]+)?over[ \t]+$/iu;
/** "held off all afternoon in", "this morning in": a scene's hour in the town. */
const HOUR_IN =
  /\b(?:all|this|that|every|each|late|early)[ \t]+(?:morning|afternoon|evening|night|day)[ \t]+in[ \t]+$/iu;
const LEFT_WORDS = new Set(['left', 'leaving', 'fled', 'fleeing', 'escaped']);
/** "left Kunduz in 2019", "fled Faizabad as a boy", "left Kunduz when …": a person's departure from the town. */
const DEPARTURE_WHEN_AFTER =
  /^[ \t]+(?:in[ \t]+(?:\d{4}|the[ \t]+(?:spring|summer|autumn|winter|year))|as[ \t]+a[ \t]+(?:child|boy|girl|teenager|young)|when[ \t]|for[ \t]+good|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many)[ \t]+years[ \t]+ago)/u;
/** "our Kunduz desk", "the Faizabad bureau": a newsroom's desk is in the town. */
const DESK_AFTER = /^[ \t]+(?:desk|bureau|newsroom|studio)\b/u;
/**
 * ", Kunduz, May 2, 2026", «، کندز، ۱۲ حمل ۱۴۰۵»: a source line's place then its full date; a day without its year
 * ("Floods struck Baghlan, Kunduz, May 3, OCHA said") ends a list of provinces as often.
 */
const PLACE_DATE_AFTER = new RegExp(
  `^[ \\t]*[,،][ \\t]*(?:${ENGLISH_MONTH}[ \\t]+\\d{1,2},?|\\d{1,2}[ \\t]+${ENGLISH_MONTH}|[\\d۰-۹]{1,2}[ \\t]+${SOLAR_MONTH})[ \\t]+[\\d۰-۹]{4}(?![\\d۰-۹])`,
  'u',
);
const PLACE_DATE_BEFORE = /(?:[,،(]|^|\n)[ \t]*$/u;

/** "many of them left", "thousands fled": a crowd leaves the province, not the town. */
const CROWD_LEFT_BEFORE =
  /\b(?:they|them|families|people|thousands|hundreds|residents|villagers|refugees|many)\b[^.!?\n]{0,16}[ \t]+(?:left|fled|fleeing|leaving|escaped)[ \t]+$/iu;

/** «از کندز گزارش می‌دهد», «از فیض‌آباد گزارش داده است»: a reporter files from the town. */
const DARI_REPORTS_FROM_AFTER =
  /^[ \t]+گزارش[ \t]+(?:(?:می\u200C?|می[ \t]+)(?:دهد|دهند|داد)|داد|داده|می‌فرستد|فرستاده)(?![\p{L}])/u;

/** The word before a trip's "to" that can end a carried person or a return: "her father to", "back to". */
const CARRIED_OR_BACK: ReadonlySet<string> = new Set([
  ...[...KIN_NOUNS, ...PERSON_NOUNS].flatMap((n) => [n, `${n}s`]),
  ...['him', 'her', 'them', 'me', 'us', 'back', 'home'],
]);

/** The hour of a scene, the word before its "in": "all afternoon in". */
const HOURS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'day']);

/** The word before the last word before a name, lower case. */
function wordBeforeLast(before: string): string {
  return (lastWordsOf(before, 2)[0] ?? '').toLowerCase();
}

/** Whether the word before the last "to" can end a person carried or a return: a Set look before the patterns. */
function carriedOrBackBefore(before: string): boolean {
  return CARRIED_OR_BACK.has(wordBeforeLast(before));
}

/** Whether the words right round a name make it the town's scene: a trip, a return, a departure, a desk, a date. */
export function townSceneBeside(before: string, after: string): boolean {
  // The last word before the name: the cheap look that gates every cue.
  const last = (lastWordsOf(before, 1)[0] ?? '').toLowerCase();
  if (last === 'to')
    return carriedOrBackBefore(before) && (PERSON_CARRIED_TO.test(before) || CAME_BACK_TO.test(before));
  if (last === 'over') return SCENE_OVER.test(before);
  if (last === 'in' && HOURS.has(wordBeforeLast(before)) && HOUR_IN.test(before)) return true;
  if (last === 'از') return DARI_REPORTS_FROM_AFTER.test(after);
  if (LEFT_WORDS.has(last)) return DEPARTURE_WHEN_AFTER.test(after) && !CROWD_LEFT_BEFORE.test(before);
  if (DESK_AFTER.test(after)) return true;
  return (
    (after.startsWith(',') || after.startsWith('،')) &&
    PLACE_DATE_BEFORE.test(before) &&
    PLACE_DATE_AFTER.test(after)
  );
}
