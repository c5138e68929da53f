// A pattern anchored at the end of the words before a name ("…farmers in ") is tried by the regex engine from
// every offset of those words, for every name of a page. Most names have none of the pattern's last words
// before them: a look at the last word, from the end, spares the search.

/** A pattern read only when the text ends on one of its last words. */
export interface EndingPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

const WORD_CHAR = /[\p{L}\p{M}]/u;
const BLANK = /\s/u;
const PUNCTUATION = ',،;؛:';

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return ch !== '\u200C' && WORD_CHAR.test(ch);
}

/** Every space a pattern's `\s` takes, and the zero-width non-joiner, which may close a Dari word. */
function isBlank(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // ASCII's blanks are the tab to the carriage return and the space: only other characters are matched.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return ch === '\u200C' || BLANK.test(ch);
}

/**
 * The word `text` ends on, past its closing blanks and (with `punctuation`) commas, colons and semicolons: the
 * letters before them, '' when the text ends on anything else. An apostrophe stops the word: "Kunduz's " ends on "s".
 */
export function lastWordOf(text: string, punctuation = false): string {
  let end = text.length;
  for (let ch = text.charAt(end - 1); end > 0; ch = text.charAt(end - 1)) {
    if (!isBlank(ch) && !(punctuation && PUNCTUATION.includes(ch))) break;
    end--;
  }
  let start = end;
  while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The last character of `text` that is no space or tab ('' when none): a mark a pattern must end on. */
export function lastMarkOf(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charAt(end - 1) === ' ' || text.charAt(end - 1) === '\t')) end--;
  return text.charAt(end - 1);
}

/**
 * The last `n` words of `text` as white space splits it (spaces, tabs, line breaks; its closing white space left
 * out), punctuation kept, the last word last and '' where the text has fewer.
 */
export function lastWordsOf(text: string, n: number): string[] {
  const words = text.trimEnd().split(/[ \t\n]+/u);
  return Array.from({ length: n }, (_, i) => words.at(i - n) ?? '');
}

/** Set by a test: every guarded read also runs its pattern and throws where the guard would have lost a match. */
let checking = false;
export function checkEndingGuards(on: boolean): void {
  checking = on;
}

/**
 * `pattern`, read only when the text's last word (past blanks, and commas, colons and semicolons with
 * `punctuation`) ends with one of `words`; compared in lower case when the pattern ignores case. Each word must be one
 * the pattern can end on, or a match is lost: `checkEndingGuards` finds such a loss over a corpus.
 */
export function endingOn(words: readonly string[], pattern: RegExp, punctuation = false): EndingPattern {
  const fold = pattern.ignoreCase;
  const last = words.map((w) => (fold ? w.toLowerCase() : w));
  const ends = (text: string): boolean => {
    const word = fold ? lastWordOf(text, punctuation).toLowerCase() : lastWordOf(text, punctuation);
    // The end of the word, not the whole: a pattern may take its last word after any character ("the main " ends
    // on "in"; "écalled" on "called" where "\b" counts "é" as no word's letter).
    const yes = last.some((w) => word.endsWith(w));
    if (checking && !yes && pattern.test(text))
      throw new Error(
        `${String(pattern)} matches ${JSON.stringify(text)}, ending on "${word}", not a listed word`,
      );
    return yes;
  };
  return {
    test: (text) => ends(text) && pattern.test(text),
    exec: (text) => (ends(text) ? pattern.exec(text) : null),
  };
}
