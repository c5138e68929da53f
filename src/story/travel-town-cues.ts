// A trip goes to or from a town, not a province: "drives back to Kunduz", "does not go to Kunduz herself", "came over
// the mountains from Kunduz", "Back in Kunduz, …", «به کندز برده می‌شود», «راه کندز باز بماند», «در کندز، شهری که …».
// Each cue is bound to the name it stands by, so a list with a province after it does not undo it.

/** A verb of going, perhaps "back", then "to": "goes to", "drove back to", "walking to", "returned to". */
const GO_TO_BEFORE =
  /\b(?:go|goes|going|gone|went|drives?|drove|driving|driven|walk(?:s|ed|ing)?|rides?|rode|riding|travel(?:s|led|ling)?|head(?:s|ed|ing)?|return(?:s|ed|ing)?)(?:[ \t]+back)?[ \t]+to[ \t]+$/iu;
/** A trip's noun and "back to" ("the drive back to", "on the way back to"), or a road taken west to. */
const TRIP_TO_BEFORE =
  /\b(?:(?:drive|trip|journey|ride|way|road|flight|bus|taxi)[ \t]+back|(?:road|drive|way)[ \t]+(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)[ \t]+to[ \t]+$/iu;
/**
 * Goods or people came over or across from it: "came over the mountains from", "was brought across from" (not a river
 * that "comes down from" it, nor fuel that "comes from" it, a province's).
 */
const BROUGHT_FROM_BEFORE =
  /\b(?:came[ \t]+(?:over|across|all[ \t]+the[ \t]+way)|(?:brought|carried|trucked|driven)[ \t]+(?:over|down|up|across|all[ \t]+the[ \t]+way))[ \t]+(?:the[ \t]+[\p{Ll}-]+[ \t]+)?from[ \t]+$/u;
/** "Back in Kunduz," at a sentence's start: the writer or a person is back in the town. */
const BACK_IN_BEFORE = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)Back[ \t]+(?:in|at)[ \t]+$/u;

/** "After Kunduz the road turns east": a point a road passes, at a sentence's start. */
const AFTER_BEFORE = /(?:^|[.!?:]["”’]?[ \t]+|\n[ \t]*)After[ \t]+$/u;
const ROAD_GOES_AFTER = /^,?[ \t]+the[ \t]+(?:road|highway|track|river)\b/u;

/**
 * "went to Kunduz for the winter", "travel to Kunduz and Takhar": a season's move or a list of names after the trip's
 * end makes it a province's.
 */
const MOVE_OR_LIST_AFTER =
  /^(?:[ \t]+for[ \t]+(?:the[ \t]+)?(?:winter|summer|spring|autumn|season|good|years?|months?)\b|(?:[ \t]*,|[ \t]+(?:and|or))[ \t]+\p{Lu})/u;

/** Whether the English words round a name set it as a trip's end, start or a point on its road. */
export function travelTownBeside(before: string, after: string): boolean {
  const trip = (GO_TO_BEFORE.test(before) || TRIP_TO_BEFORE.test(before)) && !MOVE_OR_LIST_AFTER.test(after);
  return (
    trip ||
    (AFTER_BEFORE.test(before) && ROAD_GOES_AFTER.test(after)) ||
    BROUGHT_FROM_BEFORE.test(before) ||
    BACK_IN_BEFORE.test(before)
  );
}

/** «به کندز برده می‌شود»، «به تالقان انتقال داده شد»: carried or taken to it, right after the name. */
const DARI_CARRIED_AFTER =
  /^[ \t]+(?:(?:برده|آورده|انتقال[ \t]+داده|منتقل)[ \t]+(?:می\u200C?|می[ \t]+)?(?:شود|شوند|شد|شدند|شده)|(?:می\u200C?|می[ \t]+)?(?:برند|بردند|آورند|آوردند))(?!\p{L})/u;
/** «راه کندز»، «سرک کندز» then open or shut: the road named by the town it leads to. */
const DARI_ROAD_BEFORE = /(?:^|[\s«"“(])(?:راه|سرک|مسیر)(?:ٔ|\u200C?ی)?[ \t]+$/u;
const DARI_OPEN_SHUT_AFTER = /^[ \t]+(?:باز|بسته|بند)(?!\p{L})/u;
/** «کندز، شهری که …»: the name set beside «شهری». */
const DARI_CITY_APPOSITION_AFTER = /^[ \t]*[،,][ \t]*شهری(?!\p{L})/u;

/**
 * Whether the Dari words round a name read it as a town: carried «به» it, its road open or shut, or set beside
 * «شهری». `preposition` is the word right before the name («به»، «از»، «در»).
 */
export function dariTravelTown(before: string, after: string, preposition: string | undefined): boolean {
  return (
    (preposition === 'به' && DARI_CARRIED_AFTER.test(after)) ||
    (DARI_ROAD_BEFORE.test(before) && DARI_OPEN_SHUT_AFTER.test(after)) ||
    DARI_CITY_APPOSITION_AFTER.test(after)
  );
}
