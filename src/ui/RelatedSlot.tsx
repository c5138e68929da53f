import { Suspense, lazy } from 'react';
import { useAtlas } from '../state/atlas-context.tsx';
import type { AtlasStore } from '../state/store.ts';
import { afterNextPaint } from './after-paint.ts';

// Where a reading ends with "Other stories about <place>": the list's code is fetched only when the reader
// reaches for a place on a page that lists them, so the reader's first view does not carry it.

const importList = () => import('./RelatedStories.tsx');
let listCode: ReturnType<typeof importList> | null = null;
/** The list's code, asked for once. */
const loadListCode = () => (listCode ??= importList());

const RelatedStories = lazy(loadListCode);

/**
 * Fetches the list's code (`load`) after the frame that shows the reader's first hover on a place, on a page
 * that lists other stories: a reading usually follows, and the click that opens it no longer starts the import
 * in its own render (the build's preload helper writes the chunk's links into the page there). A keyboard or a
 * finger without hover fetches it at the first reading, as before. Returns the stop function.
 */
export function prefetchListCode(store: AtlasStore, load: () => unknown = loadListCode): () => void {
  let cancel = () => {};
  const stop = store.subscribe(
    (s) => s.hovered !== null && s.relatedSource !== null,
    (reaching) => {
      if (!reaching) return;
      stop();
      cancel = afterNextPaint(() => void load());
    },
  );
  return () => {
    stop();
    cancel();
  };
}

export function RelatedSlot({ id }: { id: string }) {
  const on = useAtlas((s) => s.relatedSource !== null);
  if (!on) return null;
  return (
    <Suspense fallback={null}>
      <RelatedStories id={id} />
    </Suspense>
  );
}
