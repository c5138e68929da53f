import * as v from 'valibot';
import { Meta, NotArray, PlaceId, TourStop } from './schema.ts';
import { pinIds } from './pin-ids.ts';
import { validate } from './validate.ts';

// The editor's annotation file: what the text cannot say (meta) and corrections to what the engine read.

const Text = v.pipe(v.string(), v.minLength(1));

/** Where in the story an override applies: a text, narrowed by passage id, offset in it, or nth occurrence. */
const Locator = {
  text: Text,
  /** 1-based, counted in reading order (within `passage` when given). Without it: every occurrence. */
  occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  passage: v.optional(v.string()),
  /** Offset of `text` in the passage (UTF-16). */
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
};

export const LinkOverride = v.strictObject({ ...Locator, place: PlaceId });
export const ForbidOverride = v.strictObject({ ...Locator, place: v.optional(PlaceId) });
export const SpeakerOverride = v.strictObject({
  /** Any fragment of the quotation's text. */
  quote: Text,
  /** Speaker id or name; a new name becomes a new speaker. */
  speaker: Text,
  description: v.optional(v.string()),
});
/** A point the gazetteer lacks (a village, a base, a crossing), tied to a text like a link override. */
export const PinAnnotation = v.strictObject({
  ...Locator,
  name: Text,
  name_da: v.optional(Text),
  /** GeoJSON order: [longitude, latitude]. */
  at: v.strictTuple([v.number(), v.number()]),
});
export const PassagePlacesOverride = v.pipe(
  v.strictObject({
    passage: v.optional(v.string()),
    /** Alternatively, a fragment of the passage's text. */
    contains: v.optional(Text),
    places: v.pipe(v.array(PlaceId), v.minLength(1)),
  }),
  v.check((o) => o.passage !== undefined || o.contains !== undefined, 'needs "passage" or "contains"'),
);

export const Annotations = v.pipe(
  NotArray,
  v.strictObject({
    meta: v.optional(v.pipe(NotArray, v.partial(v.strictObject(Meta.entries)))),
    overrides: v.optional(
      v.pipe(
        NotArray,
        v.strictObject({
          link: v.optional(v.array(LinkOverride)),
          forbid: v.optional(v.array(ForbidOverride)),
          speaker: v.optional(v.array(SpeakerOverride)),
          passagePlaces: v.optional(v.array(PassagePlacesOverride)),
        }),
      ),
    ),
    pins: v.optional(v.array(PinAnnotation)),
    tour: v.optional(v.array(TourStop)),
  }),
);

export type PinAnnotation = v.InferOutput<typeof PinAnnotation>;
export type Annotations = v.InferOutput<typeof Annotations>;
export type Locator = v.InferOutput<typeof LinkOverride> | v.InferOutput<typeof ForbidOverride>;

/** A problem at one place in the annotation file; `path` is a JSON path such as `$.overrides.link[0].place`. */
export class AnnotationError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'AnnotationError';
  }
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`),
    '$',
  );
}

/** Validate parsed JSON as annotations whose place ids all exist; throws AnnotationError. */
export function parseAnnotations(json: unknown, knownPlaces: ReadonlySet<string>): Annotations {
  const parsed = validate(Annotations, json);
  if (!parsed.ok) throw new AnnotationError(jsonPath(parsed.path), parsed.message);
  checkPlaceIds(parsed.value, knownPlaces);
  return parsed.value;
}

export function checkPlaceIds(a: Annotations, knownPlaces: ReadonlySet<string>): void {
  // A tour may stop at a pin of the same file.
  const known = new Set([...knownPlaces, ...pinIds(a.pins ?? [])]);
  const check = (id: string | undefined, path: string) => {
    if (id !== undefined && !known.has(id)) throw new AnnotationError(path, `unknown place id "${id}"`);
  };
  a.overrides?.link?.forEach((o, i) => check(o.place, `$.overrides.link[${i}].place`));
  a.overrides?.forbid?.forEach((o, i) => check(o.place, `$.overrides.forbid[${i}].place`));
  a.overrides?.passagePlaces?.forEach((o, i) =>
    o.places.forEach((id, j) => check(id, `$.overrides.passagePlaces[${i}].places[${j}]`)),
  );
  a.tour?.forEach((s, i) => check(s.place, `$.tour[${i}].place`));
}

/** Occurrences a locator picks among passages: [passage index, offset]. Throws when it picks none. */
export function locate(
  loc: Locator,
  passages: readonly { id: string; text: string }[],
  path: string,
): [number, number][] {
  let scope = passages.map((p, i) => [p, i] as const);
  if (loc.passage !== undefined) {
    scope = scope.filter(([p]) => p.id === loc.passage);
    if (scope.length === 0)
      throw new AnnotationError(`${path}.passage`, `unknown passage id "${loc.passage}"`);
  }
  const hits: [number, number][] = [];
  for (const [p, i] of scope) {
    for (let at = p.text.indexOf(loc.text); at >= 0; at = p.text.indexOf(loc.text, at + 1))
      hits.push([i, at]);
  }
  let picked = hits;
  if (loc.offset !== undefined) picked = picked.filter(([, at]) => at === loc.offset);
  if (loc.occurrence !== undefined) picked = picked.slice(loc.occurrence - 1, loc.occurrence);
  if (picked.length === 0)
    throw new AnnotationError(`${path}.text`, `"${loc.text}" not found where the override points`);
  return picked;
}
