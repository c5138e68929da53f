import { useRef, type PointerEvent } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { NamedPlaces } from './NamedPlaces.tsx';
import { usePageRender } from './page-render.ts';
import { PlaceReading } from './PlaceReading.tsx';
import { useT } from './use-t.ts';
import { WholeStory } from './WholeStory.tsx';

// The reading panel: beside the map on wide screens, a bottom sheet the reader drags on narrow ones.

/** A drag of the sheet's handle longer than this toggles it. */
const DRAG_THRESHOLD_PX = 30;

function Overview() {
  const noMap = useAtlas((s) => s.status === 'error' && s.geo === null);
  const t = useT();
  return (
    <div className="overview">
      <h2 id="panel-title">{t('panel.overviewTitle')}</h2>
      <p>{noMap ? t('panel.noMap') : t('panel.intro')}</p>
      <h3>{t('panel.named')}</h3>
      <NamedPlaces countries={true} />
    </div>
  );
}

export function ReadingPanel() {
  const store = useAtlasStore();
  const selected = useAtlas((s) => s.selected);
  const view = useAtlas((s) => s.view);
  const expanded = useAtlas((s) => s.sheetExpanded);
  const dragStart = useRef<number | null>(null);
  const page = usePageRender();
  const t = useT();

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    dragStart.current = e.clientY;
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const start = dragStart.current;
    dragStart.current = null;
    if (start === null) return;
    const dy = e.clientY - start;
    if (Math.abs(dy) > DRAG_THRESHOLD_PX) store.getState().setSheetExpanded(dy < 0);
  };

  return (
    <aside
      className={`panel${expanded ? ' panel-expanded' : ''}`}
      aria-labelledby="panel-title"
      data-testid="panel"
    >
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={expanded}
        aria-label={expanded ? t('panel.collapse') : t('panel.expand')}
        onClick={() => store.getState().setSheetExpanded(!expanded)}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
      >
        <span aria-hidden="true" className="sheet-grip" />
      </button>
      <div className="panel-tabs" role="group" aria-label={t('panel.views')}>
        <button
          type="button"
          aria-pressed={view === 'place'}
          onClick={() => store.getState().showView('place')}
        >
          {selected ? t('panel.selected') : t('panel.places')}
        </button>
        <button
          type="button"
          aria-pressed={view === 'story'}
          onClick={() => store.getState().showView('story')}
        >
          {t('panel.whole')}
        </button>
        {selected && (
          <button
            type="button"
            className="close-button"
            onClick={() => store.getState().clear({ via: 'text' })}
          >
            {t('panel.close')}
            <span className="visually-hidden">{t('panel.closeWhat')}</span>
            <kbd aria-hidden="true">Esc</kbd>
          </button>
        )}
      </div>
      <div className="panel-body">
        {view === 'story' ? <WholeStory /> : selected ? <PlaceReading id={selected} /> : <Overview />}
        {/* A prerendered page's readings for readers without JavaScript: with it, browsers never parse
            a <noscript>'s content, and React leaves it as it is. */}
        {page.prerendered && <noscript dangerouslySetInnerHTML={{ __html: page.readingsHtml }} />}
      </div>
    </aside>
  );
}
