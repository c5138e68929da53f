/** FNV-1a 32-bit in base36: a short id that depends only on the hashed text, the same in Node and browser. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** A lowercase ASCII slug for ids built from names ("Fawzia Koofi" → "fawzia-koofi"). */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['\u2018\u2019\u02BC]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      // Runs were joined into one "-" above, so at most one at each end.
      .replace(/^-/, '')
      .replace(/-$/, '') || 'x'
  );
}

/** Hands out ids, suffixing repeats ("-2", "-3") so a duplicate never changes the first one's id. */
export function idAllocator(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
