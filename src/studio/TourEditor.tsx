import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TourStop } from '../story/schema.ts';
import { addStop, describeStopEdit, editStop, moveStop, removeStop, tourFromStory } from './corrections.ts';
import { PlaceFinder } from './PlaceFinder.tsx';
import { StopForm, type StopWords } from './StopForm.tsx';
import { placeLabel } from './place-search.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { currentStory } from './studio-store.ts';

// The presentation tour: the places in the order the presenter will step through them.

export function TourEditor() {
  const { store } = useStudioServices();
  const tour = useStudio((s) => s.draft?.annotations.tour);
  const story = useStudio(currentStory);
  const places = useStudio((s) => s.places);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const list = useRef<HTMLOListElement>(null);
  const formId = useId();
  /**
   * The stop whose title and note are open for editing. Kept with the stop itself: when an undo, a move or
   * a removal puts another stop at that index, the form closes rather than edit the wrong stop.
   */
  const [editing, setEditing] = useState<{ index: number; stop: TourStop } | null>(null);
  const open = editing && tour?.[editing.index] === editing.stop ? editing.index : null;
  /** After a move or an edit, focus stays on (or returns to) the same button of that stop. */
  const follow = useRef<{ index: number; action: string } | null>(null);
  useEffect(() => {
    const f = follow.current;
    if (!f || !list.current) return;
    follow.current = null;
    list.current
      .querySelector<HTMLButtonElement>(`[data-stop="${f.index}"][data-action="${f.action}"]`)
      ?.focus();
  }, [tour, editing]);

  const label = (id: string) => placeLabel(id, byId);
  const move = (i: number, by: -1 | 1) => {
    const stop = tour?.[i];
    if (!stop) return;
    const action = by < 0 ? 'up' : 'down';
    const to = i + by;
    // At an end, the other button is the one that still works.
    const edge = to === 0 || to === (tour?.length ?? 0) - 1;
    follow.current = { index: to, action: edge ? (by < 0 ? 'down' : 'up') : action };
    store.getState().correct((a) => moveStop(a, i, by), `Moved ${label(stop.place)} to stop ${to + 1}.`);
  };
  const closeForm = (i: number) => {
    follow.current = { index: i, action: 'edit' };
    setEditing(null);
  };
  const save = (i: number, words: StopWords) => {
    const a = store.getState().draft?.annotations;
    const before = a?.tour?.[i];
    const after = a && editStop(a, i, words).tour?.[i];
    // One correction (one undo step) for title and note together; saving no change records nothing.
    if (before && after && after !== before)
      store
        .getState()
        .correct((x) => editStop(x, i, words), describeStopEdit(before, after, i + 1, label(before.place)));
    closeForm(i);
  };

  return (
    <section className="tour-editor" aria-labelledby="tour-heading">
      <h3 id="tour-heading">Presentation tour</h3>
      {tour && tour.length > 0 ? (
        <ol ref={list}>
          {tour.map((stop, i) => (
            <li key={`${i}-${stop.place}`} data-tour-place={stop.place}>
              <span className="tour-place">{stop.title ?? label(stop.place)}</span>
              {stop.title !== undefined && <span className="tour-where"> · {label(stop.place)}</span>}
              <span className="tour-buttons">
                <button
                  type="button"
                  data-stop={i}
                  data-action="edit"
                  aria-expanded={open === i}
                  aria-controls={open === i ? formId : undefined}
                  onClick={() => (open === i ? closeForm(i) : setEditing({ index: i, stop }))}
                >
                  Edit
                  <span className="visually-hidden">
                    {' '}
                    stop {i + 1}: {stop.title ?? label(stop.place)}
                  </span>
                </button>
                <button
                  type="button"
                  data-stop={i}
                  data-action="up"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  Up<span className="visually-hidden">: move {label(stop.place)} earlier</span>
                </button>
                <button
                  type="button"
                  data-stop={i}
                  data-action="down"
                  disabled={i === tour.length - 1}
                  onClick={() => move(i, 1)}
                >
                  Down<span className="visually-hidden">: move {label(stop.place)} later</span>
                </button>
                <button
                  type="button"
                  data-stop={i}
                  data-action="remove"
                  onClick={() =>
                    store
                      .getState()
                      .correct((a) => removeStop(a, i), `Removed ${label(stop.place)} from the tour.`)
                  }
                >
                  Remove<span className="visually-hidden"> {label(stop.place)}</span>
                </button>
              </span>
              {stop.text !== undefined && open !== i && <p className="tour-note">{stop.text}</p>}
              {open === i && (
                <StopForm
                  id={formId}
                  stop={stop}
                  number={i + 1}
                  place={label(stop.place)}
                  onSave={(words) => save(i, words)}
                  onCancel={() => closeForm(i)}
                />
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="studio-hint">No tour yet: the presentation follows the story’s places in order.</p>
      )}
      <button
        type="button"
        disabled={!story}
        onClick={() =>
          story &&
          store
            .getState()
            .correct(
              (a) =>
                tourFromStory(
                  a,
                  story,
                  (id) => byId.get(id)?.kind !== 'country' && byId.get(id)?.kind !== 'region',
                ),
              'Tour made from the story’s places.',
            )
        }
      >
        Start from the story’s places
      </button>
      <PlaceFinder
        label="Add a stop"
        onPick={(place) =>
          store.getState().correct((a) => addStop(a, place.id), `Added ${label(place.id)} to the tour.`)
        }
      />
    </section>
  );
}
