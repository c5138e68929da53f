// Name matching ignores case, diacritics, apostrophes and hyphens: "Qal'a-e-Zal" and "qala e zal" are one key.
// Dari spellings vary as much: Arabic letter forms pasted from Arabic keyboards (ي ك), a zero-width non-joiner,
// a space or nothing between a name's parts (فیض‌آباد / فیض آباد / فیضآباد), ط or ت (طالقان / تالقان).
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC\u02BF\u0060\u00B4]/g;
const SEPARATORS = /(?:[\s\u2010-\u2015\-_./]|\u200C|\u200D)+/g;
/**
 * Words of plain ASCII letters and digits, one space between each ("Kunduz", "Abdul Rahman"): the key is the
 * lowercase. A loop over code units, not a pattern: every token of every passage is asked, and many names.
 */
function isPlain(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x20 && i > 0 && i < name.length - 1 && name.charCodeAt(i - 1) !== 0x20) continue;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return true;
}
/** Combining marks, as NFD leaves them after their letters. */
const MARKS = /\p{M}+/gu;
/** Tatweel (kashida) stretches a word without changing it; bidi marks are invisible. */
const INVISIBLE = /[\u0640\u200E\u200F\u061C]/g;

/**
 * Letters Dari writes in several ways, each folded to one: the Arabic forms of yeh and kaf, teh marbuta,
 * and the letters that sound alike in Dari and trade places in transliterated names (ط/ت, ذ/ز/ض/ظ, ث/ص/س, ح/ه).
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0643': '\u06A9', // ك → ک
  '\u0629': '\u0647', // ة → ه
  '\u0637': '\u062A', // ط → ت
  '\u0630': '\u0632', // ذ → ز
  '\u0636': '\u0632', // ض → ز
  '\u0638': '\u0632', // ظ → ز
  '\u062B': '\u0633', // ث → س
  '\u0635': '\u0633', // ص → س
  '\u062D': '\u0647', // ح → ه
  '\u06D5': '\u0647', // ە (what ۀ leaves once its hamza is taken off) → ه: دهنۀ and دهنهٔ are one word
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits. */
const EASTERN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;

/** Western digits for Persian and Arabic-Indic ones, so "۱۴۰۵" reads as 1405. */
export function westernDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** The comparison key of a name: lowercase ASCII-folded words separated by single spaces. */
export function normalizeName(name: string): string {
  // Most words and names are plain ASCII: their key is their lowercase (no marks, apostrophes or other separators).
  if (isPlain(name)) return name.toLowerCase();
  return westernDigits(name)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** A Dari key with its parts run together ("فیض اباد" → "فیضاباد"), or null for a key in another script. */
export function compactKey(key: string): string | null {
  return key.includes(' ') && ARABIC_SCRIPT.test(key) ? key.replace(/ /g, '') : null;
}
