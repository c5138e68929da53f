// A list of places read as one: where every name in it is a town, a district or a name a province shares with a
// town, and at least one is only a town or a district, the list is of towns — "readers in Taloqan, Khanabad and
// Baghlan", "through Baghlan, Kunduz and Khanabad", «از تالقان، خان‌آباد و بغلان» — so each shared name is its town
// (Kunduz's capital, Baghlan-e-Jadid). One name that is only a province (Takhar) makes it a list of provinces.
import {
  onlyDistricts,
  onlyTown,
  sharedWithCapital,
  type FoundName,
  unsettledShared,
} from './city-readings.ts';
import { ROUTE_THROUGH_WORDS } from './lexicon.ts';
import type { PlaceIndex } from './place-index.ts';
import { LIST_SEPARATOR, phraseAlternation } from './regex-parts.ts';

/**
 * ", ", " and ", "، و ": the gap between two names of one list, with no preposition again ("in Baghlan and in Khan
 * Abad" names two areas, and ", in" puts the districts before in the name after).
 */
const LIST_GAP = new RegExp(`^${LIST_SEPARATOR}$`, 'u');
/** "through ", "via ", «از طریق »: a road's run through the list, right before its first name. */
const THROUGH_BEFORE = new RegExp(`(?:^|[\\s(])(?:${phraseAlternation(ROUTE_THROUGH_WORDS)})[ \\t]+$`, 'iu');
/** Characters before a list read for THROUGH_BEFORE. */
const THROUGH_REACH = 16;

/** A bare comma: "Archi and Imam Sahib, Kunduz" — the last name closes an address. */
const BARE_COMMA = /^[ \t]*[,،][ \t]*$/u;

/**
 * "Pul-e-Khumri and Baghlan": a province whose capital has another name, listed with that capital, is the province
 * round the town, not its namesake town.
 */
const withOwnCapital = (f: FoundName, run: readonly FoundName[], index: PlaceIndex) =>
  !sharedWithCapital(f.ids, index) &&
  f.ids.some((id) => {
    const capital = index.entries.get(id)?.capital;
    return !!capital && run.some((g) => g.ids.length === 1 && g.ids[0] === capital);
  });

/** Settle a list's shared names as towns when the rest of it are towns or districts, one at least. */
function readTownList(run: readonly FoundName[], index: PlaceIndex, text: string): void {
  if (run.some((f) => withOwnCapital(f, run, index))) return;
  const shared = run.filter((f) => unsettledShared(f, index));
  const towns = run.filter((f) => onlyTown(f, index) || onlyDistricts(f, index));
  if (shared.length === 0 || towns.length === 0 || shared.length + towns.length !== run.length) return;
  // "fighting in Kunduz, Baghlan and Imam Sahib": more provinces' names than towns is a list of areas with a
  // district in it, unless a road runs through them ("through Baghlan, Kunduz and Khanabad").
  const first = run[0];
  const through =
    !!first && THROUGH_BEFORE.test(text.slice(Math.max(0, first.start - THROUGH_REACH), first.start));
  if (shared.length > towns.length && !through) return;
  // A namesake town (Baghlan-e-Jadid) is a district's town: only a list with a district that is no capital
  // ("Taloqan, Khanabad and Baghlan") is of such towns; "Taloqan, Kunduz and Baghlan" names the provinces' centres.
  const smallTown = towns.some((f) => !onlyTown(f, index));
  for (const f of shared) if (smallTown || sharedWithCapital(f.ids, index)) f.qualifier = 'city';
}

/** Read each list of names in the passage (two or more joined by list gaps) as a list of towns where it is one. */
export function townLists(found: FoundName[], index: PlaceIndex, text: string): void {
  let start = 0;
  for (let k = 1; k <= found.length; k++) {
    const [a, b] = [found[k - 1], found[k]];
    const gap = a && b ? text.slice(a.end, b.start) : '';
    if (a && b && LIST_GAP.test(gap)) continue;
    // "Archi and Imam Sahib, Kunduz": the last name after a bare comma holds the list, it is not in it.
    const last = found[k - 2];
    const address = k - start > 1 && !!last && !!a && BARE_COMMA.test(text.slice(last.end, a.start));
    const end = address ? k - 1 : k;
    if (end - start > 1) readTownList(found.slice(start, end), index, text);
    start = k;
  }
}
