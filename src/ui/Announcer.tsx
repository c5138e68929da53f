import { useAtlas } from '../state/atlas-context.tsx';
import { catalogFor } from '../i18n/catalogs.ts';
import { translator } from '../i18n/translate.ts';
import { placeCounts, placeName } from '../state/selectors.ts';

// Tells screen-reader users what a selection change did, wherever it came from.

export function Announcer() {
  const message = useAtlas((s) => {
    const t = translator(catalogFor(s.language));
    if (!s.selected || !s.geo) return s.status === 'ready' ? t('announce.none') : '';
    const place = s.geo.places.get(s.selected);
    if (!place) return '';
    const c = placeCounts(s.story, place.id);
    return t(`announce.${place.kind}`, {
      name: placeName(place, s.language),
      passages: t('count.passages', { count: c.passages }),
      quotes: t('count.quotes', { count: c.quotes }),
    });
  });
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
