/**
 * '"…," the statement said' after '… the provincial department of transport said in a statement.'; '"…," the
 * notice read' after 'a notice from the Taloqan municipality'; '… the court annulled the sale, holding that "…"':
 * a document that speaks after its quotation is the body that issued it, found where the text named the
 * document with its author (bounded windows of the passages just before).
 */
import { BODY_NOUNS, DOCUMENT_NOUNS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';
import type { SpeakerTable } from './speakers.ts';

/** Passages back the document's author may be named. */
const BACK_REACH = 2;
/** Characters of each passage read back (no whole-passage scan per quotation). */
const TEXT_REACH = 1200;
/** Characters after the closing mark read for the document's verb. */
const AFTER_REACH = 80;

interface DraftLike {
  passage: number;
  span: { start: number; close: number | null };
  speaker: string | null;
}

const DOC = wordAlternation(DOCUMENT_NOUNS);
const DOC_VERB = wordAlternation(
  'said says read reads stated states added adds continued warned warns noted notes concluded found'.split(
    ' ',
  ),
);
/** '"…," the statement said', '"…," its letter reads', '"…," read the notice': a definite document speaks. */
const TRAILING_DOCUMENT = new RegExp(
  String.raw`^\s*[,—–]?\s*(?:(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+)?(?<doc>${DOC})\s+${DOC_VERB}|(?:said|read|reads|says)\s+(?:the|its|this|that)\s+(?:[\p{Ll}-]+\s+)?(?<doc2>${DOC}))\b`,
  'u',
);

/** A body by its noun ("the provincial department of disaster management") or by a capitalised name ("UNICEF"). */
const BODY = String.raw`(?<body>[Tt]he\s+(?:[\p{L}'’-]+\s+){0,4}?${wordAlternation(BODY_NOUNS, true)}(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,5})`;

const issuingPatterns = new Map<string, RegExp>();
/**
 * Where a text names a document of this noun with its author: "BODY said in a statement", "In a statement, BODY
 * said", "a notice from BODY", "BODY issued a statement".
 */
function issuing(doc: string): RegExp {
  let re = issuingPatterns.get(doc);
  if (!re) {
    const a = String.raw`(?:an?|its|the)\s+(?:[\p{Ll}-]+\s+)?${doc}`;
    re = new RegExp(
      String.raw`${BODY}\s+(?:said|announced|warned|wrote|stated)\s+in\s+${a}\b|\b[Ii]n\s+${a}(?:\s+[^,.;:!?"“”]{1,30})?,\s+${BODY.replace('<body>', '<body2>')}\s+(?:said|says|announced|warned)|\b${a}\s+(?:from|by|issued\s+by|signed\s+by)\s+${BODY.replace('<body>', '<body3>')}|${BODY.replace('<body>', '<body4>')}\s+(?:issued|released|sent|published|posted)\s+${a}\b`,
      'gu',
    );
    issuingPatterns.set(doc, re);
  }
  return re;
}

/** The body last named as the author of a document of this noun before `end` in passage p, or the two before. */
export function documentIssuer(
  table: SpeakerTable,
  p: number,
  end: number,
  doc: string,
): { name: string; passage: number; start: number } | null {
  for (let at = p; at >= Math.max(0, p - BACK_REACH); at--) {
    const text = table.passageText(at);
    const upTo = at === p ? end : text.length;
    const from = Math.max(0, upTo - TEXT_REACH);
    const found = [...matchesOf(issuing(doc), text.slice(from, upTo))].at(-1);
    const g = found?.groups;
    const body = g?.['body'] ?? g?.['body2'] ?? g?.['body3'] ?? g?.['body4'];
    if (found && body) return { name: body, passage: at, start: from + found.index + found[0].indexOf(body) };
  }
  return null;
}

/**
 * Whether the text back to passage `from` brings in a new document of this noun ("the opposition published its own
 * statement"): its issuer, unread, is not the body quoted before it.
 */
const newDocumentPatterns = new Map<string, RegExp>();
function newDocumentSince(table: SpeakerTable, from: number, p: number, end: number, doc: string): boolean {
  let re = newDocumentPatterns.get(doc);
  if (!re) {
    re = new RegExp(String.raw`\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+)?${doc}\b`, 'u');
    newDocumentPatterns.set(doc, re);
  }
  for (let at = p; at >= from; at--) {
    const text = table.passageText(at);
    const upTo = at === p ? end : text.length;
    if (re.test(text.slice(Math.max(0, upTo - TEXT_REACH), upTo))) return true;
  }
  return false;
}

/** The document a quotation's words are given to right after it ("the statement said"), or null. */
export function trailingDocument(after: string): string | null {
  const g = TRAILING_DOCUMENT.exec(after.slice(0, AFTER_REACH))?.groups;
  return (g?.['doc'] ?? g?.['doc2'] ?? null)?.toLowerCase() ?? null;
}

/** Give each unattributed quotation a document speaks after to the body that issued the document. */
export function giveTrailingDocumentsToIssuers(
  table: SpeakerTable,
  drafts: readonly DraftLike[],
  create: boolean,
): void {
  let body: { passage: number; speaker: string } | null = null;
  for (const d of drafts) {
    if (d.speaker !== null) {
      body = table.isBodySpeaker(d.speaker) ? { passage: d.passage, speaker: d.speaker } : null;
      continue;
    }
    if (d.span.close === null || !create) continue;
    const text = table.passageText(d.passage);
    const doc = trailingDocument(text.slice(d.span.close + 1));
    if (!doc) continue;
    const issuer = documentIssuer(table, d.passage, d.span.start, doc);
    if (issuer) {
      const { passage, start } = issuer;
      const name = issuer.name.charAt(0).toUpperCase() + issuer.name.slice(1);
      const known = table.lookup(name);
      d.speaker = (known ?? table.addAnonymous(name, '', { passage, start, end: start + name.length })).id;
    } else if (
      body &&
      d.passage - body.passage <= BACK_REACH &&
      !newDocumentSince(table, body.passage, d.passage, d.span.start, doc)
    )
      d.speaker = body.speaker;
  }
}
