import { useEffect, useRef, useState } from 'react';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import type { MapController } from '../map/controller.ts';
import { DEFER_MAP, loadController } from '../map/load-controller.ts';
import { createSvgMap, type SvgMap } from '../map/svg/svg-map.ts';
import { MapActions } from './MapActions.tsx';
import { usePageRender } from './page-render.ts';
import { PERF_MARKS, markFirstMapPaint } from './perf-marks.ts';
import { useT } from './use-t.ts';

// Two renderers, one picture. The SVG map paints at once and does everything the reader needs: hover,
// click, selection, the camera. MapLibre (a megabyte of code, and seconds of main-thread work where WebGL
// is software-rendered) is fetched only when the reader reaches for the map — pointer or finger on it, a
// wheel, focus inside it — so it never competes with the first paint or the first read; once it has drawn
// everything (its first `idle`) the SVG fades out above it. If it cannot run, the SVG simply stays.
// Which map shows is a data attribute set from the maps' own events, so the swap never waits on React.
// On a prerendered page the SVG map is in the HTML before any script: the SVG renderer takes over those
// elements once the page is hydrated. Its styles (map-view.css) come with each page's entry, so a prerendered
// page paints with them before the app's code runs.

/** What counts as reaching for the map. */
const INTENT_EVENTS = ['pointerenter', 'pointerdown', 'touchstart', 'wheel', 'focusin'] as const;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Runs `fn` once, at the reader's first sign of using the map; returns a cancel function. */
function onIntent(el: HTMLElement, fn: () => void): () => void {
  const stop = () => INTENT_EVENTS.forEach((type) => el.removeEventListener(type, fire));
  function fire() {
    stop();
    fn();
  }
  INTENT_EVENTS.forEach((type) => el.addEventListener(type, fire, { passive: true }));
  return stop;
}

export function MapView() {
  const store = useAtlasStore();
  const page = usePageRender();
  const ready = useAtlas((s) => s.geo !== null);
  const view = useRef<HTMLDivElement>(null);
  const svgHost = useRef<HTMLDivElement>(null);
  const glHost = useRef<HTMLDivElement>(null);
  const svgMap = useRef<SvgMap | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Settles at the reader's first reach for the map, which may come before the data has arrived. */
  const intent = useRef<Promise<void> | null>(null);
  const t = useT();
  // The effect below outlives renders: it reads the words of the moment it falls back.
  const words = useRef(t);
  useEffect(() => {
    words.current = t;
  });

  useEffect(() => {
    const root = view.current;
    if (!root) return;
    let reached = () => {};
    intent.current = new Promise((resolve) => (reached = resolve));
    const stop = onIntent(root, reached);
    // A prerendered page shows the map before its scripts run: a pointer already on it then counts.
    if (root.matches(':hover')) reached();
    return stop;
  }, []);

  useEffect(() => {
    const root = view.current;
    const svgEl = svgHost.current;
    const glEl = glHost.current;
    if (!ready || !root || !svgEl || !glEl) return;
    const reducedMotion = prefersReducedMotion();
    const svg = createSvgMap(svgEl, store, { reducedMotion });
    svgMap.current = svg;
    root.dataset.renderer = 'svg';
    const paint = markFirstMapPaint(svg.tookOver);
    performance.mark(PERF_MARKS.mapLive);

    let cancelled = false;
    let gl: MapController | null = null;
    const fallBack = (reason: string) => {
      if (cancelled) return;
      root.dataset.renderer = 'svg';
      svg.setActive(true);
      setProblem(reason);
    };
    const start = () => {
      loadController().then(
        ({ createMapController }) => {
          if (cancelled) return;
          try {
            gl = createMapController(glEl, store, {
              reducedMotion,
              initialCamera: svg.camera(),
              onReady: () => {
                if (cancelled) return;
                performance.mark(PERF_MARKS.glMapIdle);
                root.dataset.renderer = 'gl';
                svg.setActive(false);
              },
              onUnavailable: (reason) => {
                fallBack(reason);
                // Not from inside MapLibre's own event dispatch.
                queueMicrotask(() => {
                  gl?.destroy();
                  gl = null;
                });
              },
            });
          } catch (e) {
            const error = e as Error;
            if (error.name === 'MapWorkerError') return fallBack(error.message);
            // MapLibre's message is a JSON dump of context attributes: for the console, not the reader.
            console.warn('GL map unavailable:', error.message);
            fallBack(words.current('map.noWebgl'));
          }
        },
        () => fallBack(words.current('map.notLoaded')),
      );
    };
    if (DEFER_MAP) void intent.current?.then(() => !cancelled && start());
    else start();
    return () => {
      cancelled = true;
      cancelAnimationFrame(paint);
      gl?.destroy();
      gl = null;
      svg.destroy();
      svgMap.current = null;
    };
  }, [ready, store]);

  return (
    <div className="map-view" ref={view} data-renderer={page.prerendered ? 'svg' : undefined}>
      <div ref={glHost} className="map-canvas" data-testid="map" />
      {/* React never writes into this box after its first render: the SVG renderer owns what is inside. */}
      <div
        ref={svgHost}
        className="svg-map"
        data-testid="svg-map"
        dangerouslySetInnerHTML={{ __html: page.mapSvg }}
      />
      {ready && <MapActions svgMap={svgMap} />}
      {problem && (
        <p className="map-notice" role="status">
          {t('map.simple', { problem: problem.replace(/\.$/, '') })}
        </p>
      )}
    </div>
  );
}
