import type { MapPlace } from '../state/geography.ts';
import type { PlaceCounts } from '../state/selectors.ts';

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
  x: number,
  y: number,
): void {
  if (!place) {
    tooltip.hidden = true;
    return;
  }
  tooltip.replaceChildren();
  const en = document.createElement('strong');
  en.textContent = place.name_en;
  tooltip.appendChild(en);
  if (place.name_da !== place.name_en) {
    const da = document.createElement('span');
    da.className = 'map-tooltip-da';
    da.lang = 'fa-AF';
    da.dir = 'rtl';
    da.textContent = place.name_da;
    tooltip.appendChild(da);
  }
  const n = document.createElement('span');
  n.textContent = `${counts.passages} passage${counts.passages === 1 ? '' : 's'}, ${counts.quotes} quote${counts.quotes === 1 ? '' : 's'}`;
  tooltip.appendChild(n);
  tooltip.style.transform = `translate(${Math.round(x + 14)}px, ${Math.round(y + 14)}px)`;
  tooltip.hidden = false;
}
