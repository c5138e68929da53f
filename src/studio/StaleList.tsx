import { useMemo } from 'react';
import { describeAnnotation, removeAnnotation } from './corrections.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { currentStory } from './studio-store.ts';

// Corrections that no longer find their text after an edit: listed, not silently dropped or re-pointed.

const NONE: readonly { path: string; problem: string }[] = [];

export function StaleList() {
  const { store } = useStudioServices();
  const stale = useStudio((s) => (currentStory(s) ? (s.reading?.stale ?? NONE) : NONE));
  const annotations = useStudio((s) => s.draft?.annotations);
  const places = useStudio((s) => s.places);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  if (stale.length === 0 || !annotations) return null;
  const name = (id: string) => byId.get(id)?.name_en ?? id;
  return (
    <section className="stale-list" aria-labelledby="stale-heading" data-testid="stale">
      <h3 id="stale-heading">Corrections that no longer find their text ({stale.length})</h3>
      <p className="studio-hint">Edit the text back, or remove them.</p>
      <ul>
        {stale.map((s) => {
          const what = describeAnnotation(annotations, s.path, name);
          return (
            <li key={s.path}>
              <span>{what}</span> <span className="pv-reason">{s.problem}</span>{' '}
              <button
                type="button"
                onClick={() =>
                  store.getState().correct((a) => removeAnnotation(a, s.path), `Removed: ${what}.`)
                }
              >
                Remove<span className="visually-hidden"> {what}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
