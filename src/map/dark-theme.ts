import type { AtlasState } from '../state/store.ts';

// The dark theme recolours only the surroundings (water, neighbours, lines around the provinces): the provinces
// keep the story-share ramp so the legend, read from the same theme, stays true in both themes. An embedding
// page's accent recolours the selection's outlines. Both maps read their paint from here, the SVG map by
// layer id as well, so the two pictures match in every look. What only the GL map needs (whole layers and
// styles, live paint changes) is in gl-look.ts, loaded with MapLibre rather than with the first view.

type Paint = Record<string, unknown>;

/** What the maps' colours depend on besides the light theme: the store's theme and accent. */
export type Look = Pick<AtlasState, 'theme' | 'accent'>;

export const DARK_PAINT: Readonly<Record<string, Paint>> = {
  background: { 'background-color': '#14212b' },
  'neighbours-fill': { 'fill-color': '#262a2e' },
  'neighbours-line': { 'line-color': '#4b5157' },
  'context-fill': { 'fill-color': '#30343a' },
  'context-line': { 'line-color': '#575d64' },
  'national-border': { 'line-color': '#e8e2d6' },
};

/** The layers that outline the selection, which an accent recolours. */
export const ACCENT_LAYERS = ['selected-district-line', 'selected-province-line', 'selected-country-line'];

/** The paint a layer takes over its light self in this look; undefined where it keeps its own. */
export function lookPaint(layerId: string, look: Look): Paint | undefined {
  const dark = look.theme === 'dark' ? DARK_PAINT[layerId] : undefined;
  const accent = look.accent && ACCENT_LAYERS.includes(layerId) ? { 'line-color': look.accent } : undefined;
  return dark || accent ? { ...dark, ...accent } : undefined;
}
