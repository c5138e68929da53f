import { svgMarkup } from '../map/svg/svg-string.ts';
import type { Geography } from '../state/geography.ts';
import type { AtlasState, Theme } from '../state/store.ts';
import { FIRST_VIEW_SIZE } from './render-page.tsx';

// The embed facade's picture: the story's first view as a standalone SVG file, light and dark, for the host
// page to show (as <img>, the dark one under a dark colour scheme) until the reader asks for the map. The
// first paint's light paths make it a few times smaller than the share card's PNG, and every kilobyte of it
// is the host page's.

export const FACADE_IMAGE: Record<Theme, string> = { light: 'map.svg', dark: 'map-dark.svg' };

export function facadeImages(facts: AtlasState, geo: Geography): Record<string, string> {
  const draw = (theme: Theme) =>
    svgMarkup(geo, { ...facts, theme }, FIRST_VIEW_SIZE, { light: true, at: { x: 0, y: 0 } });
  return { [FACADE_IMAGE.light]: draw('light'), [FACADE_IMAGE.dark]: draw('dark') };
}
