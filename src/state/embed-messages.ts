import * as v from 'valibot';
import { PlaceId } from '../story/schema.ts';

// The postMessage contract between an embedded map and its host page, plus pym.js's string protocol.
// Every message in either direction goes through these schemas.

export const CHANNEL = 'north-atlas';
const channel = v.literal(CHANNEL);
const Language = v.picklist(['en', 'da']);
const Height = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

/** Host → map. */
export const HostMessage = v.variant('type', [
  v.object({ channel, type: v.literal('select'), place: PlaceId }),
  v.object({ channel, type: v.literal('clear') }),
  v.object({ channel, type: v.literal('language'), language: Language }),
  /** Asks for a height message now (the loader sends it when it starts after the map did). */
  v.object({ channel, type: v.literal('measure') }),
]);
export type HostMessage = v.InferOutput<typeof HostMessage>;

/** Map → host. */
export const MapMessage = v.variant('type', [
  v.object({
    channel,
    type: v.literal('ready'),
    place: v.nullable(PlaceId),
    name: v.nullable(v.string()),
    language: Language,
    height: Height,
  }),
  v.object({
    channel,
    type: v.literal('selection'),
    place: v.nullable(PlaceId),
    /** English name, and the Dari one the map shows with `lang=da`. */
    name: v.nullable(v.string()),
    name_da: v.nullable(v.string()),
    /** The store's cause of the change ('map', 'text', 'embed' for the host's own, …): an open list. */
    via: v.pipe(v.string(), v.regex(/^[a-z]+$/)),
  }),
  v.object({ channel, type: v.literal('height'), height: Height }),
]);
export type MapMessage = v.InferOutput<typeof MapMessage>;

/** pym.js frames every message as one string: "pym", the child id, the type and the value, joined by this. */
export const PYM_DELIMITER = 'xPYMx';
/** pym ids are the host element's id; we accept the characters such ids use in practice. */
export const PymId = v.pipe(v.string(), v.regex(/^[\w.:-]{1,100}$/));

const PYM_PATTERN = /^pymxPYMx([\w.:-]{1,100})xPYMx(\S+)xPYMx(.*)$/s;

/** A pym.js message from the parent (`width` is the one pym sends on load and resize). */
export const PymMessage = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.regex(PYM_PATTERN),
  v.transform((s) => {
    const [, id = '', type = '', value = ''] = PYM_PATTERN.exec(s) ?? [];
    return { id, type, value };
  }),
);
export type PymMessage = v.InferOutput<typeof PymMessage>;

export function pymMessage(id: string, type: string, value: string): string {
  return ['pym', id, type, value].join(PYM_DELIMITER);
}

export type Incoming = { kind: 'host'; message: HostMessage } | { kind: 'pym'; message: PymMessage };

/** What a message event's data is, or null when it is neither ours nor pym's. */
export function parseIncoming(data: unknown): Incoming | null {
  if (typeof data === 'string') {
    const pym = v.safeParse(PymMessage, data);
    return pym.success ? { kind: 'pym', message: pym.output } : null;
  }
  const host = v.safeParse(HostMessage, data);
  return host.success ? { kind: 'host', message: host.output } : null;
}

/**
 * AMP's resize request: an `amp-iframe` with `resizable` (and an overflow element) takes this height from the
 * page it frames. AMP marks the pages it frames by adding `#amp=1` to the iframe's address (when the address
 * has no fragment of its own).
 */
export const AmpEmbedSize = v.object({
  sentinel: v.literal('amp'),
  type: v.literal('embed-size'),
  height: Height,
});
export type AmpEmbedSize = v.InferOutput<typeof AmpEmbedSize>;

export function ampEmbedSize(height: number): AmpEmbedSize {
  return v.parse(AmpEmbedSize, { sentinel: 'amp', type: 'embed-size', height });
}

/** Whether a page's fragment is the one amp-iframe gives the pages it frames. */
export function isAmpFrame(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).get('amp') === '1';
}
