import type { Language } from '../state/store.ts';
import { en, type MessageKey } from './en.ts';
import type { Catalog } from './types.ts';

// Which catalogs are in the page. English comes with the first view; Dari is fetched the first time it is
// asked for (its own chunk) and kept. Renders subscribe, so a page shown before its catalog arrived follows.

const loaded = new Map<Language, Catalog<MessageKey>>([['en', en]]);
const listeners = new Set<() => void>();

/** The catalog for `language` if it is in the page, else English: a key is never shown to a reader. */
export function catalogFor(language: Language): Catalog<MessageKey> {
  return loaded.get(language) ?? en;
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

/** English with the presenter view's words: the presenter page registers it before it renders. */
export async function withPresenterWords(): Promise<void> {
  const { englishForPresenter } = await import('./en-presenter.ts');
  registerCatalog(englishForPresenter);
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
