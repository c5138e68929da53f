/**
 * English words quoted inside a quotation: “Ustad Karim looked at the wall, and he said, ‘Go in.’ …” — the speaker
 * retells what someone said to them. The inner words are the one the speaker's own clause names right before them:
 * a name, "my father" (the speaker's father), or "he"/"she" for the person the speaker last named in the quotation.
 */
import {
  FEMALE_ROLE_WORDS,
  HABIT_ADVERBS,
  KIN_NOUNS,
  MALE_ROLE_WORDS,
  OWNER_WORDS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { NAME_CHARS } from './name-runs.ts';
import type { QuoteSpan } from './quotes.ts';
import type { SpeakerTable } from './speakers.ts';
import { matchesOf } from './matches.ts';
import { namedRelativeOf } from './kin-reciprocals.ts';

const NAME_WORD = `\\p{Lu}[${NAME_CHARS}]*`;
const VERB = `(?:${wordAlternation(SPEECH_VERBS)}|(?:used\\s+to|would)\\s+(?:say|tell))`;
/**
 * "she put it over my head and told me, '…'", "he sat by the door and said": a first act of the subject's own, then
 * "and" and the verb of speech (no stop or comma inside it).
 */
const FIRST_ACT = `(?<act>(?<=(?<![\\p{L}])(?:[Hh]e|[Ss]he)\\s+)\\p{Ll}[^"“”‘’.!?,;:]{0,80}\\sand\\s+)?`;
/** Characters before an inner quotation read for the clause that introduces it. */
const LEAD_REACH = 160;
/** "and he said, ", "My father used to say, ", "Karim told us: ": the subject, its verb, a short rest. */
const INNER_INTRO = new RegExp(
  `(?<![\\p{L}])(?<who>[Hh]e|[Ss]he|(?:[Mm]y|[Oo]ur)\\s+(?<kin>[\\p{Ll}-]+)|${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})\\s+${FIRST_ACT}(?:(?:${HABIT_ADVERBS.join('|')})\\s+)?${VERB}\\b(?:\\s+(?:to\\s+)?(?:me|us|him|her|them))?[^"“”‘’.!?]{0,30}[,:]?\\s*$`,
  'u',
);
/** Runs of capitalised words: the people a speaker names in their quotation. */
const NAME_RUN = new RegExp(`${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`, 'gu');

/** Characters before an inner "he said" searched for the person it means: a few sentences, however long the quotation. */
const NAME_REACH = 600;

/** The last person the quotation names before `end` (from `start`), as a speaker; null when it names none. */
function lastNamedIn(table: SpeakerTable, text: string, start: number, end: number): string | null {
  const from = Math.max(start, end - NAME_REACH);
  const runs = [...matchesOf(NAME_RUN, text.slice(from, end))].map((m) => m[0]).reverse();
  for (const run of runs) {
    const known = table.lookup(run);
    if (known) return known.id;
    if (table.isPersonName(run, 2)) return table.add(run, '', null).id;
  }
  return null;
}

/**
 * '"He never raised his voice. He used to tell us, 'Read before you eat.'" said his daughter': a "he" in a
 * quotation that names no one is the person the narration last named before it, of that gender — the one the
 * piece speaks of — never the speaker retelling it.
 */
function personSpokenOf(
  table: SpeakerTable,
  at: { passage: number; outerStart: number },
  who: string,
  outerSpeaker: string | null,
): string | null {
  const gender = /^he$/iu.test(who) ? 'male' : 'female';
  let ev = table.lastEventBefore(at.passage, at.outerStart, gender);
  // The speaker's own mentions ("A former pupil, Name, remembered her.") are passed over, a few at most.
  for (let k = 0; ev && ev.speaker === outerSpeaker && k < SPEAKER_MENTIONS_PASSED; k++)
    ev = table.lastEventBefore(ev.passage, ev.start, gender);
  return ev && ev.speaker !== outerSpeaker ? ev.speaker : null;
}

/** "the driver", "The old man": someone the quotation itself speaks of, whom its "he" may mean. */
const DEFINITE_PERSON = /(?<![\p{L}])[Tt]he\s+\p{Ll}/u;

/**
 * "My brother drove it …", "our neighbour", "an old driver": a relative or a role the quotation itself speaks of,
 * whom its "he" may mean (the kin word, when the speaker's own, names that relative).
 */
const PERSON_NOUN_SPOKEN_OF = new RegExp(
  `(?<![\\p{L}])(?:(?<owner>${wordAlternation(OWNER_WORDS, true)})|[Aa]n?)\\s+(?:\\p{Ll}+\\s+)?(?<noun>${wordAlternation([...KIN_NOUNS, ...ROLE_NOUNS])})(?![\\p{L}-])`,
  'u',
);

/** How many of the retelling speaker's own mentions are read past for the person their "he" or "she" means. */
const SPEAKER_MENTIONS_PASSED = 3;

/** The speaker's "my <kin>": the relative the piece names so (see kin-reciprocals.ts), else "Name's <kin>". */
function ownRelative(table: SpeakerTable, outerSpeaker: string | null, kin: string): string | null {
  return (
    namedRelativeOf(table, outerSpeaker, kin) ??
    table.relativeOf(outerSpeaker, (name) => `${name}'s ${kin}`, null)
  );
}

/** The speaker's quotation before this piece, the attribution between them: '"…," says Roshan, 52. "'. */
const PIECE_BEFORE = /["“](?<words>[^"“”]{1,300})[,.!?]?["”](?<between>[^"“”]{1,80})["“]?$/u;
/**
 * A sentence ended inside what stands between the pieces: more than the attribution ('," said Laila. Sima nods. "'),
 * so the piece before may be another's.
 */
const SENTENCE_INSIDE = /[.!?][ \t]+\S/u;
/** Characters before a piece read for the speaker's quotation before it. */
const PIECE_BEFORE_REACH = 400;

/**
 * '"My mother-in-law moved in with us," says Roshan. "She looked at the shelves and said, '…'"': a pronoun that
 * opens its piece of the quotation, after an attribution, means the speaker's own relative their previous piece
 * spoke of (of the pronoun's gender); the kin noun, or null.
 */
function kinOfPieceBefore(text: string, outerStart: number, who: string): string | null {
  const piece = PIECE_BEFORE.exec(
    text.slice(Math.max(0, outerStart - PIECE_BEFORE_REACH), outerStart),
  )?.groups;
  const words = piece && !SENTENCE_INSIDE.test(piece['between'] ?? '') ? piece['words'] : undefined;
  const spoken = words ? PERSON_NOUN_SPOKEN_OF.exec(words)?.groups : undefined;
  const noun = spoken?.['noun'] ?? '';
  if (!spoken || !/^(?:my|our)$/iu.test(spoken['owner'] ?? '') || !KIN_NOUNS.has(noun)) return null;
  const word = noun.split('-')[0] ?? '';
  const female = /^she$/iu.test(who);
  return (female ? MALE_ROLE_WORDS : FEMALE_ROLE_WORDS).has(word) ? null : noun;
}

/** Who says an English inner quotation: the subject of the clause before it, inside the outer one; or null. */
export function englishInnerSpeaker(
  table: SpeakerTable,
  text: string,
  at: { passage: number; outerStart: number },
  inner: QuoteSpan,
  outerSpeaker: string | null,
): string | null {
  const { outerStart } = at;
  if (inner.open === null) return null;
  const from = Math.max(outerStart, inner.open - LEAD_REACH);
  const m = INNER_INTRO.exec(text.slice(from, inner.open));
  const who = m?.groups?.['who'];
  if (!m || !who) return null;
  const kin = m.groups?.['kin'];
  if (kin !== undefined) return KIN_NOUNS.has(kin) ? ownRelative(table, outerSpeaker, kin) : null;
  if (/^(?:he|she)$/iu.test(who)) {
    const named = lastNamedIn(table, text, outerStart, from + m.index);
    // "The driver saw the tanker … and he shouted, '…'": a person the quotation itself speaks of (read a few
    // sentences back, however long the quotation) is meant.
    if (named) return named;
    const before = text.slice(Math.max(outerStart, from + m.index - NAME_REACH), from + m.index);
    if (DEFINITE_PERSON.test(before)) return null;
    const spokenOf = PERSON_NOUN_SPOKEN_OF.exec(before)?.groups;
    const earlier = spokenOf ? null : kinOfPieceBefore(text, outerStart, who);
    if (earlier) return ownRelative(table, outerSpeaker, earlier);
    // A first act before the verb ("He calls and says") reads only a relative or a name, never a guess.
    if (!spokenOf) return m.groups?.['act'] ? null : personSpokenOf(table, at, who, outerSpeaker);
    const noun = spokenOf['noun'] ?? '';
    const own = /^(?:my|our)$/iu.test(spokenOf['owner'] ?? '') && KIN_NOUNS.has(noun);
    return own ? ownRelative(table, outerSpeaker, noun) : null;
  }
  return table.lookup(who)?.id ?? (table.isPersonName(who, 2) ? table.add(who, '', null).id : null);
}
