/**
 * A transcript's turns: speech set under a speaker label ("[00:01:12] HAIDARI: …", "Haidari (farmer): …",
 * "[Haidari] …") is a quotation of the person the label names, and runs on through the paragraphs without a label
 * until the next label or a stage direction ("[music]"). A label that names nobody ("VOICEOVER:", "CLAIM:") is
 * the film's own voice. The screen's caption over a speaker ("[LOWER THIRD: NAME / role]", removed as page
 * chrome) introduces that person: it gives the surname a label uses its full name and role, and a turn that
 * comes after it with no label at all is the captioned person's, who has not spoken yet.
 */
import { wordCount } from './clean.ts';
import { normalizeName } from './normalize.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** A line the page shows over the film (a lower third), and the first passage that follows it. */
export interface Caption {
  passage: number;
  text: string;
}

/** A transcript's time mark before a turn, in Latin or Persian digits: "[00:01:02]", "(12:40)", "[۱۲:۴۰]". */
export const TIME_MARK = String.raw`[\[(][\d۰-۹]{1,2}(?::[\d۰-۹]{2}){1,2}[\])]\s*`;
/** A name's letters in a label or a caption: Latin or Arabic script, the Persian joiner (ZWNJ), dots, hyphens. */
const NAME_CHARS = String.raw`[\p{L}\p{M}\u200c.'’\- ]`;
const LABEL_CHARS = String.raw`\p{L}${NAME_CHARS}{0,40}?`;
/**
 * A turn's label: "NAME:", "Name (role):" or "[Name]" opening the paragraph, after an optional time mark. The
 * bracketed form needs a capital, so "[music]" stays a stage direction.
 */
const TURN_LABEL = new RegExp(
  String.raw`^(?:${TIME_MARK})?(?:\[(?<bracket>\p{Lu}${NAME_CHARS}{0,40})\]\s+|(?<label>${LABEL_CHARS})(?:\s*\((?<role>[^()\n]{1,60})\))?\s*:\s+)(?=\S)`,
  'u',
);
/** A paragraph that is only a time mark and a bracketed direction: "[00:03:50] [music]". */
const STAGE_DIRECTION = new RegExp(String.raw`^(?:${TIME_MARK})?\[[^\]\n]*\]\s*$`, 'u');
const OPENS_WITH_TIME = new RegExp(`^${TIME_MARK}`, 'u');
/**
 * A caption naming a person: "[00:00:38] [LOWER THIRD: NAME NAME / role]", "Name Name, role": perhaps a time
 * mark, a bracket and the caption's kind in capitals, then the name, a slash, bar, dash or comma, and the role.
 */
const CAPTION_PERSON = new RegExp(
  String.raw`^(?:${TIME_MARK})?\[?(?:[\p{Lu} ]{2,24}:\s*)?(?<name>\p{L}${NAME_CHARS}{0,60}\p{L})\s*[/|,–—]\s*(?<role>[^/|\]\n\s](?:[^/|\]\n]{0,80}[^/|\]\n\s])?)\s*\]?$`,
  'u',
);
/** A transcript has at least this many turns under labels that name people. */
const MIN_TURNS = 3;

