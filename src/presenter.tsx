import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasProvider } from './state/atlas-context.tsx';
import { loadAtlas } from './state/load.ts';
import { startPresentSync } from './state/present-sync.ts';
import { createAtlasStore } from './state/store.ts';
import { PresenterView } from './ui/PresenterView.tsx';
import './ui/app.css';
import './ui/present.css';

// The presenter view's page: the same store and data as the reader, always presenting, no map.

const store = createAtlasStore({ presenting: true });
startPresentSync(store);
void loadAtlas(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AtlasProvider store={store}>
        <PresenterView />
      </AtlasProvider>
    </StrictMode>,
  );
}
