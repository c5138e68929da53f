import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX_CHARS,
  EMBED_DEFAULTS,
  cleanDescription,
  embedQuery,
  parseEmbedParams,
  readerUrl,
} from './embed-params.ts';
import { ampSnippet, embedSnippet, embedUrls, facadeSnippet, shareImageUrl } from './embed-snippet.ts';

describe('embed parameters', () => {
  it('reads every parameter', () => {
    expect(
      parseEmbedParams(
        '?story=kunduz-floods&place=AF1907&lang=da&theme=dark&accent=%23C0392B&description=A+map&panel=closed&interactive=false&allow=https://cms.example&childId=map-1&related=true',
      ),
    ).toEqual({
      story: 'kunduz-floods',
      place: 'AF1907',
      language: 'da',
      theme: 'dark',
      accent: '#c0392b',
      description: 'A map',
      panel: 'closed',
      interactive: false,
      allow: ['https://cms.example'],
      pymId: 'map-1',
      related: true,
    });
  });

  it('falls back to the defaults for missing or bad values', () => {
    expect(parseEmbedParams('')).toEqual(EMBED_DEFAULTS);
    expect(
      parseEmbedParams(
        '?place=<b>&lang=fr&theme=blue&accent=blue&panel=maybe&interactive=no&childId=a%20b&story=../x',
      ),
    ).toEqual(EMBED_DEFAULTS);
  });

  it('takes theme=auto and a #rgb or #rrggbb accent; anything else falls back', () => {
    expect(parseEmbedParams('?theme=auto').theme).toBe('auto');
    expect(parseEmbedParams('?accent=%23aBc').accent).toBe('#abc');
    for (const bad of ['red', '#abcd', '#ggg', '%23abc%3B', 'url(x)', '%23abcdef0', '', '%23']) {
      expect(parseEmbedParams(`?accent=${bad}`).accent, bad).toBeNull();
    }
    for (const bad of ['Auto', 'system', '', 'dark%20']) {
      expect(parseEmbedParams(`?theme=${bad}`).theme, bad).toBe('light');
    }
  });

  it('keeps a description as plain text, its white space collapsed, cut at a word past the limit', () => {
    const markup = parseEmbedParams(
      `?description=${encodeURIComponent('<b>Floods</b>\n\tin\u0000 Kunduz ')}`,
    );
    // Text, never markup: React writes it as text, so the tags stay visible words.
    expect(markup.description).toBe('<b>Floods</b> in Kunduz');
    expect(parseEmbedParams('?description=%20%0A').description).toBeNull();
    const long = parseEmbedParams(`?description=${'word '.repeat(200)}`).description ?? '';
    expect(long.length).toBeLessThanOrEqual(DESCRIPTION_MAX_CHARS);
    expect(long).toMatch(/word…$/);
    expect(cleanDescription('x'.repeat(400))).toHaveLength(DESCRIPTION_MAX_CHARS);
  });

  it('carries a published story into the embed', () => {
    expect(embedQuery({ story: 'kunduz-floods', place: 'AF19' })).toBe('?story=kunduz-floods&place=AF19');
  });

  it('links the full map to the same story and place', () => {
    const embed = 'https://atlas.example.org/maps/embed.html';
    expect(readerUrl(`${embed}?story=kunduz-floods&place=AF19&theme=dark`, 'AF1907')).toBe(
      'https://atlas.example.org/maps/?story=kunduz-floods#/place/AF1907',
    );
    expect(readerUrl(`${embed}?place=AF19`, null)).toBe('https://atlas.example.org/maps/#/');
    // A malformed story name is not passed on.
    expect(readerUrl(`${embed}?story=..%2Fx`, 'AF19')).toBe('https://atlas.example.org/maps/#/place/AF19');
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(embedQuery({})).toBe('');
    expect(embedQuery({ ...EMBED_DEFAULTS })).toBe('');
    const opts = {
      place: 'AF19',
      language: 'da',
      theme: 'dark',
      panel: 'closed',
      interactive: false,
    } as const;
    const q = embedQuery(opts);
    expect(q).toBe('?place=AF19&lang=da&theme=dark&panel=closed&interactive=false');
    expect(parseEmbedParams(q)).toMatchObject(opts);
  });
});

describe('embed snippet', () => {
  it('points the iframe and the loader at the app’s own folder, whatever the current hash', () => {
    expect(embedUrls('https://atlas.example/north/#/place/AF19')).toEqual({
      page: 'https://atlas.example/north/embed.html',
      loader: 'https://atlas.example/north/embed.js',
    });
    expect(embedUrls('https://atlas.example/north/index.html?story=x').page).toBe(
      'https://atlas.example/north/embed.html',
    );
  });

  it('is an iframe with a title and a fallback height, plus the loader', () => {
    const html = embedSnippet({
      appUrl: 'https://atlas.example/',
      options: { place: 'AF19', panel: 'closed' },
      title: 'North Atlas: "Kunduz" & more',
    });
    expect(html).toContain('src="https://atlas.example/embed.html?place=AF19&amp;panel=closed"');
    expect(html).toContain('title="North Atlas: &quot;Kunduz&quot; &amp; more"');
    expect(html).toContain('height="420"');
    expect(html).toContain('<script src="https://atlas.example/embed.js" async></script>');
  });

  it('gives a facade: a link to the map holding the story’s share card, for the loader to turn into the map', () => {
    const html = facadeSnippet({
      appUrl: 'https://atlas.example/north/#/place/AF19',
      options: { story: 'kunduz-floods', theme: 'auto' },
      title: 'North Atlas: <Kunduz>',
    });
    expect(html).toContain(
      '<a href="https://atlas.example/north/embed.html?story=kunduz-floods&amp;theme=auto" data-north-atlas data-facade',
    );
    // Its first view as a picture, the dark one under a dark scheme (theme=auto).
    expect(html).toContain(
      '<source srcset="https://atlas.example/north/stories/kunduz-floods/map-dark.svg" media="(prefers-color-scheme: dark)">',
    );
    expect(html).toContain('<img src="https://atlas.example/north/stories/kunduz-floods/map.svg"');
    expect(html).toContain('alt="North Atlas: &lt;Kunduz&gt;"');
    const dark = facadeSnippet({ appUrl: 'https://atlas.example/', options: { theme: 'dark' }, title: 'M' });
    expect(dark).toContain('<img src="https://atlas.example/map-dark.svg"');
    expect(dark).not.toContain('<picture>');
    expect(html).toContain('<script src="https://atlas.example/north/embed.js" async></script>');
    expect(shareImageUrl('https://atlas.example/north/index.html?story=x', null)).toBe(
      'https://atlas.example/north/share.png',
    );
  });

  it('gives AMP’s amp-iframe: resizable, sandboxed, the share card as placeholder, an overflow button', () => {
    const html = ampSnippet({ appUrl: 'https://atlas.example/', options: { place: 'AF19' }, title: 'Map' });
    expect(html).toMatch(/^<amp-iframe src="https:\/\/atlas\.example\/embed\.html\?place=AF19"/);
    expect(html).toContain(' resizable ');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(html).toContain(
      '<amp-img layout="fill" src="https://atlas.example/share.png" alt="" placeholder>',
    );
    expect(html).toMatch(/<div overflow [^>]*role="button"/);
    expect(html).not.toContain('<script');
  });
});
