import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TourStop } from '../story/schema.ts';
import { STOP_TEXT_MAX, STOP_TITLE_MAX } from './corrections.ts';

// One tour stop's title and note, edited in place in the tour list: Enter in the title (or Ctrl+Enter in the
// note) saves, Escape cancels. The list decides where focus goes afterwards.

export interface StopWords {
  title: string;
  text: string;
}

export function StopForm({
  id,
  stop,
  number,
  place,
  onSave,
  onCancel,
}: {
  id: string;
  stop: TourStop;
  number: number;
  place: string;
  onSave: (words: StopWords) => void;
  onCancel: () => void;
}) {
  const field = useId();
  const [title, setTitle] = useState(stop.title ?? '');
  const [text, setText] = useState(stop.text ?? '');
  const which = ` of stop ${number}`;

  const save = () => onSave({ title, text });
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Escape') return;
    // Escape belongs to this form: nothing behind it should also close.
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };

  return (
    <form
      id={id}
      className="stop-form"
      aria-label={`Stop ${number}: ${place}`}
      onKeyDown={onKeyDown}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor={`${field}-title`}>
        Title<span className="visually-hidden">{which}</span>
      </label>
      <input
        id={`${field}-title`}
        type="text"
        value={title}
        maxLength={STOP_TITLE_MAX}
        placeholder={place}
        aria-describedby={`${field}-title-hint`}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
      />
      <p id={`${field}-title-hint`} className="studio-hint">
        Shown instead of the place name. Leave empty for “{place}”.
      </p>
      <label htmlFor={`${field}-text`}>
        Note<span className="visually-hidden">{which}</span>
      </label>
      <textarea
        id={`${field}-text`}
        value={text}
        rows={4}
        maxLength={STOP_TEXT_MAX}
        aria-describedby={`${field}-text-hint`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      />
      <p id={`${field}-text-hint`} className="studio-hint">
        The presenter reads it at this stop (up to {STOP_TEXT_MAX.toLocaleString('en')} characters).
      </p>
      <div className="stop-form-buttons">
        <button type="submit">
          Save<span className="visually-hidden"> stop {number}</span>
        </button>
        <button type="button" onClick={onCancel}>
          Cancel<span className="visually-hidden"> editing stop {number}</span>
        </button>
      </div>
    </form>
  );
}
