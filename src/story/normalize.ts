// Name matching ignores case, diacritics, apostrophes and hyphens: "Qal'a-e-Zal" and "qala e zal" are one key.
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC\u02BF\u0060\u00B4]/g;
const SEPARATORS = /[\s\u2010-\u2015\-_./]+/g;
const PLAIN = /^[A-Za-z0-9]*$/;

/** The comparison key of a name: lowercase ASCII-folded words separated by single spaces. */
export function normalizeName(name: string): string {
  // Most words are plain ASCII letters: their key is their lowercase (no marks, apostrophes or separators).
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}
