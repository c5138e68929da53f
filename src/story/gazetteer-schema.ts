import { z } from 'zod/mini';
import { PlaceId } from './schema.ts';

// The gazetteer as the geodata pipeline writes it (public/data/gazetteer.json) and the story engine reads it.

export const PlaceKind = z.enum(['province', 'district', 'country', 'region']);

export const GazetteerEntry = z.object({
  id: PlaceId,
  kind: PlaceKind,
  name_en: z.string(),
  name_da: z.optional(z.string()),
  /** Parent province P-code, for districts. */
  province: z.optional(z.string()),
  /** Provincial capital district P-code, for provinces ("Kunduz city" links here). */
  capital: z.optional(z.string()),
  /** Every spelling to link: source names, ADM2ALT names, hand-kept aliases and generated variants. */
  names: z.array(z.string()).check(z.minLength(1)),
  /** Representative point [lon, lat], for "nearest place" suggestions. */
  point: z.optional(z.tuple([z.number(), z.number()])),
});

export const Gazetteer = z.object({
  version: z.literal(1),
  entries: z.array(GazetteerEntry),
});

export type PlaceKind = z.infer<typeof PlaceKind>;
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;
export type Gazetteer = z.infer<typeof Gazetteer>;
