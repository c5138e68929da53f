import { presentationAddress } from '../state/present-url.ts';
import { sitePage, type SitePage } from '../state/site-page.ts';
import { storyQuery } from '../state/story-query.ts';

// The two windows of a presentation open each other; they then talk over a BroadcastChannel
// (src/state/present-sync.ts), so neither needs a handle on the other and either may be reloaded.

const PRESENTER_WINDOW = 'north-atlas-presenter';
const AUDIENCE_WINDOW = 'north-atlas-audience';
const POPUP_FEATURES = 'popup,width=1280,height=800';

/**
 * The presenter view (at the site's root, whichever page opens it), showing the same story: `?story=` and
 * the like carry over, a story's own page becomes its `?story=`, and `present` does not.
 */
export function presenterUrl(from: Pick<Location, 'href' | 'search'>, page: SitePage): string {
  const url = new URL(`${page.root}presenter.html`, from.href);
  url.search = storyQuery(from.search, page);
  return presentationAddress(url.href, false);
}

/** The reader, presenting, for the presenter view to open on the projector. */
export function audienceUrl(from: Pick<Location, 'href' | 'search'>): string {
  const url = new URL('./', from.href);
  url.search = from.search;
  return presentationAddress(url.href, true);
}

export function openPresenter(): void {
  const page = sitePage(document.getElementById('root'));
  window.open(presenterUrl(window.location, page), PRESENTER_WINDOW, POPUP_FEATURES);
}

export function openAudience(): void {
  window.open(audienceUrl(window.location), AUDIENCE_WINDOW, POPUP_FEATURES);
}
