import {
  COMMON_WORDS,
  GOVERNMENT_WORDS,
  NAMED_AFTER_WORDS,
  NON_PERSON_WORDS,
  ORGANISATION_WORDS,
  ORGANISATION_HEADS_BEFORE_ONLY,
  ORGANISATION_HEADS_RIGHT_AFTER,
  ORGANISATION_HEADS_CAPITALISED_ONLY,
  PLACE_PREMODIFIERS,
} from './lexicon.ts';
import { nameStartBefore, spaceStart } from './name-runs.ts';
import { normalizeName } from './normalize.ts';
import { joinable, tokenize, type Token } from './tokens.ts';
import { matchesOf } from './matches.ts';

// Places inside the proper names of organisations.
//
// The line drawn: a name that merely carries a place — a movement, party, front, company, bank, newspaper, radio,
// university, federation, foundation, institute ("the Islamic Movement of Uzbekistan", "Kabul University",
// "Radio Free Afghanistan", "the Tajikistan Football Federation") — is not a mention of the place: the body
// labels itself with it, acts across borders or far from it, and the passage is not about it. A body of the
// place's own government or state — council, governor, administration, police, army, border guards, ministry,
// commission, embassy ("the Kunduz Provincial Council", "the Border Guards of Tajikistan") — acts for the place,
// so its name still mentions it. Banks split on the same line: a central or national bank ("the Central Bank of
// Afghanistan", "the National Bank of Tajikistan", "the Bank of X") is a state body; a bank named "X Bank"
// ("Kabul Bank") is a company. A name with neither kind of word
// ("the Islamic Republic of Afghanistan", "the Ministry of Foreign Affairs of X") keeps the mention.

/** Most words read on either side of a place for the organisation's name around it. */
const MAX_NAME_WORDS = 5;
/** Small words inside organisation names ("Hezb-e Islami", "Tehrik-i-Taliban", "Bank of the …"). */
const NAME_PARTICLES = new Set(['of', 'for', 'the', 'e', 'i', 'ul', 'al', 'wa', 'y', 'yi']);
/** Words that make a bank a state body rather than a company. */
const STATE_BANK_WORDS = new Set(['central', 'national', 'state', 'reserve']);

type Kind = 'government' | 'organisation' | null;

function kindOf(words: readonly string[]): Kind {
  if (words.some((w) => GOVERNMENT_WORDS.has(w))) return 'government';
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  return null;
}

/**
 * Whether the place name at tokens[first..last] sits inside the proper name of a non-governmental body (see the
 * line drawn above). Reads the capitalised words joined to it on both sides: "Islamic Movement of [Uzbekistan]",
 * "Radio Free [Afghanistan]", "[Kabul] University", "[Kunduz] Provincial Council" (a government body: false).
 */
