import type { Geography } from '../state/geography.ts';
import { placeName } from '../state/selectors.ts';
import type { Language } from '../state/store.ts';
import type { Stop } from '../state/tour.ts';

// How both windows of a presentation name a stop: the editor's title, else the place in the chosen language.

const KIND = { province: 'Province', district: 'District', country: 'Country' } as const;

export function stopTitle(stop: Stop, geo: Geography | null, language: Language): string {
  if (stop.title) return stop.title;
  const place = geo?.places.get(stop.place);
  return place ? placeName(place, language) : stop.place;
}

/** "District in Kunduz", "Province", "Country" — and the place's name when an editor's title hides it. */
export function stopWhere(stop: Stop, geo: Geography | null, language: Language): string {
  const place = geo?.places.get(stop.place);
  if (!place) return '';
  const province = place.province ? geo?.places.get(place.province) : undefined;
  const kind = `${KIND[place.kind]}${province ? ` in ${placeName(province, language)}` : ''}`;
  return stop.title ? `${placeName(place, language)} · ${kind}` : kind;
}
