import { shadeOf } from '../../state/list-selectors.ts';
import { useList, useListT } from './list-context.tsx';

// The small map: each province shaded by how many stories concern it, each a link that filters the list by it
// (`?place=<id>`, so it also works as an address).

export function ListMap({ onChoose }: { onChoose: (id: string) => void }) {
  const t = useListT();
  const map = useList((s) => s.map);
  const counts = useList((s) => s.counts);
  const selected = useList((s) => s.place);
  const language = useList((s) => s.language);
  if (!map) return null;
  const max = Math.max(0, ...map.provinces.map((p) => counts[p.id] ?? 0));
  return (
    <svg className="list-map" viewBox={map.viewBox} role="group" aria-label={t('list.map')}>
      {map.provinces.map(({ id, d }) => {
        const place = map.places.find((p) => p.id === id);
        const name = place ? (language === 'da' ? place.da : place.en) : id;
        const count = counts[id] ?? 0;
        const label = t('list.mapPlace', { name, stories: t('list.count', { count }) });
        return (
          <a
            key={id}
            href={`?place=${id}`}
            aria-label={label}
            aria-current={selected === id ? 'true' : undefined}
            onClick={(e) => {
              e.preventDefault();
              onChoose(id);
            }}
          >
            <title>{label}</title>
            <path d={d} className={`shade-${shadeOf(count, max)}${selected === id ? ' chosen' : ''}`} />
          </a>
        );
      })}
    </svg>
  );
}
