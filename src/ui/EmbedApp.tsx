import { useEffect, useId, useMemo } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { placeCounts, placeName } from '../state/selectors.ts';
import { hashForPlace } from '../state/url-sync.ts';
import { Announcer } from './Announcer.tsx';
import { StoryChoices } from './StoryChoices.tsx';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { PlacePicker } from './PlacePicker.tsx';
import { PlaceReading } from './PlaceReading.tsx';

// The embedded map: a picker and a show/hide switch, the map, a compact reading panel and the credits.
// Its height depends on its width only (never on the viewport's height), so the host can size the iframe to it.

/** How many of the places the story names most the empty panel offers. */
const OVERVIEW_PLACES = 6;

function EmbedOverview() {
  const store = useAtlasStore();
  const story = useAtlas((s) => s.story);
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  const named = useMemo(() => {
    if (!geo) return [];
    return [...geo.places.values()]
      .filter((p) => p.kind !== 'country')
      .map((p) => ({ p, n: placeCounts(story, p.id).passages }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, OVERVIEW_PLACES);
  }, [story, geo]);
  return (
    <div className="embed-overview">
      <h2 id="panel-title">Read the story by place</h2>
      <p>
        Pick a province or district, on the map or in the list above, to read what the article says about it.
      </p>
      {named.length > 0 && (
        <ul className="named-places">
          {named.map(({ p, n }) => (
            <li key={p.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => store.getState().select(p.id, { via: 'text' })}
              >
                {placeName(p, language)}
              </button>{' '}
              <span className="muted">
                {n} passage{n === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function EmbedApp() {
  const store = useAtlasStore();
  const status = useAtlas((s) => s.status);
  const error = useAtlas((s) => s.error);
  const notices = useAtlas((s) => s.notices);
  const selected = useAtlas((s) => s.selected);
  const open = useAtlas((s) => s.sheetExpanded);
  const theme = useAtlas((s) => s.theme);
  const interactive = useAtlas((s) => s.mapInteractive);
  const panelId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.getState().selected !== null) store.getState().clear({ via: 'key' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  // The full reader sits beside embed.html; it opens on the same place.
  const readerUrl = new URL(`./${hashForPlace(selected)}`, location.href).href;

  return (
    <div
      className="embed"
      data-status={status}
      data-theme={theme}
      data-panel={open ? 'open' : 'closed'}
      data-interactive={interactive}
    >
      <header className="embed-bar">
        <h1 className="visually-hidden">North Atlas: northern Afghanistan in the news</h1>
        <PlacePicker />
        <button
          type="button"
          className="embed-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => store.getState().setSheetExpanded(!open)}
        >
          {open ? 'Hide the text' : 'Show the text'}
        </button>
      </header>
      {(error || notices.length > 0) && (
        <div className="embed-error" role="alert">
          {error && <p>{error}</p>}
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <StoryChoices />
        </div>
      )}
      <main className="embed-main">
        <section className="embed-map" aria-label="Map of northern Afghanistan">
          <MapView />
          <Legend />
        </section>
        {/* Kept in the page while hidden so the switch's aria-controls always names it. */}
        <section
          id={panelId}
          className="embed-panel"
          aria-labelledby="panel-title"
          hidden={!open}
          // The panel scrolls on its own, so keyboard users need to be able to focus it.
          tabIndex={0}
          data-testid="panel"
        >
          {selected ? <PlaceReading id={selected} /> : <EmbedOverview />}
        </section>
      </main>
      <footer className="embed-foot">
        <p>
          Boundaries: AGCHO / OCHA (CC BY-IGO 3.0); Natural Earth. They do not imply official endorsement or
          acceptance.{' '}
          <a href={readerUrl} target="_blank" rel="noopener">
            Open the full map<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      </footer>
      <Announcer />
    </div>
  );
}
