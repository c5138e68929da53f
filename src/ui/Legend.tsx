import { useMemo, useSyncExternalStore } from 'react';
import { SHARE_STOPS, theme } from '../map/theme.ts';
import type { Translate } from '../i18n/translate.ts';
import { useAtlas } from '../state/atlas-context.tsx';
import { placeName } from '../state/selectors.ts';
import { useT } from './use-t.ts';

// Reads the same theme as the map so the key always matches the picture.

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

/** The share ramp's steps: "under 10%", "10%–25%", …, "over 50%" in the reader's digits. */
export function shareLabels(t: Translate): string[] {
  const pct = t.catalog.percent;
  return SHARE_STOPS.map((s, i) => {
    const next = SHARE_STOPS[i + 1];
    if (i === 0) return t('legend.under', { pct: pct(SHARE_STOPS[1]) });
    return next === undefined
      ? t('legend.over', { pct: pct(s) })
      : t('legend.range', { from: pct(s), to: pct(next) });
  });
}

export function Legend() {
  const geo = useAtlas((s) => s.geo);
  const language = useAtlas((s) => s.language);
  const t = useT();
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
  const labels = shareLabels(t);
  // The key arrives with the map it explains: shown before, it would be pushed down when the story's
  // headline fills the masthead, a layout shift.
  if (!geo) return null;
  const country = (iso: string) => {
    const place = geo.places.get(iso);
    return place ? placeName(place, language) : iso;
  };
  return (
    <details className="legend" open={open}>
      <summary className="legend-summary">{t('legend.summary')}</summary>
      <p className="legend-title">{t('legend.share')}</p>
      <ul>
        {theme.shareRamp.map((c, i) => (
          <li key={c}>
            <Swatch colour={c} />
            {labels[i]}
          </li>
        ))}
      </ul>
      <p className="legend-title">{t('legend.borders')}</p>
      <ul>
        {faced.map(([iso, c]) => (
          <li key={iso}>
            <Swatch colour={c} line />
            {country(iso)}
          </li>
        ))}
        <li>
          <span className="swatch swatch-capital" aria-hidden="true" />
          {t('legend.capital')}
        </li>
      </ul>
    </details>
  );
}
