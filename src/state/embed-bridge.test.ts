// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbedBridge } from './embed-bridge.ts';
import { CHANNEL } from './embed-messages.ts';
import { createAtlasStore } from './store.ts';
import { toyGeography, toyStory } from './test-fixtures.ts';

// The bridge against a real jsdom window; only the host page is a stand-in that records what it was sent.

const HOST = 'https://news.example';
const OTHER = 'https://ads.example';

type Sent = { data: unknown; origin: string };
const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

function setup(opts: { pymId?: string; allowed?: string[]; amp?: boolean } = {}) {
  const store = createAtlasStore();
  const sent: Sent[] = [];
  const parent = { postMessage: (data: unknown, origin: string) => sent.push({ data, origin }) };
  let report: (px: number) => void = () => {};
  const stop = startEmbedBridge(store, {
    win: window,
    parent: parent as unknown as Window,
    allowed: new Set(opts.allowed ?? [HOST]),
    pymId: opts.pymId ?? null,
    amp: opts.amp ?? false,
    watchHeight: (r) => {
      report = r;
      return () => {};
    },
  });
  stops.push(stop);
  const from = (origin: string, data: unknown) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
  const ofType = (type: string) =>
    sent.filter((s) => (s.data as { type?: string }).type === type).map((s) => s.data);
  return { store, sent, from, ofType, height: (px: number) => report(px) };
}

describe('embed bridge', () => {
  it('says ready once the data is in, with the selection the URL asked for', () => {
    const { store, ofType, height } = setup();
    store.getState().select('AF19', { via: 'url' });
    height(612.4);
    expect(ofType('ready')).toEqual([]);
    store.getState().loaded({ story: toyStory(), geo: toyGeography() });
    expect(ofType('ready')).toEqual([
      { channel: CHANNEL, type: 'ready', place: 'AF19', name: 'Kunduz', language: 'en', height: 613 },
    ]);
  });

  it('turns an allowed host’s messages into store actions via "embed" and reports the selection back', () => {
    const { store, from, ofType, sent } = setup();
    store.getState().loaded({ story: toyStory(), geo: toyGeography() });
    from(HOST, { channel: CHANNEL, type: 'select', place: 'AF18' });
    expect(store.getState().selected).toBe('AF18');
    expect(store.getState().selectedVia).toBe('embed');
    expect(ofType('selection').at(-1)).toEqual({
      channel: CHANNEL,
      type: 'selection',
      place: 'AF18',
      name: 'Takhar',
      name_da: 'تخار',
      via: 'embed',
    });
    expect(sent.every((s) => s.origin === HOST)).toBe(true);
    from(HOST, { channel: CHANNEL, type: 'language', language: 'da' });
    expect(store.getState().language).toBe('da');
    from(HOST, { channel: CHANNEL, type: 'clear' });
    expect(store.getState().selected).toBeNull();
    expect(ofType('selection').at(-1)).toMatchObject({ place: null, name: null, via: 'embed' });
    expect(window.northAtlasEmbed?.handled).toBe(3);
  });

  it('ignores other origins and malformed messages, and logs why', () => {
    const { store, from } = setup();
    store.getState().loaded({ story: toyStory(), geo: toyGeography() });
    from(OTHER, { channel: CHANNEL, type: 'select', place: 'AF18' });
    from(HOST, { channel: CHANNEL, type: 'select', place: 42 });
    expect(store.getState().selected).toBeNull();
    expect(window.northAtlasEmbed?.ignored).toEqual([
      { origin: OTHER, reason: 'origin' },
      { origin: HOST, reason: 'format' },
    ]);
  });

  it('reports each new height, in its own message and in pym.js’s, and answers pym’s width message', () => {
    const { from, sent, height } = setup({ pymId: 'map-1' });
    height(400);
    height(400.2);
    height(380);
    const pym = sent.filter((s) => typeof s.data === 'string').map((s) => s.data);
    expect(pym).toEqual([
      'pymxPYMxmap-1xPYMxheightxPYMx400',
      'pymxPYMxmap-1xPYMxheightxPYMx401',
      'pymxPYMxmap-1xPYMxheightxPYMx380',
    ]);
    from(HOST, 'pymxPYMxmap-1xPYMxwidthxPYMx600');
    expect(sent.at(-1)?.data).toBe('pymxPYMxmap-1xPYMxheightxPYMx380');
    // Another pym child's message on the same page is not ours to answer.
    const before = sent.length;
    from(HOST, 'pymxPYMxmap-2xPYMxwidthxPYMx600');
    expect(sent.length).toBe(before);
  });

  it('inside amp-iframe, asks AMP for each new content height, only at the allowed origins', () => {
    const { sent, height } = setup({ amp: true, allowed: [HOST, 'https://cms.example'] });
    height(400);
    height(400.2);
    height(380);
    const amp = sent.filter((s) => (s.data as { sentinel?: string }).sentinel === 'amp');
    expect(amp.map((s) => s.data)).toEqual(
      [400, 400, 401, 401, 380, 380].map((h) => ({ sentinel: 'amp', type: 'embed-size', height: h })),
    );
    expect(new Set(amp.map((s) => s.origin))).toEqual(new Set([HOST, 'https://cms.example']));
    // Without AMP's fragment, no AMP messages.
    const plain = setup({ allowed: [HOST] });
    plain.height(300);
    expect(plain.sent.some((s) => (s.data as { sentinel?: string }).sentinel === 'amp')).toBe(false);
  });

  it('sends nothing when opened on its own page', () => {
    const store = createAtlasStore();
    stops.push(
      startEmbedBridge(store, {
        win: window,
        parent: null,
        allowed: new Set(),
        pymId: null,
        watchHeight: () => () => {},
      }),
    );
    expect(() => store.getState().loaded({ story: toyStory(), geo: toyGeography() })).not.toThrow();
  });
});
