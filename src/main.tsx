import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasProvider } from './state/atlas-context.tsx';
import { loadAtlas } from './state/load.ts';
import { startPresentSync } from './state/present-sync.ts';
import { startPresentUrl } from './state/present-url.ts';
import { createAtlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import { App } from './ui/App.tsx';
import './ui/app.css';
// After app.css, so print rules win over the screen layout's (including the phone layout's).
import './ui/print.css';

const store = createAtlasStore();
startUrlSync(store);
startPresentUrl(store);
startPresentSync(store);
void loadAtlas(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AtlasProvider store={store}>
        <App />
      </AtlasProvider>
    </StrictMode>,
  );
}
