import { lazy, Suspense, useEffect } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { Announcer } from './Announcer.tsx';
import { Attribution } from './Attribution.tsx';
import { EmbedButton } from './EmbedButton.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { PlaceNav } from './PlaceNav.tsx';
import { PresentButton } from './PresentButton.tsx';
import { prefetchListCode } from './RelatedSlot.tsx';
import { ReadingPanel } from './ReadingPanel.tsx';
import { Notices } from './Notices.tsx';
import { StoryHeader } from './StoryHeader.tsx';
import { useEscapeClears } from './use-escape-clears.ts';
import { useT } from './use-t.ts';

// Presenting is for a few readers, so its code and styles load only when it starts.
const Presentation = lazy(() => import('./Presentation.tsx'));

export function App() {
  const store = useAtlasStore();
  const status = useAtlas((s) => s.status);
  const presenting = useAtlas((s) => s.presenting && s.status === 'ready');
  const t = useT();

  useEscapeClears(store);
  // The other stories' code comes with the reader's first hover on a place, not in the click's render.
  useEffect(() => prefetchListCode(store), [store]);

  return (
    <div className="app" data-status={status} data-presenting={presenting || undefined}>
      <header className="masthead">
        <StoryHeader />
        <PresentButton />
        <LanguageSwitch />
        <EmbedButton />
      </header>
      <Notices className="notices" />
      <main className="layout">
        <section className="map-area" aria-label={t('app.mapRegion')}>
          <MapView />
          <Legend />
        </section>
        <PlaceNav />
        <ReadingPanel />
        {presenting && (
          <Suspense fallback={null}>
            <Presentation />
          </Suspense>
        )}
      </main>
      <Attribution />
      <Announcer />
      {status === 'loading' && <p className="loading">{t('app.loading')}</p>}
    </div>
  );
}
