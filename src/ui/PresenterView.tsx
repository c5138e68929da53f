import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { goToStep, selectStop, selectTour } from '../state/tour-steps.ts';
import type { Stop } from '../state/tour.ts';
import { openAudience } from './present-windows.ts';
import { PresentProgress } from './PresentProgress.tsx';
import { PresenterTimer } from './PresenterTimer.tsx';
import { StopContent } from './StopContent.tsx';
import { RelatedSlot } from './RelatedSlot.tsx';
import { notesText, stopTitle, stopWhere } from './stop-label.ts';
import { usePresentKeys } from './use-present-keys.ts';
import { useT } from './use-t.ts';
import { Message } from './Message.tsx';
import { Notices } from './Notices.tsx';

// The presenter's window: the current stop in full with its notes, the next stop, a timer, every stop.
// It drives the audience screen (and follows it) through the store and present-sync.

function useStopLabel() {
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  const t = useT();
  return {
    title: (stop: Stop) => stopTitle(stop, geo, language),
    where: (stop: Stop) => stopWhere(stop, geo, language, t),
    notes: (stop: Stop) => (geo ? notesText(stop.notes, geo.places, language, t) : ''),
  };
}

function NextStop() {
  const next = useAtlas((s) => selectStop(s, 1));
  const story = useAtlas((s) => s.story);
  const label = useStopLabel();
  const t = useT();
  if (!next) {
    return (
      <section className="presenter-next" aria-labelledby="presenter-next-title">
        <h2 id="presenter-next-title">{t('presenter.next')}</h2>
        <p>{t('presenter.end')}</p>
      </section>
    );
  }
  const quote = story?.quotes.find((q) => q.id === next.quotes[0]);
  const passage = story?.passages.find((p) => p.id === next.passage);
  return (
    <section className="presenter-next" aria-labelledby="presenter-next-title" data-stop={next.id}>
      <h2 id="presenter-next-title">{t('presenter.nextTitle', { title: label.title(next) })}</h2>
      <p className="presenter-where">{label.where(next)}</p>
      <p className="presenter-preview" dir="auto" data-verbatim="story">
        {quote ? `“${quote.text}”` : (passage?.text ?? '')}
      </p>
    </section>
  );
}

function StopList() {
  const store = useAtlasStore();
  const stops = useAtlas((s) => selectTour(s).stops);
  const step = useAtlas((s) => s.tourStep);
  const label = useStopLabel();
  const t = useT();
  return (
    <nav className="presenter-stops" aria-labelledby="presenter-stops-title">
      <h2 id="presenter-stops-title">{t('presenter.all')}</h2>
      <ol>
        {stops.map((stop, i) => (
          <li key={stop.id}>
            <button
              type="button"
              aria-current={i === step ? 'step' : undefined}
              onClick={() => goToStep(store, i, { via: 'list' })}
            >
              <bdi data-verbatim={stop.title ? 'story' : undefined}>{label.title(stop)}</bdi>
              {stop.quotes.length > 0 && (
                <span className="presenter-stop-kind">{t('presenter.quotation')}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The annotation file's stops the presentation cannot show, each with why, for the author to mend. */
export function SkippedStops() {
  const t = useT();
  const skipped = useAtlas((s) => selectTour(s).skipped);
  if (skipped.length === 0) return null;
  return (
    <div className="presenter-error" role="alert">
      <p>{t('presenter.skipped')}</p>
      <ul>
        {skipped.map((s) => (
          <li key={s.index}>
            <Message
              id={s.missing === 'place' ? 'presenter.skippedPlace' : 'presenter.skippedPassage'}
              nodes={{ id: <bdi data-verbatim="story">{s.id}</bdi> }}
              params={{ n: s.index + 1, index: s.index }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PresenterView() {
  const store = useAtlasStore();
  const status = useAtlas((s) => s.status);
  const t = useT();
  const title = useAtlas((s) => s.story?.meta.title) ?? t('app.name');
  const stop = useAtlas((s) => selectStop(s));
  const step = useAtlas((s) => s.tourStep);
  const total = useAtlas((s) => selectTour(s).stops.length);
  const blanked = useAtlas((s) => s.blanked);
  const label = useStopLabel();
  const digits = usePresentKeys({});

  return (
    <div className="presenter" data-status={status}>
      <header className="presenter-bar">
        <div>
          <p className="presenter-brand">{t('presenter.brand')}</p>
          <h1 dir="auto" data-verbatim="story">
            {title}
          </h1>
        </div>
        <PresenterTimer />
        <div className="presenter-actions">
          <button
            type="button"
            aria-pressed={blanked}
            onClick={() => store.getState().setBlanked(!blanked, { via: 'text' })}
          >
            {t('presenter.blank')} <kbd aria-hidden="true">B</kbd>
          </button>
          <button type="button" onClick={openAudience}>
            {t('presenter.audience')}
          </button>
        </div>
      </header>
      <Notices className="presenter-error" />
      <SkippedStops />
      <main className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          {stop ? (
            <article data-stop={stop.id} data-place={stop.place}>
              <p className="presenter-where">
                {t('presenter.where', { n: step + 1, total, where: label.where(stop) })}
              </p>
              <h2 id="presenter-current-title">{t('presenter.now', { title: label.title(stop) })}</h2>
              <StopContent stop={stop} full />
              <RelatedSlot id={stop.place} />
            </article>
          ) : (
            <h2 id="presenter-current-title">
              {status === 'loading' ? t('presenter.loading') : t('presenter.noStops')}
            </h2>
          )}
        </section>
        <aside className="presenter-side" aria-label={t('presenter.side')}>
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h2 id="presenter-notes-title">{t('presenter.notes')}</h2>
            <p
              data-testid="presenter-notes"
              dir="auto"
              data-verbatim={stop && stop.notes.kind !== 'place' ? 'story' : undefined}
            >
              {stop ? label.notes(stop) : ''}
            </p>
            {blanked && <p className="presenter-blanked">{t('presenter.audienceBlank')}</p>}
          </section>
          <NextStop />
          <StopList />
        </aside>
      </main>
      <PresentProgress step={step} total={total} digits={digits} />
    </div>
  );
}
