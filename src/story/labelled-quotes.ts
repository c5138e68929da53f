/**
 * A press conference's questions and answers set under their speakers' labels, each in quotation marks:
 * 'Farida Amiri (Radio Azadi): "When …?"', 'Haqyar: "Twenty-six …"'. The label names who speaks the quotation
 * it opens on, when it names a person: one the text knows, or a full name with an affiliation in brackets.
 * A dateline or a heading before quoted words ("KUNDUZ: "…," he said") names no person and is left alone.
 */
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
function labelPerson(table: SpeakerTable, label: string, role: string, create: boolean): string | null {
  const name = labelAsWritten(label);
  if (!PERSON_LABEL.test(name) || !table.isPersonName(name, 1)) return null;
  const known = table.lookup(name);
  if (known) return known.anonymous ? null : known.id;
  if (!create || !role || !table.isPersonName(name, 2)) return null;
  return table.addFromAttribution(name)?.id ?? null;
}

/**
 * Gives each paragraph's unattributed quotation opening right after a person's label to that person, and the
 * paragraph's unattributed quotations after it, up to one that has a speaker of its own.
 */
export function giveLabelledQuotes(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly Draft[],
  create: boolean,
): void {
  const byPassage = new Map<number, Draft[]>();
  for (const d of drafts) byPassage.set(d.passage, [...(byPassage.get(d.passage) ?? []), d]);
  for (const [p, list] of byPassage) {
    const l = turnLabelOf(reading, p);
    const first = list.reduce<Draft | null>((a, d) => (a && a.span.start < d.span.start ? a : d), null);
    if (!l || !first || first.speaker || first.span.open === null) continue;
    const text = reading.texts[p] ?? '';
    if (text.slice(l.start, first.span.open).trim() !== '') continue;
    const speaker = labelPerson(table, l.label, l.role, create);
    if (!speaker) continue;
    for (const d of [...list].sort((a, b) => a.span.start - b.span.start)) {
      if (d.speaker) break;
      d.speaker = speaker;
    }
  }
}
