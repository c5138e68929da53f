/**
 * '3. By its decision of 2 Hamal the primary court annulled the sale, holding that "…"', 'The Department of
 * Agriculture, by letter no. 2241, informed the court that "…"', 'The appeals court dismissed the claim, ruling that
 * the lease "…"': a court's, department's or agency's words reported in a clause of a sentence the body opens as its
 * subject are that body's.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { BODY_NOUNS, OTHER_CLAUSE_WORDS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** Verbs a body reports by, then "that" (a few words between: "informed the court that", "ruling that the lease"). */
const REPORTING = wordAlternation(
  'holding held ruling ruled finding found stating stated saying said noting noted concluding concluded declaring declared informed told wrote replied answered warned'.split(
    ' ',
  ),
);
/** A sentence's opener before its subject: "3.", "3.11", "In reply,", "By its decision of 2 Hamal 1397". */
const OPENER = String.raw`(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:(?:After|At|By|In|Last|On|This|Under|With)\s[^"“”,\n]{1,60}?,?\s+)?`;
/** A word of what a body is of: not the verb its sentence reports by. */
const WORD = String.raw`(?!${REPORTING}\b)[\p{L}'’-]+`;
/** The body: "the primary court", "the Department of Agriculture, Irrigation and Livestock". */
const BODY = String.raw`(?<body>[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}?${wordAlternation(BODY_NOUNS, true)}(?:\s+(?:of|for)\s+(?:the\s+)?${WORD}(?:,?\s+(?:and\s+)?${WORD}){0,4})?)`;
/** What stands between the body and its verb: no other clause ("but residents said", "a farmer, who said"). */
const GAP = String.raw`(?:(?!\b${wordAlternation(OTHER_CLAUSE_WORDS)}\b)[^"“”\n]){0,240}?`;
const BODY_HOLDS = new RegExp(
  String.raw`^\s*${OPENER}${BODY}(?=[\s,])${GAP}\b${REPORTING}\b[^"“”.!?;\n]{0,60}?\bthat\s+(?:[^"“”.!?;,\n]{1,40}\s)?$`,
  'u',
);

/** The body a sentence opens on whose reported words the quotation ends, or null. */
export function bodyHolding(before: string): { body: string; at: number } | null {
  const m = BODY_HOLDS.exec(before);
  const body = m?.groups?.['body'];
  return m && body ? { body, at: m.index + m[0].indexOf(body) } : null;
}

/** The quotation is the body's: one the table knows by that name, else a source by the phrase. */
export const bodyHoldingThat: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !ctx.create) return;
  const found = bodyHolding(q.before);
  if (!found) return;
  const at = q.sStart + found.at;
  const name = found.body.charAt(0).toUpperCase() + found.body.slice(1);
  const known = ctx.table.lookup(name);
  v.speaker = (
    known ?? ctx.table.addAnonymous(name, '', { passage: q.p, start: at, end: at + name.length })
  ).id;
  v.via = 'clause';
};
