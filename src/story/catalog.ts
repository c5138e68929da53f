import * as v from 'valibot';
import { PlaceId, type Story } from './schema.ts';

// The site's list of stories (data/stories/index.json) and the slugs that name them in URLs and files.

import { SLUG_PATTERN } from './slug.ts';

export { SLUG_PATTERN };
export const MAX_SLUG_LENGTH = 80;
/** A slug becomes data/stories/<slug>.json: "index" would overwrite the list itself. */
const RESERVED_SLUGS = new Set(['index']);
/**
 * Names Windows keeps for devices, whatever the extension ("con.json" cannot be created there): a site built
 * or copied on Windows would lose the story. COM0 and LPT0 are on Microsoft's list too.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** What is wrong with a slug, or null when it is a good one. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return 'the slug is empty';
  if (slug.length > MAX_SLUG_LENGTH) return `the slug is longer than ${MAX_SLUG_LENGTH} characters`;
  if (WINDOWS_DEVICE_NAME.test(slug))
    return `"${slug}" is a device name on Windows, where data/stories/${slug}.json cannot exist: choose another slug`;
  if (!SLUG_PATTERN.test(slug))
    return `"${slug}" is not a slug: use lowercase letters, digits and single hyphens (e.g. kunduz-floods)`;
  if (RESERVED_SLUGS.has(slug)) return `"${slug}" is reserved`;
  return null;
}

export function isSlug(slug: string): boolean {
  return slugProblem(slug) === null;
}

// valibot like the story schema: the reader validates this list when the URL names a story.
export const CatalogEntry = v.object({
  slug: v.pipe(v.string(), v.regex(SLUG_PATTERN)),
  title: v.string(),
  date: v.optional(v.string()),
  /** Places the story's passages concern, in order of first mention. */
  places: v.array(PlaceId),
  /** The site's default story (what the reader shows without ?story=). */
  default: v.optional(v.boolean()),
});

export const Catalog = v.object({
  version: v.literal(1),
  stories: v.array(CatalogEntry),
});

export type CatalogEntry = v.InferOutput<typeof CatalogEntry>;
export type Catalog = v.InferOutput<typeof Catalog>;

export const EMPTY_CATALOG: Catalog = { version: 1, stories: [] };

export function catalogEntry(slug: string, story: Story, isDefault = false): CatalogEntry {
  const places: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id) || (story.places[id]?.passages.length ?? 0) === 0) return;
    seen.add(id);
    places.push(id);
  };
  for (const m of story.mentions) add(m.place);
  for (const id of Object.keys(story.places)) add(id);
  return {
    slug,
    title: story.meta.title,
    ...(story.meta.date ? { date: story.meta.date } : {}),
    places,
    ...(isDefault ? { default: true } : {}),
  };
}

/** The catalog with `entry` added or replacing the story of the same slug; a new default replaces the old. */
export function withEntry(catalog: Catalog, entry: CatalogEntry): Catalog {
  const stories = catalog.stories.filter((s) => s.slug !== entry.slug && !(entry.default && s.default));
  return { version: 1, stories: [...stories, entry] };
}
