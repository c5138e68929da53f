import { useId } from 'react';
import { findPlace } from '../../state/list-selectors.ts';
import { useList, useListStore, useListT } from './list-context.tsx';

// The filters: a place by name (English or Dari, with the names offered as the reader types) and a date range.

function DateField({
  id,
  label,
  value,
  set,
}: {
  id: string;
  label: string;
  value: string;
  set: (v: string) => void;
}) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(e) => set(e.target.value)} />
    </p>
  );
}

export function Filters({ onPlace }: { onPlace: (id: string | null) => void }) {
  const t = useListT();
  const { store } = useListStore();
  const query = useList((s) => s.query);
  const from = useList((s) => s.from);
  const to = useList((s) => s.to);
  const places = useList((s) => s.map?.places);
  const language = useList((s) => s.language);
  const id = useId();
  const unknown = query.trim() !== '' && places !== undefined && !findPlace(places, query);
  return (
    <form
      className="list-filters"
      role="search"
      aria-label={t('list.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <p>
        <label htmlFor={`${id}-place`}>{t('list.place')}</label>
        <input
          id={`${id}-place`}
          list={`${id}-names`}
          value={query}
          dir="auto"
          autoComplete="off"
          aria-describedby={unknown ? `${id}-unknown` : undefined}
          onChange={(e) => {
            const place = places ? findPlace(places, e.target.value) : null;
            store.getState().typed(e.target.value, place?.id ?? null);
            onPlace(place?.id ?? null);
          }}
        />
        <datalist id={`${id}-names`}>
          {places?.map((p) => (
            <option key={p.id} value={language === 'da' ? p.da : p.en} />
          ))}
        </datalist>
        {unknown && (
          <span id={`${id}-unknown`} className="list-unknown">
            {t('list.unknownPlace', { name: query })}
          </span>
        )}
      </p>
      <DateField
        id={`${id}-from`}
        label={t('list.from')}
        value={from}
        set={(v) => store.getState().setRange(v, to)}
      />
      <DateField
        id={`${id}-to`}
        label={t('list.to')}
        value={to}
        set={(v) => store.getState().setRange(from, v)}
      />
      {(from || to) && language === 'da' && (
        <p className="list-range">
          {t('list.range', { from: from ? t.catalog.date(from) : '…', to: to ? t.catalog.date(to) : '…' })}
        </p>
      )}
      <button type="button" onClick={() => store.getState().clear()}>
        {t('list.clear')}
      </button>
    </form>
  );
}
