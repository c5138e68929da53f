import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as draftsDb from './drafts-db.ts';
import { startDraftSync } from './draft-sync.ts';
import { startEngine } from './engine-client.ts';
import { Studio } from './Studio.tsx';
import { StudioProvider } from './studio-context.tsx';
import { createStudioStore } from './studio-store.ts';
import './studio.css';

// The studio's entry: its own page and chunks, so nothing of it reaches the reader's first view.

const store = createStudioStore();
const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
startEngine(store, worker, new URL('data/gazetteer.json', document.baseURI).href);
const drafts = startDraftSync(store, draftsDb);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StudioProvider services={{ store, drafts }}>
        <Studio />
      </StudioProvider>
    </StrictMode>,
  );
}
