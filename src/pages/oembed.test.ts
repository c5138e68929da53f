import { describe, expect, it } from 'vitest';
import { toyStory } from '../state/test-fixtures.ts';
import { parseEmbedParams } from '../state/embed-params.ts';
import { oembedFor } from './oembed.ts';

// The oEmbed answer as a consumer reads it: oembed.com's required fields for type "rich", an iframe to
// embed.html on the same story, the share card as the thumbnail.

const SITE = 'https://atlas.example.org/';

function iframeSrc(html: string): string {
  const src = /<iframe src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`no iframe in ${html}`);
  return src.replace(/&amp;/g, '&');
}

describe('oEmbed', () => {
  it('is a valid rich answer with an iframe to embed.html on the story, in the host’s colour scheme', () => {
    const o = oembedFor({
      story: toyStory(),
      slug: 'toy',
      root: SITE,
      thumbnail: `${SITE}stories/toy/share.png`,
    });
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'North Atlas',
      provider_url: SITE,
      thumbnail_url: `${SITE}stories/toy/share.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      title: toyStory().meta.title,
    });
    expect(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0).toBe(true);
    const src = new URL(iframeSrc(o.html));
    expect(src.origin + src.pathname).toBe(`${SITE}embed.html`);
    expect(parseEmbedParams(src.search)).toMatchObject({ story: 'toy', theme: 'auto' });
    expect(o.html).toContain(`<script src="${SITE}embed.js" async></script>`);
  });

  it('names the default story by no slug, and writes a hostile title as text', () => {
    const story = { ...toyStory(), meta: { title: '"><script>alert(1)</script>', byline: ' A. Writer ' } };
    const o = oembedFor({ story, slug: null, root: '../../', thumbnail: 'share.png' });
    expect(iframeSrc(o.html)).toBe('../../embed.html?theme=auto');
    expect(o.html).not.toContain('<script>alert');
    expect(o.html).toContain('title="North Atlas: &quot;&gt;&lt;script&gt;');
    expect(o.title).toBe(story.meta.title);
    expect(o.author_name).toBe('A. Writer');
    expect(oembedFor({ story: toyStory(), slug: null, root: '', thumbnail: 'share.png' }).provider_url).toBe(
      './',
    );
  });
});
