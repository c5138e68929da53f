import type { ReactNode } from 'react';
import { useAtlasStore } from '../state/atlas-context.tsx';
import { stepBy } from '../state/tour-steps.ts';
import { useT } from './use-t.ts';

// Where the tour is ("3 / 12" and a bar), with buttons for those presenting by mouse or touch screen.

export function PresentProgress({
  step,
  total,
  digits,
  children,
}: {
  step: number;
  total: number;
  /** A stop number being typed, shown until Enter jumps to it. */
  digits: string;
  children?: ReactNode;
}) {
  const store = useAtlasStore();
  const at = total === 0 ? 0 : step + 1;
  const t = useT();
  // The way back points to where the line of text starts: ← in English, → in Dari.
  const rtl = t.catalog.dir === 'rtl';
  return (
    <nav className="present-progress" aria-label={t('present.tour')}>
      <button
        type="button"
        onClick={() => stepBy(store, -1, { via: 'text' })}
        disabled={step <= 0}
        aria-label={t('present.prev')}
      >
        <span aria-hidden="true">{rtl ? '→' : '←'}</span>
      </button>
      <div
        className="present-bar"
        role="progressbar"
        aria-label={t('present.progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={at}
        aria-valuetext={t('present.stopOf', { n: at, total })}
        data-testid="present-bar"
      >
        <span className="present-bar-fill" style={{ width: `${total === 0 ? 0 : (at / total) * 100}%` }} />
      </div>
      <span className="present-count" data-testid="present-count" aria-hidden="true">
        {t.catalog.digits(`${at} / ${total}`)}
      </span>
      <button
        type="button"
        onClick={() => stepBy(store, 1, { via: 'text' })}
        disabled={step >= total - 1}
        aria-label={t('present.next')}
      >
        <span aria-hidden="true">{rtl ? '←' : '→'}</span>
      </button>
      <span className="present-digits" role="status" data-testid="present-digits">
        {digits && t('present.goTo', { n: t.catalog.digits(digits) })}
      </span>
      {children}
    </nav>
  );
}
