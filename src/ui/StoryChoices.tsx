import { useAtlas } from '../state/atlas-context.tsx';
import { useT } from './use-t.ts';

// The stories this site has, offered when the address names one it does not.

export function StoryChoices() {
  const stories = useAtlas((s) => s.storyChoices);
  const t = useT();
  if (stories.length === 0) return null;
  return (
    <nav className="story-choices" aria-label={t('stories.label')}>
      <p>{t('stories.lead')}</p>
      <ul>
        {stories.map((s) => (
          <li key={s.slug}>
            <a href={`?story=${s.slug}`} dir="auto" data-verbatim="story">
              {s.title}
            </a>
            {s.date && <> ({t.catalog.date(s.date)})</>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
