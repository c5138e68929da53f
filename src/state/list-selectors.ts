import type { ListEntry } from '../story/index-entries.ts';
import type { ListPlace } from './list-map-schema.ts';

// The list page's derived views: which place a typed name is, which stories show, the timeline's bars and
// the map's shades. Pure functions of the list store's facts (list-store.ts).

/** Arabic letters a Dari reader may type for the Persian ones (keyboards differ), and case. */
export function normalizeName(text: string): string {
  return text.trim().toLowerCase().replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\s+/g, ' ');
}

/** The place a typed name is, in English or Dari (a province before a district of the same name). */
export function findPlace(places: readonly ListPlace[], text: string): ListPlace | null {
  const wanted = normalizeName(text);
  if (!wanted) return null;
  const named = places.filter((p) => normalizeName(p.en) === wanted || normalizeName(p.da) === wanted);
  return named.find((p) => !p.province) ?? named[0] ?? null;
}

/** Whether a story's date lies in the range (ISO dates, either end open); an undated story lies in none. */
export function inDateRange(date: string | undefined, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  // A partial date ("2024-05") is in the range when any day of it is.
  if (from && `${date}-99` < from) return false;
  return !(to && date > to);
}

export interface ListFilter {
  place: string | null;
  from: string;
  to: string;
}

/** The stories the filters leave: a place's own index when a place is chosen, else the site's list. */
export function visibleStories(
  all: readonly ListEntry[],
  byPlace: Readonly<Record<string, readonly ListEntry[]>>,
  filter: ListFilter,
): ListEntry[] {
  const source = filter.place ? (byPlace[filter.place] ?? []) : all;
  return source.filter((e) => inDateRange(e.date, filter.from, filter.to));
}

/** Over this many months the timeline counts by year. */
export const TIMELINE_MAX_MONTHS = 36;

export interface TimelineBar {
  /** "2024-05" or "2024". */
  period: string;
  count: number;
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7) || '1') - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Stories per month (per year over TIMELINE_MAX_MONTHS) from the first to the last, empty periods too. */
export function timelineBars(entries: readonly { date?: string | undefined }[]): TimelineBar[] {
  const dated = entries.flatMap((e) => (e.date && /^\d{4}/.test(e.date) ? [e.date] : []));
  if (dated.length === 0) return [];
  const months = dated.map((d) => monthIndex(d.slice(0, 7)));
  const first = Math.min(...months);
  const last = Math.max(...months);
  const byYear = last - first + 1 > TIMELINE_MAX_MONTHS;
  const key = byYear ? (i: number) => String(Math.floor(i / 12)) : monthOf;
  const counts = new Map<string, number>();
  for (let i = first; i <= last; i++) counts.set(key(i), 0);
  for (const m of months) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return [...counts].map(([period, count]) => ({ period, count }));
}

/** How many shades the map has beyond "no story". */
export const MAP_SHADES = 4;

/** A province's shade, 0 (no story) to MAP_SHADES (the most), in even steps of the largest count. */
export function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * MAP_SHADES));
}
