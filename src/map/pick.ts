import type { Geography } from '../state/geography.ts';

// One pick rule for every renderer: what a click or hover at a point means, given what lies under it.

/** The pickable shapes under a point, one per layer (null where the layer has none there). */
export interface Hits {
  district: string | null;
  province: string | null;
  country: string | null;
  /** A story's pin: a point drawn over the shapes, so it wins when hit. */
  pin?: string | null;
}

/**
 * A district only inside the open province (the selected one, or the selected district's), so a first
 * click on the region opens a province and a second one reaches its districts; else the province; else
 * the neighbouring country.
 */
export function pickPlace(geo: Geography, selected: string | null, hits: Hits): string | null {
  if (hits.pin) return hits.pin;
  const current = selected ? geo.places.get(selected) : undefined;
  const openProvince = current?.kind === 'province' ? current.id : (current?.province ?? null);
  if (hits.district && openProvince !== null && geo.places.get(hits.district)?.province === openProvince)
    return hits.district;
  return hits.province ?? hits.country ?? null;
}
