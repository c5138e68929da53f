import type { AtlasStore, Language } from '../../state/store.ts';
import type { Geography, MapPlace } from '../../state/geography.ts';
import { placeCounts, type PlaceCounts } from '../../state/selectors.ts';
import type * as Tooltip from '../tooltip.ts';
import { pickPlace, type Hits } from '../pick.ts';

// The pointer on the SVG map: what lies under it (the elements the browser hit-tests there), what a hover or
// click picks (by the rule the GL map shares, pick.ts), and the store actions and hover card that follow.

/** Which pickable shapes lie under a point, from the elements the browser hit-tests there. */
export function hitsFrom(elements: readonly Element[]): Hits {
  const hits: Hits = { district: null, province: null, country: null };
  for (const e of elements) {
    const id = e.getAttribute('data-place');
    const layer = e.getAttribute('data-layer');
    if (!id) continue;
    if (layer === 'district' && hits.district === null) hits.district = id;
    else if (layer === 'province' && hits.province === null) hits.province = id;
    else if (layer === 'country' && hits.country === null) hits.country = id;
    else if (layer === 'pin' && !hits.pin) hits.pin = id;
  }
  return hits;
}

/**
 * The hover card, whose code comes with the first pointer on the map (no reader without one pays for it).
 * A card asked for is shown only if nothing later (another place, the pointer leaving) has asked since.
 */
type TooltipCode = typeof Tooltip;

function lazyTooltip(container: HTMLElement) {
  let card: HTMLElement | null = null;
  let code: Promise<TooltipCode> | null = null;
  let asked = 0;
  let removed = false;
  return {
    show(place: MapPlace | undefined, counts: PlaceCounts, language: Language, x: number, y: number): void {
      const ask = ++asked;
      void (code ??= import('../tooltip.ts')).then((m) => {
        if (ask !== asked || removed) return;
        card ??= m.createTooltip(container);
        m.showTooltip(card, place, counts, language, x, y);
      });
    },
    hide(): void {
      asked++;
      if (card) card.hidden = true;
    },
    remove(): void {
      removed = true;
      card?.remove();
    },
  };
}

export interface SvgPointer {
  /** Hides the hover card (the map no longer seen). */
  hide(): void;
  remove(): void;
}

/**
 * Turns pointer moves, leaving and clicks on `svg` into store actions while the map is `active()`, with the
 * hover card in `container`; a map the store makes static only lets the pointer through.
 */
export function bindSvgPointer(
  svg: SVGSVGElement,
  container: HTMLElement,
  geo: Geography,
  store: AtlasStore,
  map: { active(): boolean; drawDistricts(): void },
): SvgPointer {
  const tip = lazyTooltip(container);
  const pickAt = (e: MouseEvent): string | null => {
    map.drawDistricts();
    return pickPlace(
      geo,
      store.getState().selected,
      hitsFrom(document.elementsFromPoint(e.clientX, e.clientY)),
    );
  };
  const onMove = (e: PointerEvent) => {
    if (!map.active()) return;
    const id = pickAt(e);
    store.getState().hover(id);
    const box = container.getBoundingClientRect();
    const place = id ? geo.places.get(id) : undefined;
    const counts = placeCounts(store.getState().story, id ?? '');
    tip.show(place, counts, store.getState().language, e.clientX - box.left, e.clientY - box.top);
  };
  const onLeave = () => {
    if (!map.active()) return;
    store.getState().hover(null);
    tip.hide();
  };
  const onClick = (e: MouseEvent) => {
    // The shapes are links for readers without JavaScript; here the map selects, and the URL follows.
    e.preventDefault();
    if (!map.active()) return;
    const id = pickAt(e);
    if (id) store.getState().select(id, { via: 'map' });
  };
  if (store.getState().mapInteractive) {
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerleave', onLeave);
    svg.addEventListener('click', onClick);
  } else {
    svg.setAttribute('pointer-events', 'none');
  }
  return {
    hide: tip.hide,
    remove() {
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerleave', onLeave);
      svg.removeEventListener('click', onClick);
      tip.remove();
    },
  };
}
