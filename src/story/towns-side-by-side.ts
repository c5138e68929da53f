// A name a province shares with its capital is the town where it stands beside a town in a list of who is where
// ("X is in Kunduz, Y in Taloqan") or at one end of a trip said "from" ("the girls from Kunduz come to Taloqan").

import { capitalsOf, onlyTown, sharedWithCapital, type FoundName } from './city-readings.ts';
import type { PlaceIndex } from './place-index.ts';

/** ", Parwana Azimi in ", "; Karim is in ": the next person of a list of who is where. */
const WHO_IS_WHERE_GAP =
  /^[ \t]*[,;،][ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,4}(?:(?:is|are|was|were)[ \t]+)?in[ \t]+$/u;
/** " come to ", " now travel to ": one to three words of a trip between a name said "from" and a town. */
const FROM_TRIP_GAP = /^[ \t]+(?:\p{Ll}+[ \t]+){1,3}to[ \t]+$/u;
/** " to ", « به », « تا »: a journey's two ends. */
const TO_GAP = /^\s+(?:to|به|تا)\s+$/u;
const FROM_BEFORE = /(?:\bfrom|(?:^|\s)از)[ \t]+$/u;

/** Every id a district and one a capital's: a town though it has a namesake elsewhere (Faizabad). */
function townWithNamesake(f: FoundName, index: PlaceIndex): boolean {
  const capitals = capitalsOf(index);
  return (
    f.ids.length > 0 &&
    f.ids.every((id) => index.entries.get(id)?.kind === 'district') &&
    f.ids.some((id) => capitals.has(id))
  );
}

/**
 * A shared name beside a town in a list of who is where ("Sahil is in Kunduz, Parwana in Taloqan"), or at one end
 * of a trip said "from" whose other end is a town ("the girls from Kunduz come to Taloqan", «از فیض‌آباد به کندز»).
 */
export function townsSideBySide(found: FoundName[], index: PlaceIndex, text: string): void {
  const open = (f: FoundName) => !f.qualifier && sharedWithCapital(f.ids, index);
  const town = (f: FoundName) => onlyTown(f, index) || townWithNamesake(f, index);
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    if (!a || !b || b.start - a.end > 48 || !(open(a) || open(b))) continue;
    const gap = text.slice(a.end, b.start);
    const from = () => FROM_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start));
    const paired = WHO_IS_WHERE_GAP.test(gap) || ((FROM_TRIP_GAP.test(gap) || TO_GAP.test(gap)) && from());
    if (!paired) continue;
    if (open(a) && town(b)) a.qualifier = 'city';
    else if (open(b) && town(a)) b.qualifier = 'city';
  }
}
