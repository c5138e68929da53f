// What makes a name a province shares with its capital the town, read from the words right round it: the town's
// works and traders, a point on a river or a road, being "at" it, becoming a capital. Each cue is a construction
// of English reporting; a province has none of these.

import {
  AIM_VERBS,
  DISPATCHED_CREW_NOUNS,
  DISPATCH_VERBS,
  PRODUCE_NOUNS,
  TOWN_TRADE_CROPS,
  TRADED_GOODS_NOUNS,
  TRADE_NOUNS,
} from './lexicon.ts';
import { endingOn } from './ending-on.ts';

/** "the Kunduz mills", "the Kunduz cotton factory": a works after the name, perhaps with its product between. */
const WORKS_AFTER = /^[ \t]+(?:[a-z-]+[ \t]+)?(?:mills?|factory|factories|ginnery|ginneries)\b/u;
/** "several Kunduz importers", "the Kunduz traders". */
const TRADERS_AFTER = new RegExp(`^[ \\t]+(?:${TRADE_NOUNS.join('|')})\\b`, 'u');
/** "dealers from Kunduz", "the wholesalers at Kunduz", "the money changers of Kunduz". */
const TRADERS_BEFORE = endingOn(
  ['from', 'at', 'of'],
  new RegExp(`\\b(?:${TRADE_NOUNS.join('|')})[ \\t]+(?:from|at|(?<of>of))[ \\t]+$`, 'iu'),
);
/** Goods after the name: "importers of Kunduz cotton" trade the province's produce, not in the town. */
const GOODS_AFTER = new RegExp(
  `^[ \\t]+(?:${[...PRODUCE_NOUNS, ...TOWN_TRADE_CROPS, ...TRADED_GOODS_NOUNS].join('|')})(?!\\p{L})`,
  'u',
);
/** "the river at Kunduz", "the buses stop at Kunduz": a point a thing is at is a town. */
const AT_BEFORE = endingOn(['at'], /(?:^|[^\p{L}])at[ \t]+$/u);
/** "donors are looking at Kunduz", "aid aimed at Kunduz": "at" after a look or an aim points at no town. */
const AIM_AT_BEFORE = endingOn(['at'], new RegExp(`\\b(?:${AIM_VERBS.join('|')})[ \\t]+at[ \\t]+$`, 'iu'));
/** "upstream of Kunduz", "downstream from Faizabad", "the bypass around Kunduz": a point on a river, a road round a town. */
const POINT_BEFORE = endingOn(
  ['of', 'from', 'around', 'round'],
  /\b(?:(?:up|down)stream[ \t]+(?:of|from)|(?:bypass|ring[ \t]+road)[ \t]+(?:around|round|of))[ \t]+$/iu,
);
/** "Kunduz became a provincial capital", "Faizabad remains the capital": a capital is a town. */
const CAPITAL_AFTER =
  /^[ \t]+(?:became|becomes|remains|remained|was[ \t]+made)[ \t]+(?:a|the)[ \t]+(?:provincial[ \t]+)?capital\b/u;
/**
 * "on November 24, 2026 in Kunduz, Afghanistan.": a city with its country after it, as agencies and wires write
 * a town (a province is "Kunduz province, Afghanistan"); the country closes the phrase, no dateline's dash after it.
 */
const CITY_COUNTRY_AFTER = /^,[ \t]+Afghanistan(?=[.,;)]|[ \t]*$)/u;

/**
 * "Kunduz grew around a cotton company", "Faizabad grew up along the river", "Kunduz had paved streets, a hotel …":
 * a place that grows around something, or has streets, a cinema or a hotel, is a town.
 */
const TOWN_GROWTH_AFTER =
  /^[ \t]+(?:grew[ \t]+(?:up[ \t]+)?(?:around|round|along|into)|(?:had|has|got|gained)[ \t]+(?:its[ \t]+(?:first[ \t]+)?|a[ \t]+|(?:new|paved|wide)[ \t]+)?(?:streets|cinemas?|hotels?|traffic[ \t]+lights))\b/u;

/**
 * "Firefighters were sent from Kunduz", "ambulances rushed in from Faizabad": crews or vehicles sent from a name
 * come from the town's stations; up to three words between ("were quickly", "had been").
 */
const CREW_SENT_BEFORE = endingOn(
  ['from'],
  new RegExp(
    `\\b(?:${DISPATCHED_CREW_NOUNS.join('|')})(?:[ \\t]+[a-z]+){0,3}?[ \\t]+(?:${DISPATCH_VERBS.join('|')})[ \\t]+(?:in[ \\t]+)?from[ \\t]+$`,
    'iu',
  ),
);

/** "a Kunduz-based importer", "the Faizabad-based radio": a firm or a person based in a place is based in a town. */
const BASED_AFTER = /^-based\b/u;

/**
 * Whether the words right after a name make it the town: its works, its traders, being based in it, its becoming a
 * capital, its growth.
 */
export function townCueAfter(after: string): boolean {
  return (
    BASED_AFTER.test(after) ||
    WORKS_AFTER.test(after) ||
    TRADERS_AFTER.test(after) ||
    CAPITAL_AFTER.test(after) ||
    CITY_COUNTRY_AFTER.test(after) ||
    TOWN_GROWTH_AFTER.test(after)
  );
}

/**
 * Whether the words right before a name make it the town: traders from it, a point at it, upstream of it. A list
 * after the name shares them ("traders from Kunduz and Takhar"), so a province in that list says otherwise. Traders
 * "of" a name with goods after it ("importers of Kunduz cotton") trade the province's produce.
 */
export function townCueBefore(before: string, after = ''): boolean {
  const traders = TRADERS_BEFORE.exec(before);
  return (
    (!!traders && !(traders.groups?.['of'] && GOODS_AFTER.test(after))) ||
    (AT_BEFORE.test(before) && !AIM_AT_BEFORE.test(before)) ||
    POINT_BEFORE.test(before) ||
    CREW_SENT_BEFORE.test(before)
  );
}
