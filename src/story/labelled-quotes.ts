/**
 * A press conference's questions and answers set under their speakers' labels, each in quotation marks:
 * 'Farida Amiri (Radio Azadi): "When …?"', 'Haqyar: "Twenty-six …"'. The label names who speaks the quotation
 * it opens on, when it names a person: one the text knows, or a full name with an affiliation in brackets.
 * A dateline or a heading before quoted words ("KUNDUZ: "…," he said") names no person and is left alone.
 */
import { hasSpeechVerb } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Reading, SpeakerTable } from './speakers.ts';
import { labelAsWritten, turnLabelOf } from './transcript-turns.ts';

interface Draft {
  passage: number;
  span: QuoteSpan;
  speaker: string | null;
}

/** A label as a person's name is written: one to four capitalised words. */
const PERSON_LABEL = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;

/** The speaker a label names: a person the text knows, or (creating) a full name given with an affiliation. */
function labelPerson(
  table: SpeakerTable,
  reading: Reading,
  label: string,
  role: string,
  create: boolean,
): string | null {
  const name = labelAsWritten(label);
  if (!PERSON_LABEL.test(name) || !table.isPersonName(name, 1)) return null;
  const known = table.lookup(name);
  if (known) return known.anonymous ? null : known.id;
  // "Eid Prayers (Kunduz):": a photo's caption and where it was taken, no person and their affiliation.
  if (!create || !role || !table.isPersonName(name, 2) || reading.index.exact.has(normalizeName(role)))
    return null;
  return table.addFromAttribution(name)?.id ?? null;
}

/** How far after a quotation its own reporting clause is read (", our correspondent wrote from Kunduz."). */
const CLAUSE_AFTER_CHARS = 60;

/** Whether a reporting clause follows quotation `d` in its sentence: its speaker is that clause's, not the label's. */
function hasOwnClause(text: string, d: Draft): boolean {
  // '"… the border commission." Asked whether …, he said': a full stop ends the sentence inside the quotation.
  if (d.span.close === null || text[d.span.close - 1] === '.') return false;
  const after = text.slice(d.span.close + 1, d.span.close + 1 + CLAUSE_AFTER_CHARS);
  return hasSpeechVerb(after.split(/[.!?"“”]/u)[0] ?? '');
}

/** Whether only spaces lie between quotation `a` and quotation `b` after it: one run of quoted words. */
const runsOn = (text: string, a: Draft, b: Draft): boolean =>
  a.span.close !== null && b.span.open !== null && text.slice(a.span.close + 1, b.span.open).trim() === '';

/**
 * Gives each paragraph's unattributed quotation opening right after a person's label to that person, and the
 * unattributed quotations that run on right after it; a sentence between ("His rival was blunt: "…"") ends the turn.
 */
export function giveLabelledQuotes(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly Draft[],
  create: boolean,
): void {
  const byPassage = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = byPassage.get(d.passage);
    if (list) list.push(d);
    else byPassage.set(d.passage, [d]);
  }
  for (const [p, list] of byPassage) {
    const l = turnLabelOf(reading, p);
    list.sort((a, b) => a.span.start - b.span.start);
    const first = list[0];
    if (!l || !first || first.speaker || first.span.open === null) continue;
    const text = reading.texts[p] ?? '';
    if (text.slice(l.start, first.span.open).trim() !== '' || hasOwnClause(text, first)) continue;
    const speaker = labelPerson(table, reading, l.label, l.role, create);
    if (!speaker) continue;
    first.speaker = speaker;
    for (let i = 1; i < list.length; i++) {
      const [prev, d] = [list[i - 1], list[i]];
      if (!prev || !d || d.speaker || !runsOn(text, prev, d)) break;
      d.speaker = speaker;
    }
  }
}
