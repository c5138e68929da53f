/**
 * An archive's or a catalogue's record over its item: "Accession no.: NAOHP-2025-031", "Narrator: …", "Date and
 * place of interview: 14 September 2025, Pul-e-Khumri, Baghlan province", "Summary: …", "Keywords: …". A block
 * with several of the record's fields is the record — the archive's description — not the item's text, though
 * it names places. A fact box's fields ("Population:", "Capital:") are no record's and stay the text.
 */
import { RECORD_FIELD_LABELS } from './lexicon.ts';
import { phraseAlternation } from './regex-parts.ts';
import type { RemovedReason } from './schema.ts';

export interface RecordLine {
  text: string;
  block: number;
  kind: RemovedReason | 'body' | 'heading';
}

/** Fewest of the record's own distinct fields in one block. */
const MIN_RECORD_FIELDS = 3;
/** A record's field label and its colon opening the line. */
const RECORD_FIELD = new RegExp(`^(?<label>${phraseAlternation(RECORD_FIELD_LABELS)})[ \\t]*[:：]`, 'iu');
/** Any field's label and colon: the record's other lines ("Transcript status:", "Donor:"). */
const ANY_FIELD = /^\p{L}[\p{L}.'’ ()-]{0,40}[:：][ \t]/u;
/** A record field's label, folded ("Narrator"): a record states each field once. */
function recordLabelOf(text: string): string | undefined {
  const field = RECORD_FIELD.exec(text);
  return field?.groups?.['label']?.toLowerCase();
}

/**
 * Marks each block holding several distinct record fields: its field lines are the record's ('other'). A label
 * said again ("Interviewer: …", "Narrator: …" turn after turn) is a transcript's speaker, not the record's field.
 */
export function markRecordHeaders(items: RecordLine[]): void {
  const labelsByBlock = new Map<number, Set<string>>();
  // Each line's label, read once for both passes.
  const labelOf = items.map((item) => recordLabelOf(item.text));
  for (const [k, item] of items.entries()) {
    const label = labelOf[k];
    if (label === undefined) continue;
    const labels = labelsByBlock.get(item.block) ?? new Set<string>();
    labels.add(label);
    labelsByBlock.set(item.block, labels);
  }
  const seen = new Map<number, Set<string>>();
  for (const [k, item] of items.entries()) {
    if ((labelsByBlock.get(item.block)?.size ?? 0) < MIN_RECORD_FIELDS) continue;
    if ((item.kind !== 'body' && item.kind !== 'heading') || !ANY_FIELD.test(item.text)) continue;
    const label = labelOf[k];
    const said = seen.get(item.block) ?? new Set<string>();
    seen.set(item.block, said);
    if (label !== undefined && said.has(label)) continue;
    if (label !== undefined) said.add(label);
    item.kind = 'other';
  }
}

/** "Rights: © …", "Licensing: Editorial use only …", "Copyright: …": the label of a rights statement. */
const RIGHTS_LABEL = /^(?:rights|copyright|licen[cs]e|licensing|terms of use|usage)[ \t]*[:：][ \t]*/iu;
/** What a rights statement says: its sign, a use allowed or barred, a permission. */
const RIGHTS_WORDS = /©|\(c\)|\b(?:use|permission|reserved|licen[cs]ed?|reproduc\w*|citation)\b/iu;

/**
 * "Rights: © Northern Afghanistan Oral History Project. For research use; … Contact the archive at Kabul …": a
 * record's or a feed's rights statement, furniture with all it says (a line opening "Rights:" on people's rights,
 * with no such words, is the text).
 */
export function isRightsLine(line: string): boolean {
  const label = RIGHTS_LABEL.exec(line);
  return label !== null && RIGHTS_WORDS.test(line.slice(label[0].length));
}
