import type { Translate } from '../i18n/translate.ts';
import type { Geography, MapPlace } from '../state/geography.ts';
import { placeName } from '../state/selectors.ts';
import type { Language } from '../state/store.ts';
import type { Stop } from '../state/tour.ts';

// How the reading panel and both windows of a presentation name a place's kind and a stop: the editor's
// title, else the place in the chosen language.

/** "District in Kunduz", "Province", "Country". */
export function placeKind(place: MapPlace, geo: Geography | null, language: Language, t: Translate): string {
  const kind = t(`kind.${place.kind}`);
  const province = place.province ? geo?.places.get(place.province) : undefined;
  return province ? t('kind.in', { kind, province: placeName(province, language) }) : kind;
}

export function stopTitle(stop: Stop, geo: Geography | null, language: Language): string {
  if (stop.title) return stop.title;
  const place = geo?.places.get(stop.place);
  return place ? placeName(place, language) : stop.place;
}

/** The place's kind — and its name when an editor's title hides it. */
export function stopWhere(stop: Stop, geo: Geography | null, language: Language, t: Translate): string {
  const place = geo?.places.get(stop.place);
  if (!place) return '';
  const kind = placeKind(place, geo, language, t);
  return stop.title ? `${placeName(place, language)} · ${kind}` : kind;
}
