import type { SpeakerDraft, SpeakerTable } from './speakers.ts';

/**
 * A table's speakers grouped by a key, indexed as speakers are added: a rule asking per quotation reads only the
 * speakers new since it last asked, never the whole table again (which would grow with quotations × speakers).
 */
export function speakerIndex<K>(
  keyOf: (s: SpeakerDraft) => K | undefined,
): (table: SpeakerTable, key: K) => readonly SpeakerDraft[] {
  const indexes = new WeakMap<SpeakerTable, { seen: number; byKey: Map<K, SpeakerDraft[]> }>();
  return (table, key) => {
    const index = indexes.get(table) ?? { seen: 0, byKey: new Map<K, SpeakerDraft[]>() };
    indexes.set(table, index);
    const all = table.speakers;
    for (; index.seen < all.length; index.seen++) {
      const s = all[index.seen];
      const k = s ? keyOf(s) : undefined;
      if (!s || k === undefined) continue;
      const group = index.byKey.get(k);
      if (group) group.push(s);
      else index.byKey.set(k, [s]);
    }
    return index.byKey.get(key) ?? [];
  };
}
