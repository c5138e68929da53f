import { useEffect } from 'react';
import { withNoticeWords } from '../i18n/catalogs.ts';
import { useAtlas } from '../state/atlas-context.tsx';
import type { Notice } from '../state/notice.ts';
import { Message } from './Message.tsx';
import { StoryChoices } from './StoryChoices.tsx';
import { useT } from './use-t.ts';

// What went wrong loading the map or the story, said plainly in the reader's language, with the site's
// stories when the address named one it does not have. The technical detail is English as the code wrote
// it: shown beside an English message, folded away under a Dari one.

function NoticeText({ notice }: { notice: Notice }) {
  const t = useT();
  const { key, slug, detail } = notice;
  // The words are their own chunk; until they arrive (or if they never do, offline) the detail speaks, and
  // a notice without one waits for its words: a key is never shown to a reader.
  if (!(key in t.catalog.messages)) return detail ? <p>{detail}</p> : null;
  const message = <Message id={key} nodes={{ slug: <bdi data-verbatim="story">{slug}</bdi> }} />;
  if (!detail) return <p>{message}</p>;
  if (t.catalog.language === 'en')
    return (
      <p>
        {message} <span className="notice-detail">({detail})</span>
      </p>
    );
  return (
    <div>
      <p>{message}</p>
      <details>
        <summary>{t('notice.details')}</summary>
        <bdi lang="en" dir="ltr" data-verbatim="detail">
          {detail}
        </bdi>
      </details>
    </div>
  );
}

export function Notices({ className }: { className: string }) {
  const error = useAtlas((s) => s.error);
  const notices = useAtlas((s) => s.notices);
  const some = error !== null || notices.length > 0;
  useEffect(() => {
    if (some) void withNoticeWords();
  }, [some]);
  if (!some) return null;
  return (
    <div className={className} role="alert">
      {[...(error ? [error] : []), ...notices].map((n) => (
        <NoticeText key={`${n.key} ${n.detail ?? ''}`} notice={n} />
      ))}
      <StoryChoices />
    </div>
  );
}
