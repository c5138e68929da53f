import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { catalogFor, subscribeCatalogs } from '../../i18n/catalogs.ts';
import { translator, type Translate } from '../../i18n/translate.ts';
import type { ListActions, ListState, ListStore } from '../../state/list-store.ts';

// The list page's store in React: components read it with a selector, as the reader's do.

const ListContext = createContext<{ store: ListStore; root: string } | null>(null);

export function ListProvider({
  store,
  root,
  children,
}: {
  store: ListStore;
  root: string;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ store, root }), [store, root]);
  return <ListContext.Provider value={value}>{children}</ListContext.Provider>;
}

export function useListStore(): { store: ListStore; root: string } {
  const value = useContext(ListContext);
  if (!value) throw new Error('useList outside ListProvider');
  return value;
}

export function useList<T>(selector: (s: ListState & ListActions) => T): T {
  return useStore(useListStore().store, selector);
}

/** The list page's words in its language. */
export function useListT(): Translate {
  const language = useList((s) => s.language);
  const read = () => catalogFor(language);
  const catalog = useSyncExternalStore(subscribeCatalogs, read, read);
  return useMemo(() => translator(catalog), [catalog]);
}
