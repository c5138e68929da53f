/**
 * A report's or a feature's vignette: a paragraph introduces one person ("Sadia (name changed), 29, returned from
 * Shiraz in March"), and the next paragraph is nothing but their words, in the first person, with no reporting
 * clause — in English or, in a bilingual report, in Dari. The person the paragraph before introduced said them.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { FIRST_PERSON } from './lexicon.ts';

/** What may follow a quotation that is its whole paragraph: a stop, and a translation in brackets on its own line. */
const WHOLE_PARAGRAPH_AFTER = /^[.!?؟]?\s*(?:\[[^\]\n]*\]\s*)?$/u;

/** The quotation's speaker: the one person the paragraph before introduced, when the quotation is all its own. */
export const introducedJustBefore: QuoteStep = (ctx, q, v) => {
  const { span, text, p } = q;
  if (v.speaker !== null || q.carried || !q.opensParagraph || p <= 0 || span.close === null) return;
  if (!WHOLE_PARAGRAPH_AFTER.test(text.slice(span.close + 1))) return;
  // Words set in lines (a verse, a song) are no one's because their writer was just introduced.
  const words = text.slice(span.open ?? 0, span.close);
  if (words.includes('\n') || !FIRST_PERSON.test(words)) return;
  // The paragraph before is narration: a quotation there has a speaker the rules read already.
  if ((ctx.reading.quotes[p - 1] ?? []).length > 0) return;
  const introduced = ctx.table.introducedIn(p - 1);
  const [only] = introduced;
  if (introduced.length !== 1 || !only || ctx.table.isGroup(only.id)) return;
  v.speaker = only.id;
  v.via = 'previous';
};
