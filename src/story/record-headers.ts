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

/** Fewest of the record's own fields in one block. */
const MIN_RECORD_FIELDS = 3;
/** A record's field label and its colon opening the line. */
const RECORD_FIELD = new RegExp(`^(?:${phraseAlternation(RECORD_FIELD_LABELS)})[ \\t]*[:：]`, 'iu');
/** Any field's label and colon: the record's other lines ("Transcript status:", "Donor:"). */
const ANY_FIELD = /^\p{L}[\p{L}.'’ ()-]{0,40}[:：][ \t]/u;
/** A record's lines are its fields: a line with no label (a paragraph) is not the record's. */
const FIELD_START = /^\p{L}/u;

/** Marks each block holding several record fields: its field lines are the record's ('other'). */
export function markRecordHeaders(items: RecordLine[]): void {
  const fieldsByBlock = new Map<number, number>();
  for (const item of items)
    if (FIELD_START.test(item.text) && RECORD_FIELD.test(item.text))
      fieldsByBlock.set(item.block, (fieldsByBlock.get(item.block) ?? 0) + 1);
  for (const item of items) {
    if ((fieldsByBlock.get(item.block) ?? 0) < MIN_RECORD_FIELDS) continue;
    if ((item.kind === 'body' || item.kind === 'heading') && ANY_FIELD.test(item.text)) item.kind = 'other';
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
