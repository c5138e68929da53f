import { useEffect, useRef, useState } from 'react';
import { useStudio, useStudioServices } from './studio-context.tsx';

// Saved drafts, newest first. Deleting asks first; nothing else here can lose work.

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function DraftList() {
  const { drafts: controls } = useStudioServices();
  const drafts = useStudio((s) => s.drafts);
  const currentId = useStudio((s) => s.draft?.id ?? null);
  const [asking, setAsking] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  return (
    <section className="draft-list" aria-labelledby="drafts-heading">
      <h3 id="drafts-heading">Drafts ({drafts.length})</h3>
      {drafts.length === 0 ? (
        <p className="studio-hint">Drafts are saved in this browser as you work.</p>
      ) : (
        <ul>
          {drafts.map((d) => (
            <li key={d.id} data-draft={d.id}>
              <button
                type="button"
                className="draft-open"
                aria-current={d.id === currentId || undefined}
                onClick={() => void controls.open(d.id)}
              >
                {d.title}
              </button>{' '}
              <time dateTime={new Date(d.updated).toISOString()}>{when.format(d.updated)}</time>{' '}
              {asking === d.id ? (
                <span role="group" aria-label={`Delete “${d.title}”?`} className="draft-confirm">
                  Delete “{d.title}” for good?{' '}
                  <button
                    type="button"
                    onClick={() => void controls.remove(d.id).then(() => setAsking(null))}
                  >
                    Delete draft
                  </button>{' '}
                  <button type="button" ref={keep} onClick={() => setAsking(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setAsking(d.id)}>
                  Delete<span className="visually-hidden"> “{d.title}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
