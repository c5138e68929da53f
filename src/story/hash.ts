/** FNV-1a's first state and prime. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit in base36: a short id that depends only on the hashed text, the same in Node and browser. */
export function hashText(text: string): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** ASCII white space as `\s` reads it: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** Characters without case that are no white space: general punctuation (quotation marks, dashes) and Arabic. */
const isCaselessMark = (c: number) =>
  (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x0600 && c <= 0x06ff);

/**
 * `hashText` of the text with its white space collapsed to single spaces, trimmed and lowercased — a passage's
 * words whatever its spacing — read in one pass without building that text. Any other character (one with a
 * case beyond ASCII, or white space beyond ASCII) leaves it to the strings themselves.
 */
export function hashWords(text: string): string {
  let h = FNV_OFFSET;
  let started = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isAsciiSpace(c)) {
      space = started;
      continue;
    }
    if (c >= 0x80 && !isCaselessMark(c)) return hashText(text.replace(/\s+/g, ' ').trim().toLowerCase());
    if (space) {
      h = Math.imul(h ^ 0x20, FNV_PRIME);
      space = false;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, FNV_PRIME);
    started = true;
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
