// A life lived in a place, a family that settled there, its old quarter, the officials of its district office: the
// town a province shares its name with, not the province. "Kunduz and the other provinces": the province.

import { endingOn, lastWordsOf } from './ending-on.ts';
import { ROLE_DETERMINERS } from './lexicon.ts';

/** "who grew up in", "was raised in", "spent her childhood in", "was brought up in": where a childhood was spent. */
const CHILDHOOD_IN_BEFORE = endingOn(
  ['in'],
  /\b(?:grew[ \t]+up|(?:was|were|been)[ \t]+(?:born[ \t]+and[ \t]+)?(?:raised|brought[ \t]+up)|childhood|boyhood|girlhood|schooldays)[ \t]+in[ \t]+$/u,
);
/**
 * "whose family came to", "her grandfather moved to": a household settling at the name (a person, or a teacher, who
 * "moved to" it from a far district may have gone to any of its villages).
 */
const MOVED_TO_BEFORE = endingOn(
  ['to'],
  /\b(?:famil(?:y|ies)|parents|grand(?:father|mother|parents)|ancestors|forebears)[ \t]+(?:had[ \t]+)?(?:came|moved|migrated|relocated)(?:[ \t]+back)?[ \t]+to[ \t]+$/u,
);
/** … from another place named right after: "came to Kunduz from Takhar". */
const FROM_PLACE_AFTER = /^[ \t]+from[ \t]+\p{Lu}/u;
/**
 * "old Kunduz", "in old Faizabad": the old town (not "a 40-year-old Kunduz farmer"; not after an article or a
 * possessive, where the name qualifies what follows: "the old Kunduz governor", "their old Kabul home").
 */
const OLD_BEFORE = endingOn(['old'], /(?:^|[^\p{L}\p{N}-])old[ \t]+$/u);
const DETERMINERS = new Set([...ROLE_DETERMINERS, 'its', 'your']);
/** "old" read as the old town: not after a determiner. */
const oldTownBefore = (before: string): boolean =>
  OLD_BEFORE.test(before) && !DETERMINERS.has((lastWordsOf(before, 2)[0] ?? '').toLowerCase());
/** "old Kunduz province", "the old Kunduz-Takhar road": a province, or a name joined to the next. */
const PROVINCE_WORD_AFTER = /^(?:[ \t]+provinces?\b|[-–])/u;
/** "Kunduz's Chahar Dara district": a possessive names the province a district or town is in. */
const POSSESSIVE_AFTER = /^['’]s\b/u;
/** "a district official in", "municipal officers in": who works at the district's or the town's office there. */
const DISTRICT_STAFF_BEFORE = endingOn(
  ['in'],
  /\b(?:district|municipal|city)[ \t]+(?:officials?|officers?|employees?|staff|administrators?)[ \t]+in[ \t]+$/iu,
);

/** Whether the English words round a name make it the town: a childhood, a family's move, its old quarter, its district office. */
export function lifeTownBeside(before: string, after: string): boolean {
  if (POSSESSIVE_AFTER.test(after)) return false;
  return (
    CHILDHOOD_IN_BEFORE.test(before) ||
    (MOVED_TO_BEFORE.test(before) && FROM_PLACE_AFTER.test(after)) ||
    (oldTownBefore(before) && !PROVINCE_WORD_AFTER.test(after)) ||
    DISTRICT_STAFF_BEFORE.test(before)
  );
}

/**
 * "in Kabul and the other provinces", "Herat and neighbouring provinces", «کابل و دیگر ولایات», «کندز و سایر
 * ولایت‌ها»: a name set beside the other provinces is a province.
 */
const OTHER_PROVINCES_AFTER =
  /^[ \t]+(?:and|or|و)[ \t]+(?:(?:the|all)[ \t]+)?(?:(?:other|neighbou?ring|nearby|surrounding|adjacent|northern|southern|eastern|western)[ \t]+)+provinces\b|^[ \t]+و[ \t]+(?:دیگر|سایر)[ \t]+(?:ولایات|ولایت[\u200C ]?ها)(?![\p{L}])|^[ \t]+و[ \t]+ولایات[ \t]+(?:همجوار|دیگر)(?![\p{L}])/u;

/** "the road between Kabul and the northern provinces": a road's end is the town. */
const BETWEEN_BEFORE = endingOn(['between', 'بین', 'میان'], /(?:\bbetween|(?:^|\s)(?:بین|میان))[ \t]+$/u);

/** Whether the words after a name set it beside the other provinces (not as a road's end). */
export function otherProvincesAfter(before: string, after: string): boolean {
  return OTHER_PROVINCES_AFTER.test(after) && !BETWEEN_BEFORE.test(before);
}
