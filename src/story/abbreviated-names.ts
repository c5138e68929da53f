/**
 * A place inside a name the text abbreviates right after it: "the United Nations Assistance Mission in Afghanistan
 * (UNAMA)", "the Afghanistan Humanitarian Fund (AHF)". The initials of the name's capitalised words spell the
 * letters in brackets, so the place is a word of the name, not a mention — unless the name is a body of the
 * place's government ("the Kunduz Provincial Council (KPC)"), which acts for the place (see organisations.ts).
 */
import { DARI_ABBREVIATED_BODY_HEADS, DARI_GOVERNMENT_BODY_WORDS, GOVERNMENT_WORDS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { joinable, type Token } from './tokens.ts';

/** Small words inside a name that its initials skip: "Mission in Afghanistan", "Ministry of …". */
const PARTICLES = new Set(['of', 'in', 'for', 'the', 'and', 'on', 'to']);
/** Most words of a name read on either side of the place. */
const MAX_NAME_WORDS = 8;
/** The letters in brackets right after the name: three to eight capitals ("(UNAMA)", "(AHF)"). */
const ABBREVIATION = /^[ \t]*\((?<letters>\p{Lu}{3,8})\)/u;

const inName = (t: Token | undefined): t is Token => !!t && (t.upper || PARTICLES.has(t.key));

/** Whether the place at tokens[first..last] is a word of a name abbreviated in brackets right after it. */
export function insideAbbreviatedName(
  tokens: readonly Token[],
  first: number,
  last: number,
  text: string,
): boolean {
  let end = last;
  while (
    end - last < MAX_NAME_WORDS &&
    inName(tokens[end + 1]) &&
    joinable(text, tokens[end]!, tokens[end + 1]!)
  )
    end++;
  const endToken = tokens[end];
  if (!endToken || text[endToken.end] === undefined) return false;
  // The bracket is read first: most places have none after their name, and nothing more is read.
  const letters = ABBREVIATION.exec(text.slice(endToken.end, endToken.end + 12))?.groups?.['letters'];
  if (!letters) return false;
  let start = first;
  while (
    first - start < MAX_NAME_WORDS &&
    inName(tokens[start - 1]) &&
    joinable(text, tokens[start - 1]!, tokens[start]!)
  )
    start--;
  const words = tokens.slice(start, end + 1).filter((t) => t.upper && !PARTICLES.has(t.key));
  if (words.some((t) => GOVERNMENT_WORDS.has(t.key))) return false;
  const initials = words.map((t) => t.text[0]?.toUpperCase() ?? '').join('');
  // The name's words the letters spell are its last ones, and the place is among them.
  const placeAt = words.findIndex((t) => t.start >= (tokens[first]?.start ?? 0));
  return initials.endsWith(letters) && placeAt >= words.length - letters.length;
}

/** The abbreviation in brackets right after a Dari name: Latin capitals («(UNAMA)») or one Dari word («(یوناما)»). */
const DARI_ABBREVIATION_AFTER = /^[ \t]*\((?<letters>\p{Lu}{2,8}|[\u0600-\u06FF\u200C]{3,14})\)/u;
/** A body's head opening its name, then words with no stop or comma up to the place. */
const DARI_BODY_BEFORE = new RegExp(
  `(?:^|[\\s(«])${wordAlternation(DARI_ABBREVIATED_BODY_HEADS)}(?:ٔ|\\u200C?ی)?(?:\\s+[^\\s.،,؛:؟!()«»]+){0,8}\\s+$`,
  'u',
);
const DARI_GOVERNMENT_WORD = new RegExp(
  `(?:^|\\s)${wordAlternation(DARI_GOVERNMENT_BODY_WORDS)}(?:ٔ|\\u200C?ی)?\\s`,
  'u',
);
/** Characters read before a Dari place for the name's head. */
const DARI_NAME_REACH = 80;

/**
 * «هیئت معاونت سازمان ملل متحد در افغانستان (یوناما)», «صندوق بشردوستانهٔ افغانستان (AHF)»: a Dari place that ends
 * a body's name the text abbreviates right after it; a government body's name («ریاست … ولایت کندز (…)») keeps it.
 * A place or a number in the brackets («… در ولسوالی نهرین (بغلان)», «(۱۴۰۵)») is a note on the place, no abbreviation.
 */
export function insideDariAbbreviatedName(
  text: string,
  start: number,
  end: number,
  isPlaceName: (name: string) => boolean,
): boolean {
  // Only a bracket right after the name (past spaces and tabs) opens an abbreviation: most names have none.
  let at = end;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  if (text.charCodeAt(at) !== 0x28) return false;
  const letters = DARI_ABBREVIATION_AFTER.exec(text.slice(end, end + 20))?.groups?.['letters'];
  if (!letters || /\p{Nd}/u.test(letters) || isPlaceName(letters)) return false;
  const before = text.slice(Math.max(0, start - DARI_NAME_REACH), start);
  const head = DARI_BODY_BEFORE.exec(before);
  return head !== null && !DARI_GOVERNMENT_WORD.test(before.slice(head.index) + ' ');
}
