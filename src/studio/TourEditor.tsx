import { useEffect, useMemo, useRef } from 'react';
import { addStop, moveStop, removeStop, tourFromStory } from './corrections.ts';
import { PlaceFinder } from './PlaceFinder.tsx';
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
  /** After a move, focus stays on the same button of the stop that moved. */
  const follow = useRef<{ index: number; action: string } | null>(null);
  useEffect(() => {
    const f = follow.current;
    if (!f || !list.current) return;
    follow.current = null;
    list.current
      .querySelector<HTMLButtonElement>(`[data-stop="${f.index}"][data-action="${f.action}"]`)
      ?.focus();
  }, [tour]);

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

  return (
    <section className="tour-editor" aria-labelledby="tour-heading">
      <h3 id="tour-heading">Presentation tour</h3>
      {tour && tour.length > 0 ? (
        <ol ref={list}>
          {tour.map((stop, i) => (
            <li key={`${i}-${stop.place}`} data-tour-place={stop.place}>
              <span className="tour-place">{stop.title ?? label(stop.place)}</span>
              <span className="tour-buttons">
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
