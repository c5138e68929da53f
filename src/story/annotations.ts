import { z } from 'zod';
import { Meta, PlaceId, TourStop } from './schema.ts';

// The editor's annotation file: what the text cannot say (meta) and corrections to what the engine read.

/** Where in the story an override applies: a text, narrowed by passage id, offset in it, or nth occurrence. */
const Locator = {
  text: z.string().min(1),
  /** 1-based, counted in reading order (within `passage` when given). Without it: every occurrence. */
  occurrence: z.number().int().positive().optional(),
  passage: z.string().optional(),
  /** Offset of `text` in the passage (UTF-16). */
  offset: z.number().int().nonnegative().optional(),
};

export const LinkOverride = z.object({ ...Locator, place: PlaceId }).strict();
export const ForbidOverride = z.object({ ...Locator, place: z.optional(PlaceId) }).strict();
export const SpeakerOverride = z
  .object({
    /** Any fragment of the quotation's text. */
    quote: z.string().min(1),
    /** Speaker id or name; a new name becomes a new speaker. */
    speaker: z.string().min(1),
    description: z.string().optional(),
  })
  .strict();
export const PassagePlacesOverride = z
  .object({
    passage: z.string().optional(),
    /** Alternatively, a fragment of the passage's text. */
    contains: z.string().min(1).optional(),
    places: z.array(PlaceId).min(1),
  })
  .strict()
  .refine((o) => o.passage !== undefined || o.contains !== undefined, 'needs "passage" or "contains"');

export const Annotations = z
  .object({
    // Meta is a zod/mini schema (see schema.ts): rebuilt here as a classic object to chain on it.
    meta: z.object(Meta.shape).partial().strict().optional(),
    overrides: z
      .object({
        link: z.array(LinkOverride).optional(),
        forbid: z.array(ForbidOverride).optional(),
        speaker: z.array(SpeakerOverride).optional(),
        passagePlaces: z.array(PassagePlacesOverride).optional(),
      })
      .strict()
      .optional(),
    tour: z.array(TourStop).optional(),
  })
  .strict();

export type Annotations = z.infer<typeof Annotations>;
export type Locator = z.infer<typeof LinkOverride> | z.infer<typeof ForbidOverride>;

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
  const parsed = Annotations.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AnnotationError(jsonPath(issue?.path ?? []), issue?.message ?? 'invalid');
  }
  checkPlaceIds(parsed.data, knownPlaces);
  return parsed.data;
}

export function checkPlaceIds(a: Annotations, known: ReadonlySet<string>): void {
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
