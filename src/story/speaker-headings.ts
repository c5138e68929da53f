/**
 * Minutes, hearings and panel write-ups set each speaker on a line of their own — a list number perhaps, the
 * name, a role in commas or brackets, and a colon closing the line — and put the speaker's words in the paragraph
 * under it: "۳. محترمه X، عضو شورا از ناحیهٔ دوم:", "2. Councillor Jane Doe (Ward 3):". That paragraph is the
 * speaker's turn: its quotations are theirs when nothing in it names another speaker, and a turn with no quotation
 * marks that does not report them in the third person ("اظهار داشت که …", "She said that …") is their own words,
 * a quotation as an interview's answer is.
 */
import { TITLE_ABBREVIATION, hasSpeechVerb } from './lexicon.ts';
import { colonAfterRole, hasDariSpeechVerb, parseSubject, resolveDariSubject } from './dari-attribution.ts';
import { isDariText } from './dari-words.ts';
import { moreWordsThan, wordCount } from './word-count.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** A list's number before the heading: "۳.", "12)", "4 -". */
const LIST_NUMBER = /^\s*(?:[\d۰-۹]{1,3}\s*[.)\-–]\s*)?/u;
/** A heading is a short line: the longest name and role of a council's minutes run to about twenty words. */
const HEADING_MAX_WORDS = 24;
/** What never stands in a heading: a sentence's end or a quotation mark. */
const NOT_IN_HEADING = /[!?؟«»"“”]|[.。]\s+\S/u;
/** "Councillor Jane Doe, Ward 3:", "Dr. Omar Zaki (guest):": an English name, then its role in commas or brackets. */
const ENGLISH_HEADING = new RegExp(
  String.raw`^(?<name>(?:${TITLE_ABBREVIATION}\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3})(?:\s*,\s*(?<role>[^,:()\n]{2,80}))?(?:\s*\((?<bracket>[^()\n]{1,60})\))?$`,
  'u',
);

/** Longer than this, a line is no heading, whatever its words: asked once per quotation, it reads no more. */
const HEADING_MAX_CHARS = 400;

/** The heading's words without its list number and closing colon; null when the passage is no heading. */
function headingBody(text: string): string | null {
  const t = text.trim();
  if (t.length > HEADING_MAX_CHARS || !(t.endsWith(':') || t.endsWith('：'))) return null;
  if (t.includes('\n') || moreWordsThan(t, HEADING_MAX_WORDS)) return null;
  const body = t.slice((LIST_NUMBER.exec(t)?.[0] ?? '').length, -1).trim();
  return body === '' || NOT_IN_HEADING.test(body) ? null : body;
}

/** "رئیس آبرسانی (مهمان)" → "رئیس آبرسانی": brackets closing the heading, read as part of its role. */
function withoutBrackets(body: string): string {
  let named = body;
  while (named.endsWith(')') && named.lastIndexOf('(') > 0)
    named = named.slice(0, named.lastIndexOf('(')).trimEnd();
  return named;
}

/** The speaker a heading in Dari names: "Name، role:" with a role after the last comma. */
function dariHeadingSpeaker(
  table: SpeakerTable,
  text: string,
  body: string,
  p: number,
  create: boolean,
): string | null {
  const named = withoutBrackets(body);
  if (!/[،,]/u.test(named) || !colonAfterRole(named)) return null;
  const at = Math.max(0, text.indexOf(named));
  const s = parseSubject(named, at);
  if (!s?.name || s.pronoun || s.indefinite) return null;
  return resolveDariSubject(table, s, p, create, text);
}

/** The speaker an English heading names: a person the text knows, or a name that a role goes with. */
function englishHeadingSpeaker(
  table: SpeakerTable,
  text: string,
  body: string,
  p: number,
  create: boolean,
): string | null {
  const m = ENGLISH_HEADING.exec(body);
  const name = m?.groups?.['name'] ?? '';
  const role = (m?.groups?.['role'] ?? m?.groups?.['bracket'] ?? '').trim();
  const known = name ? table.lookup(name) : null;
  if (known && !known.anonymous) return known.id;
  if (!m || !role || !create || !table.isPersonName(name, 2)) return null;
  const start = Math.max(0, text.indexOf(name));
  const s = table.add(name, role, { passage: p, start, end: start + body.length });
  table.noteEvent({ passage: p, start, end: start + name.length, speaker: s.id });
  return s.id;
}

/** The speaker whose turn passage `turn` is, named by the heading right above it; null when none stands there. */
export function headingSpeaker(
  table: SpeakerTable,
  reading: Reading,
  turn: number,
  create: boolean,
): string | null {
  const p = turn - 1;
  const text = reading.texts[p];
  const own = reading.texts[turn];
  if (p < 0 || text === undefined || own === undefined || headingBody(own) !== null) return null;
  const body = headingBody(text);
  if (body === null) return null;
  return isDariText(body)
    ? dariHeadingSpeaker(table, text, body, p, create)
    : englishHeadingSpeaker(table, text, body, p, create);
}

/** The turn's first sentence reports its speaker ("اظهار داشت که …", "He said the road …"): narration, not words. */
function reportsSpeech(text: string): boolean {
  const first = text.split(/[.!?؟]/u)[0] ?? '';
  return isDariText(first) ? hasDariSpeechVerb(first) : hasSpeechVerb(first);
}

/**
 * Each turn under a heading that holds no quotation marks and does not report its speaker: the whole paragraph,
 * a quotation of the heading's speaker. `quoted` are the passages whose quotations were read already.
 */
export function headingStatements(
  table: SpeakerTable,
  reading: Reading,
  quoted: ReadonlySet<number>,
  create: boolean,
): { passage: number; span: QuoteSpan; speaker: string }[] {
  const out: { passage: number; span: QuoteSpan; speaker: string }[] = [];
  reading.texts.forEach((text, p) => {
    if (quoted.has(p)) return;
    const speaker = headingSpeaker(table, reading, p, create);
    if (!speaker || reportsSpeech(text)) return;
    const start = text.search(/\S/);
    const end = text.trimEnd().length;
    if (start < 0 || end <= start) return;
    const span: QuoteSpan = { open: null, close: end, start, end, words: wordCount(text.slice(start, end)) };
    out.push({ passage: p, span, speaker });
  });
  return out;
}
