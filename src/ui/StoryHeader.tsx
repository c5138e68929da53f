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

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
