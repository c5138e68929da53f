import { useEffect, useRef, useState } from 'react';
import { exportJson } from './drafts-db.ts';
import { saveFile } from './save-file.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import type { DamagedDraft } from './studio-store.ts';

// Saved drafts, newest first, and the damaged records beside them (to export or delete). Deleting asks
// first; nothing else here can lose work.

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A damaged record's key as a word for ids and file names. */
const keyText = (key: IDBValidKey) => JSON.stringify(key) ?? String(key);

function DeleteAsk({ label, onDelete, onKeep }: { label: string; onDelete: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <span role="group" aria-label={`Delete “${label}”?`} className="draft-confirm">
      Delete “{label}” for good?{' '}
      <button type="button" onClick={onDelete}>
        Delete draft
      </button>{' '}
      <button type="button" ref={keep} onClick={onKeep}>
        Keep
      </button>
    </span>
  );
}

export function DraftList() {
  const { drafts: controls } = useStudioServices();
  const drafts = useStudio((s) => s.drafts);
  const damaged = useStudio((s) => s.damaged);
  const currentId = useStudio((s) => s.draft?.id ?? null);
  const [asking, setAsking] = useState<string | null>(null);

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
                <DeleteAsk
                  label={d.title}
                  onDelete={() => void controls.remove(d.id).then(() => setAsking(null))}
                  onKeep={() => setAsking(null)}
                />
              ) : (
                <button type="button" onClick={() => setAsking(d.id)}>
                  Delete<span className="visually-hidden"> “{d.title}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {damaged.length > 0 && <DamagedList damaged={damaged} asking={asking} setAsking={setAsking} />}
    </section>
  );
}

function DamagedList({
  damaged,
  asking,
  setAsking,
}: {
  damaged: DamagedDraft[];
  asking: string | null;
  setAsking: (key: string | null) => void;
}) {
  const { store, drafts: controls } = useStudioServices();
  const exportRecord = async (d: DamagedDraft) => {
    const name = `damaged-draft-${keyText(d.key)
      .replace(/[^\w-]+/g, '_')
      .slice(0, 40)}.json`;
    saveFile(name, exportJson(await controls.raw(d.key)));
    store.getState().announce(`Exported ${name}.`);
  };
  return (
    <>
      <h4 id="damaged-heading">Damaged ({damaged.length})</h4>
      <p className="studio-hint">
        These records in this browser are not drafts the studio can open. Export one to keep what is in it, or
        delete it.
      </p>
      <ul aria-labelledby="damaged-heading" className="draft-damaged">
        {damaged.map((d) => {
          const id = `damaged:${keyText(d.key)}`;
          return (
            <li key={id} data-damaged={keyText(d.key)}>
              <span className="draft-damaged-label">{d.label}</span> — damaged — export or delete.{' '}
              <span className="studio-hint">{d.problem}</span>{' '}
              <button type="button" onClick={() => void exportRecord(d)}>
                Export<span className="visually-hidden"> “{d.label}”</span>
              </button>{' '}
              {asking === id ? (
                <DeleteAsk
                  label={d.label}
                  onDelete={() => void controls.remove(d.key).then(() => setAsking(null))}
                  onKeep={() => setAsking(null)}
                />
              ) : (
                <button type="button" onClick={() => setAsking(id)}>
                  Delete<span className="visually-hidden"> “{d.label}”</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
