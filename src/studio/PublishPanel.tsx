import { useMemo } from 'react';
import { slugForStory } from '../story/story-slug.ts';
import { useStudio } from './studio-context.tsx';
import { currentStory } from './studio-store.ts';

// From a draft to the site: the file to download, the command that publishes it, and the snippet that
// embeds its map once published.

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Height of the embedded map with its panel open, as the embed's own snippet sets it. */
const EMBED_HEIGHT_PX = 560;

/**
 * The embed's snippet (iframe and height loader, as src/state/embed-snippet.ts writes them) for a published
 * story. Written here rather than imported: sharing that module would split it out of the reader's chunks.
 */
export function storyEmbedSnippet(pageUrl: string, slug: string, title: string): string {
  const src = new URL(`embed.html?story=${slug}`, pageUrl).href;
  const loader = new URL('embed.js', pageUrl).href;
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`Map: ${title}`)}" width="100%"`,
    `  height="${EMBED_HEIGHT_PX}" style="border:0" loading="lazy" data-north-atlas></iframe>`,
    `<script src="${escapeAttr(loader)}" async></script>`,
  ].join('\n');
}

export function PublishPanel() {
  const story = useStudio(currentStory);
  const places = useStudio((s) => s.places);
  const title = story?.meta.title ?? null;
  const slug = useMemo(() => (story ? slugForStory(story, places).slug : null), [story, places]);
  const snippet = useMemo(
    () => (slug && title ? storyEmbedSnippet(location.href, slug, title) : ''),
    [slug, title],
  );
  if (!slug || !title) return null;
  const file = `${slug}.story.json`;
  return (
    <section className="publish-panel" aria-labelledby="publish-heading">
      <h3 id="publish-heading">Publish</h3>
      <p>
        “Download story” saves <code>{file}</code>. On the site’s copy of North Atlas, run{' '}
        <code>npm run publish -- {file}</code> and build: the story is then at{' '}
        <a href={`./?story=${slug}`}>?story={slug}</a>.
      </p>
      <label htmlFor="embed-snippet">Embed snippet</label>
      <textarea
        id="embed-snippet"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
    </section>
  );
}
