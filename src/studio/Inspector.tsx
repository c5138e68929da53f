import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Annotations } from '../story/annotations.ts';
import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import type { Quote, Story } from '../story/schema.ts';
import {
  addPassagePlace,
  forbidSpan,
  linkSpan,
  removePassagePlace,
  setSpeaker,
  spanOf,
  unlinkMention,
  type PassageSpan,
} from './corrections.ts';
import { PlaceFinder } from './PlaceFinder.tsx';
import { PinForm } from './PinForm.tsx';
import { LANG_ATTRS, PIN_WORDS, pinWordsLanguage } from './pin-words.ts';
import { placeToPinKind } from '../story/places-to-pin.ts';
import { placeLabel } from './place-search.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { currentStory, type Target } from './studio-store.ts';

// The corrections for what the author chose in the preview. Choosing moves focus here; applying a
// correction says what was done and keeps focus here, so the keyboard never gets lost.

const VIA: Record<string, string> = {
  name: 'the engine, by its name',
  fuzzy: 'the engine, by a similar spelling',
  context: 'the engine, from the places around it',
  annotation: 'your correction',
};

export function Inspector() {
  const { store } = useStudioServices();
  const target = useStudio((s) => s.target);
  const story = useStudio(currentStory);
  const places = useStudio((s) => s.places);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const box = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!target || !box.current) return;
    const first =
      box.current.querySelector<HTMLElement>('[data-autofocus]') ??
      box.current.querySelector<HTMLElement>('button, input');
    first?.focus();
    box.current.scrollIntoView?.({ block: 'nearest' });
  }, [target]);

  if (!target) return null;
  const apply = (change: (a: Annotations) => Annotations, done: string) => {
    store.getState().correct(change, done);
    store.getState().aim({ kind: 'done', message: done });
  };
  const close = () => store.getState().aim(null);

  let body: ReactNode;
  if (target.kind === 'done') {
    body = (
      <p className="inspector-done" tabIndex={-1} data-autofocus>
        {target.message} <span className="studio-hint">Undo with Ctrl+Z.</span>
      </p>
    );
  } else if (!story) {
    body = (
      <p tabIndex={-1} data-autofocus>
        The preview is updating; choose again in a moment.
      </p>
    );
  } else {
    body = <TargetBody target={target} story={story} byId={byId} apply={apply} />;
  }
  return (
    <section ref={box} className="inspector" aria-labelledby="inspector-heading" data-testid="inspector">
      <h3 id="inspector-heading">Correct</h3>
      {body}
      <button type="button" className="inspector-close" onClick={close}>
        Close
      </button>
    </section>
  );
}

