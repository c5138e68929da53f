// English attribution rules that name the holder of a role the quotation's attribution gives only by title.
import { TITLE_ABBREVIATION } from './lexicon.ts';
import { sentenceEnd } from './sentences.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** How far the attribution's sentence is read for its end: a bound, so each quotation reads a little text. */
const SENTENCE_MAX_CHARS = 400;

/**
 * A sentence that opens on a person's full name, then a comma ("Nadia Rahimi, 34, trained …") or a verb ("Dr.
 * Nadia Rahimi told reporters …"): the person the sentence is about.
 */
const NAME_OPENING = new RegExp(
  `^\\s*(?<name>(?:${TITLE_ABBREVIATION}\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3})(?=,|\\s+\\p{Ll})`,
  'u',
);

const AGE = /^\s*\d{1,3}\s*$/;

/**
 * '"…," said the head of the clinic. Dr. Nadia Rahimi told reporters …': a role no one in the text holds yet,
 * and the very next sentence opens on a full name no role describes yet — the newsroom's way of naming the
 * speaker right after the quotation. That person takes the role (`phrase`) as description; null when the next
 * sentence opens otherwise, or the person is already described (then the role is someone else's).
 */
export function roleNamedNext(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  roleAt: number,
  phrase: string,
  create: boolean,
): string | null {
  const text = reading.texts[p] ?? '';
  const end = sentenceEnd(text, roleAt, Math.min(text.length, roleAt + SENTENCE_MAX_CHARS));
  const name = NAME_OPENING.exec(text.slice(end, end + 120))?.groups?.['name'];
  if (!name || !table.isPersonName(name.replace(/^\S+\.\s+/, ''), 2)) return null;
  const known = table.lookup(name);
  // An age alone ("Nadia Rahimi, 29,") describes no role: the role read here becomes the description.
  if (known?.description && !AGE.test(known.description)) return null;
  if (!create) return known?.id ?? null;
  const intro = { passage: p, start: roleAt, end: roleAt + phrase.length };
  if (!known) return table.add(name, phrase, intro).id;
  table.describe(known, phrase, intro);
  return known.id;
}
