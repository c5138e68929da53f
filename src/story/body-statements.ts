/**
 * A body that speaks through a document or a reporting clause of its own, named by a common noun rather than a
 * name: 'According to a notice from the provincial education department, schools will "…"', 'In a
 * letter, the Takhar provincial department of agriculture said that "…"'. The body, by
 * its phrase, said the words.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { BODY_NOUNS, STATEMENT_VERBS } from './lexicon.ts';

/** Documents a body speaks through. */
const DOCUMENT = '(?:statement|letter|report|reply|release|notice|announcement|circular|post)';
/** "the Takhar provincial department of agriculture": modifiers, a body noun, its "of …". */
const BODY = String.raw`(?<body>the\s+(?:[\p{L}’'-]+\s+){0,5}?(?<noun>\p{Ll}+)(?:\s+(?:of|for)\s+(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+)?)`;
/** 'According to a statement from the provincial health department, …"': the body the document is from. */
const ACCORDING_TO_DOCUMENT = new RegExp(
  String.raw`\b[Aa]ccording\s+to\s+(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?${DOCUMENT}\s+(?:from|by|of|issued\s+by)\s+${BODY}(?=\s*[,;]|\s+(?:on|in|dated|last|this)\b)`,
  'u',
);
/**
 * Where a body sits, after it and outside its name: "the interior ministry in Kabul said" (one or two capitalised
 * words, so "in the north" or "in a statement" stays out).
 */
const SEAT = String.raw`(?:\s+in\s+\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)?)?`;
/**
 * '…, the provincial department of public health stated that "…"', 'The education ministry in Kabul wrote on
 * Sunday that "…"': the body as the subject of a reporting verb.
 */
const BODY_REPORTS = new RegExp(
  String.raw`(?:^|,\s+)${BODY.replace('the\\s+', '[Tt]he\\s+')}${SEAT}\s+(?:${STATEMENT_VERBS.join('|')})\s+(?:that\s+)?[^"“”«».!?;]{0,60}$`,
  'u',
);

/** The quotation's speaker: the body its sentence names by a document or as the subject of a reporting verb. */
export const bodyStatement: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  const m = ACCORDING_TO_DOCUMENT.exec(q.before) ?? BODY_REPORTS.exec(q.before);
  const { body, noun } = m?.groups ?? {};
  if (!m || !body || !noun || !BODY_NOUNS.has(noun)) return;
  const at = q.sStart + m.index + m[0].indexOf(body);
  const name = `T${body.slice(1)}`;
  v.speaker = ctx.table.addAnonymous(name, '', { passage: q.p, start: at, end: at + body.length }).id;
  v.via = 'clause';
};
