import { findPlaceCandidates, namesakeKey } from './link-places.ts';
import { normalizeName } from './normalize.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';

// An encyclopedia page is about one place, and says in its title ("Tagab District (Badakhshan)") or its infobox
// ("Province⇥Badakhshan", «ولایت⇥بدخشان») which of the places sharing its name it is. The page's every bare use of
// the name that nothing nearer settles is that place; a namesake the passage leaves tied is the one in its province.

/** An infobox's province row: its label, a tab, the province's name. */
const INFOBOX_PROVINCE = /^(?:province|ولایت)\t+(?<name>[^\t]{1,40})$/iu;

/** The provinces an infobox's rows name. */
function infoboxProvinces(rows: readonly string[], index: PlaceIndex): string[] {
  return rows.flatMap((row) => {
    const name = INFOBOX_PROVINCE.exec(row.trim())?.groups?.['name'] ?? '';
    const ids = index.exact.get(normalizeName(name)) ?? [];
    return ids.filter((id) => index.entries.get(id)?.kind === 'province');
  });
}

/** What the page's title and infobox say it is about: its namesakes settled, and the provinces they name. */
export interface PageSubject {
  /** For each name the headline gives that several places share, the one in the page's province. */
  namesakes: ReadonlyMap<string, string>;
  /** The provinces the headline (through its places) and the infobox name. */
  provinces: ReadonlySet<string>;
}

/**
 * The page's subject among namesakes: for each name the headline gives that several places share, the one place
 * that lies in the province the headline or the infobox names, by the name's ids (`namesakeKey`).
 */
export function pageSubject(
  headline: string,
  infoboxRows: readonly string[],
  index: PlaceIndex,
): PageSubject {
  const found = findPlaceCandidates(headline, index);
  const provinces = new Set(infoboxProvinces(infoboxRows, index));
  for (const c of found) {
    const province = c.ids.length === 1 ? provinceOf(index, c.ids[0] ?? '') : null;
    if (province) provinces.add(province);
  }
  const namesakes = new Map<string, string>();
  for (const c of found) {
    if (c.ids.length < 2) continue;
    const inside = c.ids.filter((id) => provinces.has(provinceOf(index, id) ?? ''));
    if (inside.length === 1 && inside[0]) namesakes.set(namesakeKey(c.ids), inside[0]);
  }
  return { namesakes, provinces };
}

/**
 * A namesake read on the page: the page's subject when the headline gives the name, else, when the passage's
 * context left it tied (`tied`), the one of its places in the page's province ("… carried to Baharak" on a page
 * about a Badakhshan district). Null when the page says nothing of it.
 */
export function subjectReading(
  ids: readonly string[],
  subject: PageSubject,
  index: PlaceIndex,
  tied: boolean,
): string | null {
  const named = subject.namesakes.get(namesakeKey(ids));
  if (named || !tied) return named ?? null;
  const inside = ids.filter((id) => subject.provinces.has(provinceOf(index, id) ?? ''));
  return inside.length === 1 ? (inside[0] ?? null) : null;
}
