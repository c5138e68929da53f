/**
 * Who a passage is about while its quotations are read: a small record of who was last quoted, kept as the
 * quotations are attributed in order, and the gender a name's own lead states ("her nephew Farid"). A pronoun
 * that goes on with a turn ('"…," he added') means the person last quoted of its gender, not someone named only
 * in passing since (a relative, a trader who donated wheat, an official talked about).
 */
import {
  CONTINUING_SPEECH_VERBS,
  FEMALE_ROLE_WORDS,
  MALE_ROLE_WORDS,
  STANCE_VERBS,
  hasSpeechVerb,
} from './lexicon.ts';
import type { PersonEvent } from './person-events.ts';
import { phraseAlternation } from './regex-parts.ts';
import { lastBelow } from './reading-cache.ts';
import type { Gender } from './speakers.ts';

/** One quotation that has a speaker: who, and where it opens. */
export interface QuotedTurn {
  speaker: string;
  passage: number;
  start: number;
}

/**
 * The article's record: the turns quoted so far, in reading order, everyone who has spoken, and (once the
 * mentions are known) who opens a paragraph on their name — a person a section is about.
 */
export interface Salience {
  turns: QuotedTurn[];
  spoken: Set<string>;
  /** Each speaker some paragraph opens on by name, with the first such paragraph. */
  openers: Map<string, number> | null;
}

export const emptySalience = (): Salience => ({ turns: [], spoken: new Set(), openers: null });

/**
 * The speakers some paragraph opens on by name, each with the first paragraph that does, read once from the
 * mentions (`events`) over the texts.
 */
export function paragraphOpeners(
  s: Salience,
  events: readonly PersonEvent[],
  texts: readonly string[],
): Map<string, number> {
  if (s.openers) return s.openers;
  const openers = new Map<string, number>();
  for (const ev of events) {
    const opens = (texts[ev.passage] ?? '').search(/\S/u) === ev.start;
    if (opens) openers.set(ev.speaker, Math.min(ev.passage, openers.get(ev.speaker) ?? ev.passage));
  }
  s.openers = openers;
  return openers;
}

/** Note a quotation once its speaker is known. */
export function noteTurn(s: Salience, turn: QuotedTurn): void {
  s.turns.push(turn);
  s.spoken.add(turn.speaker);
}

/** A place in the text as one number, passage first, for a binary search over turns in reading order. */
const turnKey = (t: { passage: number; start: number }): number => t.passage * 2 ** 24 + t.start;

/** How many paragraphs back a continuing pronoun reads for the turn it goes on with. */
const TURN_REACH = 2;
/** How far a turn list is read back for one of the pronoun's gender. */
const TURNS_READ = 4;

/** A subject pronoun then a verb that goes on with a turn: "he added", "she also adds", "he went on". */
const CONTINUING_CLAUSE = new RegExp(
  `^(?:he|she)\\s+(?:also\\s+|then\\s+)?(?:${phraseAlternation(CONTINUING_SPEECH_VERBS)})\\b`,
  'iu',
);

/** Whether the reporting clause at `at` of `text` is a pronoun going on with a turn. */
export const continuesTurn = (text: string, at: number): boolean =>
  CONTINUING_CLAUSE.test(text.slice(at, at + 40));

/**
 * The turn quoted last before `at` whose speaker the gender allows, within TURN_REACH paragraphs; else null.
 * `genderOf` gives a speaker's stated gender.
 */
export function lastTurn(
  s: Salience,
  at: { passage: number; start: number },
  gender: Gender,
  genderOf: (id: string) => Gender | null,
): QuotedTurn | null {
  // Turns are noted in reading order: read back from the last one before `at`, a few at most. A speaker the
  // text gives the pronoun's gender outranks a later one it gives none ("said Laila Ahmadi" is no "he").
  const from = lastBelow(s.turns, turnKey(at), turnKey);
  let unstated: QuotedTurn | null = null;
  for (let k = from; k >= 0 && from - k < TURNS_READ; k--) {
    const t = s.turns[k];
    if (!t || at.passage - t.passage > TURN_REACH) break;
    const g = genderOf(t.speaker);
    if (g === gender) return t;
    if (!g) unstated ??= t;
  }
  return unstated;
}

/**
 * '"…," said Name. ¶ The council paid … a trader, Haji Q., who owns mills … ¶ "…," he added': the person last
 * quoted of the pronoun's gender, when the one named since (`ev`) has neither been quoted nor reports or takes a
 * stand between their name and this quotation (`textSince`); else null (the usual reading stands).
 */
