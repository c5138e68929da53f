import { useRef, type PointerEvent } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { NamedPlaces } from './NamedPlaces.tsx';
import { usePageRender } from './page-render.ts';
import { PlaceReading } from './PlaceReading.tsx';
import { WholeStory } from './WholeStory.tsx';

// The reading panel: beside the map on wide screens, a bottom sheet the reader drags on narrow ones.

/** A drag of the sheet's handle longer than this toggles it. */
const DRAG_THRESHOLD_PX = 30;

function Overview() {
  const noMap = useAtlas((s) => s.status === 'error' && s.geo === null);
  return (
    <div className="overview">
      <h2 id="panel-title">Read the story by place</h2>
      {noMap ? (
        <p>The map cannot be shown, so places cannot be picked; the whole story is under “Whole story”.</p>
      ) : (
        <p>
          Click a province or district on the map — or pick one from the list of places — to read what the
          reporting says about it. The darker a province, the more of the story concerns it.
        </p>
      )}
      <h3>Places the article names</h3>
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
        aria-label={expanded ? 'Collapse the reading panel' : 'Expand the reading panel'}
        onClick={() => store.getState().setSheetExpanded(!expanded)}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
      >
        <span aria-hidden="true" className="sheet-grip" />
      </button>
      <div className="panel-tabs" role="group" aria-label="Reading view">
        <button
          type="button"
          aria-pressed={view === 'place'}
          onClick={() => store.getState().showView('place')}
        >
          {selected ? 'Selected place' : 'Places'}
        </button>
        <button
          type="button"
          aria-pressed={view === 'story'}
          onClick={() => store.getState().showView('story')}
        >
          Whole story
        </button>
        {selected && (
          <button
            type="button"
            className="close-button"
            onClick={() => store.getState().clear({ via: 'text' })}
          >
            Close <span className="visually-hidden">the selected place</span>
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
