import { useState } from 'react';
import type { ListEntry } from '../../story/index-entries.ts';
import { useList, useListStore, useListT } from './list-context.tsx';

// One story in the list: its thumbnail (the share card, where the build made one), title, date, publisher and
// the places it concerns.

/** The story's page from the site's root: the default story's is the root itself. */
export const storyPage = (entry: Pick<ListEntry, 'slug' | 'default'>) =>
  entry.default ? '' : `stories/${entry.slug}/`;

export function StoryRow({ entry }: { entry: ListEntry }) {
  const t = useListT();
  const { root } = useListStore();
  const names = useList((s) => s.map?.places);
  const language = useList((s) => s.language);
  const [thumbnail, setThumbnail] = useState(true);
  const page = root + storyPage(entry);
  const nameOf = (id: string) => {
    const place = names?.find((p) => p.id === id);
    return place ? (language === 'da' ? place.da : place.en) : null;
  };
  const places = entry.places.flatMap((id) => nameOf(id) ?? []);
  return (
    <li className="story-row">
      {thumbnail && (
        <img
          className="story-thumb"
          src={`${page || root || './'}share.png`}
          alt=""
          width={120}
          height={63}
          loading="lazy"
          onError={() => setThumbnail(false)}
        />
      )}
      <div>
        <h2 className="story-title">
          <a href={page || root || './'} dir="auto">
            {entry.title}
          </a>
        </h2>
        <p className="story-meta">
          {entry.date ? (
            <time dateTime={entry.date}>{t.catalog.date(entry.date)}</time>
          ) : (
            <span className="no-date">{t('list.noDate')}</span>
          )}
          {entry.publisher && (
            <>
              {' · '}
              {t('list.publisher', { name: entry.publisher })}
            </>
          )}
        </p>
        {places.length > 0 && (
          <p className="story-places">
            {t('list.places', { list: places.join(language === 'da' ? '، ' : ', ') })}
          </p>
        )}
      </div>
    </li>
  );
}
