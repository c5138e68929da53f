/**
 * A quotation left with no speaker after a sentence that names one person the text already quotes or introduces,
 * perhaps only as an owner: 'When I left Gulbadan's house, she followed me to the door with a request. "…"', 'As we
 * packed up, Nahrin walked us to the gate. "…"' — that person's words, when the sentence's pronoun agrees.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { matchesOf } from './matches.ts';
import { sentencesOf, type SpeakerDraft } from './speakers.ts';

/** A run of capitalised words, a possessive's "'s" left out. */
const NAME_RUN = /\p{Lu}[\p{Ll}\p{M}-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}-]+){0,4}/gu;
const SHE = /\b(?:she|her)\b/iu;
const HE = /\b(?:he|his|him)\b/iu;
/** The longest stretch of text read back. */
const REACH = 300;

/** The one person the stretch names, or null when it names none or more than one. */
function onePersonNamed(ctx: Parameters<QuoteStep>[0], stretch: string): SpeakerDraft | null {
  let found: SpeakerDraft | null = null;
  for (const m of matchesOf(NAME_RUN, stretch)) {
    const speaker = ctx.table.lookup(m[0]);
    if (!speaker || speaker.anonymous || speaker.gender === null) continue;
    if (found && found.id !== speaker.id) return null;
    found = speaker;
  }
  return found;
}

/** '… Gulbadan's house, she followed me …. "…"': the one person of the sentence before, of the pronoun's gender. */
export const namedJustBefore: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || q.opensParagraph || q.before.trim() !== '') return;
  const floor = q.lastBefore?.passage === q.p ? (q.lastBefore.span.close ?? q.sStart) + 1 : 0;
  if (q.sStart - floor < 2) return;
  const from = Math.max(floor, q.sStart - REACH, sentencesOf(ctx.reading, q.p).startOf(q.sStart - 2, floor));
  const stretch = q.text.slice(from, q.sStart);
  const person = onePersonNamed(ctx, stretch);
  if (!person) return;
  const she = SHE.test(stretch);
  const he = HE.test(stretch);
  if ((she && he) || (she && person.gender !== 'female') || (he && person.gender !== 'male')) return;
  v.speaker = person.id;
  v.via = 'previous';
};
