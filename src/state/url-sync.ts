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
  // Written after the event that selected, not inside it: a history entry is a round trip to the
  // browser process, and the reading panel should not wait for it. Selections in one task make one entry.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    pending = undefined;
    const { selected: id, selectedVia } = store.getState();
    if (selectedVia === 'url') return;
    const hash = hashForPlace(id);
    if (win.location.hash !== hash && !(id === null && win.location.hash === '')) {
      win.history.pushState(null, '', hash);
    }
  };
  const unsubscribe = store.subscribe(
    (s) => s.selected,
    () => {
      if (store.getState().selectedVia === 'url' || pending !== undefined) return;
      pending = setTimeout(write, 0);
    },
  );
  win.addEventListener('popstate', fromUrl);
  return () => {
    clearTimeout(pending);
    unsubscribe();
    win.removeEventListener('popstate', fromUrl);
  };
}
