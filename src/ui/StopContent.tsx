import { useMemo } from 'react';
import { useAtlas } from '../state/atlas-context.tsx';
import { mentionsByPassage } from '../state/selectors.ts';
import type { Stop } from '../state/tour.ts';
import { PassageText } from './PassageText.tsx';
import { QuoteCard } from './QuoteCard.tsx';

// What a tour stop shows: the room sees the quotations, or else the passage; the presenter sees both.

export function StopContent({ stop, full = false }: { stop: Stop; full?: boolean }) {
  const story = useAtlas((s) => s.story);
  const mentions = useMemo(() => mentionsByPassage(story), [story]);
  if (!story) return null;
  const quotes = story.quotes.filter((q) => stop.quotes.includes(q.id));
  const passage = stop.passage ? story.passages.find((p) => p.id === stop.passage) : undefined;
  const showPassage = passage && (full || quotes.length === 0);
  return (
    <>
      {quotes.map((q) => (
        <QuoteCard key={q.id} quote={q} story={story} />
      ))}
      {showPassage && (
        <div className="stop-passage" data-passage={passage.id}>
          <PassageText passage={passage} mentions={mentions.get(passage.id) ?? []} current={stop.place} />
        </div>
      )}
    </>
  );
}
