import type { GazetteerEntry } from '../story/gazetteer-schema.ts';

// Finding a place by any spelling the gazetteer knows, English or Dari, for the studio's place finder.

const KIND_ORDER: Record<GazetteerEntry['kind'], number> = {
  province: 0,
  district: 1,
  country: 2,
  region: 3,
};

/** A spelling reduced to what tells names apart: no case, accents, Arabic vowel marks or punctuation. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '') // combining marks, Arabic harakat, tatweel
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface PlaceHit {
  entry: GazetteerEntry;
  /** The spelling that matched, when it is not the English name. */
  matched: string | null;
}

/** Places whose names match `query`: whole name, then start of a name, then start of a word, then inside. */
export function searchPlaces(entries: readonly GazetteerEntry[], query: string, limit = 8): PlaceHit[] {
  const q = foldName(query);
  if (!q) return [];
  const scored: { hit: PlaceHit; score: number }[] = [];
  for (const entry of entries) {
    let best: { score: number; name: string } | null = null;
    for (const name of new Set([entry.name_en, ...(entry.name_da ? [entry.name_da] : []), ...entry.names])) {
      const f = foldName(name);
      const words = name.split(/[\s\-‐–]+/).map(foldName);
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
