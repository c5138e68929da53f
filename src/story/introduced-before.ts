/**
 * A report's or a feature's vignette: a paragraph introduces one person ("Sadia (name changed), 29, returned from
 * Shiraz in March"), and the next paragraph is nothing but their words, in the first person, with no reporting
 * clause — in English or, in a bilingual report, in Dari. The person the paragraph before introduced said them.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { FIRST_PERSON, SPEECH_VERBS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import type { SpeakerTable } from './speakers.ts';
import type { QuoteSpan } from './quotes.ts';

/**
 * What may follow a quotation that is its whole paragraph: a stop, and its rendering — in square or round brackets
 * or quotation marks, on its line or the next (the rendering group).
 */
const WHOLE_PARAGRAPH_AFTER =
  /^[.!?؟]?\s*(?:(?:\[(?<r1>[^\]\n]*)\]|\((?<r2>[^()\n]*)\)|["“](?<r3>[^"“”\n]*)["”])[.!?]?\s*)?$/u;

const LATIN_LETTER = /\p{Script=Latin}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * The paragraph's words after the quotation, when they are nothing or its rendering: a bracket or quotation in
 * round brackets or marks is one only in the other script ('"We want our schools back" (the words on the banner)'
 * is the writer's aside). Null when other words follow.
 */
function renderingAfter(text: string, span: QuoteSpan): { rendering: string } | null {
  const after = WHOLE_PARAGRAPH_AFTER.exec(text.slice((span.close ?? text.length) + 1));
  if (!after) return null;
  const { r1, r2, r3 } = after.groups ?? {};
  const marked = r2 ?? r3;
  const words = text.slice(span.open ?? 0, span.close ?? text.length);
  if (marked !== undefined && ARABIC_LETTER.test(marked) === ARABIC_LETTER.test(words)) return null;
  return { rendering: [r1, marked].find((r) => r !== undefined && LATIN_LETTER.test(r)) ?? '' };
}

/** The quotation's speaker: the one person the paragraph before introduced, when the quotation is all its own. */
export const introducedJustBefore: QuoteStep = (ctx, q, v) => {
  const { span, text, p } = q;
  if (v.speaker !== null || q.carried || !q.opensParagraph || p <= 0 || span.close === null) return;
  const after = renderingAfter(text, span);
  if (!after) return;
  // Words set in lines (a verse, a song) are no one's because their writer was just introduced.
  const words = text.slice(span.open ?? 0, span.close);
  // Dari drops its pronouns ("…فروختیم"): an English rendering beside the words says "we" for them.
  const { rendering } = after;
  if (words.includes('\n') || !(FIRST_PERSON.test(words) || FIRST_PERSON.test(rendering))) return;
  // The paragraph before is narration: a quotation there has a speaker the rules read already.
  if ((ctx.reading.quotes[p - 1] ?? []).length > 0) return;
  const introduced = ctx.table.introducedIn(p - 1);
  const [only] = introduced;
  if (introduced.length !== 1 || !only || ctx.table.isGroup(only.id)) return;
  v.speaker = only.id;
  v.via = 'previous';
};

/** Two or more capitalised words in a row: a name the paragraph may give. */
const NAME_RUN = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;

/**
 * "He said …, a figure disputed by Hamid Rahimi.": someone else named in the reporting paragraph (known to the
 * table or not) may be the one the words are from. One pass over one paragraph.
 */
function namesSomeoneElse(table: SpeakerTable, paragraph: string, speaker: string): boolean {
  for (const m of matchesOf(NAME_RUN, paragraph)) {
    const known = table.lookup(m[0]);
    if (known ? known.id !== speaker : table.isPersonName(m[0], 2)) return true;
  }
  return false;
}

/** "He said the bridge would stay open …": a paragraph that opens on a pronoun reporting someone's words. */
const REPORTS_BY_PRONOUN = /^\s*(?<pronoun>He|She)\s+(?:also\s+|then\s+)?(?<verb>\p{Ll}+)\b/u;

/**
 * 'He said the bridge would stay open …' then a paragraph of nothing but words (and their rendering) with no
 * reporting clause: the person the pronoun reporting in the paragraph before means goes on speaking.
 */
export const reportedJustBefore: QuoteStep = (ctx, q, v) => {
  const { span, text, p } = q;
  if (v.speaker !== null || q.carried || !q.opensParagraph || p <= 0 || span.close === null) return;
  if (!renderingAfter(text, span)) return;
  if (text.slice(span.open ?? 0, span.close).includes('\n')) return;
  if ((ctx.reading.quotes[p - 1] ?? []).length > 0) return;
  const m = REPORTS_BY_PRONOUN.exec(ctx.reading.texts[p - 1] ?? '');
  if (!m?.groups || !SPEECH_VERBS.has(m.groups['verb'] ?? '')) return;
  const gender = m.groups['pronoun'] === 'She' ? 'female' : 'male';
  const ev = ctx.table.lastEventBefore(p - 1, 0, gender);
  if (!ev || ctx.table.isGroup(ev.speaker)) return;
  if (namesSomeoneElse(ctx.table, ctx.reading.texts[p - 1] ?? '', ev.speaker)) return;
  v.speaker = ev.speaker;
  v.via = 'previous';
};
