import type { Language } from '../state/store.ts';
import { en, type MessageKey } from './en.ts';
import type { Catalog, Message } from './types.ts';

// Which catalogs are in the page. English comes with the first view; Dari is fetched the first time it is
// asked for (its own chunk) and kept. Renders subscribe, so a page shown before its catalog arrived follows.

const loaded = new Map<Language, Catalog<MessageKey>>([['en', en]]);
const listeners = new Set<() => void>();

/** The catalog for `language` if it is in the page, else English: a key is never shown to a reader. */
export function catalogFor(language: Language): Catalog<MessageKey> {
  // English as the page has it now, with whatever words its parts added (the embed's, the notices').
  return loaded.get(language) ?? loaded.get('en') ?? en;
}

export function hasCatalog(language: Language): boolean {
  return loaded.has(language);
}

/** Puts a catalog in the page: the build, rendering a Dari page in Node, hands it over directly. */
export function registerCatalog(catalog: Catalog<MessageKey>): void {
  loaded.set(catalog.language, catalog);
  for (const listener of listeners) listener();
}

/** Fetches the catalog for `language` once; settles when it is in the page. */
export async function loadCatalog(language: Language): Promise<Catalog<MessageKey>> {
  const have = loaded.get(language);
  if (have) return have;
  // The Dari font's stylesheet comes with the words: English pages never declare it.
  const [{ da }] = await Promise.all([import('./da.ts'), import('./dari-font.css')]);
  registerCatalog(da);
  return da;
}

/** Adds words to the English in the page: each part (the presenter's, the notices') is its own chunk. */
export function addEnglishWords(words: Partial<Record<MessageKey, Message>>): void {
  const current = catalogFor('en');
  registerCatalog({ ...current, messages: { ...current.messages, ...words } });
}

/** English with the presenter view's words: the presenter page registers it before it renders. */
export async function withPresenterWords(): Promise<void> {
  const [{ presenterMessages }, { presentingMessages }] = await Promise.all([
    import('./en-presenter.ts'),
    import('./en-presenting.ts'),
  ]);
  addEnglishWords({ ...presenterMessages, ...presentingMessages });
}

let noticeWords: Promise<void> | null = null;

/** English with the notices' words, fetched once, the first time there is something to tell. */
export function withNoticeWords(): Promise<void> {
  noticeWords ??= import('./en-notices.ts').then(
    ({ noticeMessages }) => addEnglishWords(noticeMessages),
    // Offline, the page still shows each notice's detail; a later notice tries again.
    () => {
      noticeWords = null;
    },
  );
  return noticeWords;
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
