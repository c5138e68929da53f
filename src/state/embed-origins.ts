// Which pages may talk to an embedded map. By default only the page that embeds it; more with `allow=`.

/** The exact http(s) origin a string names ("https://news.example"), or null for anything looser. */
export function toOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // An origin, not a page: a path, query or credentials would suggest a match finer than browsers check.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return null;
  return url.origin;
}

/** Origins from an `allow` parameter: separated by commas or spaces; anything that is not an origin is dropped. */
export function parseAllow(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map(toOrigin)
    .filter((o): o is string => o !== null);
}

/**
 * The embedding page's origin. Chromium and Safari give it in `location.ancestorOrigins`; Firefox has no such list,
 * and there the referrer (which the default referrer policy cuts to the origin across sites) names it.
 */
export function parentOrigin(
  ancestorOrigins: ArrayLike<string> | undefined,
  referrer: string,
): string | null {
  const fromAncestors = ancestorOrigins && ancestorOrigins.length > 0 ? ancestorOrigins[0] : undefined;
  if (fromAncestors !== undefined) return fromAncestors === 'null' ? null : toOrigin(fromAncestors);
  if (!referrer) return null;
  try {
    return toOrigin(new URL(referrer).origin);
  } catch {
    return null;
  }
}

/** The embedding page (when known) plus any origins the embedder listed. */
export function allowList(parent: string | null, extra: readonly string[]): ReadonlySet<string> {
  return new Set(parent ? [parent, ...extra] : extra);
}
