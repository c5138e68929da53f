import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, embedQuery, parseEmbedParams, readerUrl } from './embed-params.ts';
import { embedSnippet, embedUrls } from './embed-snippet.ts';

describe('embed parameters', () => {
  it('reads every parameter', () => {
    expect(
      parseEmbedParams(
        '?story=kunduz-floods&place=AF1907&lang=da&theme=dark&panel=closed&interactive=false&allow=https://cms.example&childId=map-1',
      ),
    ).toEqual({
      story: 'kunduz-floods',
      place: 'AF1907',
      language: 'da',
      theme: 'dark',
      panel: 'closed',
      interactive: false,
      allow: ['https://cms.example'],
      pymId: 'map-1',
    });
  });

  it('falls back to the defaults for missing or bad values', () => {
    expect(parseEmbedParams('')).toEqual(EMBED_DEFAULTS);
    expect(
      parseEmbedParams('?place=<b>&lang=fr&theme=blue&panel=maybe&interactive=no&childId=a%20b&story=../x'),
    ).toEqual(EMBED_DEFAULTS);
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
});
