import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AtlasProvider } from '../state/atlas-context.tsx';
import type { AtlasStore } from '../state/store.ts';
import { NO_PAGE, PageRenderContext, type PageRender } from './page-render.ts';

/** A page's top component with its store; the build renders the same tree (src/pages/render-page.tsx). */
export function AtlasTree({
  store,
  render,
  children,
}: {
  store: AtlasStore;
  render: PageRender;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <AtlasProvider store={store}>
        <PageRenderContext.Provider value={render}>{children}</PageRenderContext.Provider>
      </AtlasProvider>
    </StrictMode>
  );
}

/** Renders a page's top component with its store into `root` (#root); without one, nothing. */
export function mountAtlas(
  store: AtlasStore,
  page: ReactNode,
  root: HTMLElement | null = document.getElementById('root'),
): void {
  if (!root) return;
  createRoot(root).render(
    <AtlasTree store={store} render={NO_PAGE}>
      {page}
    </AtlasTree>,
  );
}

/**
 * Takes over `root`'s prerendered markup: the store must start from the facts the build rendered (its
 * initial state is what zustand hands React while hydrating), and anything else follows after. (Hydrating as a
 * transition, in slices, was tried and measured: no gain in Lighthouse's blocking time, and a store change
 * during the slices — the reader's language, a place in the address — makes React render it all again.)
 */
export function hydrateAtlas(
  store: AtlasStore,
  page: ReactNode,
  root: HTMLElement,
  placeLinks: string,
): void {
  hydrateRoot(
    root,
    <AtlasTree store={store} render={{ ...NO_PAGE, prerendered: true, placeLinks }}>
      {page}
    </AtlasTree>,
  );
}
