import { chooseLanguage, languageClues, pageLanguage } from './i18n/choose-language.ts';
import { startFetching } from './state/early-fetch.ts';
import { sitePage } from './state/site-page.ts';
import { afterFirstPaint, fetchCode, readerCode } from './ui/after-paint.ts';
import { keepEarlyClicks, readerIntent } from './ui/reader-intent.ts';
// The first view's styles: the page paints with them, before the app's code runs.
import './ui/reader.css';

// The reader's entry, kept small. A page the build prerendered reads, scrolls, prints and follows its links
// as it is; the app (its code run, the data read, the markup hydrated, the SVG map taken over: seconds of
// main-thread work on a slow phone) starts when the reader first reaches for the page, so none of it stands
// between the reader and the first view. The app's code and the data download meanwhile, once the page has
// painted (after-paint.ts), so they do not compete with it either.

/**
 * Whether the prerendered page is already what the reader asked for, so the app may wait for them: not
 * when the address names another story, a place or a presentation, nor when the reader chose another
 * language than the page's (a choice wins over the story's language, which the page is in).
 */
function pageIsTheAnswer(prerendered: boolean): boolean {
  const params = new URLSearchParams(location.search);
  const page = pageLanguage();
  // The story's language (the page's) wins over the browser's: only a choice the reader made differs.
  const chosen = chooseLanguage({ ...languageClues(), story: page });
  return (
    prerendered && !params.has('story') && !params.has('present') && location.hash === '' && chosen === page
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  const page = sitePage(root);
  const early = page.prerendered ? keepEarlyClicks(window, page.placeLinks) : null;
  if (pageIsTheAnswer(page.prerendered)) {
    const intent = readerIntent();
    // A reader who reaches for the page before it has shown (a phone's slow first frame) need not wait.
    await Promise.race([afterFirstPaint(), intent]);
    // The data as the app's own requests (it takes them up, early-fetch.ts), the code into the cache.
    startFetching([page.topologyUrl, page.storyUrl]);
    fetchCode(document, readerCode(document, page.root));
    await intent;
  } else {
    // The app starts at once: its data is asked for while its code downloads (another story's file is
    // found by the app itself).
    const otherStory = new URLSearchParams(location.search).has('story');
    startFetching(otherStory ? [page.topologyUrl] : [page.topologyUrl, page.storyUrl]);
    fetchCode(document, readerCode(document, page.root), 'modulepreload');
  }
  const { bootReader } = await import('./reader-boot.tsx');
  await bootReader(early);
}

void start();
