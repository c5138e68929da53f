import { Suspense, lazy } from 'react';
import { useAtlas } from '../state/atlas-context.tsx';

// Where a reading ends with "Other stories about <place>": the list's code is fetched only when a reading opens
// on a page that lists them, so the reader's first view does not carry it.

const RelatedStories = lazy(() => import('./RelatedStories.tsx'));

export function RelatedSlot({ id }: { id: string }) {
  const on = useAtlas((s) => s.relatedSource !== null);
  if (!on) return null;
  return (
    <Suspense fallback={null}>
      <RelatedStories id={id} />
    </Suspense>
  );
}
