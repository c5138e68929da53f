import { useEffect, useRef, useState } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';

// Mounts a div and hands it to the map controller, loaded as its own chunk so MapLibre never delays the page.

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function MapView() {
  const store = useAtlasStore();
  const ready = useAtlas((s) => s.geo !== null);
  const container = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!ready || !el) return;
    let destroyed = false;
    let destroy: (() => void) | null = null;
    import('../map/controller.ts')
      .then(({ createMapController }) => {
        if (destroyed) return;
        try {
          const controller = createMapController(el, store, {
            reducedMotion: prefersReducedMotion(),
            onUnavailable: setProblem,
          });
          destroy = () => controller.destroy();
        } catch (e) {
          setProblem(`The interactive map cannot start here (${(e as Error).message}).`);
        }
      })
      .catch(() => setProblem('The interactive map could not be loaded.'));
    return () => {
      destroyed = true;
      destroy?.();
    };
  }, [ready, store]);

  return (
    <div className="map-view">
      <div ref={container} className="map-canvas" data-testid="map" />
      {problem && (
        <p className="map-problem" role="status">
          {problem} Every place is still in the list of places, and the reading panel works as before.
        </p>
      )}
    </div>
  );
}
