// A district's namesake on the Tajik side, placed there by the sentence round it: «در بدخشان تاجکستان، شهرکی به
// نام اشکاشم», "in Tajikistan, a village called Shughnan", «شهرک اشکاشم در آن سوی دریا». And the common noun «شهرک»
// ("small town") before a town's name, which is no Shahrak district.

import { FAR_BANK_WORDS_DA, TAJIKISTAN_NAMES_DA } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { PlaceIndex } from './place-index.ts';
import { wordAlternation } from './regex-parts.ts';
import { sentenceIndex } from './sentences.ts';

interface Span {
  start: number;
  end: number;
}

/** «آن طرف دریا»، «آن سوی مرز»: the far bank of the border river. */
const FAR_BANK = `آن[ \\t\u200C]?(?:طرف|سوی|سو)[ \\t]+(?:${wordAlternation(FAR_BANK_WORDS_DA)})`;
/** «… به نام »، «… به اسم »، "a town called ", "a village named ": a place introduced by its name. */
const BY_NAME_BEFORE = /(?:(?:^|\s)به[ \t]+(?:نام|اسم)|\b(?:called|named))[ \t]+$/u;
/**
 * The sentence stands abroad before the name: in the neighbour («در خاک تاجکستان», "in Tajikistan"; not aid
 * "from Tajikistan"), or on the far bank of the border river.
 */
const ABROAD_IN_SENTENCE = new RegExp(
  `(?:(?:^|\\s)در[ \\t]+(?:[\\p{L}\\u200C]+[ \\t]+){0,2}|(?:^|\\s)بدخشان[ \\t]+)(?:${wordAlternation(TAJIKISTAN_NAMES_DA)})|${FAR_BANK}|\\b(?:in|inside)[ \\t]+(?:neighbouring[ \\t]+|neighboring[ \\t]+)?Tajikistan\\b|\\bthe[ \\t]+Tajik[ \\t]+(?:side|bank)\\b`,
  'u',
);
/** Characters before the name read for the sentence's place. */
const SENTENCE_REACH = 140;

/**
 * «در بدخشان تاجکستان، شهرکی به نام اشکاشم …», "Across the river in Tajikistan is a village called Shughnan": a
 * name introduced «به نام» in a sentence set across the border is the town over there.
 */
export function namedInSentenceAbroad(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - SENTENCE_REACH), span.start);
  if (!BY_NAME_BEFORE.test(before.slice(-12))) return false;
  // Sentences read in the reach alone, and only for a name so introduced (rare).
  return ABROAD_IN_SENTENCE.test(before.slice(sentenceIndex(before).startOf(before.length)));
}

/** «… در آن سوی دریا»، «… آن طرف پنج»: the far bank right after the name. */
const FAR_BANK_AFTER = new RegExp(`^[ \\t]+(?:در[ \\t]+)?${FAR_BANK}(?![\\p{L}\\u200C])`, 'u');
/** «شهرک »، «شهر »، «قریهٔ »: a town's or a village's common noun right before. */
const TOWN_NOUN_BEFORE = /(?:^|\s)(?:شهرک|شهر|قریه(?:ٔ|\u200C?ی)?)[ \t]+$/u;

/** «شهرک اشکاشم در آن سوی دریا»: a town so called, on the far bank, is the one across the border. */
export function townOnFarBank(text: string, span: Span): boolean {
  return (
    FAR_BANK_AFTER.test(text.slice(span.end, span.end + 24)) &&
    TOWN_NOUN_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start))
  );
}

/** The first word after `end`, up to a blank or a mark. */
const NEXT_WORD = /^[ \t]+(?<word>[\p{L}\p{M}\u200C]+)/u;

/**
 * «شهرک اشکاشم»، «شهرک بهارک»: «شهرک» ("small town") right before a place's name is the common noun, not Ghor's
 * Shahrak district (but «در شهرک غور» is the district of Ghor). `key`, `ids`: the matched name's.
 */
export function townNounBeforeName(
  text: string,
  span: Span,
  key: string,
  ids: readonly string[],
  index: PlaceIndex,
): boolean {
  if (key !== SHAHRAK) return false;
  const word = NEXT_WORD.exec(text.slice(span.end, span.end + 32))?.groups?.word;
  const next = word === undefined ? undefined : index.exact.get(normalizeName(word));
  // «شهرک غور»: the province holding the district, named after it, is the district's own place line.
  return next !== undefined && !next.some((p) => ids.some((id) => id !== p && id.startsWith(p)));
}
const SHAHRAK = normalizeName('شهرک');
