// '"…," Noorzai said. ¶ Last year the district governor, Name, promised a wall. It was never built. ¶ "…," he
// said': a person named in a sentence dated in the story's past (last year, in March, two years ago) is talked
// about, not speaking now — what they promised or said then is background. A pronoun after them goes on with the
// person last quoted, as '"…," he added' does after someone named in passing (salience.ts).
import {
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  PERSON_SUBJECT_PRONOUNS_EN,
  PRESENT_TIME_WORDS,
  ENGLISH_SOLAR_MONTHS,
  PAST_PERIODS,
  PAST_SPANS,
  SPEECH_VERBS,
  STANCE_VERBS,
  hasSpeechVerb,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

const SP = '\\s+';
/** "last year", "that spring", "the previous winter". */
const LAST_PERIOD = `(?:last|that|the${SP}previous)${SP}(?:${wordAlternation(PAST_PERIODS)})`;
/** "in March", "in early Hamal", "back in 2019" ("since 2021", "by March" run on to now or later). */
const IN_DATE =
  `(?:in|during)${SP}(?:early${SP}|late${SP})?` +
  `(?:${wordAlternation(ENGLISH_MONTHS)}|${wordAlternation([...ENGLISH_SOLAR_MONTHS])}|(?:19|20)\\d\\d)`;
/** "two years ago", "18 months earlier". */
const SPAN_AGO = `(?:\\p{L}+|\\d+)${SP}(?:${wordAlternation(PAST_SPANS)})${SP}(?:ago|earlier|before)`;
const PAST_DATE = new RegExp(`\\b(?:${LAST_PERIOD}|${IN_DATE}|${SPAN_AGO})\\b`, 'iu');
/** "on Tuesday", "today", "this week": a time of the news. */
const PRESENT_DATE = new RegExp(
  `\\b(?:${wordAlternation(ENGLISH_WEEKDAYS)}|${wordAlternation(PRESENT_TIME_WORDS)})\\b`,
  'iu',
);
/** A sentence opening on "he" or "she": the person goes on acting. */
const PRONOUN_OPENS = new RegExp(`^\\s*(?:${wordAlternation(PERSON_SUBJECT_PRONOUNS_EN)})\\b`, 'iu');
/** Where a sentence ends inside a stretch of text: the marks, then space; or a paragraph's break. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n/u;

/** Whether a sentence is dated in the story's past ("Last year …", "… in March", "two years ago"). */
export const datedInThePast = (sentence: string): boolean => PAST_DATE.test(sentence);

/** Whether a sentence has a person report or take a stand ("said", "promised", "blamed"). */
const reportsOrStands = (sentence: string): boolean =>
  hasSpeechVerb(sentence) || sentence.split(/[^\p{L}]+/u).some((w) => STANCE_VERBS.has(w.toLowerCase()));

/** Whether a sentence has its subject report ("said", "told"), not just promise or pledge, as the lexicon's verbs go. */
const reportsNow = (sentence: string): boolean =>
  sentence.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w) && !STANCE_VERBS.has(w.toLowerCase()));

/**
 * Whether the person named at the end of `lead` (their sentence up to the name) is only a figure of the past
 * from there to the quotation (`since`): their sentence opens dated ("Last year the governor, Name, promised …")
 * and has them report nothing now ("Name said she had gone there until last winter" reports), and every later
 * sentence that reports, takes a stand, is dated to the news's days or opens on "he"/"she" is dated too.
 */
export function onlyAPastFigure(lead: string, since: string): boolean {
  if (!datedInThePast(lead)) return false;
  const [first = '', ...rest] = since.split(SENTENCE_BREAK);
  if (reportsNow(first) || PRESENT_DATE.test(first)) return false;
  // "On Tuesday he came back", "He now blames the rains": undated, the person acts in the story's present.
  const actsNow = (s: string): boolean => reportsOrStands(s) || PRESENT_DATE.test(s) || PRONOUN_OPENS.test(s);
  return rest.every((s) => datedInThePast(s) || !actsNow(s));
}
