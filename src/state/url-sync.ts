import type { AtlasStore } from './store.ts';

// The URL mirrors the selection (#/place/AF19), so a link opens a place and back/forward walk selections.

const PLACE_HASH = /^#\/place\/([A-Za-z0-9-]+)$/;

export function placeFromHash(hash: string): string | null {
  const m = PLACE_HASH.exec(hash);
  return m?.[1] ?? null;
}

export function hashForPlace(id: string | null): string {
  return id ? `#/place/${id}` : '#/';
}

export function startUrlSync(store: AtlasStore, win: Window = window): () => void {
  const fromUrl = () => {
    const id = placeFromHash(win.location.hash);
    if (id) store.getState().select(id, { via: 'url' });
    else store.getState().clear({ via: 'url' });
  };
  fromUrl();
  const unsubscribe = store.subscribe(
    (s) => s.selected,
    (id) => {
      if (store.getState().selectedVia === 'url') return;
      const hash = hashForPlace(id);
      if (win.location.hash !== hash && !(id === null && win.location.hash === '')) {
        win.history.pushState(null, '', hash);
      }
    },
  );
  win.addEventListener('popstate', fromUrl);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', fromUrl);
  };
}
