import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { neighbourInDirection, type ArrowKey, type Geography } from '../state/geography.ts';
import { placeCounts, placeName } from '../state/selectors.ts';

// The map's text alternative and keyboard path: every place as a button; arrows move to adjacent places.

const ARROWS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

function groups(geo: Geography) {
  return geo.provinces.map((pid) => ({
    province: pid,
    districts: geo.districts.filter((d) => geo.places.get(d)?.province === pid),
  }));
}

export function PlaceNav() {
  const store = useAtlasStore();
  const geo = useAtlas((s) => s.geo);
  const story = useAtlas((s) => s.story);
  const selected = useAtlas((s) => s.selected);
  const language = useAtlas((s) => s.language);
  const [focusId, setFocusId] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);
  const tree = useMemo(() => (geo ? groups(geo) : []), [geo]);

  // A district list opens after the render that shows it, so focus moves there once it exists.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id && refs.current.get(id)) {
      refs.current.get(id)?.focus();
      pendingFocus.current = null;
    }
  });

  if (!geo) return null;

  // Districts are listed for the province holding the focus or the selection.
  const provinceOf = (id: string | null) => {
    const p = id ? geo.places.get(id) : undefined;
    return p?.kind === 'province' ? p.id : (p?.province ?? null);
  };
  const open = new Set([provinceOf(focusId), provinceOf(selected)]);

  const move = (to: string | null) => {
    if (!to) return;
    pendingFocus.current = to;
    setFocusId(to);
    refs.current.get(to)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, id: string) => {
    if (ARROWS.has(e.key)) {
      e.preventDefault();
      move(neighbourInDirection(geo, id, e.key as ArrowKey));
    } else if (e.key === 'Home') {
      e.preventDefault();
      move(geo.provinces[0] ?? null);
    }
  };

  const button = (id: string) => {
    const place = geo.places.get(id);
    if (!place) return null;
    const counts = placeCounts(story, id);
    return (
      <button
        type="button"
        ref={(el) => {
          if (el) refs.current.set(id, el);
          else refs.current.delete(id);
        }}
        className={`place-button place-${place.kind}`}
        data-place={id}
        aria-current={id === selected ? 'true' : undefined}
        onClick={() => store.getState().select(id, { via: 'list' })}
        onKeyDown={(e) => onKeyDown(e, id)}
        onFocus={() => {
          setFocusId(id);
          store.getState().hover(id);
        }}
        onBlur={() => store.getState().hover(null)}
        onMouseEnter={() => store.getState().hover(id)}
        onMouseLeave={() => store.getState().hover(null)}
      >
        <span
          className="place-name"
          lang={language === 'da' ? 'fa-AF' : 'en'}
          dir={language === 'da' ? 'rtl' : 'ltr'}
        >
          {placeName(place, language)}
        </span>
        <span className="place-count" aria-label={`${counts.passages} passages`}>
          {counts.passages > 0 ? counts.passages : ''}
        </span>
      </button>
    );
  };

  return (
    <nav className="place-nav" aria-label="Places on the map">
      <h2 className="place-nav-title" id="place-nav-title">
        Places
      </h2>
      <p className="place-nav-hint">Arrow keys move to the neighbouring place; Enter opens it.</p>
      <ul aria-labelledby="place-nav-title">
        {tree.map((g) => (
          <li key={g.province}>
            {button(g.province)}
            <ul className="district-list" hidden={!open.has(g.province)}>
              {g.districts.map((d) => (
                <li key={d}>{button(d)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