function TargetBody({
  target,
  story,
  byId,
  apply,
}: {
  target: Exclude<Target, { kind: 'done' }>;
  story: Story;
  byId: ReadonlyMap<string, GazetteerEntry>;
  apply: (change: (a: Annotations) => Annotations, done: string) => void;
}) {
  const label = (id: string) => placeLabel(id, byId);
  const linkTo = (span: PassageSpan) => (place: string) =>
    apply((a) => linkSpan(a, span, place), `Linked “${span.text}” to ${label(place)}.`);

  switch (target.kind) {
    case 'mention': {
      const m = story.mentions.find((x) => x.id === target.id);
      if (!m) return <Gone />;
      return (
        <>
          <p>
            “<strong>{m.text}</strong>” is linked to <strong>{label(m.place)}</strong> by{' '}
            {VIA[m.via] ?? m.via}.
          </p>
          <button
            type="button"
            data-autofocus
            onClick={() => apply((a) => unlinkMention(a, m, story), `Unlinked “${m.text}”.`)}
          >
            Unlink “{m.text}”
          </button>
          <PlaceFinder label="Link to another place" onPick={(p) => linkTo(spanOf(m))(p.id)} />
          <PinForm key={m.id} span={spanOf(m)} apply={apply} />
        </>
      );
    }
    case 'unresolved': {
      const u = story.unresolved.find((x) => x.passage === target.passage && x.start === target.start);
      if (!u) return <Gone />;
      const toPin = placeToPinKind(u);
      const notAPlace = (
        <button
          type="button"
          onClick={() => apply((a) => forbidSpan(a, spanOf(u)), `“${u.text}” is not a place.`)}
        >
          Not a place
        </button>
      );
      if (toPin) {
        const words = PIN_WORDS[pinWordsLanguage(u.text)];
        return (
          <>
            <p {...LANG_ATTRS[pinWordsLanguage(u.text)]}>
              {words.notInGazetteer(u.text, words.kinds[toPin])}
            </p>
            <PinForm key={`${u.passage}:${u.start}`} span={spanOf(u)} apply={apply} />
            {notAPlace}
            <PlaceFinder label="Link to a place the gazetteer has" onPick={(p) => linkTo(spanOf(u))(p.id)} />
          </>
        );
      }
      return (
        <>
          <p>
            “<strong>{u.text}</strong>” could be one of {u.candidates.length} places ({u.reason}).
          </p>
          <ul className="inspector-choices">
            {u.candidates.map((id, i) => (
              <li key={id}>
                <button
                  type="button"
                  data-autofocus={i === 0 || undefined}
                  onClick={() => linkTo(spanOf(u))(id)}
                >
                  {label(id)}
                </button>
              </li>
            ))}
          </ul>
          {notAPlace}
          <PlaceFinder label="Another place" onPick={(p) => linkTo(spanOf(u))(p.id)} />
          <PinForm key={`${u.passage}:${u.start}`} span={spanOf(u)} apply={apply} />
        </>
      );
    }
    case 'span': {
      const span: PassageSpan = { passage: target.passage, offset: target.offset, text: target.text };
      return (
        <>
          <p>
            Link “<strong>{target.text}</strong>” to a place.
          </p>
          <PlaceFinder label="Link to a place" onPick={(p) => linkTo(span)(p.id)} autoFocus />
          <PinForm key={`${span.passage}:${span.offset}`} span={span} apply={apply} />
        </>
      );
    }
    case 'quote': {
      const q = story.quotes.find((x) => x.id === target.id);
      if (!q) return <Gone />;
      return <SpeakerForm quote={q} story={story} apply={apply} />;
    }
    case 'passage': {
      const p = story.passages.find((x) => x.id === target.id);
      if (!p) return <Gone />;
      const own = p.annotatedPlaces ?? [];
      const named = [...new Set(story.mentions.filter((m) => m.passage === p.id).map((m) => m.place))];
      return (
        <>
          <p className="inspector-excerpt">{p.text.length > 160 ? `${p.text.slice(0, 159)}…` : p.text}</p>
          <p>Names: {named.length > 0 ? named.map(label).join('; ') : 'no place'}.</p>
          {own.length > 0 && (
            <ul className="inspector-choices" aria-label="Places you added to this passage">
              {own.map((id) => (
                <li key={id}>
                  {label(id)}{' '}
                  <button
                    type="button"
                    onClick={() =>
                      apply((a) => removePassagePlace(a, p.id, id), `Removed ${label(id)} from the passage.`)
                    }
                  >
                    Remove<span className="visually-hidden"> {label(id)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <PlaceFinder
            label="Add a place to this passage"
            autoFocus
            onPick={(place) =>
              apply((a) => addPassagePlace(a, p.id, place.id), `Added ${label(place.id)} to the passage.`)
            }
          />
        </>
      );
    }
  }
}

function Gone() {
  return (
    <p tabIndex={-1} data-autofocus>
      This is no longer in the story.
    </p>
  );
}

function SpeakerForm({
  quote,
  story,
  apply,
}: {
  quote: Quote;
  story: Story;
  apply: (change: (a: Annotations) => Annotations, done: string) => void;
}) {
  const speaker = story.speakers.find((s) => s.id === quote.speaker);
  const [name, setName] = useState(speaker?.name ?? '');
  const [description, setDescription] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wanted = name.trim();
    if (!wanted) return;
    // A known name is that speaker (their id); a new one becomes a new speaker.
    const known = story.speakers.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    const desc = description.trim();
    apply(
      (a) => setSpeaker(a, quote, known?.id ?? wanted, known ? undefined : desc || undefined),
      `“${quote.text.slice(0, 40)}${quote.text.length > 40 ? '…' : ''}” is now said by ${known?.name ?? wanted}.`,
    );
  };
  return (
    <form onSubmit={submit} className="speaker-form">
      <blockquote className="inspector-excerpt">{quote.text}</blockquote>
      <p>
        Said by:{' '}
        {speaker
          ? `${speaker.name}${speaker.description ? `, ${speaker.description}` : ''}`
          : 'no one the engine could tell'}
        .
      </p>
      <label htmlFor="speaker-name">Speaker</label>
      <input
        id="speaker-name"
        list="speaker-names"
        value={name}
        data-autofocus
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
      />
      <datalist id="speaker-names">
        {story.speakers.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <label htmlFor="speaker-description">Who they are (for a new speaker)</label>
      <input id="speaker-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      <button type="submit">Set speaker</button>
    </form>
  );
}
