import {
  CALLED_BEFORE_DA,
  CALLED_BEFORE_EN,
  DARI_NOUN_COUNTS,
  ENGLISH_COUNT_WORDS,
  FACILITY_NAME_HEADS,
  HANDLING_VERBS_EN,
  KIND_NOUNS_DA,
  KIND_NOUNS_EN,
  NOUN_PHRASE_END_WORDS_EN,
} from './lexicon.ts';
import type { Span } from './link-places.ts';
import { hasArabicScript, phraseAlternation, wordAlternation } from './regex-parts.ts';
import { facilityNamedAfterPlace } from './business-names.ts';
import { tokenize, type Token } from './tokens.ts';

// A place's name used as a common noun (زرنج, the three-wheeled rickshaw named for the Nimroz capital). Counted,
// made plural or called so after a kind noun, the mention is the thing; once the article so uses the name, the
// linker reads each other mention as a word's, a place only with a cue of its own («ولایت نیمروز، زرنج»).

const LETTER = '[\\p{L}\\p{M}]';
/** «زرنج‌ها», «زرنج‌هایی»: a Dari plural right after the name. */
const DARI_PLURAL_AFTER = new RegExp(`^\\u200C?(?:هایی|های|ها)(?!${LETTER})`, 'u');
/** «یک زرنج», «هزاران زرنج». */
const DARI_COUNT_BEFORE = new RegExp(`(?:^|[\\s«])${wordAlternation(DARI_NOUN_COUNTS)}\\s+$`, 'u');
/** "bought a Zaranj", "drives his Zaranj": a thing bought, driven or owned, counted or owned before the name. */
const ENGLISH_HANDLED_BEFORE = new RegExp(
  `\\b${wordAlternation(HANDLING_VERBS_EN)}\\s+${wordAlternation(ENGLISH_COUNT_WORDS)}\\s+$`,
  'u',
);
/** "forty Zaranj rickshaws": a count, the name, then a kind noun. */
const ENGLISH_COUNT_BEFORE = new RegExp(`(?:^|\\s)${wordAlternation(ENGLISH_COUNT_WORDS, true)}\\s+$`, 'u');
/** What ends a noun phrase right after the name ("a Zaranj on credit"), never a noun the name qualifies. */
const NOUN_PHRASE_END = new RegExp(
  `^(?:\\s*[,.;:!?)]|\\s+${wordAlternation(NOUN_PHRASE_END_WORDS_EN)}\\b)`,
  'u',
);
const KIND_NOUN_AFTER = new RegExp(`^\\s+${wordAlternation(KIND_NOUNS_EN)}\\b`, 'u');
/** "… motorcycles known locally as Zaranj", "… یا «زرنج»": the name given to a kind noun shortly before. */
const CALLED_BEFORE = new RegExp(
  `(?:\\b(?:${phraseAlternation(CALLED_BEFORE_EN)})|${phraseAlternation(CALLED_BEFORE_DA)})\\s*$`,
  'u',
);
const KIND_NOUN = new RegExp(
  `(?:^|[^\\p{L}])(?:${wordAlternation(KIND_NOUNS_EN)}|${wordAlternation(KIND_NOUNS_DA)})(?!${LETTER})`,
  'u',
);
const KIND_REACH = 80;

/** Whether the mention reads as the thing: counted, plural, or the name a kind noun is called by. */
export function nounReading(text: string, c: Span): boolean {
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  const after = text.slice(c.end, c.end + 24);
  // The Dari counts are in the Arabic script: a window before without it is not searched for one.
  if (DARI_PLURAL_AFTER.test(after) || (hasArabicScript(before) && DARI_COUNT_BEFORE.test(before)))
    return true;
  // The anchored look at what follows first: the search back through what precedes runs only where it holds.
  if (KIND_NOUN_AFTER.test(after) && ENGLISH_COUNT_BEFORE.test(before)) return true;
  if (
    NOUN_PHRASE_END.test(after) &&
    ENGLISH_HANDLED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))
  )
    return true;
  return CALLED_BEFORE.test(before) && KIND_NOUN.test(text.slice(Math.max(0, c.start - KIND_REACH), c.start));
}

/**
 * The names of places (by `isName`, on their normalized key) the article reads as a thing's word somewhere:
 * one read of each passage's words (`tokensOf`, which the linker reads again), before the linker, which reads every other mention of them as a word's
 * (a place only with a cue, see `withCues` in link-places.ts).
 */
export function namesReadAsNouns(
  texts: readonly string[],
  isName: (key: string) => boolean,
  mayNameFacility: (key: string) => boolean = () => false,
  tokensOf: readonly (readonly Token[])[] = texts.map(tokenize),
): Set<string> {
  const nouns = new Set<string>();
  for (const [p, text] of texts.entries()) {
    const tokens = tokensOf[p] ?? [];
    tokens.forEach((t, k) => {
      if (!t.upper || !isName(t.key)) return;
      // "the Shuhada Health Post": a facility's own name, which the article then shortens ("the Shuhada post").
      if (
        nounReading(text, t) ||
        (mayNameFacility(t.key) &&
          facilityNameAt(tokens, k, text) &&
          placedElsewhere(tokens, k, text, mayNameFacility))
      )
        nouns.add(t.key);
    });
  }
  return nouns;
}

/** "Shuhada Health Post", "Shuhada Clinic": the name opens a facility's capitalised name. */
function facilityNameAt(tokens: readonly Token[], k: number, text: string): boolean {
  const next = tokens[k + 1];
  const head =
    !!next?.upper &&
    FACILITY_NAME_HEADS.includes(next.key) &&
    /^ $/u.test(text.slice(tokens[k]?.end, next.start));
  return head || facilityNamedAfterPlace(tokens, k, text);
}

const SENTENCE_END = /[.!?؟]/u;
const SENTENCE_REACH = 40;

/**
 * "The Shuhada Health Post, in a village above the Raghestan district centre": the facility's sentence names another
 * district, where it stands; "the Jurm Clinic" alone is Jurm's own clinic, and Jurm stays the place at every mention.
 * Reads at most SENTENCE_REACH words each way, stopping at the sentence's end.
 */
function placedElsewhere(
  tokens: readonly Token[],
  k: number,
  text: string,
  isDistrict: (key: string) => boolean,
): boolean {
  const key = tokens[k]?.key;
  const other = (j: number) =>
    !!tokens[j]?.upper && tokens[j]?.key !== key && isDistrict(tokens[j]?.key ?? '');
  for (let j = k + 1; j < Math.min(tokens.length, k + SENTENCE_REACH); j++) {
    if (SENTENCE_END.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))) break;
    if (other(j)) return true;
  }
  for (let j = k - 1; j >= Math.max(0, k - SENTENCE_REACH); j--) {
    if (SENTENCE_END.test(text.slice(tokens[j]?.end ?? 0, tokens[j + 1]?.start ?? 0))) break;
    if (other(j)) return true;
  }
  return false;
}

/** "the Shuhada post", "the Zaranj drivers": "the", the name, a lower-case noun — the thing's, not a place's. */
const THE_BEFORE = /(?:^|\s)the\s+$/iu;
const LOWER_NOUN_AFTER = /^\s+\p{Ll}{3,}/u;

/** Whether a name the article reads as a thing's stands as the thing's attribute: "the Shuhada payroll". */
export function thingsAttribute(text: string, c: Span): boolean {
  return (
    THE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) &&
    LOWER_NOUN_AFTER.test(text.slice(c.end, c.end + 8))
  );
}
