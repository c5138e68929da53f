// Round 23b: which unit a shared name (Kunduz, Baghlan) is, read from constructions a town or a province has and
// the other lacks: a road leading out of it, an organisation's own office in it, a thing brought back from it are
// the town's; a provincial directorate or department of it, teams spread across it are the province's.

import { endingOn } from './ending-on.ts';

/** "the road west out of Kunduz", "the highway north out of": a road leaves a town. */
const ROAD_OUT_BEFORE = endingOn(
  ['of'],
  /\b(?:road|roads|highway|track|route)[ \t]+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?[ \t]+)?out[ \t]+of[ \t]+$/iu,
);
/** "our Kunduz office", "the agency's Kunduz office": an organisation's own office is in the town. */
const OWN_BEFORE = endingOn(
  ['our', 'their', 'its', 'his', 'her', 's'],
  /(?:\b(?:our|their|its|his|her)|\p{L}['’]s)[ \t]+$/u,
);
const OFFICE_AFTER = /^[ \t]+(?:office|offices|compound|guesthouse|warehouse|sub-office)\b/u;
/**
 * "smuggled back from Kunduz", "brought the books back from Kunduz": a thing fetched back is from the town; a
 * person who "came back from Kunduz" may have toured the province.
 */
const BACK_FROM_BEFORE = endingOn(
  ['from'],
  /\b(?:brought|brings?|bringing|smuggled|carried|fetched|shipped|trucked|bought)(?:[ \t]+[\p{L}-]+){0,3}[ \t]+back[ \t]+from[ \t]+$/u,
);

/** «مسئولان محلی در کندز»، "local officials in Kunduz": the authorities of the province, not its town's. */
const LOCAL_OFFICIALS_BEFORE = endingOn(
  ['in', 'در'],
  /(?:\blocal[ \t]+(?:officials|authorities)[ \t]+in|(?:^|\s)(?:مسئولان|مسؤولان|مقام(?:\u200C?|\s)های|مقامات)[ \t]+محلی[ \t]+در)[ \t]+$/u,
);

/** Whether the words beside a shared name make it the town: a road out of it, an own office in it, back from it. */
export function unitTownCue(before: string, after: string): boolean {
  return (
    ROAD_OUT_BEFORE.test(before) ||
    (OWN_BEFORE.test(before) && OFFICE_AFTER.test(after)) ||
    BACK_FROM_BEFORE.test(before)
  );
}

/** "Baghlan's agriculture and livestock directorate", "Kunduz's public health department": a provincial body. */
const DIRECTORATE_AFTER =
  /^['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+(?:(?:and|&)[ \t]+)?){0,4}(?:directorate|department)\b/u;
/** "who leads our teams in Kunduz", "runs the mobile teams in": teams (plural) spread over a province. */
const TEAMS_IN_BEFORE = endingOn(
  ['in'],
  /\b(?:leads?|led|runs?|ran|heads?|headed|manages?|coordinates?|oversees?)[ \t]+(?:(?:our|the|its|their|all)[ \t]+)?(?:[\p{Ll}-]+[ \t]+)?teams[ \t]+in[ \t]+$/u,
);
/** «نشست صحت عامهٔ کندز»، «ریاست صحت عامهٔ کندز»: a provincial health body with its ezafe before the name. */
const DARI_HEALTH_BODY_BEFORE = endingOn(
  ['عامهٔ', 'عامهی'],
  /(?:^|\s)(?:ریاست[ \t]+)?صحت[ \t\u200C]+عامه(?:ٔ|ی)[ \t]+$/u,
);

/** «مسئول تیم‌های ما در کندز»، «تیم‌های سیار در»: teams (plural) spread over a province. */
const DARI_TEAMS_IN_BEFORE = endingOn(
  ['در'],
  /(?:^|\s)تیم(?:\u200C?|\s)?های(?:[ \t]+[^\s،,.:؛«»]+){0,2}[ \t]+در[ \t]+$/u,
);

/** Whether the words after a shared name make it the province: its directorate or department. */
export function provinceBodyAfter(after: string): boolean {
  return DIRECTORATE_AFTER.test(after);
}

/**
 * Whether the words before a shared name make it the province: teams across it, its local officials, its health
 * body. Weaker than a town cue bound to the name ("the teams in Kunduz's main hospital", «تیم‌ها در کندز شهر»).
 */
export function provinceStaffBefore(before: string): boolean {
  return (
    TEAMS_IN_BEFORE.test(before) ||
    DARI_TEAMS_IN_BEFORE.test(before) ||
    LOCAL_OFFICIALS_BEFORE.test(before) ||
    DARI_HEALTH_BODY_BEFORE.test(before)
  );
}
