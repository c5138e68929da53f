/**
 * A quotation left with no speaker after a sentence that names one person the text already quotes or introduces,
 * perhaps only as an owner: 'When I left Gulbadan's house, she followed me to the door with a request. "…"', 'As we
 * packed up, Nahrin walked us to the gate. "…"' — that person's words, when the sentence's pronoun agrees.
 */
import { closesWithStop, type QuoteStep } from './attribution-adjacent.ts';
import { WRITTEN_WORD_CARRIERS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';
import { sentencesOf, type SpeakerDraft } from './speakers.ts';

/** A run of capitalised words, a possessive's "'s" left out. */
const NAME_RUN = /\p{Lu}[\p{Ll}\p{M}-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}-]+){0,4}/gu;
const SHE = /\b(?:she|her)\b/iu;
const HE = /\b(?:he|his|him)\b/iu;
/** The pronoun as a subject: the person does something in the sentence, not only owns a door or a shop. */
const SHE_SUBJECT = /\bshe\b/iu;
const HE_SUBJECT = /\bhe\b/iu;
/** A sign, a poster or a slogan in the sentence before: the quotation is likely its words. */
const WRITTEN = new RegExp(`\\b(?:${wordAlternation(WRITTEN_WORD_CARRIERS)})\\b`, 'iu');
/** The longest stretch of text read back. */
const REACH = 300;

/** The one person the stretch names, and whether a name of theirs opens a clause as its subject. */
interface Named {
  person: SpeakerDraft;
  subject: boolean;
}

/** Whether the name run at [start, end) of the stretch opens a clause and is no owner ("Nahrin walked us"). */
function opensClause(stretch: string, start: number, end: number): boolean {
  const lead = stretch.slice(Math.max(0, start - 2), start).trim();
  return (lead === '' || lead === ',') && /^[ \t]+\p{Ll}/u.test(stretch.slice(end, end + 3));
}

/** The one person the stretch names, or null when it names none or more than one. */
function onePersonNamed(ctx: Parameters<QuoteStep>[0], stretch: string): Named | null {
  let person: SpeakerDraft | null = null;
  let subject = false;
  for (const m of matchesOf(NAME_RUN, stretch)) {
    const speaker = ctx.table.lookup(m[0]);
    if (!speaker || speaker.anonymous || speaker.gender === null) continue;
    if (person && person.id !== speaker.id) return null;
    person = speaker;
    subject ||= opensClause(stretch, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  return person ? { person, subject } : null;
}

/**
 * '… Gulbadan's house, she followed me …. "…"': the one person of the sentence before, of the pronoun's gender,
 * when that person is its subject — named so ("Nahrin walked us to the gate") or as "she"/"he" — and the
 * quotation closes its own sentence. Not the words of a sign, a report or a slogan the sentence only places by
 * its owner ('A sign hangs over Sultani's door. "Women's clinic."').
 */
export const namedJustBefore: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || q.opensParagraph || q.before.trim() !== '') return;
  if (!closesWithStop(q) || /^\s*\p{Ll}/u.test(q.after)) return;
  const floor = q.lastBefore?.passage === q.p ? (q.lastBefore.span.close ?? q.sStart) + 1 : 0;
  if (q.sStart - floor < 2) return;
  const from = Math.max(floor, q.sStart - REACH, sentencesOf(ctx.reading, q.p).startOf(q.sStart - 2, floor));
  const stretch = q.text.slice(from, q.sStart);
  const named = onePersonNamed(ctx, stretch);
  if (!named) return;
  const { person } = named;
  const she = SHE.test(stretch);
  const he = HE.test(stretch);
  if ((she && he) || (she && person.gender !== 'female') || (he && person.gender !== 'male')) return;
  const pronoun = person.gender === 'female' ? SHE_SUBJECT : HE_SUBJECT;
  if ((!named.subject && !pronoun.test(stretch)) || WRITTEN.test(stretch)) return;
  v.speaker = person.id;
  v.via = 'previous';
};
