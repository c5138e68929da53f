/**
 * "Eng. Popal's answer, noted in full: "…"": a possessive is the owner of the words, never a name of its own. A
 * speaker read off such a phrase is the owner, written without the "'s".
 */
const POSSESSIVE_END = /(?<=\p{L})['’]s$/u;

/** The name without a possessive ending: "Eng. Popal’s" → "Eng. Popal"; any other name as written. */
export function withoutPossessive(name: string): string {
  return name.replace(POSSESSIVE_END, '');
}
