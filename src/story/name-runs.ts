// Reading names backwards from a point (an acronym's parenthesis, a surname): each step looks at one run of
// name characters or white space, so a name of any length — or a page-long word — is read once.

/** The characters a name's words are made of: letters, marks, apostrophes and hyphens ("Qal'a-e-Zal"). */
export const NAME_CHARS = "\\p{L}\\p{M}'’-";
/**
 * For a regex searching text for a name: match only where a run of name characters starts, then its lowercase
 * part ("al-Qaeda" → the name starts at "Qaeda"). A name found from a later capital of the same run ends where
 * the one from its first capital does, so a search trying every offset of a long word would only read the rest
 * of the word again and again.
 */
export const AT_NAME = `(?<![${NAME_CHARS}])[\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}'’-]*`;
const NAME_CHAR = new RegExp(`^[${NAME_CHARS}]$`, 'u');
const SPACE = /^\s$/u;

/** The character (a whole code point) that ends just before `end`. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    ? text.slice(end - 2, end)
    : text.slice(end - 1, end);
}

/** Where the run of name characters that ends at `end` starts (`end` itself when there is none). */
export function runStart(text: string, end: number): number {
  let at = end;
  for (let ch = charBefore(text, at); at > 0 && NAME_CHAR.test(ch); ch = charBefore(text, at))
    at -= ch.length;
  return at;
}

/** Where the white space that ends at `end` starts (`end` itself when there is none). */
export function spaceStart(text: string, end: number): number {
  let at = end;
  for (let ch = charBefore(text, at); at > 0 && SPACE.test(ch); ch = charBefore(text, at)) at -= ch.length;
  return at;
}

/** The first capital letter in text[from, to), or -1. */
export function firstCapital(text: string, from: number, to: number): number {
  const m = /\p{Lu}/u.exec(text.slice(from, to));
  return m ? from + m.index : -1;
}

/**
 * Where the leftmost name of up to `maxWords` capitalised words ends right before the white space before `at`
 * starts, no earlier than `floor`; -1 when no capitalised word is there. Words are separated by white space and
 * each starts with a capital, except that the first may start at a capital inside its run ("al-Qaeda" → "Qaeda").
 * `particles` may stand between words when a capitalised word precedes them ("Bank of England").
 */
export function nameStartBefore(
  text: string,
  at: number,
  options: { maxWords: number; floor?: number; particles?: ReadonlySet<string> },
): number {
  const { maxWords, floor = 0, particles } = options;
  let end = spaceStart(text, at);
  if (end === at) return -1;
  let start = -1;
  for (let words = 0; words < maxWords; words++) {
    const run = runStart(text, end);
    const capital = firstCapital(text, Math.max(run, floor), end);
    if (run === end || capital < 0 || (words > 0 && particles?.has(text.slice(run, end)))) break;
    start = capital;
    const gap = capital === run ? spaceStart(text, run) : run;
    if (gap === run) break;
    end = particles ? skipParticles(text, gap, particles) : gap;
  }
  return start;
}

/** Before `end`: white space and small words ("of", "the") that join name words, skipped while they are there. */
function skipParticles(text: string, end: number, particles: ReadonlySet<string>): number {
  let at = end;
  for (;;) {
    const run = runStart(text, at);
    if (run === at || !particles.has(text.slice(run, at))) return at;
    const gap = spaceStart(text, run);
    if (gap === run) return at;
    at = gap;
  }
}

const PREFIX_CHAR = /^[\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{M}'’-]$/u;
const CAPITAL = /^\p{Lu}$/u;

/** Whether the code point at `i` is a name character, and whether it may open a name's lowercase prefix. */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i) ?? 0;
  return code > 0xffff ? text.slice(i, i + 2) : text.charAt(i);
}

/**
 * Where a pattern that opens on AT_NAME may match: the starts of runs of name characters whose lowercase part
 * ("al-" of "al-Qaeda", or none) is followed by a capital. Plain ASCII is read without a regex.
 */
function nameRunStarts(text: string): number[] {
  const starts: number[] = [];
  let inRun = false;
  for (let i = 0; i < text.length;) {
    const ch = charAt(text, i);
    const code = ch.charCodeAt(0);
    const isName =
      code < 0x80
        ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45
        : NAME_CHAR.test(ch);
    if (isName && !inRun) {
      let j = i;
      for (let c = charAt(text, j); j < text.length && isPrefix(c); c = charAt(text, j)) j += c.length;
      if (j < text.length && isCapital(charAt(text, j))) starts.push(i);
    }
    inRun = isName;
    i += ch.length;
  }
  return starts;
}

function isPrefix(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || code === 39 || code === 45;
  return PREFIX_CHAR.test(ch);
}

function isCapital(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return CAPITAL.test(ch);
}

const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * The matches of a global pattern that opens on AT_NAME, as matchesOf gives them: tried only where a name may
 * start (see nameRunStarts), not from every offset — which the pattern's lookbehind and lowercase prefix make slow.
 */
export function* nameMatchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global || !pattern.source.startsWith(AT_NAME))
    throw new TypeError(`nameMatchesOf needs a global pattern opening on AT_NAME: ${String(pattern)}`);
  let sticky = STICKY.get(pattern);
  if (!sticky)
    STICKY.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  let end = 0;
  for (const start of nameRunStarts(text)) {
    if (start < end) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    yield m;
  }
}
