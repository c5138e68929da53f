/**
 * An oral-history or research interview transcript labels its turns by the speakers' initials ("AGN:", "SR:") or
 * by their part ("Resp:", "R:", "Interviewee:"), and its header says who is who: "Narrator: Haji Abdul Ghafoor
 * Nazari", "Interviewer: Sadia Rahyab (SR)". Such a label is the person the header or the text names, not a new
 * speaker called "Agn" or "Resp".
 */
import { HONORIFICS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { normalizeName } from './normalize.ts';
import type { SpeakerDraft, SpeakerTable } from './speakers.ts';

/** A label of initials: two to four capitals, no stops ("AGN", "SR", "MYR"). */
const INITIALS_LABEL = /^\p{Lu}{2,4}$/u;
/** Labels for the person interviewed, as transcripts abbreviate them. */
const RESPONDENT_LABELS = new Set([
  'resp',
  'r',
  'respondent',
  'interviewee',
  'informant',
  'participant',
  'p',
]);
const NAME = String.raw`\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){1,5}`;
/** "Narrator: Haji Abdul Ghafoor Nazari (b. c. 1941)", "Respondent: Rahima Sultani, 52, midwife": a header's person. */
const HEADER_PERSON = new RegExp(
  String.raw`(?<![\p{L}])(?<role>Narrator|Interviewee|Respondent|Informant|Participant|Interviewer|Interview by)[ \t]*:[ \t]*(?<name>${NAME})`,
  'gu',
);
/** "(SR)": initials in brackets, after the name they stand for. */
const BRACKET_INITIALS = /\((?<initials>\p{Lu}{2,4})\)/gu;
/** Characters before the brackets read for the name. */
const NAME_REACH = 60;

/** The capitalised words right before `at` ("… with Sadia Rahyab"): the name initials in brackets follow. */
function nameBefore(text: string, at: number): string {
  const words = text
    .slice(Math.max(0, at - NAME_REACH), at)
    .trimEnd()
    .split(/[ \t]+/u);
  const name: string[] = [];
  while (words.length > 0 && /^\p{Lu}[\p{L}'’-]+$/u.test(words.at(-1) ?? '')) name.unshift(words.pop() ?? '');
  return name.length >= 2 ? name.join(' ') : '';
}

/** How many passages from the top a header may run to. */
const HEADER_PASSAGES = 6;

/** The initials of a name's words, with and without the titles opening it ("Haji Abdul Ghafoor Nazari": HAGN, AGN). */
export function initialsOf(name: string): string[] {
  const words = name.split(/[\s]+/u).filter((w) => /^\p{L}/u.test(w));
  const letters = (ws: readonly string[]) =>
    ws
      .filter((w) => !/^\p{Lu}\.$/u.test(w))
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
  let first = 0;
  while (first < words.length - 1 && HONORIFICS.has(normalizeName(words[first] ?? ''))) first++;
  const all = letters(words);
  const untitled = letters(words.slice(first));
  return all === untitled ? [all] : [all, untitled];
}

/** The header's people: by role, and by the initials the header gives or their names have. */
interface Header {
  respondent: string | null;
  byInitials: Map<string, string>;
  /** The top names or gives a turn to an interviewer: "R:", "P:" are then the respondent's, not a reporter's or presenter's. */
  interviewer: boolean;
}

/** "R:", "P:": one letter that is a respondent or participant only in a research interview. */
const ONE_LETTER = /^\p{L}$/u;
/** "I: When did you …", "[00:00:10] Int: …": an interviewer's turn, which a research transcript has. */
const INTERVIEWER_TURN = /^(?:\[[\d:.]{1,12}\][ \t]*)?(?:I|Int|Interviewer|Q)[ \t]*:/u;

/** The passages a label is read against, and the lines removed above them. */
export interface LabelReading {
  texts: readonly string[];
  front?: readonly string[];
}

const headers = new WeakMap<readonly string[], Header>();

/** The header of a transcript, read once per text. */
function headerOf({ texts, front = [] }: LabelReading): Header {
  let header = headers.get(texts);
  if (header) return header;
  header = { respondent: null, byInitials: new Map(), interviewer: false };
  for (const text of [...front, ...texts.slice(0, HEADER_PASSAGES)]) {
    if (!text.includes(':') && !text.includes('(')) continue;
    if (INTERVIEWER_TURN.test(text)) header.interviewer = true;
    for (const m of matchesOf(HEADER_PERSON, text)) {
      const name = (m.groups?.['name'] ?? '').trim();
      const role = m.groups?.['role'] ?? '';
      if (role !== 'Interviewer' && role !== 'Interview by') header.respondent ??= name;
      else header.interviewer = true;
      for (const i of initialsOf(name)) if (!header.byInitials.has(i)) header.byInitials.set(i, name);
    }
    for (const m of matchesOf(BRACKET_INITIALS, text)) {
      const name = nameBefore(text, m.index);
      if (name) header.byInitials.set(m.groups?.['initials'] ?? '', name);
    }
  }
  headers.set(texts, header);
  return header;
}

/**
 * The person a transcript's label stands for by initials or by part: the header's, else the one known person
 * whose initials they are; null when the label is neither.
 */
export function personOfLabel(
  table: SpeakerTable,
  reading: LabelReading,
  label: string,
  words = '',
): string | null {
  const raw = label.trim();
  const isInitials = INITIALS_LABEL.test(raw);
  if (!isInitials && !RESPONDENT_LABELS.has(raw.toLowerCase())) return null;
  const header = headerOf(reading);
  // "P:" in a broadcast is the presenter: one letter is the respondent only where an interviewer asks.
  if (!isInitials && ONE_LETTER.test(raw) && !header.interviewer) return null;
  const named = isInitials ? header.byInitials.get(raw) : header.respondent;
  // "Interviewee: Farid Ahmadzai, engineer": the header's own line, no turn of theirs.
  if (named && words.trimStart().startsWith(named)) return null;
  if (named) return (table.lookup(named) ?? table.add(named, '', null)).id;
  if (!isInitials) return null;
  const matching = table.speakers.filter((s) => !s.anonymous && initialsOfSpeaker(s).includes(raw));
  return matching.length === 1 ? (matching[0]?.id ?? null) : null;
}

/** Each speaker's initials as of the name they were read from: every unknown label's turn scans the table. */
const speakerInitials = new WeakMap<SpeakerDraft, { name: string; initials: string[] }>();

/** A speaker's initials, read again only when the table has respelled or titled the name. */
function initialsOfSpeaker(s: SpeakerDraft): string[] {
  const held = speakerInitials.get(s);
  if (held?.name === s.name) return held.initials;
  const initials = initialsOf(s.name);
  speakerInitials.set(s, { name: s.name, initials });
  return initials;
}
