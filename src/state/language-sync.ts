import { catalogFor, loadCatalog } from '../i18n/catalogs.ts';
import {
  LANG_PARAM,
  LANG_STORAGE_KEY,
  chooseLanguage,
  readLanguage,
  storyLanguage,
  type LanguageClues,
} from '../i18n/choose-language.ts';
import type { AtlasStore, Language } from './store.ts';

// The page follows the store's language: its catalog fetched, then <html lang dir> set, so the words and
// the direction change together. A subscriber beside the store, like the URL sync.

/** The reader chose a language: remembered in the address (`lang=da`) and in local storage. */
export function rememberLanguage(language: Language, win: Window = window): void {
  const url = new URL(win.location.href);
  url.searchParams.set(LANG_PARAM, language);
  if (url.href !== win.location.href) win.history.replaceState(win.history.state, '', url.href);
  try {
    win.localStorage.setItem(LANG_STORAGE_KEY, language);
  } catch {
    // Not remembered beyond the address.
  }
}

/** Switches once the language's words are in the page, so no render shows half of each. */
export async function switchLanguage(store: AtlasStore, language: Language): Promise<void> {
  await loadCatalog(language);
  store.getState().setLanguage(language);
}

function applyToDocument(doc: Document, language: Language): void {
  const catalog = catalogFor(language);
  doc.documentElement.lang = catalog.tag;
  doc.documentElement.dir = catalog.dir;
}

/**
 * Keeps <html> in the store's language. Without a choice the reader made (`clues`' URL or storage), a story
 * written in Dari switches the page to Dari once it has loaded.
 */
export function startLanguageSync(
  store: AtlasStore,
  clues: LanguageClues,
  doc: Document = document,
): () => void {
  const chosen = readLanguage(clues.url) ?? readLanguage(clues.stored);
  const follow = (language: Language) =>
    void loadCatalog(language).then(() => {
      if (store.getState().language === language) applyToDocument(doc, language);
    });
  const unsubscribe = [
    store.subscribe((s) => s.language, follow, { fireImmediately: true }),
    store.subscribe(
      (s) => s.story,
      (story) => {
        if (!story || chosen) return;
        const wanted = chooseLanguage({ ...clues, story: storyLanguage(story) });
        if (wanted !== store.getState().language) void switchLanguage(store, wanted);
      },
      { fireImmediately: true },
    ),
  ];
  return () => unsubscribe.forEach((u) => u());
}
