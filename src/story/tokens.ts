import { normalizeName } from './normalize.ts';

export interface Token {
  /** Offsets in the scanned text (UTF-16, end exclusive); a possessive "'s" is left outside. */
  start: number;
  end: number;
  text: string;
  /** normalizeName of the word: what gazetteer keys are made of. */
  key: string;
  /** Starts with a capital letter, or with a letter of a script without case (Dari, Pashto). */
  upper: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['\u2019\u02BC]s$/i;
/** Between the words of one name: spaces or a hyphen, nothing that ends a phrase. */
const NAME_GAP = /^(?:[ \t\u00A0]*[-\u2010-\u2015][ \t\u00A0]*|[ \t\u00A0\u200C]+)$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (POSSESSIVE.test(word) && word.length > 3) word = word.slice(0, -2);
    const start = m.index;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: normalizeName(word),
      upper: /^[\p{Lu}\p{Lo}]/u.test(word),
    });
  }
  return tokens;
}

/** Whether two neighbouring tokens may belong to one multi-word name. */
export function joinable(text: string, a: Token, b: Token): boolean {
  return NAME_GAP.test(text.slice(a.end, b.start));
}
