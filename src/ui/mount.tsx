import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasProvider } from '../state/atlas-context.tsx';
import type { AtlasStore } from '../state/store.ts';

/** Renders a page's top component with its store into `root` (#root); without one, nothing. */
export function mountAtlas(
  store: AtlasStore,
  page: ReactNode,
  root: HTMLElement | null = document.getElementById('root'),
): void {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <AtlasProvider store={store}>{page}</AtlasProvider>
    </StrictMode>,
  );
}
