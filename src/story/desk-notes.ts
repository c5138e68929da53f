/**
 * "PLANNING NOTE: Northline will move a weekend package on winter in Badakhshan …", "Editor's note: event times
 * are as provided …", "Coverage plans: Text, photos.": a wire's or a page's note from its desk to its clients or
 * readers, about its coverage, not the story's reporting, whatever places it names.
 */
import { DESK_NOTE_LABELS } from './lexicon.ts';
import { phraseAlternation } from './regex-parts.ts';

/** The label and its colon opening the line. */
const DESK_NOTE = new RegExp(`^[ \\t*]*(?:${phraseAlternation(DESK_NOTE_LABELS)})[ \\t]*[:：]`, 'iu');

/** The letters the labels open on: a cheap look before the pattern, which most lines fail at once. */
const FIRST_LETTERS = new Set(DESK_NOTE_LABELS.map((label) => label.charAt(0).toLowerCase()));
/** The line's first character past the spaces and bold marks the pattern allows. */
const FIRST_CHAR = /[^ \t*]/u;

/** Whether the line is a desk's note (its label first: a sentence that mentions an editor's note is not). */
export function isDeskNote(line: string): boolean {
  const first = FIRST_CHAR.exec(line)?.[0].toLowerCase();
  return first !== undefined && FIRST_LETTERS.has(first) && DESK_NOTE.test(line);
}
