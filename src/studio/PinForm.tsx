import { lazy, Suspense, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Annotations } from '../story/annotations.ts';
import type { LonLat } from '../state/geography.ts';
import { pinAt, pinSpan, removePin, type PassageSpan } from './corrections.ts';
import { fetchBoundaries, type Boundaries } from './fetch-locator.ts';
import { checkPin } from './pin-check.ts';
import { useStudio } from './studio-context.tsx';
import { currentStory } from './studio-store.ts';

// Pin a name the gazetteer lacks (a village, a base, a crossing) to a point: click the map (or move its
// crosshair with the arrow keys and press Enter), or type its coordinates in any common form. The studio says
// where the point falls before the author confirms; a refused point leaves the draft as it was. Pinning again
// moves the pin; removing it is one step to undo too.

const GAZETTEER_URL = 'data/gazetteer.json';
let shared: Promise<Boundaries> | null = null;
/** The map comes with the first pin form: the studio's first view does not carry the SVG map's code. */
const PinMap = lazy(() => import('./PinMap.tsx'));

/** The boundaries, loaded once for the page the first time a pin form shows. */
function useBoundaries(): Boundaries | string | null {
  const [boundaries, setBoundaries] = useState<Boundaries | string | null>(null);
  useEffect(() => {
    let live = true;
    shared ??= fetchBoundaries(new URL(GAZETTEER_URL, document.baseURI).href);
    shared.then(
      (b) => live && setBoundaries(b),
      (err: unknown) => {
        shared = null;
        if (live) setBoundaries(`The map boundaries could not be loaded — ${(err as Error).message}`);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return boundaries;
}

/** "36.7000, 68.5500": a point from the map in the form's own field, latitude first as people write it. */
const typedPoint = ([lon, lat]: LonLat) => `${lat.toFixed(4)}, ${lon.toFixed(4)}`;

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
  const boundaries = useBoundaries();
  const locator = boundaries && typeof boundaries !== 'string' ? boundaries.locator : null;
  const story = useStudio(currentStory);
  const id = useId();
  const slot = index >= 0 ? index : (annotations?.pins?.length ?? 0);
  const check = useMemo(
    () =>
      typed.trim() === '' || !locator
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
      {boundaries && typeof boundaries !== 'string' && (
        <Suspense fallback={<p className="studio-hint">Loading the map…</p>}>
          <PinMap
            topology={boundaries.topology}
            story={story}
            at={check?.ok ? check.at : null}
            frame={check?.ok ? check.pin.district : null}
            onPlace={(at) => setTyped(typedPoint(at))}
          />
        </Suspense>
      )}
      <label htmlFor={`${id}-at`}>Coordinates</label>
      <input
        id={`${id}-at`}
        value={typed}
        placeholder="36.72, 68.86 · 36°43′12″N 68°51′36″E · 36.72N 68.86E"
        aria-describedby={`${id}-where`}
        onChange={(e) => setTyped(e.target.value)}
      />
      <p id={`${id}-where`} className="pin-where" role="status" data-testid="pin-check">
        {typeof boundaries === 'string' ? boundaries : check ? (check.ok ? check.where : check.problem) : ''}
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
