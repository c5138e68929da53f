import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openDraftDb } from './drafts-db.ts';
import { startDraftSync } from './draft-sync.ts';
import { startEngine } from './engine-client.ts';
import { Studio } from './Studio.tsx';
import { StudioProvider } from './studio-context.tsx';
import { createStudioStore } from './studio-store.ts';
import './studio.css';

// The studio's entry: its own page and chunks, so nothing of it reaches the reader's first view.

const store = createStudioStore();
const engine = startEngine(
  store,
  () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
  new URL('data/gazetteer.json', document.baseURI).href,
);
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('north-atlas-studio') : null;
const drafts = startDraftSync(store, openDraftDb(), tabs);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StudioProvider services={{ store, drafts, engine }}>
        <Studio />
      </StudioProvider>
    </StrictMode>,
  );
}
