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
/** Between the words of one name: spaces or a hyphen, nothing that ends a phrase. */
const NAME_GAP = /^(?:[ \t\u00A0]*[-\u2010-\u2015][ \t\u00A0]*|[ \t\u00A0\u200C]+)$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // One pattern read on with exec: no copy of it and no iterator per passage.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    if (word.length > 3 && isPossessive(word)) word = word.slice(0, -2);
    const start = m.index;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: normalizeName(word),
      upper: isUpper(word),
    });
  }
  return tokens;
}

/** Ends in "'s" (any of the apostrophes, either case of the s): POSSESSIVE without a regex per word. */
function isPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const mark = word.charCodeAt(word.length - 2);
  return (s === 0x73 || s === 0x53) && (mark === 0x27 || mark === 0x2019 || mark === 0x02bc);
}

const CAPITAL_OR_CASELESS = /^[\p{Lu}\p{Lo}]/u;

/** Starts with a capital or a letter of a script without case; plain ASCII letters answered without a regex. */
function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return CAPITAL_OR_CASELESS.test(word);
}

/** Whether two neighbouring tokens may belong to one multi-word name. */
export function joinable(text: string, a: Token, b: Token): boolean {
  // Most words are one space apart.
  return (b.start === a.end + 1 && text[a.end] === ' ') || NAME_GAP.test(text.slice(a.end, b.start));
}
