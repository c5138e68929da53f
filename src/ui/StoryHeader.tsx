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
          {meta.url && (
            <a href={meta.url} rel="noopener noreferrer">
              Read the original article
            </a>
          )}
        </p>
      )}
    </div>
  );
}

/** "2010-12-01" → "1 December 2010"; a partial date ("2010-12") shows only what it states. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (mo) options.month = 'long';
  if (d) options.day = 'numeric';
  return date.toLocaleDateString('en-GB', options);
}
