import type { ThemeChoice } from './embed-params.ts';
import type { AtlasStore } from './store.ts';

// The embed's `theme=auto`: the store's theme follows the reader's colour scheme, as it is now and whenever
// it changes (the system switching to dark at dusk, the reader flipping it). A subscriber beside the store,
// like URL sync; `light` and `dark` set the theme once and follow nothing.

/** What the page reads from `matchMedia('(prefers-color-scheme: dark)')`. */
export type SchemeQuery = Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

export const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** Sets the store's theme from the choice and, for `auto`, keeps it on the scheme; returns a stop function. */
export function followColourScheme(store: AtlasStore, choice: ThemeChoice, query: SchemeQuery): () => void {
  if (choice !== 'auto') {
    store.getState().setTheme(choice);
    return () => {};
  }
  const apply = () => store.getState().setTheme(query.matches ? 'dark' : 'light');
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
