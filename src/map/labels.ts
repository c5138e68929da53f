import type { MapPlace } from '../state/geography.ts';

// Map labels never overprint each other: on a phone or in a narrow embed, "Kunduz", "Takhar" and
// "Badakhshan" would otherwise pile up. Both maps place their labels themselves (no glyphs are fetched for
// MapLibre), so both declutter them with this rule: the most important label first, and each next one only
// where it touches none already placed.

export interface LabelCandidate {
  id: string;
  /** Anchor in screen pixels: the label is centred on it. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An estimate of a label's box from its text and type size: measuring each would cost a layout. */
export function labelBox(text: string, fontPx: number, bold: boolean): { width: number; height: number } {
  // Average advance of a sans-serif letter, a little wider for bold; Arabic script runs narrower.
  const arabic = /[\u0600-\u06FF]/.test(text);
  const em = arabic ? 0.5 : bold ? 0.62 : 0.56;
  return { width: text.length * fontPx * em, height: fontPx * 1.2 };
}

/** The ids of the labels to show: in the order given (most important first), those touching none before. */
export function declutter(candidates: readonly LabelCandidate[], gapPx = 4): Set<string> {
  const kept: LabelCandidate[] = [];
  const shown = new Set<string>();
  for (const c of candidates) {
    const clash = kept.some(
      (k) =>
        Math.abs(k.x - c.x) * 2 < k.width + c.width + gapPx * 2 &&
        Math.abs(k.y - c.y) * 2 < k.height + c.height + gapPx * 2,
    );
    if (clash) continue;
    kept.push(c);
    shown.add(c.id);
  }
  return shown;
}

/**
 * Importance: the selected place; the districts of the province in focus (the selected one, or the selected
 * district's), which the reader has zoomed in to read; a selected province; then provinces, countries and
 * other districts, each kind by story weight.
 */
export function labelOrder(
  selected: string | null,
  focusProvince: string | null,
  passages: (id: string) => number,
): (a: Ranked, b: Ranked) => number {
  // A selected province gives way to its own districts: the panel and the outline already name it.
  const rank = (l: Ranked) =>
    l.id === selected && l.kind !== 'province'
      ? 0
      : l.kind === 'district' && l.province !== null && l.province === focusProvince
        ? 1
        : l.id === selected
          ? 2
          : l.kind === 'province'
            ? 3
            : l.kind === 'country'
              ? 4
              : 5;
  return (a, b) => rank(a) - rank(b) || passages(b.id) - passages(a.id);
}

interface Ranked {
  id: string;
  kind: string;
  province: string | null;
}

/** A label the map could show: its place, its text and type, and its anchor on screen. */
export interface LabelSpot {
  place: MapPlace;
  text: string;
  fontPx: number;
  bold: boolean;
  x: number;
  y: number;
}

/**
 * The labels to show in a view: those wholly inside it, the most important first, none overprinting
 * another. `focus` is the selected place, if any.
 */
export function visibleLabels(
  spots: readonly LabelSpot[],
  view: { width: number; height: number },
  focus: MapPlace | undefined,
  passages: (id: string) => number,
): Set<string> {
  const candidates: (LabelCandidate & Ranked)[] = [];
  for (const { place, text, fontPx, bold, x, y } of spots) {
    const box = labelBox(text, fontPx, bold);
    const inView =
      x - box.width / 2 >= 0 &&
      x + box.width / 2 <= view.width &&
      y - box.height / 2 >= 0 &&
      y + box.height / 2 <= view.height;
    if (inView) candidates.push({ id: place.id, kind: place.kind, province: place.province, x, y, ...box });
  }
  const focusProvince = focus?.kind === 'province' ? focus.id : (focus?.province ?? null);
  candidates.sort(labelOrder(focus?.id ?? null, focusProvince, passages));
  return declutter(candidates);
}