export function continuedSpeaker(
  s: Salience,
  at: { passage: number; start: number },
  gender: Gender,
  ev: PersonEvent | null,
  genderOf: (id: string) => Gender | null,
  textSince: (ev: PersonEvent) => string,
): string | null {
  const last = lastTurn(s, at, gender, genderOf);
  if (!last) return null;
  if (!ev || ev.speaker === last.speaker || s.spoken.has(ev.speaker)) return null;
  // Named before that turn: the usual reading already weighs them.
  if (ev.passage < last.passage || (ev.passage === last.passage && ev.start < last.start)) return null;
  // "The governor, Name, said the wall was funded. "…," he added", "Name blamed the rains. He said …": the one
  // named reports or takes a stand anywhere before this quotation, so the turn is theirs to go on with.
  const since = textSince(ev);
  if (hasSpeechVerb(since) || since.split(/[^\p{L}]+/u).some((w) => STANCE_VERBS.has(w.toLowerCase())))
    return null;
  return last.speaker;
}

/** A possessive or article, up to two words, then the noun just before a name: "her nephew Farid", "the widow". */
const LEAD_NOUN =
  /(?:^|[\s(,;])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>\p{Ll}+),?\s*$/u;
/** Characters before a name read for the noun that leads it. */
const LEAD_WINDOW = 40;

/** What closes a name set off by a comma as an appositive: a mark, not a word ("…, Name said" is a clause). */
const APPOSITIVE_CLOSE = /^\s*(?:[,.;:)\u2014\u2013]|$)/u;

/**
 * The gender the noun right before a name states ("his son Omid", "her sister-in-law, Mahbooba,"), or null. After a
 * comma the name must close as an appositive: in "a gift from her mother, Ahmad Wali said" the noun is not his.
 */
export function genderOfLead(text: string, start: number, end: number): Gender | null {
  const lead = LEAD_NOUN.exec(text.slice(Math.max(0, start - LEAD_WINDOW), start));
  const noun = lead?.groups?.['noun'];
  if (!lead || !noun) return null;
  if (lead[0].trimEnd().endsWith(',') && !APPOSITIVE_CLOSE.test(text.slice(end, end + 3))) return null;
  return FEMALE_ROLE_WORDS.has(noun) ? 'female' : MALE_ROLE_WORDS.has(noun) ? 'male' : null;
}

/** Names listed before the one read ("his men, Abdul Rauf and "): each one to three capitalised words, "and" or ",". */
const LISTED_NAME = '(?:(?:\\p{Lu}\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}+(?:\\s+and|,)\\s+){1,3}';
/** "Her sister-in-law, ", "his eldest son " right before a name: an owner's pronoun, up to three words, a comma. */
const OWNED_LEAD = new RegExp(
  `(?:^|[\\s(,;—–])(?<owner>[Hh]is|[Hh]er)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+,?\\s+(?:${LISTED_NAME})?$`,
  'u',
);

/** The gender of the owner a name is introduced as belonging to ("her nephew Farid" → female), or null. */
export function ownerOfLead(text: string, start: number): Gender | null {
  const owner = OWNED_LEAD.exec(text.slice(Math.max(0, start - LEAD_WINDOW), start))?.groups?.['owner'];
  if (!owner) return null;
  return owner.toLowerCase() === 'her' ? 'female' : 'male';
}

/** Paragraphs back, and turns at most, that a definite role reads for the anonymous source it goes on with. */
const SOURCE_TURN_REACH = 8;
const SOURCE_TURNS_READ = 8;

/**
 * The anonymous source last quoted before `at`, within SOURCE_TURN_REACH paragraphs and a few turns, that `fits`
 * (its name has the role), read back no further than a turn of a speaker that `stops` it; else null. '"…," the
 * official said' paragraphs after "An official at the department, who spoke on condition of anonymity, …" goes on
 * with that official.
 */
export function lastSourceTurn(
  s: Salience,
  at: { passage: number; start: number },
  stops: (speaker: string) => boolean,
  fits: (speaker: string) => boolean,
): string | null {
  const from = lastBelow(s.turns, turnKey(at), turnKey);
  for (let k = from; k >= 0 && from - k < SOURCE_TURNS_READ; k--) {
    const t = s.turns[k];
    if (!t || at.passage - t.passage > SOURCE_TURN_REACH || stops(t.speaker)) break;
    if (fits(t.speaker)) return t.speaker;
  }
  return null;
}
