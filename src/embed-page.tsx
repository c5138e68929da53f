import { startEmbedBridge } from './state/embed-bridge.ts';
import { allowList, parentOrigin } from './state/embed-origins.ts';
import { parseEmbedParams } from './state/embed-params.ts';
import { loadAtlas } from './state/load.ts';
import { createAtlasStore } from './state/store.ts';
import { EmbedApp } from './ui/EmbedApp.tsx';
import { mountAtlas } from './ui/mount.tsx';
import './ui/app.css';
import './ui/embed.css';

// The embed page: options from the URL, the bridge to the host page, no URL sync (an iframe's history entries
// would become the host page's Back button).

const params = parseEmbedParams(location.search);
document.documentElement.dataset.theme = params.theme;

const store = createAtlasStore({
  language: params.language,
  theme: params.theme,
  mapInteractive: params.interactive,
  sheetExpanded: params.panel === 'open',
});
if (params.place) store.getState().select(params.place, { via: 'url' });

const root = document.getElementById('root');
const framed = window.parent !== window;
startEmbedBridge(store, {
  win: window,
  parent: framed ? window.parent : null,
  allowed: allowList(framed ? parentOrigin(location.ancestorOrigins, document.referrer) : null, params.allow),
  pymId: params.pymId,
  watchHeight: (report) => {
    if (!root) return () => {};
    // The content's own height: the document's scrollHeight never drops below the iframe's current height.
    const observer = new ResizeObserver(() => report(root.getBoundingClientRect().height));
    observer.observe(root);
    return () => observer.disconnect();
  },
});
void loadAtlas(store);

mountAtlas(store, <EmbedApp />, root);
