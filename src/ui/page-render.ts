import { createContext, useCallback, useContext } from 'react';
import { hashForPlace } from '../state/url-sync.ts';

// How a render relates to a prerendered page (src/pages/): the build renders the first view to HTML, and
// the browser hydrates that markup. The two renders must agree element for element, so what only the build
// writes (the map's drawing, the story's text for readers without JavaScript) comes in as markup here.

export interface PageRender {
  /** The markup is prerendered: written by the build, or being hydrated in the browser. */
  prerendered: boolean;
  /** The build only: the SVG map's first view, written into the map's box (the browser takes it over). */
  mapSvg: string;
  /** The build only: what readers without JavaScript read in the reading panel (a <noscript>). */
  readingsHtml: string;
  /**
   * Where a place's link leads, before its address (#/place/AF19): '' for this page, 'places/' on a
   * prerendered story page, whose places' readings are on a page of their own (src/pages/build-pages.ts).
   */
  placeLinks: string;
}

export const NO_PAGE: PageRender = { prerendered: false, mapSvg: '', readingsHtml: '', placeLinks: '' };

export const PageRenderContext = createContext<PageRender>(NO_PAGE);

export function usePageRender(): PageRender {
  return useContext(PageRenderContext);
}

/** A place's link: its address in the app, on the page that holds its reading without JavaScript. */
export function usePlaceHref(): (place: string) => string {
  const { placeLinks } = usePageRender();
  return useCallback((place: string) => placeLinks + hashForPlace(place), [placeLinks]);
}
