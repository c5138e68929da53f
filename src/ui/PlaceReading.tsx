import { lazy, Suspense, useMemo } from 'react';
import type { Passage, Quote, Story } from '../story/schema.ts';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { mentionsByPassage, nearestNamed, placeName, placeReading } from '../state/selectors.ts';
import { PassageText } from './PassageText.tsx';
import { QuoteCard } from './QuoteCard.tsx';
import { RelatedSlot } from './RelatedSlot.tsx';
import { placeKind } from './place-kind.ts';
import { usePlaceHref } from './page-render.ts';
import { useT } from './use-t.ts';

// What the reporting says about the selected place: its passages in article order and its quotes.

/** Where a pin lies: its own chunk, fetched only for a story with pins. */
const PinWhere = lazy(() => import('./PinWhere.tsx'));

function Items({
  story,
  passages,
  quotes,
  current,
  about,
}: {
  story: Story;
  passages: Passage[];
  quotes: Quote[];
  current: string;
  /** Whose items these are: a district shows its own and its province's, and the two lists need distinct names. */
  about: string;
}) {
  const mentions = useMemo(() => mentionsByPassage(story), [story]);
  const t = useT();
  return (
    <>
      {quotes.length > 0 && (
        <section className="quotes" aria-label={t('place.quotesAbout', { place: about })}>
          {quotes.map((q) => (
            <QuoteCard key={q.id} quote={q} story={story} />
          ))}
        </section>
      )}
      {passages.length > 0 && (
        <ol className="passages" aria-label={t('place.passagesAbout', { place: about })}>
          {passages.map((p) => (
            <li key={p.id} data-passage={p.id}>
              <PassageText passage={p} mentions={mentions.get(p.id) ?? []} current={current} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function PlaceReading({
  id,
  titleId = 'panel-title',
  withParent = true,
}: {
  id: string;
  /** The heading's id (the panel is labelled by it); a page holding several readings gives each its own. */
  titleId?: string;
  /** A district's province items listed after its own (a page holding every reading links to them). */
  withParent?: boolean;
}) {
  const store = useAtlasStore();
  const story = useAtlas((s) => s.story);
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  const reading = useMemo(() => (geo ? placeReading(story, geo, id) : null), [story, geo, id]);
  const nearest = useMemo(() => (geo ? nearestNamed(story, geo, id) : []), [story, geo, id]);
  const t = useT();
  const placeHref = usePlaceHref();
  if (!reading || !geo) return null;
  const { place, own, parent } = reading;
  const empty = own.passages.length === 0 && own.quotes.length === 0;
  const name = placeName(place, language);

  return (
    <div className="place-reading">
      <header className="place-header">
        <p className="place-kind">{placeKind(place, geo, language, t)}</p>
        {/* English readers see the Dari name beside the English one; Dari readers, their own name only. */}
        <h2 id={titleId} className="place-title">
          <span lang={t.catalog.tag}>{name}</span>
          {language === 'en' && place.name_da !== place.name_en && (
            <span className="place-title-da" lang="fa-AF" dir="rtl">
              {place.name_da}
            </span>
          )}
        </h2>
        {place.kind === 'pin' && <Suspense fallback={null}>{<PinWhere id={id} />}</Suspense>}
        <p className="place-summary" data-testid="place-summary">
          {t('count.both', {
            passages: t('count.passages', { count: own.passages.length }),
            quotes: t('count.quotes', { count: own.quotes.length }),
          })}
        </p>
      </header>
      {empty && story && (
        <div className="place-empty">
          <p>{t('place.notNamed', { place: name })}</p>
          {nearest.length > 0 && (
            <>
              <p>{t('place.nearby')}</p>
              <ul className="nearest">
                {nearest.map((p) => (
                  <li key={p.id}>
                    <a
                      href={placeHref(p.id)}
                      onClick={(e) => {
                        e.preventDefault();
                        store.getState().select(p.id, { via: 'text' });
                      }}
                    >
                      {placeName(p, language)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {story && <Items story={story} passages={own.passages} quotes={own.quotes} current={id} about={name} />}
      {story && parent && withParent && (parent.passages.length > 0 || parent.quotes.length > 0) && (
        <section className="parent-items" aria-labelledby={`${titleId}-parent`}>
          <h3 id={`${titleId}-parent`}>
            {t('place.moreAbout', { place: placeName(parent.place, language) })}
          </h3>
          <Items
            story={story}
            passages={parent.passages}
            quotes={parent.quotes}
            current={id}
            about={placeName(parent.place, language)}
          />
        </section>
      )}
      <RelatedSlot id={id} />
    </div>
  );
}
