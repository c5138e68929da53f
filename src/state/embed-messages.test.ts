import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  CHANNEL,
  MapMessage,
  ampEmbedSize,
  isAmpFrame,
  parseIncoming,
  pymMessage,
} from './embed-messages.ts';

describe('embed messages', () => {
  it('accepts the three host commands and the height request', () => {
    expect(parseIncoming({ channel: CHANNEL, type: 'select', place: 'AF19' })).toEqual({
      kind: 'host',
      message: { channel: CHANNEL, type: 'select', place: 'AF19' },
    });
    expect(parseIncoming({ channel: CHANNEL, type: 'clear' })?.kind).toBe('host');
    expect(parseIncoming({ channel: CHANNEL, type: 'language', language: 'da' })?.kind).toBe('host');
    expect(parseIncoming({ channel: CHANNEL, type: 'measure' })?.kind).toBe('host');
  });

  it('refuses anything else: other channels, unknown types, bad ids and languages, non-objects', () => {
    for (const data of [
      { channel: 'other', type: 'select', place: 'AF19' },
      { type: 'select', place: 'AF19' },
      { channel: CHANNEL, type: 'navigate', url: 'https://evil.example' },
      { channel: CHANNEL, type: 'select', place: '<img src=x>' },
      { channel: CHANNEL, type: 'select' },
      { channel: CHANNEL, type: 'language', language: 'fr' },
      null,
      42,
      'hello',
      ['select', 'AF19'],
    ]) {
      expect(parseIncoming(data), JSON.stringify(data)).toBeNull();
    }
  });

  it("reads pym.js's framed strings and writes them the way pym's parent expects", () => {
    expect(pymMessage('map-1', 'height', '640')).toBe('pymxPYMxmap-1xPYMxheightxPYMx640');
    expect(parseIncoming('pymxPYMxmap-1xPYMxwidthxPYMx720')).toEqual({
      kind: 'pym',
      message: { id: 'map-1', type: 'width', value: '720' },
    });
    expect(parseIncoming('pymxPYMxmap 1xPYMxwidthxPYMx720')).toBeNull();
    expect(parseIncoming('not pym at all')).toBeNull();
  });

  it('checks what the map sends, so a malformed event never leaves the frame', () => {
    expect(
      v.safeParse(MapMessage, {
        channel: CHANNEL,
        type: 'selection',
        place: 'AF19',
        name: 'Kunduz',
        name_da: 'کندز',
        via: 'embed',
      }).success,
    ).toBe(true);
    expect(v.safeParse(MapMessage, { channel: CHANNEL, type: 'height', height: -1 }).success).toBe(false);
    expect(v.safeParse(MapMessage, { channel: CHANNEL, type: 'height', height: 1.5 }).success).toBe(false);
  });

  it('knows amp-iframe by its #amp=1 and speaks AMP’s embed-size with a sane height only', () => {
    expect(isAmpFrame('#amp=1')).toBe(true);
    expect(isAmpFrame('#x=2&amp=1')).toBe(true);
    for (const hash of ['', '#', '#amp=0', '#amp=1x', '#/place/AF19', '#ampamp=1']) {
      expect(isAmpFrame(hash), hash).toBe(false);
    }
    expect(ampEmbedSize(420)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 420 });
    for (const bad of [-1, 1.5, 1e6, Number.NaN]) expect(() => ampEmbedSize(bad)).toThrow();
  });
});
