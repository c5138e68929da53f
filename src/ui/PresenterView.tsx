import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { selectStop, selectTour } from '../state/presentation.ts';
import type { Stop } from '../state/tour.ts';
import { openAudience } from './present-windows.ts';
import { PresentProgress } from './PresentProgress.tsx';
import { PresenterTimer } from './PresenterTimer.tsx';
import { StopContent } from './StopContent.tsx';
import { stopTitle, stopWhere } from './stop-label.ts';
import { usePresentKeys } from './use-present-keys.ts';
import { Notices } from './Notices.tsx';

// The presenter's window: the current stop in full with its notes, the next stop, a timer, every stop.
// It drives the audience screen (and follows it) through the store and present-sync.

function useStopLabel() {
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  return {
    title: (stop: Stop) => stopTitle(stop, geo, language),
    where: (stop: Stop) => stopWhere(stop, geo, language),
  };
}

function NextStop() {
  const next = useAtlas((s) => selectStop(s, 1));
  const story = useAtlas((s) => s.story);
  const label = useStopLabel();
  if (!next) {
    return (
      <section className="presenter-next" aria-labelledby="presenter-next-title">
        <h2 id="presenter-next-title">Next</h2>
        <p>End of the tour.</p>
      </section>
    );
  }
  const quote = story?.quotes.find((q) => q.id === next.quotes[0]);
  const passage = story?.passages.find((p) => p.id === next.passage);
  return (
    <section className="presenter-next" aria-labelledby="presenter-next-title" data-stop={next.id}>
      <h2 id="presenter-next-title">Next: {label.title(next)}</h2>
      <p className="presenter-where">{label.where(next)}</p>
      <p className="presenter-preview">{quote ? `“${quote.text}”` : (passage?.text ?? '')}</p>
    </section>
  );
}

function StopList() {
  const store = useAtlasStore();
  const stops = useAtlas((s) => selectTour(s).stops);
  const step = useAtlas((s) => s.tourStep);
  const label = useStopLabel();
  return (
    <nav className="presenter-stops" aria-labelledby="presenter-stops-title">
      <h2 id="presenter-stops-title">All stops</h2>
      <ol>
        {stops.map((stop, i) => (
          <li key={stop.id}>
            <button
              type="button"
              aria-current={i === step ? 'step' : undefined}
              onClick={() => store.getState().goToStep(i, { via: 'list' })}
            >
              {label.title(stop)}
              {stop.quotes.length > 0 && <span className="presenter-stop-kind"> · quotation</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function PresenterView() {
  const store = useAtlasStore();
  const status = useAtlas((s) => s.status);
  const title = useAtlas((s) => s.story?.meta.title ?? 'North Atlas');
  const stop = useAtlas((s) => selectStop(s));
  const step = useAtlas((s) => s.tourStep);
  const total = useAtlas((s) => selectTour(s).stops.length);
  const blanked = useAtlas((s) => s.blanked);
  const skipped = useAtlas((s) => selectTour(s).skipped);
  const label = useStopLabel();
  const digits = usePresentKeys({});

  return (
    <div className="presenter" data-status={status}>
      <header className="presenter-bar">
        <div>
          <p className="presenter-brand">North Atlas · presenter view</p>
          <h1>{title}</h1>
        </div>
        <PresenterTimer />
        <div className="presenter-actions">
          <button
            type="button"
            aria-pressed={blanked}
            onClick={() => store.getState().setBlanked(!blanked, { via: 'text' })}
          >
            Blank the screen <kbd aria-hidden="true">B</kbd>
          </button>
          <button type="button" onClick={openAudience}>
            Open the audience window
          </button>
        </div>
      </header>
      <Notices className="presenter-error" />
      {skipped.length > 0 && (
        <div className="presenter-error" role="alert">
          <p>The annotation file’s tour has stops that cannot be shown: {skipped.join('; ')}.</p>
        </div>
      )}
      <main className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          {stop ? (
            <article data-stop={stop.id} data-place={stop.place}>
              <p className="presenter-where">
                Stop {step + 1} of {total} · {label.where(stop)}
              </p>
              <h2 id="presenter-current-title">Now: {label.title(stop)}</h2>
              <StopContent stop={stop} full />
            </article>
          ) : (
            <h2 id="presenter-current-title">
              {status === 'loading' ? 'Loading the story…' : 'No stops to present.'}
            </h2>
          )}
        </section>
        <aside className="presenter-side" aria-label="Notes and what comes next">
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h2 id="presenter-notes-title">Notes</h2>
            <p data-testid="presenter-notes">{stop?.notes ?? ''}</p>
            {blanked && <p className="presenter-blanked">The audience screen is blank.</p>}
          </section>
          <NextStop />
          <StopList />
        </aside>
      </main>
      <PresentProgress step={step} total={total} digits={digits} />
    </div>
  );
}
