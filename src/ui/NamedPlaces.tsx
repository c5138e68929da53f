import { useDeferredValue, useMemo } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { namedPlaces, placeName, placesByMention } from '../state/selectors.ts';
import { usePlaceHref } from './page-render.ts';
import { useT } from './use-t.ts';

// The places the article names, as links that open them: the way in when nothing is selected yet.

export function NamedPlaces({ countries, limit }: { countries: boolean; limit?: number }) {
  const store = useAtlasStore();
  const story = useAtlas((s) => s.story);
  // A list below the fold: rendered in a low-priority pass once the data is in, after the map has painted.
  const geo = useDeferredValue(useAtlas((s) => s.geo));
  const language = useAtlas((s) => s.language);
  const t = useT();
  const placeHref = usePlaceHref();
  const named = useMemo(
    () => (geo ? namedPlaces(story, geo, limit === undefined ? { countries } : { countries, limit }) : []),
    [story, geo, countries, limit],
  );
  const status = useAtlas((s) => s.status);
  if (!geo && status === 'error') return <PlacesWithoutMap limit={limit} />;
  if (named.length === 0) return null;
  return (
    <ul className="named-places">
      {named.map(({ place, passages }) => (
        <li key={place.id}>
          <a
            href={placeHref(place.id)}
            onClick={(e) => {
              e.preventDefault();
              store.getState().select(place.id, { via: 'text' });
            }}
          >
            {placeName(place, language)}
          </a>{' '}
          <span className="muted">{t('count.passages', { count: passages })}</span>
        </li>
      ))}
    </ul>
  );
}

/** The map failed: the places as the article names them, for reading, not for picking on a map. */
function PlacesWithoutMap({ limit }: { limit: number | undefined }) {
  const story = useAtlas((s) => s.story);
  const places = useMemo(() => placesByMention(story).slice(0, limit ?? Infinity), [story, limit]);
  const t = useT();
  if (places.length === 0) return null;
  return (
    <ul className="named-places" data-testid="places-without-map">
      {places.map((p) => (
        <li key={p.id}>
          <bdi data-verbatim="story">{p.name}</bdi>{' '}
          <span className="muted">{t('count.passages', { count: p.passages })}</span>
        </li>
      ))}
    </ul>
  );
}
