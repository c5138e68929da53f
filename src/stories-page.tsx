import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LANG_PARAM, LANG_STORAGE_KEY, readLanguage } from './i18n/choose-language.ts';
import { loadCatalog } from './i18n/catalogs.ts';
import { withAtlasWords } from './i18n/en-atlas.ts';
import { loadList, loadPlace } from './state/list-load.ts';
import { createListStore, type ListStore } from './state/list-store.ts';
import type { Language } from './state/store.ts';
import { ListProvider } from './ui/list/list-context.tsx';
import { StoriesPage } from './ui/list/StoriesPage.tsx';
import './ui/base.css';
import './ui/list/list.css';

// The list of the site's stories (stories/index.html): its own entry, so none of this is in the reader's
// first view. Filters live in the address (?place=AF19&from=2024-01-01&to=…&lang=da) and follow it.

const ROOT = '../';

function languageOf(params: URLSearchParams): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    // Storage refused (a private window): the address or English.
  }
  return readLanguage(params.get(LANG_PARAM)) ?? readLanguage(stored) ?? 'en';
}

async function applyLanguage(store: ListStore, language: Language): Promise<void> {
  const catalog = await loadCatalog(language);
  document.documentElement.lang = catalog.tag;
  document.documentElement.dir = catalog.dir;
  store.getState().setLanguage(language);
}

/** The filters written back to the address as they change, so a filtered list can be linked to. */
function syncAddress(store: ListStore): void {
  store.subscribe((s) => {
    const params = new URLSearchParams();
    if (s.place) params.set('place', s.place);
    if (s.from) params.set('from', s.from);
    if (s.to) params.set('to', s.to);
    if (s.language !== 'en') params.set(LANG_PARAM, s.language);
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  });
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const place = params.get('place');
  const store = createListStore({ from: params.get('from') ?? '', to: params.get('to') ?? '' });
  withAtlasWords();
  const toggle = () => void applyLanguage(store, store.getState().language === 'da' ? 'en' : 'da');
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <ListProvider store={store} root={ROOT}>
          <StoriesPage onLanguage={toggle} />
        </ListProvider>
      </StrictMode>,
    );
  await Promise.all([applyLanguage(store, languageOf(params)), loadList(store, ROOT)]);
  const named = store.getState().map?.places.find((p) => p.id === place);
  if (place && named) {
    store.getState().choosePlace(place, store.getState().language === 'da' ? named.da : named.en);
    void loadPlace(store, ROOT, place);
  }
  syncAddress(store);
}

void start();
