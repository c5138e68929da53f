import {
  DARI_NOUN_COUNTS,
  ENGLISH_COUNT_WORDS,
  HANDLING_VERBS_EN,
  KIND_NOUNS_DA,
  KIND_NOUNS_EN,
} from './lexicon.ts';
import type { PlaceCandidate, Span } from './link-places.ts';
import { normalizeName } from './normalize.ts';
import { wordAlternation } from './regex-parts.ts';

// A place's name used as a common noun (زرنج, the three-wheeled rickshaw named for the Nimroz capital). Counted,
// made plural or called so after a kind noun, the name is the thing; the article then means the thing by each
// mention that no place's cue (a preposition, «شهر») stands before.

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
const NOUN_PHRASE_END = /^(?:\s*[,.;:!?)]|\s+(?:on|in|and|or|for|with|from|at|to|last|this|every)\b)/u;
const KIND_NOUN_AFTER = new RegExp(`^\\s+${wordAlternation(KIND_NOUNS_EN)}\\b`, 'u');
/** "… motorcycles known locally as Zaranj", "… يا «زرنج»": the name given to a kind noun shortly before. */
const CALLED_BEFORE = /(?:\bknown(?:\s+locally)?\s+as|\bcalled|\bnicknamed|یا\s*«|به\s+نام\s*«)\s*$/u;
const KIND_NOUN = new RegExp(
  `(?:^|[^\\p{L}])(?:${wordAlternation(KIND_NOUNS_EN)}|${wordAlternation(KIND_NOUNS_DA)})(?!${LETTER})`,
  'u',
);
const KIND_REACH = 80;

/** A place's cue right before a mention: the mention is the place even where the name is the thing's too. */
const PLACE_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:in|from|to|at|near|outside|across|around|through|via|into|of|city|province|در|از|به|تا|شهر|ولایت|ولسوالی|مرکز|سوی|طرف|بندر)\s+$/iu;

/** Whether the mention reads as the thing: counted, plural, or the name a kind noun is called by. */
export function nounReading(text: string, c: Span): boolean {
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  const after = text.slice(c.end, c.end + 24);
  if (DARI_PLURAL_AFTER.test(after) || DARI_COUNT_BEFORE.test(before)) return true;
  if (ENGLISH_COUNT_BEFORE.test(before) && KIND_NOUN_AFTER.test(after)) return true;
  if (
    ENGLISH_HANDLED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) &&
    NOUN_PHRASE_END.test(after)
  )
    return true;
  return CALLED_BEFORE.test(before) && KIND_NOUN.test(text.slice(Math.max(0, c.start - KIND_REACH), c.start));
}

/** Whether a place's cue stands right before the mention. */
function placeCued(text: string, c: Span): boolean {
  return PLACE_CUE_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start));
}

/**
 * Drops every mention of a name the article reads as a thing somewhere (`nounReading`), unless a place's cue
 * stands before it. One pass to find the names, one to drop.
 */
export function withoutNamesAsNouns(
  candidates: readonly PlaceCandidate[][],
  texts: readonly string[],
): PlaceCandidate[][] {
  const nouns = new Set<string>();
  candidates.forEach((list, p) => {
    for (const c of list) if (nounReading(texts[p] ?? '', c)) nouns.add(normalizeName(c.text));
  });
  if (nouns.size === 0) return candidates.map((l) => [...l]);
  return candidates.map((list, p) =>
    list.filter((c) => {
      const text = texts[p] ?? '';
      return !nouns.has(normalizeName(c.text)) || (placeCued(text, c) && !nounReading(text, c));
    }),
  );
}
