import fs from 'node:fs';
import * as v from 'valibot';
import { NotArray, PlaceId } from '../src/story/schema.ts';
import { describeIssue } from '../src/story/validate.ts';
import { GeodataError } from './errors.ts';

// The one reviewed file of hand-kept names: aliases of Afghan units, the countries and regions the story links,
// the names that may point at two places, and English words no generated variant may become.

const Name = v.pipe(v.string(), v.minLength(1));

const Alias = v.object({
  name: Name,
  /** Where the spelling comes from (reporting usage, gazetteers): required for every hand-kept alias. */
  note: Name,
  /** Partly English ("Kunduz City"): link this spelling only, generate no variants from it. */
  exact: v.optional(v.boolean()),
});

const Country = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3')),
  /** ISO 3166-1 numeric code: the feature id in world-atlas (Natural Earth). */
  numeric: v.pipe(v.string(), v.regex(/^\d{3}$/, 'ISO 3166-1 numeric, three digits')),
  name_en: Name,
  /** The Dari exonym: the map's labels and tooltips in Dari, and a spelling articles in Dari use. */
  name_da: v.optional(Name),
  names: v.optional(v.array(Name), () => []),
});

const Region = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'lowercase slug')),
  name_en: Name,
  names: v.optional(v.array(Name), () => []),
  note: Name,
});

export const AliasesFile = v.object({
  $comment: v.optional(v.string()),
  /** Hand-kept aliases of provinces and districts, keyed by P-code. */
  units: v.pipe(NotArray, v.record(PlaceId, v.array(Alias))),
  countries: v.array(Country),
  regions: v.array(Region),
  /** Sets of places allowed to share a name key (e.g. the two Baharak districts). */
  ambiguous: v.array(v.object({ ids: v.pipe(v.array(PlaceId), v.minLength(2)), note: Name })),
  /** Ordinary English words: a generated variant with one of these keys is dropped. */
  notNames: v.array(Name),
});
export type AliasesFile = v.InferOutput<typeof AliasesFile>;
export type Country = v.InferOutput<typeof Country>;
export type Alias = v.InferOutput<typeof Alias>;

export function readAliases(file: string): AliasesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GeodataError(`Could not read ${file}: ${(error as Error).message}`);
  }
  const parsed = v.safeParse(AliasesFile, raw);
  if (!parsed.success) {
    const issues = parsed.issues
      .map(describeIssue)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new GeodataError(`${file} is not a valid aliases file: ${issues}`);
  }
  return parsed.output;
}
