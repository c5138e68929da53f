import { useMemo } from 'react';
import { useAtlas } from '../state/atlas-context.tsx';
import { mentionsByPassage } from '../state/selectors.ts';
import { PassageText } from './PassageText.tsx';
import { useT } from './use-t.ts';

// The full article, every mention a link to its place.

export function WholeStory({ titleId = 'panel-title' }: { titleId?: string }) {
  const story = useAtlas((s) => s.story);
  const selected = useAtlas((s) => s.selected);
  const mentions = useMemo(() => mentionsByPassage(story), [story]);
  const t = useT();
  if (!story) return <p>{t('panel.noStory')}</p>;
  const sectionTitle = new Map(story.sections.map((s) => [s.id, s.title]));
  return (
    <div className="whole-story" data-verbatim="story">
      <h2 id={titleId} dir="auto">
        {story.meta.title}
      </h2>
      {story.passages.map((p, i) => {
        const opensSection = p.section !== null && p.section !== story.passages[i - 1]?.section;
        const heading = opensSection && p.section ? sectionTitle.get(p.section) : undefined;
        return (
          <div key={p.id} data-passage={p.id}>
            {heading && (
              <h3 className="section-title" dir="auto">
                {heading}
              </h3>
            )}
            <PassageText passage={p} mentions={mentions.get(p.id) ?? []} current={selected} />
          </div>
        );
      })}
    </div>
  );
}
