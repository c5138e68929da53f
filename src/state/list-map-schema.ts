import * as v from 'valibot';
import { PlaceId } from '../story/schema.ts';

// What the list page reads to draw its small map and to find a place by name (src/pages/list-map.ts).

export const LIST_MAP_FILE = 'places/_map.json';

export const ListMap = v.object({
  version: v.literal(1),
  viewBox: v.string(),
  provinces: v.array(v.object({ id: PlaceId, d: v.string() })),
  places: v.array(v.object({ id: PlaceId, en: v.string(), da: v.string(), province: v.optional(PlaceId) })),
});

export type ListMap = v.InferOutput<typeof ListMap>;
export type ListPlace = ListMap['places'][number];
