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
/** Characters of each of those passages read back for the name or the document (no whole-passage scan per quote). */
const TEXT_REACH = 1500;
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
  String.raw`(?:^|[.!?]["”’]?\s+)(?<according>[Aa]ccording\s+to\s+)?(?<det>[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:(?<owner>\p{L}+)['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?<doc>${DOC})\b(?<rest>[^.!?]*)$`,
  'u',
);
/** "the Ministry of Public Health", "the Education Ministry": a body's proper name with its noun capitalised. */
const properBody = (noun: string): RegExp =>
  new RegExp(
    String.raw`(?:(?!The\s)\p{Lu}\p{Ll}+\s+){0,3}${noun}(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:\s+and)?\s+){0,3}\p{Lu}\p{Ll}+)?`,
    'gu',
  );

/**
 * After the document, what says it is another's ("The report by Human Rights Watch", "The letter, signed by
 * elders", "The statement from the union") or that someone else speaks ("…, who told reporters he was").
 */
const ANOTHERS_DOCUMENT = /^(?:\s*,|\s+(?:by|from|of)\b)/u;
const OTHER_SPEAKER = /\bwho\b/u;

/**
 * The document a quotation's sentence is about, with its possessor ("ministry", "farmer") if any — the body
 * quoted before must bear that name — and its noun when only "the/this/that" ties it to a document named
 * before; null if none.
 */
export function documentSubject(before: string): { owner: string | null; antecedent: string | null } | null {
  const m = DOCUMENT_SUBJECT.exec(before.slice(-SENTENCE_REACH));
  const g = m?.groups;
  if (!g) return null;
  const rest = g['rest'] ?? '';
  if ((!g['according'] && ANOTHERS_DOCUMENT.test(rest)) || OTHER_SPEAKER.test(rest)) return null;
  const owner = g['owner']?.toLowerCase() ?? null;
  const bare = !owner && !/^its$/iu.test(g['det'] ?? '');
  return { owner, antecedent: bare ? (g['doc'] ?? null) : null };
}

/** Whether a passage p-BACK_REACH … p (before `end` in p) already named the document ("in a statement"). */
function documentNamedBefore(table: SpeakerTable, p: number, end: number, noun: string): boolean {
  const word = new RegExp(String.raw`\b${noun}\b`, 'iu');
  for (let at = Math.max(0, p - BACK_REACH); at <= p; at++) {
    const text = table.passageText(at);
    const upTo = at === p ? end : text.length;
    if (word.test(text.slice(Math.max(0, upTo - TEXT_REACH), upTo))) return true;
  }
  return false;
}

/** The body named last by its proper name with this noun in passages p-BACK_REACH … p (before `end` in p). */
function lastProperBody(table: SpeakerTable, p: number, end: number, noun: string): string | null {
  const capital = noun.charAt(0).toUpperCase() + noun.slice(1);
  for (let at = p; at >= Math.max(0, p - BACK_REACH); at--) {
    const text = table.passageText(at);
    const upTo = at === p ? end : text.length;
    const names = [...matchesOf(properBody(capital), text.slice(Math.max(0, upTo - TEXT_REACH), upTo))];
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
    const lo = Math.max(0, d.span.start - SENTENCE_REACH);
    const before = table.passageText(d.passage).slice(lo, d.span.start);
    const subject = documentSubject(before);
    if (!subject) continue;
    // "The statement …" takes up one named before, not a first mention of someone else's.
    const sentence =
      lo + Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
    const { antecedent } = subject;
    if (antecedent && !documentNamedBefore(table, d.passage, sentence, antecedent)) continue;
    const body = prior && d.passage - prior.passage <= BACK_REACH ? table.speaker(prior.speaker) : undefined;
    if (body && table.isBodySpeaker(body.id) && !table.isGroup(body.id)) {
      if (!subject.owner || body.name.toLowerCase().includes(subject.owner)) d.speaker = body.id;
      continue;
    }
    const { owner } = subject;
    const named =
      owner && BODY_NOUNS.has(owner) ? lastProperBody(table, d.passage, d.span.start, owner) : null;
    if (!named) continue;
    const known = table.lookup(named) ?? (create ? table.add(named, '', null) : null);
    if (known && table.isBodySpeaker(known.id)) d.speaker = known.id;
  }
}
