import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasProvider } from './state/atlas-context.tsx';
import { loadAtlas } from './state/load.ts';
import { createAtlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import { App } from './ui/App.tsx';
import './ui/app.css';

const store = createAtlasStore();
startUrlSync(store);
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
