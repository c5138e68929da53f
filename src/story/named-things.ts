import {
  CLUB_NAME_ENDS_EN,
  DARI_GIVEN_NAME_ENDINGS,
  DARI_COUNT_CLASSIFIERS,
  DARI_GIVEN_NAMES,
  DARI_NOUN_COUNTS,
  DARI_NAMED_VENUES,
  DARI_OWNED_ADJECTIVES,
  DARI_SPORTS,
  DARI_TEAM_HEADS,
} from './lexicon.ts';
import { ANY_DIGIT, phraseAlternation, wordAlternation } from './regex-parts.ts';

// Things and people a place's name is given to, read at one mention by the words right round it.

interface Span {
  start: number;
  end: number;
}

const LETTER = '[\\p{L}\\p{M}]';
/** "Kokcha FC", "the Kokcha club": the club's name ends with its word. */
const CLUB_END_AFTER = new RegExp(`^[ \\t]+(?:${phraseAlternation(CLUB_NAME_ENDS_EN)})(?![\\p{L}.])`, 'u');

/** "Kokcha FC beat …", "fans of the Kokcha club": a club's name, not its home or its river. */
export function clubNamedAfter(text: string, c: Span): boolean {
  return CLUB_END_AFTER.test(text.slice(c.end, c.end + 16));
}

/** «تیم فوتبال کوکچه», «باشگاه کوکچه»: a team before the name, its sport between. */
const DARI_TEAM_BEFORE = new RegExp(
  `(?:^|\\s)${wordAlternation(DARI_TEAM_HEADS)}(?:\\s+${wordAlternation(DARI_SPORTS)})?\\s+$`,
  'u',
);

/**
 * «تیم فوتبال کوکچه»: a team called by a river's name is the team (a district's team, «تیم فوتبال اندراب», stays
 * the district's: its people play for it). Asked only of a river.
 */
export function dariTeamNamedForRiver(text: string, c: Span): boolean {
  return DARI_TEAM_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
}

/** «ذبیح‌الله دوشی», «محمد دوشی»: a man's given name right before (its ending or the whole word). */
const DARI_GIVEN_NAME_BEFORE = new RegExp(
  `(?:(?:^|[\\s،«(])${wordAlternation(DARI_GIVEN_NAMES)}|${LETTER}\\u200C?${wordAlternation(DARI_GIVEN_NAME_ENDINGS)})[ \\t]+$`,
  'u',
);

/** Whether a Dari name stands right after a man's given name: the name is his surname, not the place. */
export function dariSurnameAfterGivenName(text: string, start: number): boolean {
  return DARI_GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** «شفاخانهٔ خصوصی شهدا», «کلینیک شخصی …»: a venue, its ezafe, «private», then the name. */
const DARI_PRIVATE_VENUE_BEFORE = new RegExp(
  `(?:^|\\s)(?:${phraseAlternation(DARI_NAMED_VENUES)})(?:ٔ|\\u200C?ی)?\\s+${wordAlternation(DARI_OWNED_ADJECTIVES)}\\s+$`,
  'u',
);

/**
 * Whether the name is a private venue's own: a private hospital or school is called by a name its owner chose
 * («شهدا» "martyrs"), and stands where it stands («… در شهر»); a public one after the place's name («شفاخانهٔ
 * ولایتی کندز») is the place's and is not read here.
 */
export function dariPrivateVenueName(text: string, c: Span): boolean {
  return DARI_PRIVATE_VENUE_BEFORE.test(text.slice(Math.max(0, c.start - 32), c.start));
}

/** «یک نفر بنگی», «دو تن …»: a count and its classifier right before the name. */
const DARI_CLASSIFIED_COUNT_BEFORE = new RegExp(
  `(?:^|\\s)(?:${ANY_DIGIT}+|${wordAlternation(DARI_NOUN_COUNTS)})\\s+${wordAlternation(DARI_COUNT_CLASSIFIERS)}\\s+$`,
  'u',
);

/**
 * «با یک نفر بنگی رفیق شد» ("made friends with an addict"): a name counted by a classifier is the noun counted,
 * a person or a thing, never a place (a place after a count takes a preposition: «دو نفر از بنگی»).
 */
export function dariCountedNoun(text: string, c: Span): boolean {
  return DARI_CLASSIFIED_COUNT_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
}
