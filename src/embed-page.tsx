import { DARK_SCHEME, followColourScheme } from './state/color-scheme.ts';
import { addEnglishWords, loadCatalog } from './i18n/catalogs.ts';
import { embedMessages } from './i18n/en-embed.ts';
import { browserLanguage, LANG_PARAM, readLanguage } from './i18n/choose-language.ts';
import { startEmbedBridge } from './state/embed-bridge.ts';
import { isAmpFrame } from './state/embed-messages.ts';
import { allowList, parentOrigin } from './state/embed-origins.ts';
import { parseEmbedParams } from './state/embed-params.ts';
import { loadAtlas } from './state/load.ts';
import { startLanguageSync } from './state/language-sync.ts';
import { languageClues } from './i18n/choose-language.ts';
import { createAtlasStore } from './state/store.ts';
import { relatedSource } from './state/related.ts';
import { EmbedApp } from './ui/EmbedApp.tsx';
import { mountAtlas } from './ui/mount.tsx';
import './ui/map-view.css';
import './ui/app.css';
import './ui/embed.css';

// The embed page: options from the URL, the bridge to the host page, no URL sync (an iframe's history entries
// would become the host page's Back button).

// The embed's own English words join the catalog before anything renders.
addEnglishWords(embedMessages);
const params = parseEmbedParams(location.search);

// The host page's `lang` switches the whole embed; without one (or an unknown one) the reader's browser
// decides. Nothing is remembered: an embed's storage belongs to whichever site shows it.
const language =
  readLanguage(new URLSearchParams(location.search).get(LANG_PARAM)) ?? browserLanguage(navigator.languages);
const store = createAtlasStore({
  language,
  accent: params.accent,
  mapInteractive: params.interactive,
  sheetExpanded: params.panel === 'open',
  relatedSource: params.related ? relatedSource('', location.search) : null,
});
if (params.place) store.getState().select(params.place, { via: 'url' });
followColourScheme(store, params.theme, matchMedia(DARK_SCHEME));
// The page's own colours (embed.css) follow the store's theme; the accent is the selection's colour in the
// page as in the maps (set through the CSSOM, which a strict style-src allows).
const html = document.documentElement;
store.subscribe(
  (s) => s.theme,
  (theme) => (html.dataset.theme = theme),
  { fireImmediately: true },
);
if (params.accent) html.style.setProperty('--accent', params.accent);

const root = document.getElementById('root');
const framed = window.parent !== window;
startEmbedBridge(store, {
  win: window,
  parent: framed ? window.parent : null,
  allowed: allowList(framed ? parentOrigin(location.ancestorOrigins, document.referrer) : null, params.allow),
  pymId: params.pymId,
  amp: isAmpFrame(location.hash),
  watchHeight: (report) => {
    if (!root) return () => {};
    // The content's own height: the document's scrollHeight never drops below the iframe's current height.
    const observer = new ResizeObserver(() => report(root.getBoundingClientRect().height));
    observer.observe(root);
    return () => observer.disconnect();
  },
});
startLanguageSync(store, { ...languageClues(), stored: null });
void loadAtlas(store);

void loadCatalog(language).then(() => mountAtlas(store, <EmbedApp description={params.description} />, root));
