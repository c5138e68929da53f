import * as v from 'valibot';
import { PlaceId } from './schema.ts';

// The gazetteer as the geodata pipeline writes it (public/data/gazetteer.json) and the story engine reads it.

export const PlaceKind = v.picklist(['province', 'district', 'country', 'region']);

export const GazetteerEntry = v.object({
  id: PlaceId,
  kind: PlaceKind,
  name_en: v.string(),
  name_da: v.optional(v.string()),
  /** Parent province P-code, for districts. */
  province: v.optional(v.string()),
  /** Provincial capital district P-code, for provinces ("Kunduz city" links here). */
  capital: v.optional(v.string()),
  /** A unit the map draws (the four northern provinces and their districts); others show at their province. */
  onMap: v.optional(v.boolean()),
  /** Every spelling to link: source names, ADM2ALT names, hand-kept aliases and generated variants. */
  names: v.pipe(v.array(v.string()), v.minLength(1)),
  /** Representative point [lon, lat], for "nearest place" suggestions. */
  point: v.optional(v.strictTuple([v.number(), v.number()])),
});

export const Gazetteer = v.object({
  version: v.literal(1),
  entries: v.array(GazetteerEntry),
});

export type PlaceKind = v.InferOutput<typeof PlaceKind>;
export type GazetteerEntry = v.InferOutput<typeof GazetteerEntry>;
export type Gazetteer = v.InferOutput<typeof Gazetteer>;
