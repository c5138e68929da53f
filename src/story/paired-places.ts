// The two terms of a correlative pair are places of one kind: "neither in Kunduz nor in Takhar", "both in Kunduz and
// in Taloqan", «نه در کندز …، نه در بغلان», «هم در کندز و هم در تالقان». A name a province shares with its capital,
// paired with a province, is the province; paired with a town, the town.
import { certainTown, onlyProvinces, onTheMap, sharedWithCapital, type FoundName } from './city-readings.ts';
import type { PlaceIndex } from './place-index.ts';

/** Longest stretch (characters) between a pair's two names. */
const PAIR_REACH = 160;
/** Characters before a name that hold its correlative and preposition ("not only in "). */
const OPENER_REACH = 24;

/**
 * "neither in ", "both in ", "whether from ", "not only in ", «نه در »، «هم در »، «چه در »: a pair's first term; or
 * "maybe ", "perhaps ", «شاید » with no preposition (`bare`): "maybe Kunduz, maybe Kabul".
 */
const OPENER_BEFORE =
  /(?:\b(?:[Nn]either|[Bb]oth|[Ee]ither|[Ww]hether|[Nn]ot[ \t]+only)[ \t]+(?<en>in|at|from|to)|(?:^|[\s،,])(?:نه|هم|چه|نه[ \t]+تنها)[ \t]+(?<da>در|از|به)|(?<bare>\b(?:[Mm]aybe|[Pp]erhaps)(?:[ \t]+[\p{Ll}]+){0,2}|(?:^|[\s«"])شاید))[ \t]+$/u;
/** " nor in ", " and in ", " or in ", " but also in ", «، نه در »، « و هم در »، «، بلکه در », ", maybe ": its second term. */
const CLOSER_BEFORE =
  /(?:\b(?:nor|and|or|but(?:[ \t]+also)?)[ \t]+(?<en>in|at|from|to)|(?:^|[\s،,])(?:نه|هم|چه|بلکه(?:[ \t]+(?:هم|نیز))?)[ \t]+(?<da>در|از|به)|(?<bare>[,،][ \t]*(?:(?:or|یا)[ \t]+)?(?:maybe|perhaps|شاید)))[ \t]+$/u;
/** A sentence's end between the two names. */
const SENTENCE_END = /[.!?؟\n]/u;

const prepositionOf = (m: RegExpExecArray | null) =>
  m?.groups?.['en'] ?? m?.groups?.['da'] ?? (m?.groups?.['bare'] ? 'bare' : undefined);

/** Whether names a and b are the two terms of one correlative pair, with the same preposition. */
function paired(text: string, a: FoundName, b: FoundName): boolean {
  if (b.start - a.end > PAIR_REACH || SENTENCE_END.test(text.slice(a.end, b.start))) return false;
  const opener = prepositionOf(OPENER_BEFORE.exec(text.slice(Math.max(0, a.start - OPENER_REACH), a.start)));
  const closer = prepositionOf(CLOSER_BEFORE.exec(text.slice(Math.max(0, b.start - OPENER_REACH), b.start)));
  return !!opener && opener === closer;
}

/** Settle a shared name by its partner in a correlative pair: a province makes it the province, a town the town. */
export function correlativePlaces(found: FoundName[], index: PlaceIndex, text: string): void {
  const open = (f: FoundName) => !f.qualifier && sharedWithCapital(f.ids, index) && onTheMap(f, index);
  const kindOf = (g: FoundName) =>
    g.qualifier === 'province' || (!g.qualifier && onlyProvinces(g.ids, index))
      ? 'province'
      : certainTown(g, index)
        ? 'city'
        : null;
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]];
    if (!a || !b || !(open(a) || open(b)) || !paired(text, a, b)) continue;
    const [name, partner] = open(a) ? [a, b] : [b, a];
    const kind = kindOf(partner);
    if (kind) name.qualifier = kind;
  }
}
