import { useEffect } from 'react';
import { withAtlasWords } from '../i18n/en-atlas.ts';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { relatedFor } from '../state/related-select.ts';
import { loadRelated } from '../state/related-load.ts';
import { afterNextPaint } from './after-paint.ts';
import { placeName } from '../state/selectors.ts';
import { hashForPlace } from '../state/url-sync.ts';
import type { PlaceEntry } from '../story/index-entries.ts';
import { useT } from './use-t.ts';

// "Other stories about Kunduz" at the end of a place's reading: each story's title, date and its words about
// the place, linking to that story opened at the same place. A district's own stories come first, then its
// province's. Nothing shows for a place no other story concerns, or whose index cannot be read.

withAtlasWords();

/** The story's page at the place: the default story's page is the site's root. */
export function storyAtPlace(
  root: string,
  entry: Pick<PlaceEntry, 'slug' | 'default'>,
  place: string,
): string {
  return `${root}${entry.default ? '' : `stories/${entry.slug}/`}${hashForPlace(place)}`;
}

function RelatedItem({ entry, place, root }: { entry: PlaceEntry; place: string; root: string }) {
  const t = useT();
  return (
    <li>
      <a href={storyAtPlace(root, entry, place)} dir="auto" data-verbatim="story">
        {entry.title}
      </a>
      {entry.date && (
        <>
          {' · '}
          <time dateTime={entry.date}>{t.catalog.date(entry.date)}</time>
        </>
      )}
      {entry.snippet && (
        <p className="related-snippet" dir="auto" data-verbatim="story">
          {entry.snippet}
        </p>
      )}
    </li>
  );
}

export default function RelatedStories({ id }: { id: string }) {
  const store = useAtlasStore();
  const geo = useAtlas((s) => s.geo);
  const source = useAtlas((s) => s.relatedSource);
  const loaded = useAtlas((s) => s.relatedStories);
  const language = useAtlas((s) => s.language);
  const t = useT();
  // A click's effects run before its panel paints: the index is fetched once the reading is on screen.
  useEffect(() => afterNextPaint(() => loadRelated(store, id)), [store, id]);
  if (!geo || !source) return null;
  const groups = relatedFor({ relatedSource: source, relatedStories: loaded }, geo, id);
  if (!groups || groups.length === 0) return null;
  const nameOf = (place: string) => {
    const p = geo.places.get(place);
    return p ? placeName(p, language) : place;
  };
  return (
    <section className="related-stories" aria-labelledby={`related-${id}`}>
      <h3 id={`related-${id}`}>{t('related.title', { place: nameOf(id) })}</h3>
      {groups.map((g) => (
        <div key={g.place}>
          {g.place !== id && geo.places.get(g.place)?.kind === 'province' && (
            <h4>{t('related.province', { place: nameOf(g.place) })}</h4>
          )}
          <ul className="related-list">
            {g.entries.slice(0, 5).map((e) => (
              <RelatedItem key={e.slug} entry={e} place={g.place === id ? id : g.place} root={source.root} />
            ))}
          </ul>
        </div>
      ))}
      <p>
        <a href={`${source.root}stories/?place=${id}`}>{t('related.all', { place: nameOf(id) })}</a>
      </p>
    </section>
  );
}
