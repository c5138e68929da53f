// `text.matchAll(pattern)` copies the pattern on every call (the spec's species constructor), and for the engine's
// long Unicode patterns that copy costs more than the search itself: run once per passage by dozens of rules, it
// took a fifth of the time on 1 MB of short lines. `matchesOf` reads the same matches from the pattern itself.

/**
 * Every match of a global `pattern` in `text`, in order: the matches `text.matchAll(pattern)` gives — from the
 * pattern's lastIndex, a zero-length match stepping one character (one code point under the u or v flag) — and,
 * like it, leaving the pattern's lastIndex as it found it, so a rule may use the same pattern inside the loop.
 */
export function matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${String(pattern)}`);
  // Read now, as matchAll reads it when called, not when the first match is asked for.
  return matchesFrom(pattern, text, pattern.lastIndex);
}

function* matchesFrom(
  pattern: RegExp,
  text: string,
  from: number,
): Generator<RegExpExecArray, void, undefined> {
  let at = from;
  for (;;) {
    const held = pattern.lastIndex;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    pattern.lastIndex = held;
    if (m === null) return;
    at = m.index + m[0].length;
    if (m[0].length === 0) at += byCodePoint(pattern) && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}

/** Whether the pattern steps over a surrogate pair as one character (the u or v flag). */
const byCodePoint = (pattern: RegExp) => pattern.unicode || pattern.flags.includes('v');
