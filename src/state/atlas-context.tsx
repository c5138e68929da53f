import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Atlas, AtlasStore } from './store.ts';

const AtlasContext = createContext<AtlasStore | null>(null);

export function AtlasProvider({ store, children }: { store: AtlasStore; children: ReactNode }) {
  return <AtlasContext.Provider value={store}>{children}</AtlasContext.Provider>;
}

export function useAtlasStore(): AtlasStore {
  const store = useContext(AtlasContext);
  if (!store) throw new Error('useAtlas outside <AtlasProvider>');
  return store;
}

/** Read the store through a selector; never bare. */
export function useAtlas<T>(selector: (s: Atlas) => T): T {
  return useStore(useAtlasStore(), selector);
}
