import { z } from 'zod';
import { PlaceId } from '../story/schema.ts';

// The postMessage contract between an embedded map and its host page, plus pym.js's string protocol.
// Every message in either direction goes through these schemas.

export const CHANNEL = 'north-atlas';
const channel = z.literal(CHANNEL);
const Language = z.enum(['en', 'da']);
const Height = z.number().int().nonnegative().max(100_000);

/** Host → map. */
export const HostMessage = z.discriminatedUnion('type', [
  z.object({ channel, type: z.literal('select'), place: PlaceId }),
  z.object({ channel, type: z.literal('clear') }),
  z.object({ channel, type: z.literal('language'), language: Language }),
  /** Asks for a height message now (the loader sends it when it starts after the map did). */
  z.object({ channel, type: z.literal('measure') }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

/** Map → host. */
export const MapMessage = z.discriminatedUnion('type', [
  z.object({
    channel,
    type: z.literal('ready'),
    place: z.nullable(PlaceId),
    name: z.string().nullable(),
    language: Language,
    height: Height,
  }),
  z.object({
    channel,
    type: z.literal('selection'),
    place: z.nullable(PlaceId),
    /** English name, and the Dari one the map shows with `lang=da`. */
    name: z.string().nullable(),
    name_da: z.string().nullable(),
    /** The store's cause of the change ('map', 'text', 'embed' for the host's own, …): an open list. */
    via: z.string().regex(/^[a-z]+$/),
  }),
  z.object({ channel, type: z.literal('height'), height: Height }),
]);
export type MapMessage = z.infer<typeof MapMessage>;

/** pym.js frames every message as one string: "pym", the child id, the type and the value, joined by this. */
export const PYM_DELIMITER = 'xPYMx';
/** pym ids are the host element's id; we accept the characters such ids use in practice. */
export const PymId = z.string().regex(/^[\w.:-]{1,100}$/);

const PYM_PATTERN = /^pymxPYMx([\w.:-]{1,100})xPYMx(\S+)xPYMx(.*)$/s;

/** A pym.js message from the parent (`width` is the one pym sends on load and resize). */
export const PymMessage = z
  .string()
  .max(2000)
  .regex(PYM_PATTERN)
  .transform((s) => {
    const [, id = '', type = '', value = ''] = PYM_PATTERN.exec(s) ?? [];
    return { id, type, value };
  });
export type PymMessage = z.infer<typeof PymMessage>;

export function pymMessage(id: string, type: string, value: string): string {
  return ['pym', id, type, value].join(PYM_DELIMITER);
}

export type Incoming = { kind: 'host'; message: HostMessage } | { kind: 'pym'; message: PymMessage };

/** What a message event's data is, or null when it is neither ours nor pym's. */
export function parseIncoming(data: unknown): Incoming | null {
  if (typeof data === 'string') {
    const pym = PymMessage.safeParse(data);
    return pym.success ? { kind: 'pym', message: pym.data } : null;
  }
  const host = HostMessage.safeParse(data);
  return host.success ? { kind: 'host', message: host.data } : null;
}
