// The slugs that name the site's stories in URLs and files (data/stories/<slug>.json).

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
