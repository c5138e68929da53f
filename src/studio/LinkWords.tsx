import { useId, useMemo, useState } from 'react';
import { linkSpan, occurrencesOf } from './corrections.ts';
import { PlaceFinder } from './PlaceFinder.tsx';
import { placeLabel } from './place-search.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { currentStory } from './studio-store.ts';

// Link any words to a place without a mouse: type them, pick which occurrence, find the place.

export function LinkWords() {
  const { store } = useStudioServices();
  const story = useStudio(currentStory);
  const places = useStudio((s) => s.places);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const [words, setWords] = useState('');
  const [choice, setChoice] = useState(0);
  const found = useMemo(() => (story ? occurrencesOf(story, words) : []), [story, words]);
  const id = useId();
  const picked = found[choice] ?? found[0];

  return (
    <section className="link-words" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Link words to a place</h3>
      <label htmlFor={`${id}-words`}>Words to link</label>
      <input
        id={`${id}-words`}
        value={words}
        autoComplete="off"
        disabled={!story}
        onChange={(e) => {
          setWords(e.target.value);
          setChoice(0);
        }}
      />
      {words.trim() && found.length === 0 && <p className="studio-hint">Not in the article text.</p>}
      {found.length > 1 && (
        <>
          <label htmlFor={`${id}-which`}>Which one ({found.length} found)</label>
          <select id={`${id}-which`} value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
            {found.map((o, i) => (
              <option key={`${o.passage}-${o.offset}`} value={i}>
                Passage {o.number}: {o.context}
              </option>
            ))}
          </select>
        </>
      )}
      {picked && (
        <PlaceFinder
          label={`Place for “${picked.text}”`}
          onPick={(place) => {
            const done = `Linked “${picked.text}” in passage ${picked.number} to ${placeLabel(place.id, byId)}.`;
            store.getState().correct((a) => linkSpan(a, picked, place.id), done);
            store.getState().aim({ kind: 'done', message: done });
            setWords('');
          }}
        />
      )}
      {picked && (
        <button type="button" onClick={() => store.getState().aim({ kind: 'span', ...picked })}>
          Pin “{picked.text}” to a point…
        </button>
      )}
    </section>
  );
}
