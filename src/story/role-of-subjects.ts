/**
 * "the district governor of Yangi Qala told elders", "The governor of Kunduz said:": a reporting clause's subject
 * read as the capitalised name after "of" is the place or body of the role that stands before it; the role, with
 * its "of …", is who speaks (a source by that phrase, or the one the text named to the role).
 */
import { isHeadWord } from './anonymous.ts';
import { subjectOf, type Subject } from './attribution-patterns.ts';
import { DESCRIBED_PLACE_PREPOSITIONS, ROLE_DETERMINERS, ROLE_GOVERNING_PREPOSITIONS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { appositiveHeadBefore, bodyEndingIn } from './appositive-heads.ts';

/** Characters before the name read for the role and its "of": a determiner, two modifiers, a head. */
const ROLE_REACH = 60;
/** "the district governor of (the) ", "an old driver in " ending right where the name starts. */
const ROLE_BEFORE_OF = new RegExp(
  `(?<![\\p{L}'’-])(?<role>(?:${wordAlternation(ROLE_DETERMINERS, true)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<head>\\p{Ll}+))\\s+(?:of|${wordAlternation(DESCRIBED_PLACE_PREPOSITIONS)})\\s+(?:the\\s+)?$`,
  'u',
);

/** "A cousin of ", "an aide to ", "a spokesman for ": the role after these is another's, not the subject. */
const GOVERNED = new RegExp(`(?<![\\p{L}'’-])${wordAlternation(ROLE_GOVERNING_PREPOSITIONS)}\\s+$`, 'u');

/**
 * The role that owns the name of a SUBJECT_VERB match `m` of `text` ("the governor" of "the governor of Kunduz
 * said"), as the clause's subject at `base` + its offset in `text`; null when no role's "of" stands before it.
 */
export function roleOwningName(text: string, m: RegExpMatchArray, base: number): Subject | null {
  const name = m[2];
  if (!name) return null;
  const nameAt = (m.index ?? 0) + m[0].indexOf(name);
  const from = Math.max(0, nameAt - ROLE_REACH);
  const found = ROLE_BEFORE_OF.exec(text.slice(from, nameAt));
  const role = found?.groups?.role;
  if (!found || !role || !isHeadWord(found.groups?.head ?? '')) return null;
  // "A cousin of the governor of Kunduz told reporters": the cousin speaks, not the governor.
  if (GOVERNED.test(text.slice(from, from + found.index))) return null;
  return { pronoun: null, name: null, role, at: base + from + found.index + found[0].indexOf(role) };
}

/**
 * The subject of a SUBJECT_VERB match `m` of `text` at `base`: the person whose appositive its name closes, the role
 * owning its name, else as matched.
 */
export const clauseSubject = (text: string, m: RegExpMatchArray, base: number): Subject =>
  headOwningName(text, m, base) ?? roleOwningName(text, m, base) ?? subjectOf(m, base);

/**
 * "Name, a spokesman for the customs house at Sher Khan, said": the name the appositive describes speaks; "the
 * Ministry of Mines and Petroleum said": the whole body's name.
 */
function headOwningName(text: string, m: RegExpMatchArray, base: number): Subject | null {
  const name = m[2];
  if (!name) return null;
  const nameAt = (m.index ?? 0) + m[0].indexOf(name);
  const head = appositiveHeadBefore(text, nameAt) ?? bodyEndingIn(text, nameAt, name);
  return head ? { pronoun: null, name: head.name, role: null, at: base + head.at } : null;
}
