import { placeFromHash } from '../state/url-sync.ts';

// A prerendered page reads, scrolls, prints and follows its links as it is; the app (hydration, the data,
// the SVG map's takeover: seconds of main-thread work on a slow phone) wakes when the reader first reaches
// for the page, so none of it stands between the reader and the first view.

/** What counts as reaching for the page: a pointer moving or pressing, a touch, a key, a wheel, a scroll. */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'];

/** Settles at the reader's first sign of using the page. */
export function readerIntent(win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    const woken = () => {
      for (const type of INTENT_EVENTS) win.removeEventListener(type, woken, true);
      resolve();
    };
    for (const type of INTENT_EVENTS) win.addEventListener(type, woken, { capture: true, passive: true });
  });
}

/**
 * A link to the page's places page (their readings for readers without JavaScript) at a place's address:
 * the address it gives this page instead ('#/place/AF19'), or null for any other link.
 */
function placeAddress(target: EventTarget | null, placesPage: string, win: Window): string | null {
  const link = target instanceof Element ? target.closest('a') : null;
  if (!placesPage || !link?.href) return null;
  const to = new URL(link.href);
  const places = new URL(placesPage, win.location.href);
  return to.origin === places.origin && to.pathname === places.pathname && placeFromHash(to.hash)
    ? to.hash
    : null;
}

/**
 * Keeps the last button-like element clicked before the app woke, to click it again once it is awake:
 * a link has done its work already (the address changed), a button did nothing yet. A place's link, which
 * leads to the places page (`placesPage`, relative to this page), changes this page's address instead,
 * where the app opens the same reading.
 */
export function keepEarlyClicks(win: Window = window, placesPage = ''): { replay(): void } {
  let target: HTMLElement | null = null;
  const keep = (e: Event) => {
    const address = placeAddress(e.target, placesPage, win);
    if (address) {
      e.preventDefault();
      win.location.hash = address;
    }
    // The last press is the reader's intent: a link pressed after a button leaves nothing to press again.
    target =
      e.target instanceof Element ? e.target.closest<HTMLElement>('button, [role="button"], summary') : null;
  };
  win.addEventListener('click', keep, true);
  return {
    replay() {
      win.removeEventListener('click', keep, true);
      if (target?.isConnected) target.click();
      target = null;
    },
  };
}
