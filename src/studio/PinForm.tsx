import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Annotations } from '../story/annotations.ts';
import type { PointLocator } from '../story/point-locator.ts';
import { pinAt, pinSpan, removePin, type PassageSpan } from './corrections.ts';
import { fetchLocator } from './fetch-locator.ts';
import { checkPin } from './pin-check.ts';
import { useStudio } from './studio-context.tsx';

// Pin a name the gazetteer lacks (a village, a base, a crossing) to a point, by typing its coordinates in any
// common form. The studio says where the point falls before the author confirms; a refused point leaves the
// draft as it was. Pinning again moves the pin; removing it is one step to undo too.

const GAZETTEER_URL = 'data/gazetteer.json';
let shared: Promise<PointLocator> | null = null;

/** The boundaries, loaded once for the page the first time a pin form shows. */
function useLocator(): PointLocator | string | null {
  const [locator, setLocator] = useState<PointLocator | string | null>(null);
  useEffect(() => {
    let live = true;
    shared ??= fetchLocator(new URL(GAZETTEER_URL, document.baseURI).href);
    shared.then(
      (l) => live && setLocator(l),
      (err: unknown) => {
        shared = null;
        if (live) setLocator(`The map boundaries could not be loaded — ${(err as Error).message}`);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return locator;
}

type Apply = (change: (a: Annotations) => Annotations, done: string) => void;

export function PinForm({ span, apply }: { span: PassageSpan; apply: Apply }) {
  const annotations = useStudio((s) => s.draft?.annotations);
  const places = useStudio((s) => s.places);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const index = annotations ? pinAt(annotations, span) : -1;
  const existing = index >= 0 ? annotations?.pins?.[index] : undefined;
  const [name, setName] = useState(existing?.name ?? span.text);
  const [nameDa, setNameDa] = useState(existing?.name_da ?? '');
  const [typed, setTyped] = useState(existing ? `${existing.at[1]}, ${existing.at[0]}` : '');
  const locator = useLocator();
  const id = useId();
  const slot = index >= 0 ? index : (annotations?.pins?.length ?? 0);
  const check = useMemo(
    () =>
      typed.trim() === '' || !locator || typeof locator === 'string'
        ? null
        : checkPin(typed, slot, locator, (p) => byId.get(p)?.name_en ?? p),
    [typed, slot, locator, byId],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check?.ok || name.trim() === '') return;
    const point = { name: name.trim(), at: check.at, ...(nameDa.trim() ? { name_da: nameDa.trim() } : {}) };
    apply((a) => pinSpan(a, span, point), `Pinned “${span.text}” in ${check.where.split(' · ')[0]}.`);
  };

  return (
    <form className="pin-form" aria-labelledby={`${id}-title`} onSubmit={submit} data-testid="pin-form">
      <h4 id={`${id}-title`}>{existing ? 'Move the pin' : 'Pin it to a point'}</h4>
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor={`${id}-da`}>Name in Dari (optional)</label>
      <input
        id={`${id}-da`}
        lang="fa-AF"
        dir="rtl"
        value={nameDa}
        onChange={(e) => setNameDa(e.target.value)}
      />
      <label htmlFor={`${id}-at`}>Coordinates</label>
      <input
        id={`${id}-at`}
        value={typed}
        placeholder="36.72, 68.86 · 36°43′12″N 68°51′36″E · 36.72N 68.86E"
        aria-describedby={`${id}-where`}
        onChange={(e) => setTyped(e.target.value)}
      />
      <p id={`${id}-where`} className="pin-where" role="status" data-testid="pin-check">
        {typeof locator === 'string' ? locator : check ? (check.ok ? check.where : check.problem) : ''}
      </p>
      <button type="submit" disabled={!check?.ok}>
        {existing ? 'Move pin' : 'Pin'}
      </button>
      {existing && (
        <button
          type="button"
          onClick={() => apply((a) => removePin(a, index), `Removed the pin on “${span.text}”.`)}
        >
          Remove pin
        </button>
      )}
    </form>
  );
}
