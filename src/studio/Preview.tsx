import { useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import type { Passage, Quote, Story } from '../story/schema.ts';
import { EngineProgress } from './EngineProgress.tsx';
import { placeToPinKind } from '../story/places-to-pin.ts';
import { LANG_ATTRS, listLanguage, PIN_WORDS, pinWordsLanguage } from './pin-words.ts';
import { byPassage, passageOffset, previewRuns } from './preview-runs.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { currentHalt, currentStory, type Target } from './studio-store.ts';

// The story as the reader will show it, every mention highlighted with its place, every quotation with
// its speaker, what was removed from the page and why, and the names the engine could not resolve.
// Each highlighted item is a button: choosing it opens its corrections in the side panel.

const REASONS: Record<string, string> = {
  navigation: 'page navigation',
  title: 'headline',
  caption: 'photo caption',
  bio: 'author box',
  legal: 'legal notice',
  promo: 'promotion',
  byline: 'byline or date',
  duplicate: 'repeated line',
  other: 'not article text',
};

const QUOTE_PREVIEW_CHARS = 140;
/**
 * Items of a list drawn at once, and added per "Show more": a long article's preview is built in steps,
 * so its thousands of buttons never hold the page for seconds. A feature of ~60 kB has ~100 passages.
 */
export const PREVIEW_STEP = 200;

/** The first `shown` of `total` items, and a button that shows the next step when there are more. */
function useStepped(total: number, what: string): [number, ReactNode] {
  const [shown, setShown] = useState(PREVIEW_STEP);
  const more =
    total > shown ? (
      <p className="pv-more">
        {total - shown} more {what} not shown yet.{' '}
        <button type="button" onClick={() => setShown((n) => n + PREVIEW_STEP)}>
          Show {Math.min(PREVIEW_STEP, total - shown)} more
        </button>
      </p>
    ) : null;
  return [shown, more];
}

export function Preview() {
  const reading = useStudio((s) => s.reading);
  const current = useStudio((s) => currentStory(s) !== null);
  const hasText = useStudio((s) => (s.draft?.text.trim().length ?? 0) > 0);
  const places = useStudio((s) => s.places);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const halt = useStudio(currentHalt);
  const story = hasText ? (reading?.story ?? null) : null;
  const busy = hasText && !current && !halt;

  return (
    <section
      className="studio-preview"
      aria-labelledby="preview-heading"
      aria-busy={busy}
      data-engine={busy ? 'busy' : 'idle'}
      data-ms={current && reading ? Math.round(reading.ms) : undefined}
    >
      <h2 id="preview-heading">Preview</h2>
      <EngineProgress kind="read" />
      {halt && <HaltNotice message={halt.message} />}
      {!story ? (
        !halt && (
          <p className="studio-empty">
            {hasText
              ? 'Reading the article…'
              : 'Paste an article to see its places, passages and quotes here.'}
          </p>
        )
      ) : (
        <StoryPreview story={story} byId={byId} />
      )}
    </section>
  );
}

function HaltNotice({ message }: { message: string }) {
  const { engine } = useStudioServices();
  return (
    <p className="studio-halted" data-testid="halted">
      {message}{' '}
      <button type="button" onClick={() => engine.readAgain()}>
        Read it again
      </button>
    </p>
  );
}

function StoryPreview({ story, byId }: { story: Story; byId: ReadonlyMap<string, GazetteerEntry> }) {
  const groups = useMemo(() => byPassage(story), [story]);
  const sectionTitle = new Map(story.sections.map((s) => [s.id, s.title]));
  const [passagesShown, morePassages] = useStepped(story.passages.length, 'passages');
  const [removedShown, moreRemoved] = useStepped(story.removed.length, 'removed lines');
  const { meta } = story;
  return (
    <>
      <header className="pv-header">
        <p className="pv-title">{meta.title}</p>
        <p className="pv-byline">
          {[meta.byline, meta.publisher, meta.date].filter(Boolean).join(' · ') ||
            'No byline, publisher or date yet'}
        </p>
      </header>
      <p className="pv-stats" data-testid="preview-stats">
        {story.passages.length} passages · {story.mentions.length} place mentions · {story.quotes.length}{' '}
        quotes · {story.unresolved.length} unresolved · {story.removed.length} removed
      </p>
      <div className="pv-passages">
        {story.passages.slice(0, passagesShown).map((p, i) => {
          const opens = p.section !== null && p.section !== story.passages[i - 1]?.section;
          const heading = opens && p.section ? sectionTitle.get(p.section) : undefined;
          return (
            <PreviewPassage
              key={p.id}
              passage={p}
              number={i + 1}
              heading={heading}
              story={story}
              groups={groups}
              byId={byId}
            />
          );
        })}
      </div>
      {morePassages}
      <UnresolvedList story={story} />
      <PlacesToPin story={story} />
      <section className="pv-removed" aria-labelledby="removed-heading">
        <h3 id="removed-heading">Removed from the page ({story.removed.length})</h3>
        {story.removed.length === 0 ? (
          <p>Nothing: every line is article text.</p>
        ) : (
          <ul>
            {story.removed.slice(0, removedShown).map((r) => (
              <li key={r.sourceStart}>
                <span className="pv-reason">{REASONS[r.reason] ?? r.reason}</span> {r.text}
              </li>
            ))}
          </ul>
        )}
        {moreRemoved}
      </section>
    </>
  );
}

function useAim() {
  const { store } = useStudioServices();
  return (target: Target) => store.getState().aim(target);
}

function PreviewPassage({
  passage,
  number,
  heading,
  story,
  groups,
  byId,
}: {
  passage: Passage;
  number: number;
  heading: string | undefined;
  story: Story;
  groups: ReturnType<typeof byPassage>;
  byId: ReadonlyMap<string, GazetteerEntry>;
}) {
  const aim = useAim();
  const target = useStudio((s) => s.target);
  const runs = previewRuns(
    passage.text,
    groups.mentions.get(passage.id) ?? [],
    groups.unresolved.get(passage.id) ?? [],
  );
  const quotes = groups.quotes.get(passage.id) ?? [];
  const name = (id: string) => byId.get(id)?.name_en ?? id;

  // Words selected with the mouse become a span to link.
  const onMouseUp = (e: MouseEvent<HTMLParagraphElement>) => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !e.currentTarget.contains(sel.anchorNode)) return;
    const range = sel.getRangeAt(0);
    const a = passageOffset(range.startContainer, range.startOffset);
    const b = passageOffset(range.endContainer, range.endOffset);
    if (!a || !b || a.passage !== passage.id || b.passage !== passage.id || b.offset <= a.offset) return;
    const raw = passage.text.slice(a.offset, b.offset);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) aim({ kind: 'span', passage: passage.id, offset: a.offset + lead, text });
  };

  return (
    <div className="pv-passage" data-passage={passage.id}>
      {heading && <h3 className="pv-section">{heading}</h3>}
      <p className="pv-text" onMouseUp={onMouseUp}>
        {runs.map((run) => {
          if (run.kind === 'text')
            return (
              <span key={run.start} data-start={run.start}>
                {run.text}
              </span>
            );
          if (run.kind === 'mention') {
            const m = run.mention;
            const chosen = target?.kind === 'mention' && target.id === m.id;
            return (
              <button
                key={run.start}
                type="button"
                className={`pv-mention pv-via-${m.via}`}
                data-start={run.start}
                data-words={run.text}
                data-mention={m.id}
                data-place={m.place}
                aria-pressed={chosen}
                onClick={() => aim({ kind: 'mention', id: m.id })}
              >
                <span className="pv-words">{run.text}</span>
                <span className="visually-hidden"> linked to </span>
                <span className="pv-place">{name(m.place)}</span>
              </button>
            );
          }
          const u = run.unresolved;
          const chosen =
            target?.kind === 'unresolved' && target.passage === u.passage && target.start === u.start;
          return (
            <button
              key={run.start}
              type="button"
              className={placeToPinKind(u) ? 'pv-unresolved pv-to-pin' : 'pv-unresolved'}
              data-start={run.start}
              data-words={run.text}
              data-unresolved={u.text}
              aria-pressed={chosen}
              onClick={() => aim({ kind: 'unresolved', passage: u.passage, start: u.start })}
            >
              <span className="pv-words">{run.text}</span>
              <span className="visually-hidden"> not resolved: </span>
              <span className="pv-place">
                {placeToPinKind(u) ? 'to pin' : `${u.candidates.length} places?`}
              </span>
            </button>
          );
        })}
      </p>
      {quotes.length > 0 && (
        <ul className="pv-quotes" aria-label={`Quotations in passage ${number}`}>
          {quotes.map((q) => (
            <QuoteLine key={q.id} quote={q} story={story} />
          ))}
        </ul>
      )}
      <p className="pv-passage-foot">
        {passage.annotatedPlaces && passage.annotatedPlaces.length > 0 && (
          <span className="pv-annotated">Also about {passage.annotatedPlaces.map(name).join(', ')}. </span>
        )}
        <button
          type="button"
          className="pv-passage-button"
          aria-pressed={target?.kind === 'passage' && target.id === passage.id}
          onClick={() => aim({ kind: 'passage', id: passage.id })}
        >
          Places of passage {number}
        </button>
      </p>
    </div>
  );
}

