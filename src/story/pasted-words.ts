// Words a paste from a PDF leaves broken: a name hyphenated across a line break ("Bada-" / "khshan") and a
// footnote's number stuck to a name ("Iran2", "Taloqan⁴"). Mended in the token list only where the mended word is a
// place's name, so "Kunduz-" / "based" and "COVID19" stay as they were; offsets still point into the text.
import { normalizeName } from './normalize.ts';
import type { Token } from './tokens.ts';

/** Most digits of a footnote's number. */
const MAX_NOTE_DIGITS = 2;
/** Fewest letters of a name a note number may be stuck to. */
const MIN_NOTED_LETTERS = 3;
/** "-\n", "- \r\n  ": a hyphen closing a line, before the rest of the word on the next. */
const LINE_BREAK_HYPHEN = /^-[ \t]*\r?\n[ \t]*$/;
/** The cheap look for one anywhere in a passage. */
const HYPHEN_AT_LINE_END = /-[ \t]*\r?\n/;

/** A Western, Persian or Arabic-Indic digit's char code. */
export const isPlainDigitCode = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669);

/** A digit or a superscript one (a footnote's "⁴"). */
const isDigitCode = (c: number): boolean =>
  isPlainDigitCode(c) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0x2070 && c <= 0x2079);

const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** "Iran2" → "Iran": the token without the note number it ends on, when that makes a place's name. */
function withoutNoteNumber(t: Token, isName: (key: string) => boolean): Token | null {
  let cut = t.text.length;
  while (cut > 0 && isDigitCode(t.text.charCodeAt(cut - 1))) cut--;
  const digits = t.text.length - cut;
  if (digits === 0 || digits > MAX_NOTE_DIGITS || cut < MIN_NOTED_LETTERS) return null;
  // A code with figures inside ("A4B2") keeps them: what is left ("A4B") is no place's name.
  const word = t.text.slice(0, cut);
  if (isName(t.key)) return null;
  const key = normalizeName(word);
  return isName(key) ? { ...t, end: t.start + cut, text: word, key } : null;
}

/** "Bada-" / "khshan": the two halves as one token, when together they make a place's name. */
function joinedAcrossLine(
  t: Token,
  next: Token,
  text: string,
  isName: (key: string) => boolean,
): Token | null {
  if (!isLowerAscii(next.text.charCodeAt(0))) return null;
  if (!LINE_BREAK_HYPHEN.test(text.slice(t.end, next.start))) return null;
  const key = normalizeName(t.text + next.text);
  return isName(key)
    ? { start: t.start, end: next.end, text: text.slice(t.start, next.end), key, upper: true }
    : null;
}

/** The passage's tokens with the PDF's broken names mended; the same array when nothing is broken. */
export function mendPastedWords(tokens: Token[], text: string, isName: (key: string) => boolean): Token[] {
  // Most passages have neither a hyphen at a line's end nor a capitalised word ending on a figure.
  const hyphenated = HYPHEN_AT_LINE_END.test(text);
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let mended: Token | null = null;
    let used = 1;
    if (t.upper && isDigitCode(t.text.charCodeAt(t.text.length - 1))) mended = withoutNoteNumber(t, isName);
    else if (hyphenated && t.upper && text.charCodeAt(t.end) === 0x2d && tokens[i + 1]) {
      mended = joinedAcrossLine(t, tokens[i + 1] as Token, text, isName);
      if (mended) used = 2;
    }
    if (mended) {
      out ??= tokens.slice(0, i);
      out.push(mended);
      i += used - 1;
    } else out?.push(t);
  }
  return out ?? tokens;
}
