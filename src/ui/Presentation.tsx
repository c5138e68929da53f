import { useEffect, useRef } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { selectStop, selectTour } from '../state/presentation.ts';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen.ts';
import { openPresenter } from './present-windows.ts';
import { PresentProgress } from './PresentProgress.tsx';
import { StopContent } from './StopContent.tsx';
import { stopTitle, stopWhere } from './stop-label.ts';
import { usePresentKeys } from './use-present-keys.ts';
import './present.css';

// The audience screen: the map large beside one stop of the tour in projector-sized type. The reader's
// chrome is hidden by present.css while the store says `presenting`; this component is its own chunk.

export default function Presentation() {
  const store = useAtlasStore();
  const stop = useAtlas((s) => selectStop(s));
  const total = useAtlas((s) => selectTour(s).stops.length);
  const step = useAtlas((s) => s.tourStep);
  const blanked = useAtlas((s) => s.blanked);
  const title = useAtlas((s) => s.story?.meta.title ?? 'North Atlas');
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
  return (
    <>
      <section className="present-stop" aria-labelledby="present-stop-title" data-testid="present-stop">
        <h1 className="present-story">{title}</h1>
        {stop ? (
          <article key={stop.id} data-stop={stop.id} data-place={stop.place}>
            <p className="present-where">{stopWhere(stop, geo, language)}</p>
            <h2 id="present-stop-title" className="present-title">
              {heading}
            </h2>
            <StopContent stop={stop} />
          </article>
        ) : (
          <h2 id="present-stop-title" className="present-title">
            This story has no places on the map to present.
          </h2>
        )}
      </section>
      <PresentProgress step={step} total={total} digits={digits}>
        <button type="button" onClick={openPresenter}>
          Presenter view <kbd aria-hidden="true">S</kbd>
        </button>
        <button type="button" onClick={leave}>
          Leave <kbd aria-hidden="true">Esc</kbd>
        </button>
      </PresentProgress>
      <p className="visually-hidden" role="status" data-testid="present-status">
        {blanked
          ? 'Screen blanked. Press B to show it again.'
          : stop
            ? `Stop ${step + 1} of ${total}: ${heading}.`
            : ''}
      </p>
      {blanked && <div className="present-blank" data-testid="present-blank" />}
    </>
  );
}
