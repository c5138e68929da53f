// A story's slug names it in URLs and files: lowercase letters and digits in groups joined by single
// hyphens, safe in a URL and as a file name. Its own module, so pages check a slug without the catalog.
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
