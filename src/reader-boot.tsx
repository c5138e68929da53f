import { loadCatalog } from './i18n/catalogs.ts';
import { chooseLanguage, languageClues, pageLanguage as renderedIn } from './i18n/choose-language.ts';
import { startLanguageSync, switchLanguage } from './state/language-sync.ts';
import { applyAtlas, fetchAtlas } from './state/load.ts';
import { startPresentUrl } from './state/present-url.ts';
import { sitePage } from './state/site-page.ts';
import { createAtlasStore, loadedState, type AtlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import { App } from './ui/App.tsx';
import { hydrateAtlas, mountAtlas } from './ui/mount.tsx';

// The reader, started by main.tsx. A page the build prerendered (src/pages/) already shows the first view:
// once the data is in, React hydrates that markup from a store holding the same facts, and only then follows
// the URL (a place in the hash, ?present). Any other page (another story asked for with ?story=, the dev
// server) renders afresh.

/** The URL, the presentation and the windows' sync follow the store from here on. */
function follow(store: AtlasStore): void {
  startLanguageSync(store, languageClues());
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
}

/** Starts the reader; `early` holds a button pressed before it woke, pressed again once it is awake. */
export async function bootReader(early: { replay(): void } | null): Promise<void> {
  const root = document.getElementById('root');
  const page = sitePage(root);
  const urls = { topology: page.topologyUrl, story: page.storyUrl };
  // The markup is this page's story unless the address asks for another.
  const hydrate = root !== null && page.prerendered && !new URLSearchParams(location.search).has('story');
  // Asked for another story, the prerendered one would be a moment of the wrong page: gone at once.
  if (page.prerendered && !hydrate) root?.replaceChildren();
  // "Other stories" leave out the story shown: ?story=, else this page's own (null: the default story).
  const related = {
    relatedSource: {
      root: page.root,
      current: new URLSearchParams(location.search).get('story') ?? page.slug,
    },
  };
  // The build renders a page in its story's language (<html lang>); the reader's own choice may differ.
  const pageLanguage = renderedIn();
  const clues = languageClues();
  const wanted = chooseLanguage({ ...clues, story: hydrate ? pageLanguage : null });
  const data = fetchAtlas(urls, hydrate ? '' : location.search, page.root);
  // Both catalogs fetched while the data is: hydration needs the page's, the reader wants theirs.
  const catalogs = Promise.all([loadCatalog(pageLanguage), loadCatalog(wanted)]);
  if (hydrate) {
    const [{ story, geo, notices }] = await Promise.all([data, catalogs]);
    if (story && geo && notices.length === 0) {
      const store = createAtlasStore({ ...loadedState({ story, geo }), language: pageLanguage, ...related });
      hydrateAtlas(store, <App />, root, page.placeLinks);
      early?.replay();
      follow(store);
      if (wanted !== pageLanguage) void switchLanguage(store, wanted);
      return;
    }
    // What the build saw is not what the server has now: the page says so, rendered afresh.
    root.replaceChildren();
    early?.replay();
  }
  await catalogs;
  const store = createAtlasStore({ language: wanted, ...related });
  follow(store);
  mountAtlas(store, <App />, root);
  applyAtlas(store, await data);
}
