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

const WORD_CHARS = '\\p{L}\\p{M}\\p{N}';
/** A word: letters, marks and digits, apostrophes inside ("Qal'a", "don’t"), read where it starts. */
const WORD_AT = new RegExp(`[${WORD_CHARS}]+(?:['\\u2019\\u02BC][${WORD_CHARS}]+)*`, 'uy');
/** What lies before the next word: anything but letters, marks and digits. */
const BEFORE_WORD = new RegExp(`[^${WORD_CHARS}]*`, 'uy');
/** Between the words of one name: spaces or a hyphen, nothing that ends a phrase. */
const NAME_GAP = /^(?:[ \t\u00A0]*[-\u2010-\u2015][ \t\u00A0]*|[ \t\u00A0\u200C]+)$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Two sticky patterns read on by lastIndex: where the next word starts, then where it ends. No match array
  // per word (a long article has hundreds of thousands), only the word itself.
  for (let at = 0; at < text.length;) {
    BEFORE_WORD.lastIndex = at;
    BEFORE_WORD.test(text);
    const start = BEFORE_WORD.lastIndex;
    WORD_AT.lastIndex = start;
    if (start >= text.length || !WORD_AT.test(text)) break;
    at = WORD_AT.lastIndex;
    let word = text.slice(start, at);
    if (word.length > 3 && isPossessive(word)) word = word.slice(0, -2);
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
