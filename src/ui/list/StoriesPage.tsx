import { useShallow } from 'zustand/react/shallow';
import { loadMore, loadPlace } from '../../state/list-load.ts';
import { visibleStories } from '../../state/list-selectors.ts';
import { Filters } from './Filters.tsx';
import { ListMap } from './ListMap.tsx';
import { PlaceTimeline } from './PlaceTimeline.tsx';
import { StoryRow } from './StoryRow.tsx';
import { useList, useListStore, useListT } from './list-context.tsx';

// The site's stories (stories/): newest first, filtered by a place (typed, or a province on the small map)
// and a date range; filtered by a place, the stories about it on a time axis.

function usePlaceName(): string | null {
  const place = useList((s) => s.place);
  const names = useList((s) => s.map?.places);
  const language = useList((s) => s.language);
  const found = names?.find((p) => p.id === place);
  return found ? (language === 'da' ? found.da : found.en) : null;
}

function StoryList() {
  const t = useListT();
  const { store, root } = useListStore();
  const { stories, byPlace, place, from, to, head, pagesLoaded } = useList(
    useShallow((s) => ({
      stories: s.stories,
      byPlace: s.byPlace,
      place: s.place,
      from: s.from,
      to: s.to,
      head: s.head,
      pagesLoaded: s.pagesLoaded,
    })),
  );
  const shown = visibleStories(stories, byPlace, { place, from, to });
  const name = usePlaceName();
  const loadingPlace = place !== null && !byPlace[place];
  const more = !place && head !== null && pagesLoaded < head.pages.length;
  return (
    <section className="list-stories" aria-labelledby="list-heading">
      <h2 id="list-heading" className="list-heading">
        {place && name ? t('list.about', { place: name }) : t('list.count', { count: head?.total ?? 0 })}
      </h2>
      {place && name && <PlaceTimeline stories={byPlace[place] ?? []} place={name} />}
      <p role="status" className="list-status">
        {loadingPlace
          ? t('list.loading')
          : shown.length === 0
            ? t('list.none')
            : t('list.count', { count: shown.length })}
      </p>
      <ul className="story-rows">
        {shown.map((e) => (
          <StoryRow key={e.slug} entry={e} />
        ))}
      </ul>
      {more && (
        <button type="button" onClick={() => void loadMore(store, root)}>
          {t('list.more')}
        </button>
      )}
    </section>
  );
}

export function StoriesPage({ onLanguage }: { onLanguage: () => void }) {
  const t = useListT();
  const { store, root } = useListStore();
  const status = useList((s) => s.status);
  const error = useList((s) => s.error);
  const choose = (id: string | null) => {
    if (id) void loadPlace(store, root, id);
  };
  const chooseOnMap = (id: string) => {
    const place = store.getState().map?.places.find((p) => p.id === id);
    const name = place ? (store.getState().language === 'da' ? place.da : place.en) : id;
    store.getState().choosePlace(id, name);
    choose(id);
  };
  return (
    <main className="list-page">
      <header className="list-header">
        <h1>{t('list.title')}</h1>
        <nav>
          <a href={root || './'}>{t('list.reader')}</a>{' '}
          <button type="button" className="list-language" onClick={onLanguage}>
            {t('list.language')}
          </button>
        </nav>
      </header>
      {status === 'failed' && <p role="alert">{t('list.failed', { reason: error ?? '' })}</p>}
      {status === 'loading' && <p role="status">{t('list.loading')}</p>}
      {status === 'ready' && (
        <div className="list-body">
          <aside className="list-side">
            <Filters onPlace={choose} />
            <ListMap onChoose={chooseOnMap} />
          </aside>
          <StoryList />
        </div>
      )}
    </main>
  );
}
