import { useAtlas } from '../state/atlas-context.tsx';
import { dateParts } from '../i18n/en.ts';
import { useT } from './use-t.ts';

// The story's own words (title, byline, publisher) keep their direction inside either interface.

export function StoryHeader() {
  const meta = useAtlas((s) => s.story?.meta);
  const t = useT();
  return (
    <div className="story-header">
      <p className="brand">{t('app.name')}</p>
      <h1 dir={meta ? 'auto' : undefined} data-verbatim={meta ? 'story' : undefined}>
        {meta?.title ?? t('app.region')}
      </h1>
      {meta && (
        <p className="byline">
          {meta.byline && <bdi data-verbatim="story">{meta.byline}</bdi>}
          {meta.publisher && <bdi data-verbatim="story">{meta.publisher}</bdi>}
          {/* An ISO date is written the reader's way; any other is the article's own words, as written. */}
          {meta.date && (
            <time dateTime={meta.date} dir="auto" data-verbatim={dateParts(meta.date) ? undefined : 'story'}>
              {t.catalog.date(meta.date)}
            </time>
          )}
          {meta.url && /^https?:\/\//i.test(meta.url) && (
            <a href={meta.url} rel="noopener noreferrer">
              {t('header.original')}
            </a>
          )}
        </p>
      )}
    </div>
  );
}
