import { useAtlas } from '../state/atlas-context.tsx';

export function StoryHeader() {
  const meta = useAtlas((s) => s.story?.meta);
  return (
    <div className="story-header">
      <p className="brand">North Atlas</p>
      <h1>{meta?.title ?? 'Northern Afghanistan'}</h1>
      {meta && (
        <p className="byline">
          {meta.byline && <span>{meta.byline}</span>}
          {meta.publisher && <span>{meta.publisher}</span>}
          {meta.date && <time dateTime={meta.date}>{formatDate(meta.date)}</time>}
          {meta.url && /^https?:\/\//i.test(meta.url) && (
            <a href={meta.url} rel="noopener noreferrer">
              Read the original article
            </a>
          )}
        </p>
      )}
    </div>
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2010-12-01" → "1 December 2010"; a partial date ("2010-12") shows only what it states. Spelled out by
 * hand, not with Intl: a page's first Intl date format loads locale data, a tenth of a second on a phone.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  const day = d ? Number(d) : undefined;
  if (mo && !month) return iso;
  if (day !== undefined && (day < 1 || day > 31)) return iso;
  return [day, month, y].filter((part) => part !== undefined).join(' ');
}