/** A label in capitals ("LINA OSMANI") as the text writes the name ("Lina Osmani"); any other label is kept. */
export function labelAsWritten(label: string): string {
  if (!/^\p{Lu}{2,}(?:[\s'’-]+\p{Lu}+)*$/u.test(label)) return label;
  return label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, c: string) => before + c.toUpperCase());
}

/** The label opening a paragraph, as written, with its role and where the speech starts; null for none. */
export function turnLabel(text: string): { label: string; role: string; start: number } | null {
  const m = TURN_LABEL.exec(text);
  const label = (m?.groups?.bracket ?? m?.groups?.label ?? '').trim();
  if (!m || !label) return null;
  return { label: labelAsWritten(label), role: m.groups?.role?.trim() ?? '', start: m[0].length };
}

/** The person a caption names, as written, with the role it gives; null when it names no one. */
export function captionPerson(table: SpeakerTable, caption: string): { name: string; role: string } | null {
  const m = CAPTION_PERSON.exec(caption.trim());
  const name = labelAsWritten(m?.groups?.name?.trim() ?? '');
  const role = m?.groups?.role?.trim() ?? '';
  if (!name || !role || !table.isPersonName(name, 2)) return null;
  return { name, role };
}

/** Whether a label ("Nekzad", "Dr Nekzad") is the name a caption gives in full, by its last word. */
function labelNames(label: string, name: string): boolean {
  const last = normalizeName(label.split(/\s+/).at(-1) ?? '');
  return last !== '' && name.split(/\s+/).some((w) => normalizeName(w) === last);
}

type Who = { id: string } | { name: string; role: string } | null;

/** Who a label names: a person the text knows, one a caption introduces, or one the label gives a role. */
function labelSpeaker(
  table: SpeakerTable,
  label: string,
  role: string,
  captioned: readonly { name: string; role: string }[],
): Who {
  const fromCaption = captioned.find((c) => labelNames(label, c.name));
  if (fromCaption) return fromCaption;
  const known = table.lookup(label);
  if (known && !known.anonymous) return { id: known.id };
  return role && table.isPersonName(label, 1) ? { name: label, role } : null;
}

/** The speaker's id, adding a person the caption or the label introduces. */
function speakerId(table: SpeakerTable, who: NonNullable<Who>): string {
  return 'id' in who ? who.id : table.add(who.name, who.role, null).id;
}

/** One paragraph of a transcript: who speaks it (null: the film's own voice) and where the speech starts. */
interface Turn {
  p: number;
  who: Who;
  start: number;
}

/**
 * Every paragraph's turn: a labelled one is its label's; one with no label runs on the turn before it, or is the
 * captioned person's when a caption came after the last person's turn; a stage direction ends a turn.
 */
function turnsOf(table: SpeakerTable, reading: Reading): (Turn | null)[] {
  const captions = (reading.captions ?? []).flatMap((c) => {
    const person = captionPerson(table, c.text);
    return person ? [{ ...person, passage: c.passage }] : [];
  });
  let current: Who = null;
  let pending: Who = null;
  return reading.texts.map((text, p) => {
    for (const c of captions) if (c.passage === p) pending = c;
    if (STAGE_DIRECTION.test(text)) {
      current = null;
      return null;
    }
    const l = turnLabel(text);
    if (l) {
      current = labelSpeaker(table, l.label, l.role, captions);
      if (current) pending = null;
      return { p, who: current, start: l.start };
    }
    if (current === null && pending !== null && OPENS_WITH_TIME.test(text)) {
      current = pending;
      pending = null;
    }
    return current ? { p, who: current, start: 0 } : null;
  });
}

/** The turns of a transcript as whole-paragraph quotations; none when fewer than MIN_TURNS labels name people. */
export function transcriptTurns(
  table: SpeakerTable,
  reading: Reading,
  quotedPassages: ReadonlySet<number>,
): { passage: number; span: QuoteSpan; speaker: string }[] {
  const turns = turnsOf(table, reading);
  const labelled = turns.filter((t) => t?.who && t.start > 0).length;
  if (labelled < MIN_TURNS) return [];
  return turns.flatMap((t) => {
    if (!t?.who || quotedPassages.has(t.p)) return [];
    const text = reading.texts[t.p] ?? '';
    const start = t.start + (OPENS_WITH_TIME.exec(text.slice(t.start))?.[0].length ?? 0);
    const end = text.trimEnd().length;
    if (end <= start) return [];
    const span: QuoteSpan = { open: null, close: end, start, end, words: wordCount(text.slice(start, end)) };
    return [{ passage: t.p, span, speaker: speakerId(table, t.who) }];
  });
}
