import { renderToString } from 'react-dom/server';
import { registerCatalog } from '../i18n/catalogs.ts';
import { storyLanguage } from '../i18n/choose-language.ts';
import { da } from '../i18n/da.ts';
import type { Size } from '../map/camera.ts';
import { svgMarkup } from '../map/svg/svg-string.ts';
import type { Geography } from '../state/geography.ts';
import { createAtlasStore, loadedState } from '../state/store.ts';
import type { Story } from '../story/schema.ts';
import { App } from '../ui/App.tsx';
import { AtlasTree } from '../ui/mount.tsx';
import { NO_PAGE, type PageRender } from '../ui/page-render.ts';
import { PLACES_PAGE } from '../state/site-page.ts';
import type { ReactNode } from 'react';
import { StaticReadings, StaticStory } from './StaticReadings.tsx';

// A story's first view as HTML: the same components the browser renders, from a store holding what the
// browser's store holds once the data is in (so hydration finds every element it expects), with the SVG
// map drawn into its box and the readings for readers without JavaScript. React escapes every text and
// attribute it writes; the map's markup is escaped where it is written (svg-node.ts).

/**
 * The size the map's first view is drawn for. Its viewBox scales it into whatever box the page gives it
 * (uniformly, centred), and the browser's map continues from that picture: chosen between the phone's
 * map (about 412 × 490) and a laptop's (about 630 × 680), so labels stay near their size on both.
 */
export const FIRST_VIEW_SIZE: Size = { width: 520, height: 560 };

// The build renders each page in its story's language, so both catalogs are at hand.
registerCatalog(da);

/** A story's two prerendered pages: its page, and its places page (every place's reading, without JavaScript). */
export interface FirstViews {
  page: string;
  places: string;
}

/**
 * The story's page keeps its first view light (the map, the panel, the story's text for readers without
 * JavaScript) and links each place to its reading on the places page, which is the same view with every
 * reading in it: a reader without JavaScript clicks from one to the other and then within it.
 */
export function renderFirstView(story: Story, geo: Geography, firstView: Geography = geo): FirstViews {
  const store = createAtlasStore({ ...loadedState({ story, geo }), language: storyLanguage(story) });
  const tree = (render: PageRender, children: ReactNode) =>
    renderToString(
      <AtlasTree store={store} render={render}>
        {children}
      </AtlasTree>,
    );
  const view = (placeLinks: string, readings: ReactNode) => {
    const render = { ...NO_PAGE, prerendered: true, placeLinks };
    // The map's shapes from the first view's lighter copy (geodata/first-view.ts): the same elements.
    const mapSvg = svgMarkup(firstView, store.getState(), FIRST_VIEW_SIZE, {
      light: true,
      links: placeLinks,
    });
    return tree({ ...render, mapSvg, readingsHtml: tree(render, readings) }, <App />);
  };
  return { page: view(PLACES_PAGE, <StaticStory />), places: view('', <StaticReadings />) };
}
