import { useAtlas } from '../state/atlas-context.tsx';
import { StoryChoices } from './StoryChoices.tsx';

// What went wrong loading the map or the story, said plainly, with the site's stories when the address
// named one it does not have.

export function Notices({ className }: { className: string }) {
  const error = useAtlas((s) => s.error);
  const notices = useAtlas((s) => s.notices);
  if (!error && notices.length === 0) return null;
  return (
    <div className={className} role="alert">
      {error && <p>{error}</p>}
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <StoryChoices />
    </div>
  );
}
