import type { Translate } from '../i18n/translate.ts';
import type { Geography } from '../state/geography.ts';
import { placeName } from '../state/selectors.ts';
import type { Language } from '../state/store.ts';
import type { Notes, Stop } from '../state/tour.ts';
import { placeKind } from './place-kind.ts';

// How the reading panel and both windows of a presentation name a place's kind and a stop: the editor's
// title, else the place in the chosen language.

export function stopTitle(stop: Stop, geo: Geography | null, language: Language): string {
  if (stop.title) return stop.title;
  const place = geo?.places.get(stop.place);
  return place ? placeName(place, language) : stop.place;
}

/** A stop's speaker notes in the reader's language: "Kunduz (province): 3 passages and 1 quotation …". */
export function notesText(
  notes: Notes,
  places: Geography['places'],
  language: Language,
  t: Translate,
): string {
  if (notes.kind === 'text') return notes.text;
  if (notes.kind === 'speakers') {
    if (notes.speakers.length === 0) return t('notes.unattributed');
    return notes.speakers
      .map((s) =>
        t(s.description ? 'notes.described' : 'notes.speaker', {
          name: s.name,
          description: s.description ?? '',
        }),
      )
      .join(' ');
  }
  const place = places.get(notes.place);
  const province = place?.province ? places.get(place.province) : undefined;
  const what = place
    ? t(`notes.${place.kind}`, {
        name: placeName(place, language),
        province: province ? placeName(province, language) : '',
      })
    : notes.place;
  const share = t('notes.place', {
    what,
    passages: t('count.passages', { count: notes.passages }),
    quotes: t('notes.quotations', { count: notes.quotes }),
  });
  return notes.paragraph === null ? share : `${share} ${t('notes.first', { n: notes.paragraph })}`;
}

/** The place's kind — and its name when an editor's title hides it. */
export function stopWhere(stop: Stop, geo: Geography | null, language: Language, t: Translate): string {
  const place = geo?.places.get(stop.place);
  if (!place) return '';
  const kind = placeKind(place, geo, language, t);
  return stop.title ? `${placeName(place, language)} · ${kind}` : kind;
}
