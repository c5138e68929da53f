import { useEffect, useState } from 'react';
import { TIME_LIMIT_MS } from './engine-client.ts';
import type { Stage } from './engine-protocol.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import type { EngineJob } from './studio-store.ts';

// What the engine's worker is doing, once it takes long enough to notice: the step, the seconds so far
// and the limit, and a button that stops it.

export const STAGE_TEXT: Record<Stage, string> = {
  page: 'Converting the page…',
  file: 'Opening the file…',
  article: 'Reading the article…',
};

/** Shorter jobs (nearly all of them) finish before a progress line would only flicker. */
export const PROGRESS_AFTER_MS = 700;
const TICK_MS = 250;

/** Milliseconds since the job started, updated a few times a second (and at once) while there is one. */
function useElapsed(job: EngineJob | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!job) return;
    const tick = () => setNow(performance.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [job]);
  return job ? Math.max(0, now - job.since) : 0;
}

export function EngineProgress({ kind }: { kind: EngineJob['kind'] }) {
  const { engine } = useStudioServices();
  const job = useStudio((s) => (s.job?.kind === kind ? s.job : null));
  const elapsed = useElapsed(job);
  if (!job || elapsed < PROGRESS_AFTER_MS) return null;
  return (
    <p className="engine-progress" role="status" data-testid={`progress-${kind}`}>
      {STAGE_TEXT[job.stage]} {Math.floor(elapsed / 1000)} s (it stops at {TIME_LIMIT_MS / 1000} s){' '}
      <button type="button" onClick={() => engine.cancel()}>
        Cancel
      </button>
    </p>
  );
}
