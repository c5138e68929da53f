import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import { normalizeName } from '../story/normalize.ts';

// Finding a place by any spelling the gazetteer knows, English or Dari, for the studio's place finder.

const KIND_ORDER: Record<GazetteerEntry['kind'], number> = {
  province: 0,
  district: 1,
  country: 2,
  region: 3,
};

/**
 * A spelling reduced to what tells names apart: the engine's name key (case, accents, Arabic vowel marks and
 * letter forms, ZWNJ) without its spaces, so "فیض آباد" finds "فیض‌آباد" and "Pul-i-Khumri" "pulikhumri".
 */
export function foldName(name: string): string {
  return normalizeName(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface PlaceHit {
  entry: GazetteerEntry;
  /** The spelling that matched, when it is not the English name. */
  matched: string | null;
}

interface Folded {
  entry: GazetteerEntry;
  names: { name: string; folded: string; words: string[] }[];
}
const foldedCache = new WeakMap<readonly GazetteerEntry[], Folded[]>();

/** Every spelling of every place folded once per gazetteer: a keystroke compares, it does not fold 7,000 names. */
function folded(entries: readonly GazetteerEntry[]): Folded[] {
  let list = foldedCache.get(entries);
  if (!list) {
    list = entries.map((entry) => ({
      entry,
      names: [...new Set([entry.name_en, ...(entry.name_da ? [entry.name_da] : []), ...entry.names])].map(
        (name) => ({ name, folded: foldName(name), words: name.split(/[\s\-‐–]+/).map(foldName) }),
      ),
    }));
    foldedCache.set(entries, list);
  }
  return list;
}

/** Places whose names match `query`: whole name, then start of a name, then start of a word, then inside. */
export function searchPlaces(entries: readonly GazetteerEntry[], query: string, limit = 8): PlaceHit[] {
  const q = foldName(query);
  if (!q) return [];
  const scored: { hit: PlaceHit; score: number }[] = [];
  for (const { entry, names } of folded(entries)) {
    let best: { score: number; name: string } | null = null;
    for (const { name, folded: f, words } of names) {
      const score =
        f === q ? 0 : f.startsWith(q) ? 1 : words.some((w) => w.startsWith(q)) ? 2 : f.includes(q) ? 3 : -1;
      if (score >= 0 && (!best || score < best.score)) best = { score, name };
    }
    if (best)
      scored.push({
        hit: { entry, matched: best.name === entry.name_en ? null : best.name },
        score: best.score,
      });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_ORDER[a.hit.entry.kind] - KIND_ORDER[b.hit.entry.kind] ||
      a.hit.entry.name_en.localeCompare(b.hit.entry.name_en) ||
      a.hit.entry.id.localeCompare(b.hit.entry.id),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}

/** "Baharak, district of Takhar" — enough to tell two places of one name apart. */
export function placeLabel(id: string, byId: ReadonlyMap<string, GazetteerEntry>): string {
  const entry = byId.get(id);
  if (!entry) return id;
  if (entry.kind === 'district') {
    const province = entry.province ? byId.get(entry.province)?.name_en : undefined;
    return province ? `${entry.name_en}, district of ${province}` : `${entry.name_en} (district)`;
  }
  return `${entry.name_en} (${entry.kind})`;
}
