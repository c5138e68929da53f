import { useMemo, useSyncExternalStore } from 'react';
import { SHARE_STOPS, theme } from '../map/theme.ts';
import { useAtlas } from '../state/atlas-context.tsx';

// Reads the same theme as the map so the key always matches the picture.

const pct = (x: number) => `${Math.round(x * 100)}%`;
const COUNTRY_NAMES: Record<string, string> = {
  TJK: 'Tajikistan',
  UZB: 'Uzbekistan',
  TKM: 'Turkmenistan',
  CHN: 'China',
  PAK: 'Pakistan',
};

/** Below this width the key starts folded, so it does not cover the map on a phone. */
const FOLD_BELOW_PX = 760;
const NARROW = `(max-width: ${FOLD_BELOW_PX}px)`;
const narrow = () => typeof matchMedia === 'function' && matchMedia(NARROW).matches;
/** The key folds once, as the page starts: a reader who opens it again keeps it open. */
const once = () => () => {};

/**
 * A swatch as a tiny SVG: its colour is a presentation attribute, not a `style` attribute, which a page
 * under a strict Content-Security-Policy (no 'unsafe-inline' styles) would refuse in prerendered markup.
 */
function Swatch({ colour, line = false }: { colour: string; line?: boolean }) {
  return (
    <svg
      className={line ? 'swatch swatch-line' : 'swatch'}
      viewBox="0 0 1 1"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="1" height="1" fill={colour} />
    </svg>
  );
}

export function Legend() {
  const geo = useAtlas((s) => s.geo);
  // Open as prerendered (the screen's width is not known then), folded on a phone once the page runs.
  const open = useSyncExternalStore(
    once,
    () => !narrow(),
    () => true,
  );
  // Only the borders the map actually draws get a key entry.
  const faced = useMemo(() => {
    const set = new Set<string>();
    for (const p of geo?.places.values() ?? []) for (const b of p.border) set.add(b.country);
    return Object.entries(theme.borderByCountry).filter(([iso]) => set.has(iso));
  }, [geo]);
  const labels = SHARE_STOPS.map((s, i) => {
    const next = SHARE_STOPS[i + 1];
    if (i === 0) return 'not in the story';
    return next === undefined ? `over ${pct(s)}` : `${pct(s)}–${pct(next)}`;
  });
  labels[0] = `under ${pct(SHARE_STOPS[1])}`;
  // The key arrives with the map it explains: shown before, it would be pushed down when the story's
  // headline fills the masthead, a layout shift.
  if (!geo) return null;
  return (
    <details className="legend" open={open}>
      <summary className="legend-summary">Map key</summary>
      <p className="legend-title">Share of the story's passages</p>
      <ul>
        {theme.shareRamp.map((c, i) => (
          <li key={c}>
            <Swatch colour={c} />
            {labels[i]}
          </li>
        ))}
      </ul>
      <p className="legend-title">Border districts, by the country they face</p>
      <ul>
        {faced.map(([iso, c]) => (
          <li key={iso}>
            <Swatch colour={c} line />
            {COUNTRY_NAMES[iso] ?? iso}
          </li>
        ))}
        <li>
          <span className="swatch swatch-capital" aria-hidden="true" />
          Provincial capital
        </li>
      </ul>
    </details>
  );
}
