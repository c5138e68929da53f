// The Fullscreen API, asked politely: browsers refuse it without a user gesture (a `?present` link opening
// the page), inside iframes without permission, or on iPhones. A refusal leaves the show running windowed.

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement !== null;
}

export function enterFullscreen(el: HTMLElement = document.documentElement): void {
  if (isFullscreen() || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => undefined);
}

/** Leaves full screen; true when there was one to leave. */
export function exitFullscreen(): boolean {
  if (!isFullscreen()) return false;
  document.exitFullscreen().catch(() => undefined);
  return true;
}