export function insideOrganisationName(
  tokens: readonly Token[],
  first: number,
  last: number,
  text: string,
): boolean {
  const before: Token[] = [];
  for (let k = first - 1; k >= 0 && before.length < MAX_NAME_WORDS; k--) {
    const tok = tokens[k];
    const next = tokens[k + 1];
    if (!tok || !next || !joinable(text, tok, next)) break;
    if (!tok.upper && !NAME_PARTICLES.has(tok.key)) break;
    // A capitalised function word ends the name: "University Students Protest In Kabul" (a headline).
    if (tok.upper && COMMON_WORDS.has(tok.key) && !partOfNames(tok.key)) break;
    before.unshift(tok);
  }
  if (before.at(-1)?.key === 'the') before.pop();
  // "<Head> of [the] Place": the words after any earlier "of" name the body, its head last ("Central Bank of").
  const ofPlace = before.at(-1)?.key === 'of';
  if (ofPlace) before.pop();
  const lastOf = before.map((t) => t.key).lastIndexOf('of');
  const head = before.slice(lastOf + 1);
  if (ofPlace && !head.at(-1)?.upper) head.length = 0; // "the people of Kunduz": no proper name
  const beforeWords = head.map((t) => t.key);

  const afterWords = wordsAfter(tokens, last, text);

  if (namedAfterKindWord(tokens, first, text, afterWords)) return true;
  const all = [...beforeWords, ...afterWords];
  const bankOfPlace = ofPlace && beforeWords.at(-1) === 'bank';
  if (all.includes('bank') && (bankOfPlace || all.some((w) => STATE_BANK_WORDS.has(w)))) return false;
  if (kindOf(all) === 'government') return nationalBodyOfHome(tokens[first], afterWords);
  // After the place an English name ends in its head ("Kabul University", "Tajikistan Football Federation"): a
  // word further in ("Kunduz Residents Protest Bank Closure", a headline) does not make it an organisation.
  const headAfter = afterWords.at(-1) ?? '';
  const headsAfter =
    ORGANISATION_WORDS.has(headAfter) &&
    !ORGANISATION_HEADS_BEFORE_ONLY.has(headAfter) &&
    (!ORGANISATION_HEADS_RIGHT_AFTER.has(headAfter) ||
      afterWords.slice(0, -1).every((w) => ORGANISATION_WORDS.has(w)));
  return kindOf(beforeWords) === 'organisation' || headsAfter || NAMED_AFTER_WORDS.has(headAfter);
}

/** The country the whole map lies in: a national body named after it says nothing of where the story is. */
const HOME_COUNTRY_KEYS = new Set(['afghanistan']);

/**
 * "the Afghanistan Meteorological Department", "the Afghanistan National Disaster Management Authority": the home
 * country's name heading a national body's name is the body's label, not a place of the story (a province's
 * body, "the Kunduz Provincial Council", still mentions its province).
 */
function nationalBodyOfHome(place: Token | undefined, afterWords: readonly string[]): boolean {
  return place !== undefined && HOME_COUNTRY_KEYS.has(place.key) && kindOf(afterWords) === 'government';
}

/** A business's kind, in lower case, set before its name: "the airline Pamir Wings", "the firm Kabul Star". */
const BUSINESS_KIND_BEFORE = new Set(['airline', 'carrier', 'company', 'firm', 'brand', 'bank']);

/**
 * "flown by the carrier Kabul Sky Lines": a place's name opening a capitalised name right after a
 * business's kind word is that business's name, not the place (a government word after it keeps the place).
 */
function namedAfterKindWord(
  tokens: readonly Token[],
  first: number,
  text: string,
  afterWords: readonly string[],
): boolean {
  const kind = tokens[first - 1];
  const place = tokens[first];
  if (!kind || !place || kind.upper || !BUSINESS_KIND_BEFORE.has(kind.key)) return false;
  return joinable(text, kind, place) && afterWords.length > 0 && kindOf(afterWords) !== 'government';
}

/** A possessive between two words of a name: "Traders' Union", "Women's Cooperative" (the token ends before 's). */
const POSSESSIVE_GAP = /^['\u2019][sS]? $/;

/** An en or em dash with spaces either side: a break between phrases, not a name's hyphen. */
const SPACED_DASH = /^[ \t\u00A0]+[\u2013\u2014][ \t\u00A0]+$/u;

/** Two words of one name: joined, or a possessive before the next ("the Melon Growers' Union"). */
function joinedInName(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  // A dateline's spaced dash ends the place: "TALOQAN — Hindu Kush Relief today …" names no "Taloqan … Relief".
  if (SPACED_DASH.test(gap)) return false;
  if (joinable(text, a, b)) return true;
  return POSSESSIVE_GAP.test(gap) && (gap.length === 3 || a.key.endsWith('s'));
}

/**
 * The words of the name after a place: "Place <Words>" up to the first lowercase word ("Kabul University
 * students"), with a lowercase head that closes the name — an organisation word after capitalised ones ("the
 * Kunduz Melon Transport company") or a word like "civilisation" right after the place ("the Oxus civilisation").
 */
export function wordsAfter(tokens: readonly Token[], last: number, text: string): string[] {
  const afterWords: string[] = [];
  for (let k = last + 1; k < tokens.length && afterWords.length < MAX_NAME_WORDS; k++) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (!tok || !prev || !joinedInName(text, prev, tok)) break;
    if (!tok.upper) {
      const following = tokens[k + 1];
      const particle = NAME_PARTICLES.has(tok.key) && following?.upper && joinable(text, tok, following);
      if (particle) {
        afterWords.push(tok.key);
        continue;
      }
      const closes =
        afterWords.length > 0
          ? ORGANISATION_WORDS.has(tok.key) &&
            !ORGANISATION_HEADS_CAPITALISED_ONLY.has(tok.key) &&
            afterWords.every((w) => !COMMON_WORDS.has(w))
          : NAMED_AFTER_WORDS.has(tok.key);
      if (closes) afterWords.push(tok.key);
      break;
    }
    // A pronoun or a verb's small word ends the name: "BADAKHSHAN STANDS WITH ITS RIDERS" (a banner, in capitals).
    if (NEVER_IN_NAMES.has(tok.key)) break;
    afterWords.push(tok.key);
  }
  return afterWords;
}

