import {
  CLUB_NAME_ENDS_EN,
  CLUB_WORDS_AFTER_RIVER_EN,
  DARI_PERSON_CLASSIFIERS,
  DARI_PLACING_NOUNS,
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
import { endingOn } from './ending-on.ts';

// Things and people a place's name is given to, read at one mention by the words right round it.

interface Span {
  start: number;
  end: number;
}

const LETTER = '[\\p{L}\\p{M}]';
/** "Kokcha FC", "Herat Football Club": the club's name ends with its word. */
const CLUB_END_AFTER = new RegExp(`^[ \\t]+(?:${phraseAlternation(CLUB_NAME_ENDS_EN)})(?![\\p{L}.])`, 'u');
/** "the Kokcha club": a lower-case club after a river's name, which has no club of its own. */
const CLUB_WORD_AFTER = new RegExp(`^[ \\t]+${wordAlternation(CLUB_WORDS_AFTER_RIVER_EN)}(?![\\p{L}.])`, 'u');

/** "Kokcha FC beat …", "fans of the Kokcha club": a club's name, not its home or its river ("a Kabul club" is Kabul's). */
export function clubNamedAfter(text: string, c: Span, river: boolean): boolean {
  const after = text.slice(c.end, c.end + 16);
  return CLUB_END_AFTER.test(after) || (river && CLUB_WORD_AFTER.test(after));
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

/** A Dari surname taken from a place is its «ی» form («دوشی», «بنگی»): a name without it (کابل) is no surname. */
const NISBA_END = /ی$/u;

/**
 * Whether a Dari name stands right after a man's given name and reads as a surname: «محمد دوشی», not «عبدالله کابل
 * را ترک کرد» ("Abdullah left Kabul").
 */
export function dariSurnameAfterGivenName(text: string, c: Span): boolean {
  return (
    NISBA_END.test(text.slice(c.start, c.end)) &&
    DARI_GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))
  );
}

/** «شفاخانهٔ خصوصی شهدا», «کلینیک شخصی …»: a venue, its ezafe, «private», then the name. */
const DARI_PRIVATE_VENUE_BEFORE = endingOn(
  DARI_OWNED_ADJECTIVES,
  new RegExp(
    `(?:^|\\s)(?:${phraseAlternation(DARI_NAMED_VENUES)})(?:ٔ|\\u200C?ی)?\\s+${wordAlternation(DARI_OWNED_ADJECTIVES)}\\s+$`,
    'u',
  ),
);

/** «… در شهر تالقان»: the venue then placed by «در» and a place's noun, so its name is not where it stands. */
const PLACED_AFTER = new RegExp(`^\\s+در\\s+${wordAlternation(DARI_PLACING_NOUNS)}(?![\\p{L}\\p{M}])`, 'u');

/**
 * Whether the name is a private venue's own: a private hospital or school is called by a name its owner chose
 * («شهدا» "martyrs", a word), or by a place's name while it stands elsewhere («لیسهٔ خصوصی فرخار در شهر تالقان»);
 * «شفاخانهٔ خصوصی کابل» alone stays Kabul's, and a public one («شفاخانهٔ ولایتی کندز») is not read here.
 */
export function dariPrivateVenueName(text: string, c: Span, wordLike: boolean): boolean {
  return (
    DARI_PRIVATE_VENUE_BEFORE.test(text.slice(Math.max(0, c.start - 32), c.start)) &&
    (wordLike || PLACED_AFTER.test(text.slice(c.end, c.end + 32)))
  );
}

/** «یک نفر بنگی», «دو دانه …»: a count and its classifier right before the name. */
const DARI_CLASSIFIED_COUNT_BEFORE = endingOn(
  DARI_COUNT_CLASSIFIERS,
  new RegExp(
    `(?:^|\\s)(?:${ANY_DIGIT}+|${wordAlternation(DARI_NOUN_COUNTS)})\\s+(?<classifier>${wordAlternation(DARI_COUNT_CLASSIFIERS)})\\s+$`,
    'u',
  ),
);
const PERSON_CLASSIFIER = new RegExp(`^${wordAlternation(DARI_PERSON_CLASSIFIERS)}$`, 'u');

/**
 * «با یک نفر بنگی رفیق شد» ("made friends with an addict"): a name counted by a classifier is the noun counted,
 * a person or a thing, never a place (a place after a count takes a preposition: «دو نفر از بنگی»). People are
 * counted by a word or their «ی» noun («سه تن خواهان کار»): «دو تن کندز را ترک کردند» is two people leaving Kunduz.
 */
export function dariCountedNoun(text: string, c: Span, wordLike: boolean): boolean {
  const m = DARI_CLASSIFIED_COUNT_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
  if (!m) return false;
  const person = PERSON_CLASSIFIER.test(m.groups?.classifier ?? '');
  return !person || wordLike || NISBA_END.test(text.slice(c.start, c.end));
}
