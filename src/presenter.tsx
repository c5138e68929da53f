import { loadAtlas } from './state/load.ts';
import { startPresentSync } from './state/present-sync.ts';
import { createAtlasStore } from './state/store.ts';
import { PresenterView } from './ui/PresenterView.tsx';
import { mountAtlas } from './ui/mount.tsx';
import './ui/app.css';
import './ui/present.css';

// The presenter view's page: the same store and data as the reader, always presenting, no map.

const store = createAtlasStore({ presenting: true });
startPresentSync(store);
void loadAtlas(store);

mountAtlas(store, <PresenterView />);
