// A Dari report names a person in full once — «حاجی عبدالغفور نورزی، وکیل گذر قریه، …» — and then by title and
// surname only: «حاجی نورزی می‌گوید». Dari has no capitals to tell a given name from any word before a surname, so
// the fuller name is read only between the same title and the same surname: the words there are the given names.
import { DARI_NAME_STOPS, DARI_PARTICLES, DARI_TITLES } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { hasArabicScript } from './regex-parts.ts';

/** The most given names a Dari full name holds between its title and its surname («محمد عبدالغفور»). */
const MAX_GIVEN = 3;
/** How far before a surname its title may stand: the title, three given names and the spaces between. */
const LOOK_BACK_CHARS = 80;
/** A word of a name: letters and marks, joined by a zero-width non-joiner — no digit, no punctuation. */
const DARI_NAME_WORD = /^(?:\p{L}|\p{M}|\u200C)+$/u;
/** A letter or joiner right after a surname: the surname is only the start of a longer word. */
const WORD_GOES_ON = /^[\p{L}\p{M}\u200C]/u;

/**
 * The given names the text writes between one of `titles` and `surname` (each the whole word), when all such
 * places give the same ones; null when none does, or two give different ones (a father and a son).
 */
export function dariGivenNames(
  texts: readonly string[],
  titles: readonly string[],
  surname: string,
): string | null {
  const titleKeys = new Set(titles.map(normalizeName).filter((t) => DARI_TITLES.has(t)));
  if (titleKeys.size === 0 || !DARI_NAME_WORD.test(surname) || !hasArabicScript(surname)) return null;
  let found: string | null = null;
  for (const text of texts)
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      if (WORD_GOES_ON.test(text.slice(at + surname.length, at + surname.length + 1))) continue;
      const given = givenBefore(text, at, titleKeys);
      if (given === null) continue;
      if (found !== null && found !== given) return null;
      found = given;
    }
  return found;
}

/** The one to three name words between a title in `titleKeys` and `at` (white space before it), or null. */
function givenBefore(text: string, at: number, titleKeys: ReadonlySet<string>): string | null {
  const before = text.slice(Math.max(0, at - LOOK_BACK_CHARS), at);
  if (!/\s$/u.test(before)) return null;
  // The first word of the slice may be cut: only whole words after it are read.
  const words = before
    .trimEnd()
    .split(/\s+/u)
    .slice(at > LOOK_BACK_CHARS ? 1 : 0);
  const given: string[] = [];
  for (let i = words.length - 1; i >= 0 && given.length <= MAX_GIVEN; i--) {
    const word = words[i] ?? '';
    const key = normalizeName(word);
    if (titleKeys.has(key)) return given.length > 0 ? given.join(' ') : null;
    if (!DARI_NAME_WORD.test(word) || given.length === MAX_GIVEN) return null;
    if (DARI_TITLES.has(key) || DARI_NAME_STOPS.has(key) || DARI_PARTICLES.has(key)) return null;
    given.unshift(word);
  }
  return null;
}
