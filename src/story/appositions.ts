// A name and the apposition right after it, which says what the name is: "Baghlan, the town of the sugar mill",
// "Baharak, the Takhar district near Taloqan". Its head noun gives the kind of
// place; a place it names gives the province a name several places share.
import { namesakeTown } from './city-readings.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';

type Kind = 'province' | 'district' | 'city';

/** A name found in a passage, as these readings see it. */
export interface ApposedName {
  start: number;
  end: number;
  ids: string[];
  qualifier: Kind | null;
}

/** ", the old sugar town …", ", a small district of the same name in …": the apposition, up to its clause's end. */
const APPOSITION = /^,[ \t]+(?:the|a|an)[ \t]+(?<words>[^,.;:!?"“”«»()\n]{1,80})/u;
/** Words of the apposition read for its head noun: "the small mountain district", not a noun further on. */
const HEAD_WORDS = 4;
const HEAD_KINDS: Readonly<Record<string, Kind>> = {
  town: 'city',
  city: 'city',
  district: 'district',
  province: 'province',
};

/** The apposition after the name at `f`: its end in the text and the kind its head noun names. */
function appositionAfter(text: string, f: ApposedName): { end: number; kind: Kind | null } | null {
  const m = APPOSITION.exec(text.slice(f.end, f.end + 120));
  const words = m?.groups?.['words'];
  if (!m || !words) return null;
  const head = words.split(/[ \t]+/).slice(0, HEAD_WORDS);
  const noun = head.find((w) => HEAD_KINDS[w.toLowerCase()] !== undefined);
  return { end: f.end + m[0].length, kind: noun ? (HEAD_KINDS[noun.toLowerCase()] ?? null) : null };
}

/** Whether the name can be read as a town: a province named like its capital or like a town of its own. */
function namesATown(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.some((id) => {
    const e = index.entries.get(id);
    const capital = e?.capital ? index.entries.get(e.capital) : undefined;
    return e?.kind === 'province' && (capital?.name_en === e.name_en || namesakeTown(id, index) !== null);
  });
}

/**
 * "two bakeries in Baghlan, a small town on the main road": the apposition's head noun says the name is the town,
 * the district or the province; "Baharak, the Takhar district near Taloqan": a place the apposition names settles
 * which of the places sharing the name it is.
 */
export function appositionReadings(found: ApposedName[], index: PlaceIndex, text: string): void {
  found.forEach((f, k) => {
    const apposition = appositionAfter(text, f);
    if (!apposition) return;
    if (!f.qualifier && apposition.kind === 'city' && namesATown(f.ids, index)) f.qualifier = 'city';
    else if (!f.qualifier && apposition.kind && apposition.kind !== 'city') f.qualifier = apposition.kind;
    if (f.ids.length < 2) return;
    const named = found
      .slice(k + 1)
      .find((g) => g.start < apposition.end && provincesOf(g, index).size === 1);
    const [province] = named ? provincesOf(named, index) : [];
    const inside = f.ids.filter((id) => provinceOf(index, id) === province);
    if (inside.length > 0 && inside.length < f.ids.length) f.ids = inside;
  });
}

/** The provinces a name lies in: its own for a province, its province for a district. */
function provincesOf(f: ApposedName, index: PlaceIndex): Set<string> {
  return new Set(f.ids.flatMap((id) => provinceOf(index, id) ?? []));
}
