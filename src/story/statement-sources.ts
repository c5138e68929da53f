/**
 * 'In a statement, the Ministry of Public Health said … "…". The statement called on families "…" and said results
 * would come "within days".', 'According to the ministry's statement, the delay was needed "…"': a quotation whose
 * sentence is about a document the text has already given to a body ("the statement", "its letter", "the
 * ministry's notice") is that body's: the body quoted last just before, or the one the possessor names.
 */
import { BODY_NOUNS, DOCUMENT_NOUNS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';
import type { SpeakerTable } from './speakers.ts';

/** Passages back the body's own quotation or name may stand. */
const BACK_REACH = 2;
/** Characters before a quotation read for its sentence's subject. */
const SENTENCE_REACH = 300;

interface DraftLike {
  passage: number;
  span: { start: number };
  speaker: string | null;
}

const DOC = wordAlternation(DOCUMENT_NOUNS);
/**
 * "The statement called on …", "According to the ministry's statement, …", "Its letter said": a sentence opening
 * on a definite document, with no other quotation or sentence stop before this one.
 */
const DOCUMENT_SUBJECT = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+)(?:[Aa]ccording\s+to\s+)?(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:(?<owner>\p{L}+)['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${DOC})\b[^.!?]*$`,
  'u',
);
/** "the Ministry of Public Health", "the Education Ministry": a body's proper name with its noun capitalised. */
const properBody = (noun: string): RegExp =>
  new RegExp(
    String.raw`(?:(?!The\s)\p{Lu}\p{Ll}+\s+){0,3}${noun}(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:\s+and)?\s+){0,3}\p{Lu}\p{Ll}+)?`,
    'gu',
  );

/** The document a quotation's sentence is about, with its owner's noun ("ministry") if any; null if none. */
export function documentSubject(before: string): { owner: string | null } | null {
  const m = DOCUMENT_SUBJECT.exec(before.slice(-SENTENCE_REACH));
  if (!m) return null;
  const owner = m.groups?.['owner']?.toLowerCase() ?? null;
  return { owner: owner && BODY_NOUNS.has(owner) ? owner : null };
}

/** The body named last by its proper name with this noun in passages p-BACK_REACH … p (before `end` in p). */
function lastProperBody(table: SpeakerTable, p: number, end: number, noun: string): string | null {
  const capital = noun.charAt(0).toUpperCase() + noun.slice(1);
  for (let at = p; at >= Math.max(0, p - BACK_REACH); at--) {
    const text = table.passageText(at);
    const names = [...matchesOf(properBody(capital), at === p ? text.slice(0, end) : text)];
    const last = names.at(-1)?.[0];
    if (last) return last.trim();
  }
  return null;
}

/** Give each unattributed quotation about a body's document to that body. */
export function giveDocumentsToBodies(
  table: SpeakerTable,
  drafts: readonly DraftLike[],
  create: boolean,
): void {
  let previous: DraftLike | null = null;
  for (const d of drafts) {
    const prior = previous;
    previous = d;
    if (d.speaker !== null) continue;
    const subject = documentSubject(table.passageText(d.passage).slice(0, d.span.start));
    if (!subject) continue;
    const body = prior && d.passage - prior.passage <= BACK_REACH ? table.speaker(prior.speaker) : undefined;
    if (body && table.isBodySpeaker(body.id) && !table.isGroup(body.id)) {
      if (!subject.owner || body.name.toLowerCase().includes(subject.owner)) d.speaker = body.id;
      continue;
    }
    const named = subject.owner ? lastProperBody(table, d.passage, d.span.start, subject.owner) : null;
    if (!named) continue;
    const known = table.lookup(named) ?? (create ? table.add(named, '', null) : null);
    if (known && table.isBodySpeaker(known.id)) d.speaker = known.id;
  }
}
