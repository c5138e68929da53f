import type { Translate } from '../i18n/translate.ts';
import type { Geography, MapPlace } from '../state/geography.ts';
import { placeName } from '../state/selectors.ts';
import type { Language } from '../state/store.ts';

// A place's kind as the reading panel and a presentation name it; its own module, so the reading panel does
// not bring the presentation's wording (stop-label.ts) into the first view.

/** "District in Kunduz", "Province", "Country". */
export function placeKind(place: MapPlace, geo: Geography | null, language: Language, t: Translate): string {
  const kind = t(`kind.${place.kind}`);
  const province = place.province ? geo?.places.get(place.province) : undefined;
  return province ? t('kind.in', { kind, province: placeName(province, language) }) : kind;
}
