import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import { placeLabel, searchPlaces } from './place-search.ts';
import { useStudio } from './studio-context.tsx';

// A place by any spelling the gazetteer knows, English or Dari: a combobox with a list of matches
// (arrow keys move, Enter picks, Escape closes).

export function PlaceFinder({
  label,
  onPick,
  autoFocus = false,
}: {
  label: string;
  onPick: (place: GazetteerEntry) => void;
  autoFocus?: boolean;
}) {
  const places = useStudio((s) => s.places);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => searchPlaces(places, query), [places, query]);
  const id = useId();
  const listId = `${id}-list`;
  const expanded = open && hits.length > 0;

  const pick = (entry: GazetteerEntry | undefined) => {
    if (!entry) return;
    setQuery('');
    setOpen(false);
    onPick(entry);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const by = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length === 0 ? 0 : (i + by + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (expanded) pick(hits[active]?.entry);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="place-finder">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
        placeholder={places.length > 0 ? 'Type a name: Kunduz, کندز…' : 'Loading places…'}
        disabled={places.length === 0}
        // The inspector moves focus here when this field is what the author acts on next.
        data-autofocus={autoFocus || undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Matching places" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.entry.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            data-place={hit.entry.id}
            // Keep the input focused: a pointer pick must not blur (and close) the list first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(hit.entry)}
          >
            <span>{placeLabel(hit.entry.id, byId)}</span>
            {hit.entry.name_da && (
              <span className="place-finder-dari" lang="prs" dir="rtl">
                {' '}
                {hit.entry.name_da}
              </span>
            )}
            {hit.matched && hit.matched !== hit.entry.name_da && (
              <span className="place-finder-matched"> (“{hit.matched}”)</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
