// A Dari report names a person in full once — «حاجی عبدالغفور نورزی، وکیل گذر قریه، …» — and then by title and
// surname only: «حاجی نورزی می‌گوید». Dari has no capitals to tell a given name from any word before a surname, so
// the fuller name is read only between the same title and the same surname: the words there are the given names.
import {
  DARI_INSTITUTION_NOUNS,
  DARI_KIN_NOUNS,
  DARI_NAME_STOPS,
  DARI_PARTICLES,
  DARI_ROLE_WORDS,
  DARI_TIME_NOUNS,
  DARI_TIME_WORDS,
  DARI_PERSON_TITLES,
  DARI_COURTESY_TITLES,
  DARI_FEMININE_COURTESY_TITLES,
  DARI_GIVEN_NAME_ENDINGS,
  DARI_GIVEN_NAMES,
} from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { hasArabicScript } from './regex-parts.ts';

/** The most given names a Dari full name holds between its title and its surname («محمد عبدالغفور»). */
const MAX_GIVEN = 3;
/** A word of a name: letters and marks, joined by a zero-width non-joiner — no digit, no punctuation. */
const DARI_NAME_WORD = /^(?:\p{L}|\p{M}|\u200C)+$/u;
/** The word a token starts with (a surname may carry the comma or full stop after it). */
const LEADING_WORD = /^(?:\p{L}|\p{M}|\u200C)+/u;
/** A noun's ezafe written on it («شفاخانهٔ», «قریه‌ی»): the word heads a phrase, no given name. */
const EZAFE_ENDING = /(?:\u0654|\u06C0|\u200C\u06CC)$/u;
/** A plural ending: «زنان», «مسئولان» are the role's people. */
const PLURAL_ENDING = /(?:ان|ها|\u200Cها)$/u;
/** Words that are no given name after a title: a time, a role or a relative, a body or a building. */
const NOT_GIVEN = new Set(
  [
    ...DARI_TIME_WORDS,
    ...DARI_TIME_NOUNS,
    ...DARI_ROLE_WORDS,
    ...DARI_KIN_NOUNS,
    ...DARI_INSTITUTION_NOUNS,
  ].map(normalizeName),
);

/** Given names read between a title and a surname: "title surname" keys → the given names found there. */
export type DariGivenNameIndex = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Every title + one to three given names + surname the texts write, in one pass over their words: from each
 * title, the name words after it, each run of them followed by a word read as that word being the surname.
 */
export function indexDariGivenNames(texts: readonly string[]): DariGivenNameIndex {
  const index = new Map<string, Set<string>>();
  for (const text of texts) {
    if (!hasArabicScript(text)) continue;
    const words = text.split(/\s+/u);
    words.forEach((word, i) => {
      const title = normalizeName(word);
      if (!DARI_PERSON_TITLES.has(title)) return;
      const given: string[] = [];
      for (let j = i + 1; j < words.length && given.length <= MAX_GIVEN; j++) {
        const next = words[j] ?? '';
        const surname = LEADING_WORD.exec(next)?.[0];
        if (given.length > 0 && surname) {
          const key = `${title} ${normalizeName(surname)}`;
          const found = index.get(key) ?? new Set<string>();
          index.set(key, found.add(given.join(' ')));
        }
        if (!isGivenNameWord(next)) break;
        given.push(next);
      }
    });
  }
  return index;
}

/**
 * A word that may stand between a title and a surname as a given name: a whole name word, no title or particle,
 * no word of time, role, kin or institution (nor its plural), no noun with its ezafe.
 */
function isGivenNameWord(word: string): boolean {
  const key = normalizeName(word);
  return (
    DARI_NAME_WORD.test(word) &&
    !DARI_PERSON_TITLES.has(key) &&
    !DARI_NAME_STOPS.has(key) &&
    !DARI_PARTICLES.has(key) &&
    !EZAFE_ENDING.test(word) &&
    !NOT_GIVEN.has(key) &&
    !NOT_GIVEN.has(normalizeName(word.replace(PLURAL_ENDING, '')))
  );
}

/**
 * The given names the text writes between one of `titles` and `surname` (each the whole word), when all such
 * places give the same ones; null when none does, or two give different ones (a father and a son).
 */
export function dariGivenNames(
  index: DariGivenNameIndex,
  titles: readonly string[],
  surname: string,
): string | null {
  if (!DARI_NAME_WORD.test(surname) || !hasArabicScript(surname)) return null;
  const found = new Set<string>();
  for (const title of new Set(titles.map(normalizeName)))
    if (DARI_PERSON_TITLES.has(title))
      for (const given of index.get(`${title} ${normalizeName(surname)}`) ?? []) found.add(given);
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * «آقای رحمانی» after «انجنیر شفیع‌الله رحمانی»: a surname after courtesy titles only takes the given names the
 * text writes between any title and that surname, when all such places give the same ones (two relatives sharing
 * the surname give none).
 */
export function dariGivenNamesAfterCourtesy(
  index: DariGivenNameIndex,
  titles: readonly string[],
  surname: string,
): string | null {
  if (titles.length === 0 || !titles.every((t) => DARI_COURTESY_TITLES.has(normalizeName(t)))) return null;
  const given = dariGivenNames(index, [...DARI_PERSON_TITLES], surname);
  const woman = titles.some((t) => DARI_FEMININE_COURTESY_TITLES.has(normalizeName(t)));
  // «خانم رحمانی» after «انجنیر شفیع‌الله رحمانی» is his wife, never he.
  return given && woman && isMansGivenName(given) ? null : given;
}

/** Given names only men bear: «محمد», «احمد» … or ending «…الله», «…الدین». */
function isMansGivenName(given: string): boolean {
  return given.split(/[\s\u200C]+/u).some((w) => {
    const key = normalizeName(w);
    return (
      DARI_GIVEN_NAMES.some((n) => key === normalizeName(n)) ||
      DARI_GIVEN_NAME_ENDINGS.some((e) => key.endsWith(normalizeName(e)))
    );
  });
}
