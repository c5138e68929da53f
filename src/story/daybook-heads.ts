/**
 * A wire daybook's event head: a time, a dash or a colon, then where in capitals ("0900 — KUNDUZ", "1000 — IMAM
 * SAHIB, KUNDUZ PROVINCE", "14:00: RUSTAQ — WATER USERS' ASSEMBLY", "9.30 a.m. – FAIZABAD"). The event's place
 * is the item's, so the head is read as the text, as a roundup's item head is.
 */
import { isCapsHead } from './caps-heads.ts';
import { moreWordsThan } from './word-count.ts';

/**
 * "0900", "09:00", "9.30", "14:00 GMT", "9.30 a.m.", then the dash or colon before the head; "2001 — KUNDUZ
 * FALLS" is a timeline's year, not a time (an evening event is written "19:30").
 */
const EVENT_TIME =
  /^(?!(?:19|20)\d\d[ \t]*[—–:-])(?:[01]?\d|2[0-3])[:.]?[0-5]\d(?:[ \t]*(?:[ap]\.?m\.?|hrs|GMT|local))?[ \t]*(?:[—–:]|-(?=[ \t]))[ \t]*(?=\p{Lu})/iu;

/** Where the head after the event's time starts in the trimmed line, -1 when the line is no event head. */
function eventTimeEnd(line: string): number {
  const time = EVENT_TIME.exec(line);
  return time !== null && isCapsHead(line.slice(time[0].length)) ? time[0].length : -1;
}

/** Whether the line is a daybook's event head: a time, then a head in capitals. */
export function isTimedEventHead(text: string): boolean {
  return eventTimeEnd(text.trim()) >= 0;
}

/** Most words of the town an event head names first ("IMAM SAHIB", "PUL-E-KHUMRI"). */
const MAX_TOWN_WORDS = 3;
/** The town: the head's words up to a comma, a bracket or the line's end. */
const HEAD_TOWN = /^[^,،(]+/u;

/**
 * "0900 — KUNDUZ", "1400 — PUL-E-KHUMRI (ADDED)", "1000 — IMAM SAHIB, KUNDUZ PROVINCE" alone in its passage: the
 * town the event is held in, read as a dateline's city (the province after it is the province).
 */
export function eventHeadCity(passage: string): { start: number; end: number } | undefined {
  if (passage.includes('\n')) return undefined;
  const line = passage.trim();
  const end = eventTimeEnd(line);
  if (end < 0) return undefined;
  // Offsets are the passage's: the head's place in the trimmed line, past the spaces trimmed before it.
  const at = passage.length - passage.trimStart().length + end;
  const town = HEAD_TOWN.exec(line.slice(end))?.[0].trimEnd() ?? '';
  if (town === '' || moreWordsThan(town, MAX_TOWN_WORDS)) return undefined;
  return { start: at, end: at + town.length };
}