/** Words no body's name holds, which a capitalised sentence (a banner, a headline) does: "… With Its Riders". */
const NEVER_IN_NAMES = new Set(
  'with its his her their our my your is are was were will has have had'.split(' '),
);

/** Common words that organisation names are made of ("National", "Central", "Security", "Northern"). */
function partOfNames(key: string): boolean {
  return (
    NON_PERSON_WORDS.has(key) ||
    GOVERNMENT_WORDS.has(key) ||
    PLACE_PREMODIFIERS.has(key) ||
    STATE_BANK_WORDS.has(key)
  );
}

/** An acronym in parentheses: "(IMU)", "(TTP)", "(MoD)". */
const ACRONYM = /\((\p{Lu}[\p{L}\p{N}&-]{1,9})\)/gu;
/** Small words that may join the words of a name before its acronym ("Movement of Uzbekistan"). */
const ACRONYM_NAME_PARTICLES = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'e', 'i', 'ul', 'al']);

/**
 * The name an acronym at `open` (its "(") follows: capitalised words, with small words between them, each
 * separated by white space, the last one right before the parentheses — "the Islamic Movement of Uzbekistan
 * (IMU)" names "Islamic Movement of Uzbekistan". Read backwards from the acronym, so each word is read once
 * however long the run of capitalised words.
 */
function nameBefore(text: string, open: number): string | null {
  const start = nameStartBefore(text, open, { maxWords: Infinity, particles: ACRONYM_NAME_PARTICLES });
  return start < 0 ? null : text.slice(start, spaceStart(text, open));
}

/** Each acronym in parentheses right after a name, with that name. */
export function acronymIntroductions(text: string): { name: string; acronym: string }[] {
  const found: { name: string; acronym: string }[] = [];
  for (const m of matchesOf(ACRONYM, text)) {
    const name = nameBefore(text, m.index);
    if (name !== null) found.push({ name, acronym: m[1] ?? '' });
  }
  return found;
}

/**
 * Acronyms the text introduces for organisations ("the Islamic Movement of Uzbekistan (IMU)"), as name keys: a
 * later bare "IMU" is that organisation, not a person and not a place.
 */
export function organisationAcronyms(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const { name, acronym } of acronymIntroductions(text)) {
      if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      if (
        normalizeName(name)
          .split(' ')
          .some((w) => NON_PERSON_WORDS.has(w))
      )
        found.add(normalizeName(acronym));
    }
  }
  return found;
}

/** Where the text uses one of `acronyms` as a word. */
export function acronymSpans(
  text: string,
  acronyms: ReadonlySet<string>,
  tokens: readonly Token[] = tokenize(text),
): { start: number; end: number }[] {
  if (!acronyms.size) return [];
  return tokens
    .filter((t) => t.text === t.text.toUpperCase() && acronyms.has(t.key))
    .map((t) => ({ start: t.start, end: t.end }));
}
