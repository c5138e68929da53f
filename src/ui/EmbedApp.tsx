import { useId } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { readerUrl } from '../state/embed-params.ts';
import { Announcer } from './Announcer.tsx';
import { NamedPlaces } from './NamedPlaces.tsx';
import { Notices } from './Notices.tsx';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { PlacePicker } from './PlacePicker.tsx';
import { PlaceReading } from './PlaceReading.tsx';
import { Credits } from './Attribution.tsx';
import { useEscapeClears } from './use-escape-clears.ts';
import { embedDescription } from './embed-strings.ts';
import { useT } from './use-t.ts';

// The embedded map: a picker and a show/hide switch, the map, a compact reading panel and the credits.
// Its height depends on its width only (never on the viewport's height), so the host can size the iframe to it.

/** How many of the places the story names most the empty panel offers. */
const OVERVIEW_PLACES = 6;

function EmbedOverview() {
  const t = useT();
  return (
    <div className="embed-overview">
      <h2 id="panel-title">{t('panel.overviewTitle')}</h2>
      <p>{t('embed.intro')}</p>
      <NamedPlaces countries={false} limit={OVERVIEW_PLACES} />
    </div>
  );
}

/**
 * The map's text description, read before it (as Datawrapper's charts have): the story and its places, or the
 * host's own words (`description=`, plain text). The map's drawing is hidden from assistive technology.
 */
function EmbedDescription({ id, text }: { id: string; text: string | null }) {
  const story = useAtlas((s) => s.story);
  const geo = useAtlas((s) => s.geo);
  const t = useT();
  return (
    <p id={id} className="visually-hidden" data-testid="embed-description">
      {text ?? embedDescription(story, geo, t)}
    </p>
  );
}

export function EmbedApp({ description = null }: { description?: string | null }) {
  const store = useAtlasStore();
  const status = useAtlas((s) => s.status);
  const selected = useAtlas((s) => s.selected);
  const open = useAtlas((s) => s.sheetExpanded);
  const theme = useAtlas((s) => s.theme);
  const interactive = useAtlas((s) => s.mapInteractive);
  const panelId = useId();
  const descriptionId = `${panelId}-description`;
  const t = useT();

  useEscapeClears(store);

  // The full reader sits beside embed.html; it opens on the same story and place.
  const fullMap = readerUrl(location.href, selected);

  return (
    <div
      className="embed"
      data-status={status}
      data-theme={theme}
      data-panel={open ? 'open' : 'closed'}
      data-interactive={interactive}
    >
      <header className="embed-bar">
        <h1 className="visually-hidden">{t('embed.heading')}</h1>
        <PlacePicker />
        <button
          type="button"
          className="embed-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => store.getState().setSheetExpanded(!open)}
        >
          {open ? t('embed.hide') : t('embed.show')}
        </button>
      </header>
      <Notices className="embed-error" />
      <main className="embed-main">
        <EmbedDescription id={descriptionId} text={description} />
        <section className="embed-map" aria-label={t('app.mapRegion')} aria-describedby={descriptionId}>
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
          <Credits id="credits.embed" />{' '}
          <a href={fullMap} target="_blank" rel="noopener">
            {t('embed.full')}
            <span className="visually-hidden">{t('embed.newTab')}</span>
          </a>
        </p>
      </footer>
      <Announcer />
    </div>
  );
}
