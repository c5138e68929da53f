import { createContext, useContext } from 'react';

// How a render relates to a prerendered page (src/pages/): the build renders the first view to HTML, and
// the browser hydrates that markup. The two renders must agree element for element, so what only the build
// writes (the map's drawing, the readings for readers without JavaScript) comes in as markup here.

export interface PageRender {
  /** The markup is prerendered: written by the build, or being hydrated in the browser. */
  prerendered: boolean;
  /** The build only: the SVG map's first view, written into the map's box (the browser takes it over). */
  mapSvg: string;
  /** The build only: each place's reading and the whole story, for readers without JavaScript. */
  readingsHtml: string;
}

export const PageRenderContext = createContext<PageRender>({
  prerendered: false,
  mapSvg: '',
  readingsHtml: '',
});

export function usePageRender(): PageRender {
  return useContext(PageRenderContext);
}
