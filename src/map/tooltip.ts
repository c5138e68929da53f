import type { MapPlace } from '../state/geography.ts';
import { catalogFor } from '../i18n/catalogs.ts';
import { translator } from '../i18n/translate.ts';
import type { PlaceCounts } from '../state/selectors.ts';
import type { Language } from '../state/store.ts';

// The hover card both renderers show: the place's names and how much of the story concerns it.

export function createTooltip(container: HTMLElement): HTMLElement {
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  container.appendChild(tooltip);
  return tooltip;
}

/** Fills and places the card at (x, y) in the container, or hides it when there is no place. */
export function showTooltip(
  tooltip: HTMLElement,
  place: MapPlace | undefined,
  counts: PlaceCounts,
  language: Language,
  x: number,
  y: number,
): void {
  if (!place) {
    tooltip.hidden = true;
    return;
  }
  tooltip.replaceChildren();
  const t = translator(catalogFor(language));
  const name = document.createElement('strong');
  name.textContent = language === 'da' ? place.name_da : place.name_en;
  tooltip.appendChild(name);
  // An English reader sees the Dari name too; a Dari reader, their own name only.
  if (language === 'en' && place.name_da !== place.name_en) {
    const da = document.createElement('span');
    da.className = 'map-tooltip-da';
    da.lang = 'fa-AF';
    da.dir = 'rtl';
    da.textContent = place.name_da;
    tooltip.appendChild(da);
  }
  const n = document.createElement('span');
  n.textContent = t('count.list', {
    passages: t('count.passages', { count: counts.passages }),
    quotes: t('count.quotes', { count: counts.quotes }),
  });
  tooltip.appendChild(n);
  tooltip.style.transform = `translate(${Math.round(x + 14)}px, ${Math.round(y + 14)}px)`;
  tooltip.hidden = false;
}
