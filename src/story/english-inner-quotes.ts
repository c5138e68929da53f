/**
 * English words quoted inside a quotation: “Ustad Karim looked at the wall, and he said, ‘Go in.’ …” — the speaker
 * retells what someone said to them. The inner words are the one the speaker's own clause names right before them:
 * a name, "my father" (the speaker's father), or "he"/"she" for the person the speaker last named in the quotation.
 */
import { HABIT_ADVERBS, KIN_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { NAME_CHARS } from './name-runs.ts';
import type { QuoteSpan } from './quotes.ts';
import type { SpeakerTable } from './speakers.ts';
import { matchesOf } from './matches.ts';

const NAME_WORD = `\\p{Lu}[${NAME_CHARS}]*`;
const VERB = `(?:${[...SPEECH_VERBS].join('|')}|used\\s+to\\s+say|would\\s+say)`;
/** Characters before an inner quotation read for the clause that introduces it. */
const LEAD_REACH = 160;
/** "and he said, ", "My father used to say, ", "Karim told us: ": the subject, its verb, a short rest. */
const INNER_INTRO = new RegExp(
  `(?<![\\p{L}])(?<who>[Hh]e|[Ss]he|(?:[Mm]y|[Oo]ur)\\s+(?<kin>[\\p{Ll}-]+)|${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})\\s+(?:(?:${HABIT_ADVERBS.join('|')})\\s+)?${VERB}\\b(?:\\s+(?:to\\s+)?(?:me|us|him|her|them))?[^"“”‘’.!?]{0,30}[,:]?\\s*$`,
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

/** Who says an English inner quotation: the subject of the clause before it, inside the outer one; or null. */
export function englishInnerSpeaker(
  table: SpeakerTable,
  text: string,
  outerStart: number,
  inner: QuoteSpan,
  outerSpeaker: string | null,
): string | null {
  if (inner.open === null) return null;
  const from = Math.max(outerStart, inner.open - LEAD_REACH);
  const m = INNER_INTRO.exec(text.slice(from, inner.open));
  const who = m?.groups?.['who'];
  if (!m || !who) return null;
  const kin = m.groups?.['kin'];
  if (kin !== undefined)
    return KIN_NOUNS.has(kin) ? table.relativeOf(outerSpeaker, (name) => `${name}'s ${kin}`, null) : null;
  if (/^(?:he|she)$/iu.test(who)) return lastNamedIn(table, text, outerStart, from + m.index);
  return table.lookup(who)?.id ?? (table.isPersonName(who, 2) ? table.add(who, '', null).id : null);
}
