import { loadAtlas } from './state/load.ts';
import { startPresentUrl } from './state/present-url.ts';
import { createAtlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import { App } from './ui/App.tsx';
import { mountAtlas } from './ui/mount.tsx';
import './ui/app.css';
// After app.css, so print rules win over the screen layout's (including the phone layout's).
import './ui/print.css';

const store = createAtlasStore();
startUrlSync(store);
startPresentUrl(store);
// Windows keep in step only while presenting, so the sync's code loads when a presentation starts.
let syncing = false;
const startSync = () => {
  if (syncing) return;
  syncing = true;
  void import('./state/present-sync.ts').then((m) => m.startPresentSync(store));
};
if (store.getState().presenting) startSync();
else
  store.subscribe(
    (s) => s.presenting,
    (presenting) => presenting && startSync(),
  );
void loadAtlas(store);

mountAtlas(store, <App />);
