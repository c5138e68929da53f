import { useAtlas } from '../state/atlas-context.tsx';
import { placeCounts } from '../state/selectors.ts';

// Tells screen-reader users what a selection change did, wherever it came from.

export function Announcer() {
  const message = useAtlas((s) => {
    if (!s.selected || !s.geo) return s.status === 'ready' ? 'No place selected.' : '';
    const place = s.geo.places.get(s.selected);
    if (!place) return '';
    const c = placeCounts(s.story, place.id);
    return `${place.name_en} ${place.kind} selected: ${c.passages} passage${c.passages === 1 ? '' : 's'}, ${c.quotes} quote${c.quotes === 1 ? '' : 's'}.`;
  });
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
