import type { ReactNode } from 'react';
import { useAtlasStore } from '../state/atlas-context.tsx';

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
  return (
    <nav className="present-progress" aria-label="Tour">
      <button
        type="button"
        onClick={() => store.getState().stepBy(-1, { via: 'text' })}
        disabled={step <= 0}
        aria-label="Previous stop"
      >
        <span aria-hidden="true">←</span>
      </button>
      <div
        className="present-bar"
        role="progressbar"
        aria-label="Tour progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={at}
        aria-valuetext={`Stop ${at} of ${total}`}
        data-testid="present-bar"
      >
        <span className="present-bar-fill" style={{ width: `${total === 0 ? 0 : (at / total) * 100}%` }} />
      </div>
      <span className="present-count" data-testid="present-count" aria-hidden="true">
        {at} / {total}
      </span>
      <button
        type="button"
        onClick={() => store.getState().stepBy(1, { via: 'text' })}
        disabled={step >= total - 1}
        aria-label="Next stop"
      >
        <span aria-hidden="true">→</span>
      </button>
      <span className="present-digits" role="status" data-testid="present-digits">
        {digits && `Go to stop ${digits} — press Enter`}
      </span>
      {children}
    </nav>
  );
}
