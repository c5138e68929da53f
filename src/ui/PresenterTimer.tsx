import { useEffect, useState } from 'react';
import { useT } from './use-t.ts';

// Time since the presenter view opened (or was reset), pausable: a talk is timed, not the clock.

const TICK_MS = 1000;

export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function PresenterTimer() {
  const [clock, setClock] = useState(() => {
    const now = Date.now();
    return { start: now, now, paused: false };
  });

  useEffect(() => {
    if (clock.paused) return;
    const id = setInterval(() => setClock((c) => ({ ...c, now: Date.now() })), TICK_MS);
    return () => clearInterval(id);
  }, [clock.paused]);

  const toggle = () =>
    setClock((c) => {
      const now = Date.now();
      // Resuming moves the start on by the pause, so the pause does not count.
      return c.paused ? { start: c.start + (now - c.now), now, paused: false } : { ...c, now, paused: true };
    });
  const t = useT();
  const reset = () => setClock((c) => ({ start: Date.now(), now: Date.now(), paused: c.paused }));

  return (
    <div className="presenter-timer" role="group" aria-label={t('timer.label')}>
      <span role="timer" aria-label={t('timer.elapsed')} data-testid="presenter-timer">
        {t.catalog.digits(formatElapsed(clock.now - clock.start))}
      </span>
      <button type="button" onClick={toggle} aria-pressed={clock.paused}>
        {clock.paused ? t('timer.resume') : t('timer.pause')}
      </button>
      <button type="button" onClick={reset}>
        {t('timer.reset')}
      </button>
    </div>
  );
}
