/**
 * A place inside a name the text abbreviates right after it: "the United Nations Assistance Mission in Afghanistan
 * (UNAMA)", "the Afghanistan Humanitarian Fund (AHF)". The initials of the name's capitalised words spell the
 * letters in brackets, so the place is a word of the name, not a mention — unless the name is a body of the
 * place's government ("the Kunduz Provincial Council (KPC)"), which acts for the place (see organisations.ts).
 */
import { GOVERNMENT_WORDS } from './lexicon.ts';
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
