import { timelineBars } from '../../state/list-selectors.ts';
import type { ListEntry } from '../../story/index-entries.ts';
import { useListT } from './list-context.tsx';

// The stories about a place on a time axis: a bar per month (per year over three years), so a reader sees when
// the reporting began, peaked and stopped. Each bar says its period and count to a screen reader.

export function PlaceTimeline({ stories, place }: { stories: readonly ListEntry[]; place: string }) {
  const t = useListT();
  const bars = timelineBars(stories);
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.count));
  const title = t('list.timeline', { place });
  return (
    <figure className="timeline">
      <figcaption>{title}</figcaption>
      <ol className="timeline-bars">
        {bars.map((b) => (
          <li key={b.period} style={{ ['--share' as string]: String(b.count / max) }}>
            <span className="timeline-bar" aria-hidden="true" />
            <span className="visually-hidden">
              {t.catalog.date(b.period)}: {t('list.count', { count: b.count })}
            </span>
          </li>
        ))}
      </ol>
      <p className="timeline-axis" aria-hidden="true">
        <span>{t.catalog.date(bars[0]?.period ?? '')}</span>
        <span>{t.catalog.date(bars[bars.length - 1]?.period ?? '')}</span>
      </p>
    </figure>
  );
}
