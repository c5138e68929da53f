import fs from 'node:fs';
import { z } from 'zod';
import { PlaceId } from '../src/story/schema.ts';
import { GeodataError } from './errors.ts';

// The one reviewed file of hand-kept names: aliases of Afghan units, the countries and regions the story links,
// the names that may point at two places, and English words no generated variant may become.

const Alias = z.object({
  name: z.string().min(1),
  /** Where the spelling comes from (reporting usage, gazetteers): required for every hand-kept alias. */
  note: z.string().min(1),
  /** Partly English ("Kunduz City"): link this spelling only, generate no variants from it. */
  exact: z.boolean().optional(),
});

const Country = z.object({
  id: z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3'),
  /** ISO 3166-1 numeric code: the feature id in world-atlas (Natural Earth). */
  numeric: z.string().regex(/^\d{3}$/, 'ISO 3166-1 numeric, three digits'),
  name_en: z.string().min(1),
  names: z.array(z.string().min(1)).default([]),
});

const Region = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase slug'),
  name_en: z.string().min(1),
  names: z.array(z.string().min(1)).default([]),
  note: z.string().min(1),
});

export const AliasesFile = z.object({
  $comment: z.string().optional(),
  /** Hand-kept aliases of provinces and districts, keyed by P-code. */
  units: z.record(PlaceId, z.array(Alias)),
  countries: z.array(Country),
  regions: z.array(Region),
  /** Sets of places allowed to share a name key (e.g. the two Baharak districts). */
  ambiguous: z.array(z.object({ ids: z.array(PlaceId).min(2), note: z.string().min(1) })),
  /** Ordinary English words: a generated variant with one of these keys is dropped. */
  notNames: z.array(z.string().min(1)),
});
export type AliasesFile = z.infer<typeof AliasesFile>;
export type Country = z.infer<typeof Country>;
export type Alias = z.infer<typeof Alias>;

export function readAliases(file: string): AliasesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GeodataError(`Could not read ${file}: ${(error as Error).message}`);
  }
  const parsed = AliasesFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new GeodataError(`${file} is not a valid aliases file: ${issues}`);
  }
  return parsed.data;
}
