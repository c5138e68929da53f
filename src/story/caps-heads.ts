/**
 * A passage set all in capitals: a roundup's item head ("KUNDUZ — RICKSHAW DRIVERS PROTEST", "BALKH: HAIRATAN
 * FREIGHT UP") or a subhead ("WHEAT PRICES CLIMB IN BAGHLAN"). Its words are the story's text, but the gazetteer
 * reads names in title case: the passage is read as if written so, letter for letter, so spans stay its own.
 */

/** Longest head (words): a longer passage in capitals is shouted prose, read as it is. */
const MAX_HEAD_WORDS = 16;
/** Fewest capital letters: "UN" or "TV" alone make no head. */
const MIN_LETTERS = 4;
/** A lowercase Latin letter anywhere: the passage is not set in capitals. */
const LOWER = /\p{Ll}/u;
/** A sentence's end inside the passage: prose, not a head. */
const SENTENCE_INSIDE = /[.!?]\s/;
/** A name's joining particle between hyphens, once titled: "-E-", "-I-", "-Ye-", "-Us-", "-Ul-", "-Wa-". */
const JOINING_PARTICLE = /-(?:E|I|Ye|Us|Ul|Al|Wa)-/gu;
/** A word of letters (with its inner hyphens and apostrophes). */
const WORD = /\p{Lu}[\p{Lu}\p{M}'’]*/gu;

/** Whether a passage is a short head set in capitals. */
export function isCapsHead(text: string): boolean {
  if (LOWER.test(text) || SENTENCE_INSIDE.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{Lu}/u.test(w));
  if (words.length === 0 || words.length > MAX_HEAD_WORDS) return false;
  return (text.match(/\p{Lu}/gu) ?? []).length >= MIN_LETTERS;
}

/** The head in title case, the same length as it: "FARKHAR ROAD OPEN" → "Farkhar Road Open". Else the text. */
export function capsHeadAsTitle(text: string): string {
  if (!isCapsHead(text)) return text;
  const titled = text
    .replace(WORD, (w) => w.charAt(0) + w.slice(1).toLowerCase())
    // A name's joining particle stays lower case: "DASHT-E-QALA" → "Dasht-e-Qala", "PUL-I-KHUMRI" → "Pul-i-Khumri".
    .replace(JOINING_PARTICLE, (p) => p.toLowerCase());
  // A letter whose lowercase is longer would shift every span after it: read the text as it is.
  return titled.length === text.length ? titled : text;
}

/** "KUNDUZ — …", "BALKH: …", "TAKHAR – …", "TAKHAR | …", "BADAKHSHAN / …": a roundup item's head, its province or town and a dash or a colon first. */
export const CAPS_ITEM_HEAD =
  /^\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}(?:[ \t]*(?:[—–|]|:)|[ \t]+\/)[ \t]*\p{Lu}/u;
