import type { MouseEvent } from 'react';
import type { Mention, Passage } from '../story/schema.ts';
import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { passageRuns } from '../state/selectors.ts';
import { usePlaceHref } from './page-render.ts';
import { useT } from './use-t.ts';

// A paragraph of the article with each place mention as a link back to the map.

export function PassageText({
  passage,
  mentions,
  current,
}: {
  passage: Passage;
  mentions: readonly Mention[];
  current: string | null;
}) {
  const store = useAtlasStore();
  const onMap = useAtlas((s) => s.geo);
  const t = useT();
  const placeHref = usePlaceHref();
  const runs = passageRuns(passage.text, mentions);
  const follow = (e: MouseEvent<HTMLAnchorElement>, place: string) => {
    e.preventDefault();
    store.getState().select(place, { via: 'text' });
  };
  return (
    // The article's own words, in its own direction whichever the interface's.
    <p className="passage-text" dir="auto" data-verbatim="story">
      {runs.map((run) => {
        if (!run.mention) return <span key={run.start}>{run.text}</span>;
        const place = run.mention.place;
        const isCurrent = place === current;
        if (!onMap?.places.has(place)) {
          return (
            <mark key={run.start} className="mention mention-offmap" title={t('place.offMap')}>
              {run.text}
            </mark>
          );
        }
        return (
          <a
            key={run.start}
            href={placeHref(place)}
            className={isCurrent ? 'mention mention-current' : 'mention'}
            data-place={place}
            aria-current={isCurrent ? 'location' : undefined}
            onClick={(e) => follow(e, place)}
          >
            {run.text}
          </a>
        );
      })}
    </p>
  );
}
