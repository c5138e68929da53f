import type { AtlasStore } from './store.ts';

// `?present` in the address opens the reader presenting, and the address follows the mode: a reload keeps
// the show on screen, and after Esc a reload stays in the reader. Replaced, not pushed: Back leaves the page.

const PARAM = 'present';

/** `?present` (any value, or none) asks for the presentation. */
export function wantsPresentation(search: string): boolean {
  return new URLSearchParams(search).has(PARAM);
}

/** The address with the presentation on or off, the rest (`?story=`, the place hash) kept. */
export function presentationAddress(href: string, on: boolean): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  if (on) params.set(PARAM, '');
  else params.delete(PARAM);
  // `?present=` reads worse than `?present`, and both mean the same.
  url.search = params.toString().replace(/(^|&)present=(?=&|$)/, '$1present');
  return url.href;
}

export function startPresentUrl(
  store: AtlasStore,
  win: Pick<Window, 'location' | 'history'> = window,
): () => void {
  if (wantsPresentation(win.location.search)) store.getState().present(true, { via: 'url' });
  return store.subscribe(
    (s) => s.presenting,
    (on) => {
      const next = presentationAddress(win.location.href, on);
      if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
    },
  );
}
