import { catalogFor } from '../i18n/catalogs.ts';
import { translator } from '../i18n/translate.ts';
import type { Language } from '../state/store.ts';

// The words MapLibre itself writes into the page (the canvas's name, the zoom buttons), in the reader's
// language: given to the map when it is made, and rewritten when the language changes, since MapLibre
// reads its `locale` only once.

/** MapLibre's `locale` option for `language`. */
export function mapLocale(language: Language): Record<string, string> {
  const t = translator(catalogFor(language));
  return {
    'Map.Title': t('map.canvas'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
  };
}

const CONTROLS: Record<string, string> = {
  '.maplibregl-ctrl-zoom-in': 'NavigationControl.ZoomIn',
  '.maplibregl-ctrl-zoom-out': 'NavigationControl.ZoomOut',
};

/** Rewrites the map's own words in `container` (the map's) for `language`. */
export function applyMapWords(container: HTMLElement, canvas: HTMLElement, language: Language): void {
  const words = mapLocale(language);
  canvas.setAttribute('aria-label', words['Map.Title'] ?? '');
  for (const [selector, key] of Object.entries(CONTROLS)) {
    const button = container.querySelector(selector);
    const word = words[key];
    if (!button || !word) continue;
    button.setAttribute('title', word);
    button.setAttribute('aria-label', word);
  }
}
