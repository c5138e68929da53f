/**
 * A first-person writer's relative as the subject of a sentence that does not open on it: "Before I left, my father
 * called me", "Last week our grandmother phoned". The sentence-opening "My father called" is read by
 * definiteSubjectsOf (person-cues.ts); this reads the same subject after a short lead of time or circumstance.
 */
import { KIN_NOUNS, UNCOMMAED_LEAD_OPENERS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import type { DefiniteSubject } from './person-cues.ts';
import { wordAlternation } from './regex-parts.ts';

/**
 * "my|our" + up to two modifiers + a kin noun, then a verb in the past (or was/had/is/has), with what stood before it
 * in its sentence (read by leadIsCircumstance).
 */
const WRITER_KIN = new RegExp(
  String.raw`(?<![\p{L}'’])(?:my|our)\s+(?:\p{Ll}+\s+){0,2}?(?<head>${wordAlternation(KIN_NOUNS)})(?=\s+(?:\p{Ll}+ly\s+)?(?:was|is|had|has|came|went|rang|took|sat|stood|found|met|wrote|told|\p{Ll}{2,}ed)\b)`,
  'gu',
);

/** How far back from the relative its sentence's lead is read. */
const LEAD_CHARS = 60;
/**
 * A lead that leaves the relative the subject: a clause or phrase closed by a comma ("Before I left, ", "In the
 * spring of 2019, "), or a phrase of time with no comma ("Last week ", "On my last night ").
 */
const CIRCUMSTANCE = new RegExp(
  String.raw`[.!?]["”’]?\s+(?:[^,.;:!?"“”]{1,45},\s*|(?:${wordAlternation(UNCOMMAED_LEAD_OPENERS)})\b[^,.;:!?"“”]{0,30}\s)$`,
  'u',
);

/** Whether the words before `at` in its sentence are a lead of time or circumstance, the sentence opening before it. */
function leadIsCircumstance(text: string, at: number): boolean {
  const from = Math.max(0, at - LEAD_CHARS);
  const lead = text.slice(from, at);
  // The lead must follow a sentence's end, or the text's start (read as one).
  return CIRCUMSTANCE.test(from === 0 ? `. ${lead}` : lead);
}

/** The rest of the relative's sentence read for a name. */
const SENTENCE_REST_CHARS = 200;
/** Two capitalised words: a person named in the relative's sentence ("took me to meet the commander, Abdul Haq"). */
const FULL_NAME = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u;

/**
 * Whether the relative's sentence goes on to name someone, who may as well be the "he" of the quotation after it:
 * 'Last year my father took me to meet the commander, Abdul Haq. "…," he said'.
 */
function namesSomeoneAfter(text: string, at: number): boolean {
  const rest = text.slice(at, at + SENTENCE_REST_CHARS);
  const stop = rest.search(/[.!?](?:\s|$)/u);
  return FULL_NAME.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** Every "…, my father called" of a text: a writer's relative as the subject after a lead, in order. */
export function writerKinSubjectsOf(text: string): DefiniteSubject[] {
  const out: DefiniteSubject[] = [];
  for (const m of matchesOf(WRITER_KIN, text)) {
    const head = m.groups?.['head'] ?? '';
    if (leadIsCircumstance(text, m.index) && !namesSomeoneAfter(text, m.index))
      out.push({ at: m.index, end: m.index + m[0].length, head });
  }
  return out;
}
