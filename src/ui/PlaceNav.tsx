import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { neighbourInDirection, type ArrowKey, type Geography, type MapPlace } from '../state/geography.ts';
import type { Language } from '../state/store.ts';
import { pinsIn } from '../state/pin-places.ts';
import { placeCounts, placeName } from '../state/selectors.ts';
import type { Translate } from '../i18n/translate.ts';
import { usePlaceHref } from './page-render.ts';
import { useT } from './use-t.ts';

// The map's text alternative and keyboard path: every place as a link to its reading (#/place/AF19, which
// works without JavaScript too); arrows move to adjacent places — on the map, which is never mirrored, so
// → is east in either language.
// A selection renders two rows and at most two district lists, not seventy rows: each row and list reads the
// selection itself (the list as a whole does not follow it), and the list handles their events once.

const ARROWS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

interface ProvinceGroup {
  province: string;
  districts: { id: string; pins: string[] }[];
}

function groups(geo: Geography): ProvinceGroup[] {
  return geo.provinces.map((pid) => ({
    province: pid,
    districts: geo.districts
      .filter((d) => geo.places.get(d)?.province === pid)
      .map((id) => ({ id, pins: pinsIn(geo, id) })),
  }));
}

/** The place a list event concerns: the link it happened in. */
function placeOf(e: { target: EventTarget }): string | null {
  const link = e.target instanceof Element ? e.target.closest<HTMLElement>('a[data-place]') : null;
  return link?.dataset.place ?? null;
}

/** The province a place opens in the list: its own for a province, its province for a district or pin. */
function provinceOf(geo: Geography, id: string | null): string | null {
  const p = id ? geo.places.get(id) : undefined;
  return p?.kind === 'province' ? p.id : (p?.province ?? null);
}

/** A place's link, marked current when it is the selection: it reads that itself, so a selection renders two links. */
const PlaceLink = memo(function PlaceLink({
  place,
  href,
  passages,
  language,
  t,
}: {
  place: MapPlace;
  href: string;
  passages: number;
  language: Language;
  t: Translate;
}) {
  const current = useAtlas((s) => s.selected === place.id);
  return (
    <a
      href={href}
      className={`place-link place-${place.kind}`}
      data-place={place.id}
      aria-current={current ? 'true' : undefined}
    >
      <span className="place-name">{placeName(place, language)}</span>
      <span className="place-count" aria-label={t('count.passages', { count: passages })}>
        {passages > 0 ? t.catalog.number(passages) : ''}
      </span>
    </a>
  );
});

/** A province's districts (and their pins), shown while the focus or the selection is in that province. */
const DistrictList = memo(function DistrictList({
  province,
  focused,
  row,
}: {
  province: ProvinceGroup;
  /** The keyboard focus is on the province or one of its places. */
  focused: boolean;
  row: (id: string) => ReactNode;
}) {
  const selectedHere = useAtlas((s) => s.geo !== null && provinceOf(s.geo, s.selected) === province.province);
  return (
    <ul className="district-list" hidden={!focused && !selectedHere}>
      {province.districts.map((d) => (
        <li key={d.id}>
          {row(d.id)}
          {d.pins.length > 0 && (
            <ul className="pin-list">
              {d.pins.map((p) => (
                <li key={p}>{row(p)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
});

export function PlaceNav() {
  const store = useAtlasStore();
  // Seventy buttons, after the map has painted: the list renders in a low-priority pass once data arrives.
  const geo = useDeferredValue(useAtlas((s) => s.geo));
  const story = useAtlas((s) => s.story);
  const language = useAtlas((s) => s.language);
  const t = useT();
  const placeHref = usePlaceHref();
  const [focusId, setFocusId] = useState<string | null>(null);
  const nav = useRef<HTMLElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const tree = useMemo(() => (geo ? groups(geo) : []), [geo]);
  // One function for as long as what the rows show holds: the district lists it is passed to stay memoised.
  const row = useCallback(
    (id: string) => {
      const place = geo?.places.get(id);
      if (!place) return null;
      return (
        <PlaceLink
          place={place}
          href={placeHref(id)}
          passages={placeCounts(story, id).passages}
          language={language}
          t={t}
        />
      );
    },
    [geo, story, language, t, placeHref],
  );

  const linkFor = (id: string) =>
    nav.current?.querySelector<HTMLAnchorElement>(`a[data-place="${id}"]`) ?? null;

  // A district list opens after the render that shows it, so focus moves there once it exists.
  useEffect(() => {
    const id = pendingFocus.current;
    const link = id ? linkFor(id) : null;
    if (link && !link.closest('[hidden]')) {
      link.focus();
      pendingFocus.current = null;
    }
  });

  if (!geo) return null;

  // Districts are listed for the province holding the focus or the selection (DistrictList).
  const focusedProvince = provinceOf(geo, focusId);

  const move = (to: string | null) => {
    if (!to) return;
    pendingFocus.current = to;
    setFocusId(to);
    linkFor(to)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const id = placeOf(e);
    if (!id) return;
    if (ARROWS.has(e.key)) {
      e.preventDefault();
      move(neighbourInDirection(geo, id, e.key as ArrowKey));
    } else if (e.key === 'Home') {
      e.preventDefault();
      move(geo.provinces[0] ?? null);
    }
  };
  const onClick = (e: MouseEvent<HTMLElement>) => {
    const id = placeOf(e);
    if (!id) return;
    // The store selects and the URL follows it (src/state/url-sync.ts), as for every other way in.
    e.preventDefault();
    store.getState().select(id, { via: 'list' });
  };
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const id = placeOf(e);
    if (!id) return;
    setFocusId(id);
    store.getState().hover(id);
  };
  const onPointerOver = (e: MouseEvent<HTMLElement>) => {
    const id = placeOf(e);
    if (id !== store.getState().hovered) store.getState().hover(id);
  };
  const onLeave = () => store.getState().hover(null);

  return (
    <nav
      className="place-nav"
      aria-label={t('nav.label')}
      ref={nav}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onLeave}
      onMouseOver={onPointerOver}
      onMouseLeave={onLeave}
    >
      <h2 className="place-nav-title" id="place-nav-title">
        {t('panel.places')}
      </h2>
      <p className="place-nav-hint">{t('nav.hint')}</p>
      <ul aria-labelledby="place-nav-title">
        {tree.map((g) => (
          <li key={g.province}>
            {row(g.province)}
            <DistrictList province={g} focused={focusedProvince === g.province} row={row} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
