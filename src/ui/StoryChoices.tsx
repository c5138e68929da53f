import { useAtlas } from '../state/atlas-context.tsx';
import { formatDate } from './StoryHeader.tsx';

// The stories this site has, offered when the address names one it does not.

export function StoryChoices() {
  const stories = useAtlas((s) => s.storyChoices);
  if (stories.length === 0) return null;
  return (
    <nav className="story-choices" aria-label="Stories on this site">
      <p>Stories on this site:</p>
      <ul>
        {stories.map((s) => (
          <li key={s.slug}>
            <a href={`?story=${s.slug}`}>{s.title}</a>
            {s.date && <> ({formatDate(s.date)})</>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