function QuoteLine({ quote, story }: { quote: Quote; story: Story }) {
  const aim = useAim();
  const chosen = useStudio((s) => s.target?.kind === 'quote' && s.target.id === quote.id);
  const speaker = story.speakers.find((s) => s.id === quote.speaker);
  const text =
    quote.text.length > QUOTE_PREVIEW_CHARS ? `${quote.text.slice(0, QUOTE_PREVIEW_CHARS - 1)}…` : quote.text;
  return (
    <li className="pv-quote" data-quote={quote.id}>
      <q>{text}</q> —{' '}
      <span className="pv-speaker" data-speaker={quote.speaker ?? ''}>
        {speaker ? speaker.name : 'Unattributed'}
      </span>
      {speaker?.description && <span className="pv-speaker-description">, {speaker.description}</span>}{' '}
      <button
        type="button"
        className="pv-speaker-button"
        aria-pressed={chosen}
        onClick={() => aim({ kind: 'quote', id: quote.id })}
      >
        Speaker<span className="visually-hidden"> of “{text}”</span>
      </button>
    </li>
  );
}

function UnresolvedList({ story }: { story: Story }) {
  const aim = useAim();
  const ambiguous = useMemo(() => story.unresolved.filter((u) => placeToPinKind(u) === null), [story]);
  const [shown, more] = useStepped(ambiguous.length, 'names');
  if (ambiguous.length === 0) return null;
  return (
    <section className="pv-unresolved-list" aria-labelledby="unresolved-heading">
      <h3 id="unresolved-heading">Names it could not resolve ({ambiguous.length})</h3>
      <ul>
        {ambiguous.slice(0, shown).map((u) => (
          <li key={`${u.passage}-${u.start}`}>
            <button
              type="button"
              onClick={() => aim({ kind: 'unresolved', passage: u.passage, start: u.start })}
            >
              Resolve “{u.text}”
            </button>{' '}
            <span className="pv-reason">{u.reason}</span>
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
}

/** The engine's proposals: names in place-like positions the gazetteer lacks; choosing one opens its pin form. */
function PlacesToPin({ story }: { story: Story }) {
  const aim = useAim();
  const proposed = useMemo(
    () =>
      story.unresolved.flatMap((u) =>
        placeToPinKind(u) ? [{ u, kind: placeToPinKind(u) ?? 'village' }] : [],
      ),
    [story],
  );
  const [shown, more] = useStepped(proposed.length, 'names');
  if (proposed.length === 0) return null;
  const language = listLanguage(proposed.map(({ u }) => u.text));
  const words = PIN_WORDS[language];
  return (
    <section
      className="pv-to-pin-list"
      aria-labelledby="to-pin-heading"
      data-testid="places-to-pin"
      {...LANG_ATTRS[language]}
    >
      <h3 id="to-pin-heading">{words.heading(proposed.length)}</h3>
      <p className="studio-hint">{words.hint}</p>
      <ul>
        {proposed.slice(0, shown).map(({ u, kind }) => {
          const own = PIN_WORDS[pinWordsLanguage(u.text)];
          return (
            <li key={`${u.passage}-${u.start}`} {...LANG_ATTRS[pinWordsLanguage(u.text)]}>
              <button
                type="button"
                data-to-pin={u.text}
                onClick={() => aim({ kind: 'unresolved', passage: u.passage, start: u.start })}
              >
                {own.pin(u.text)}
              </button>{' '}
              <span className="pv-reason">{own.kinds[kind]}</span>
            </li>
          );
        })}
      </ul>
      {more}
    </section>
  );
}
