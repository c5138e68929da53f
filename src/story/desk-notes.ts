/**
 * "PLANNING NOTE: Northline will move a weekend package on winter in Badakhshan …", "Editor's note: event times
 * are as provided …", "Coverage plans: Text, photos.": a wire's or a page's note from its desk to its clients or
 * readers, about its coverage, not the story's reporting, whatever places it names.
 */
import { DESK_NOTE_LABELS } from './lexicon.ts';
import { phraseAlternation } from './regex-parts.ts';

/** The label and its colon opening the line. */
const DESK_NOTE = new RegExp(`^[ \\t*]*(?:${phraseAlternation(DESK_NOTE_LABELS)})[ \\t]*[:：]`, 'iu');

/** Whether the line is a desk's note (its label first: a sentence that mentions an editor's note is not). */
export function isDeskNote(line: string): boolean {
  const c = line.trimStart().charCodeAt(0) | 0x20;
  // Every label opens on "c", "d", "e", "n" or "p": a cheap look before the pattern.
  if (c !== 0x63 && c !== 0x64 && c !== 0x65 && c !== 0x6e && c !== 0x70) return false;
  return DESK_NOTE.test(line);
}
