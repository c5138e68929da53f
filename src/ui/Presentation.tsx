import { useEffect, useRef } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { selectStop, selectTour } from '../state/tour-steps.ts';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen.ts';
import { openPresenter } from './present-windows.ts';
import { PresentProgress } from './PresentProgress.tsx';
import { StopContent } from './StopContent.tsx';
import { stopTitle, stopWhere } from './stop-label.ts';
import { usePresentKeys } from './use-present-keys.ts';
import { useT } from './use-t.ts';
import { addEnglishWords } from '../i18n/catalogs.ts';
import { presentingMessages } from '../i18n/en-presenting.ts';
import './present.css';

// The presentation's English words come with its chunk, before it first renders.
addEnglishWords(presentingMessages);

// The audience screen: the map large beside one stop of the tour in projector-sized type. The reader's
// chrome is hidden by present.css while the store says `presenting`; this component is its own chunk.

export default function Presentation() {
  const store = useAtlasStore();
  const stop = useAtlas((s) => selectStop(s));
  const total = useAtlas((s) => selectTour(s).stops.length);
  const step = useAtlas((s) => s.tourStep);
  const blanked = useAtlas((s) => s.blanked);
  const t = useT();
  const title = useAtlas((s) => s.story?.meta.title) ?? t('app.name');
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  /** Full screen was left by our own hand (F), not by the browser's Esc: the show goes on. */
  const ownExit = useRef(false);

  const leave = () => {
    store.getState().present(false, { via: 'key' });
    exitFullscreen();
  };
  const toggleFullscreen = () => {
    if (isFullscreen()) ownExit.current = exitFullscreen();
    else enterFullscreen();
  };
  const digits = usePresentKeys({ leave, fullscreen: toggleFullscreen, presenter: openPresenter });

  // In full screen the browser keeps Esc for itself and only tells us full screen ended: that is leaving too.
  useEffect(() => {
    const onChange = () => {
      if (isFullscreen()) return;
      if (ownExit.current) ownExit.current = false;
      else store.getState().present(false, { via: 'key' });
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  const heading = stop ? stopTitle(stop, geo, language) : '';
  const verbatim = stop?.title ? 'story' : undefined;
  return (
    <>
      <section className="present-stop" aria-labelledby="present-stop-title" data-testid="present-stop">
        <h1 className="present-story" dir="auto" data-verbatim="story">
          {title}
        </h1>
        {stop ? (
          <article key={stop.id} data-stop={stop.id} data-place={stop.place}>
            <p className="present-where">{stopWhere(stop, geo, language, t)}</p>
            <h2 id="present-stop-title" className="present-title" dir="auto" data-verbatim={verbatim}>
              {heading}
            </h2>
            <StopContent stop={stop} />
          </article>
        ) : (
          <h2 id="present-stop-title" className="present-title">
            {t('present.none')}
          </h2>
        )}
      </section>
      <PresentProgress step={step} total={total} digits={digits}>
        <button type="button" onClick={openPresenter}>
          {t('present.presenter')} <kbd aria-hidden="true">S</kbd>
        </button>
        <button type="button" onClick={leave}>
          {t('present.leave')} <kbd aria-hidden="true">Esc</kbd>
        </button>
      </PresentProgress>
      <p className="visually-hidden" role="status" data-testid="present-status">
        {blanked
          ? t('present.blanked')
          : stop
            ? t('present.status', { n: step + 1, total, title: heading })
            : ''}
      </p>
      {blanked && <div className="present-blank" data-testid="present-blank" />}
    </>
  );
}
