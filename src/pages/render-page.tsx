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
import { StaticReadings } from './StaticReadings.tsx';

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

export function renderFirstView(story: Story, geo: Geography): string {
  const store = createAtlasStore({ ...loadedState({ story, geo }), language: storyLanguage(story) });
  const mapSvg = svgMarkup(geo, store.getState(), FIRST_VIEW_SIZE, { light: true });
  const readingsHtml = renderToString(
    <AtlasTree store={store} render={{ prerendered: true, mapSvg: '', readingsHtml: '' }}>
      <StaticReadings />
    </AtlasTree>,
  );
  return renderToString(
    <AtlasTree store={store} render={{ prerendered: true, mapSvg, readingsHtml }}>
      <App />
    </AtlasTree>,
  );
}
