import { useEffect } from 'react';
import type { AtlasStore } from '../state/store.ts';

/** Esc anywhere on the page clears the selection: the reader and the embed share this key. */
export function useEscapeClears(store: AtlasStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.getState().selected !== null) store.getState().clear({ via: 'key' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
