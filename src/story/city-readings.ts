// A name a province shares with its capital (Kunduz, Faizabad in reporting's sense) is the city when what stands
// around it is a town's: a market after it, one traveller or load from it, other towns listed with it.
import { DARI_VENUE_NOUNS, VENUE_NOUNS } from './lexicon.ts';
import type { PlaceIndex } from './place-index.ts';

export type Qualifier = 'province' | 'district' | 'city';

/** What these rules read of a found name, and the reading they may set. */
export interface FoundName {
  start: number;
  end: number;
  ids: string[];
  qualifier: Qualifier | null;
}

/** Characters after or before a name read for its venue or origin. */
const CONTEXT_REACH = 48;
/** "the Kunduz bazaar", "the Kunduz wholesale market", "Faizabad airport": a venue right after the name. */
const VENUE_AFTER = new RegExp(`^[ \\t]+(?:[a-z-]+[ \\t]+)?(?:${VENUE_NOUNS.join('|')})\\b`);
/** "بازارهای کندز": Dari venues, plural too, with their ezafe before the name. */
const DARI_VENUE_BEFORE = new RegExp(`(?:^|\\s)(?:${DARI_VENUE_NOUNS.join('|')})(?:های|ٔ|\u200C?ی)\\s$`, 'u');
/** "a driver from Kunduz", "a carpet leaving Kunduz": one traveller or load from the town. */
const ORIGIN_BEFORE = /\b(?:[Aa]n?|[Oo]ne)[ \t](?:[\p{Ll}-]{1,20}[ \t]){0,2}(?:from|leaving)[ \t]$/u;
/** "Taloqan and Kunduz", "تالقان و کندز": names of one list. */
const LIST_GAP = /^(?:\s*[,،]\s*(?:and\s+|or\s+|و\s+)?|\s+(?:and|or|&|و)\s+)$/u;

const capitalsCache = new WeakMap<PlaceIndex, ReadonlySet<string>>();

/** The districts that hold a provincial capital. */
function capitalsOf(index: PlaceIndex): ReadonlySet<string> {
  let capitals = capitalsCache.get(index);
  if (!capitals) {
    capitals = new Set(
      [...index.entries.values()].flatMap((e) => (e.kind === 'province' ? (e.capital ?? []) : [])),
    );
    capitalsCache.set(index, capitals);
  }
  return capitals;
}

/** Whether the name is both a province and its capital: only then does "city or province" need settling. */
export function sharedWithCapital(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.some((id) => {
    const capital = index.entries.get(id)?.capital;
    return index.entries.get(id)?.kind === 'province' && !!capital && ids.includes(capital);
  });
}

/** Whether a name reads as a town by what stands beside it: a venue after it, a Dari venue or an origin before. */
export function townContext(text: string, f: FoundName): boolean {
  const before = text.slice(Math.max(0, f.start - CONTEXT_REACH), f.start);
  return (
    VENUE_AFTER.test(text.slice(f.end, f.end + CONTEXT_REACH)) ||
    DARI_VENUE_BEFORE.test(before) ||
    ORIGIN_BEFORE.test(before)
  );
}

/** A name that is only a town: every id a district that holds a provincial capital ("Taloqan", "پلخمری"). */
function onlyTown(f: FoundName, index: PlaceIndex): boolean {
  const capitals = capitalsOf(index);
  return f.qualifier === 'city' || (f.ids.length > 0 && f.ids.every((id) => capitals.has(id)));
}

/**
 * Settle names a province shares with its capital by their context: a town's venue or origin, or other towns in
 * the same list ("the bazaars of Kunduz and Taloqan", "از تالقان و کندز") make the city.
 */
export function citiesByContext(found: FoundName[], index: PlaceIndex, text: string): void {
  const open = (f: FoundName | undefined): f is FoundName =>
    !!f && !f.qualifier && sharedWithCapital(f.ids, index);
  for (const f of found) if (open(f) && townContext(text, f)) f.qualifier = 'city';
  const listed = (a: FoundName, b: FoundName) => LIST_GAP.test(text.slice(a.end, b.start));
  // Forward, then back, so a list's towns reach every name in it.
  for (let k = 1; k < found.length; k++) {
    const [a, b] = [found[k - 1], found[k]];
    if (a && open(b) && onlyTown(a, index) && listed(a, b)) b.qualifier = 'city';
  }
  for (let k = found.length - 2; k >= 0; k--) {
    const [a, b] = [found[k], found[k + 1]];
    if (b && open(a) && onlyTown(b, index) && listed(a, b)) a.qualifier = 'city';
  }
}
