/**
 * A fact-check's claim line: 'Claim: "…" — Facebook page "Kunduz Voice", 3 April' — the quoted claim is its
 * source's, the page, channel or account named after the dash (its platform's word and its quotation marks off).
 */
import type { QuoteStep } from './attribution-adjacent.ts';

/** Characters after the claim read for its source. */
const LINE_REACH = 120;

/** "Claim:", "CLAIM:", "The claim:", "Viral claim:", "What was claimed:" — the whole of the words before the quote. */
const CLAIM_LABEL = /^\s*(?:(?:the|viral|a|false)\s+)?(?:claim|claimed|what\s+was\s+claimed)\s*:\s*$/iu;

/** Platforms whose page or channel the source is. */
const PLATFORM =
  '(?:Facebook|Telegram|TikTok|Instagram|YouTube|WhatsApp|X|Twitter|website|Web\\s+site|blog|news\\s+site)';
/**
 * The dash after the claim, then the source: "Facebook page "Name"", "a Telegram channel, Name", "Name" — ending
 * the line or before a comma or a bracket, never running on past a full stop ("— Misleading. Market data …").
 */
const SOURCE_AFTER = new RegExp(
  String.raw`^[\s.,!?]*[—–―]{1,2}[ \t]*(?:(?:an?|the)[ \t]+)?(?:${PLATFORM}[ \t]+)?(?:(?:page|channel|account|group|user|post)(?:[ \t]*,)?[ \t]*)?["“]?(?<name>\p{Lu}[^"“”,;().\n]{1,60})["”]?\.?[ \t]*(?:[,;(]|$)`,
  'u',
);

/** 'Claim: "…" — Page': the page said it. */
export const claimSource: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || q.span.close === null) return;
  if (!q.before.includes(':') || !CLAIM_LABEL.test(q.before)) return;
  // The source's own quotation marks come after: read the line on, not only up to the next quotation.
  const line = q.text.slice(q.closeEnd, q.closeEnd + LINE_REACH).split('\n')[0] ?? '';
  const m = SOURCE_AFTER.exec(line);
  // A line cut at the reach has no end there for the source to reach.
  if (m && line.length === LINE_REACH && m[0].length === line.length) return;
  // The name holds no full stop (SOURCE_AFTER stops it there).
  const name = m?.groups?.['name']?.trimEnd() ?? '';
  if (!m || !name) return;
  const start = q.closeEnd + m[0].indexOf(name);
  const source =
    ctx.table.lookup(name) ??
    (ctx.create ? ctx.table.add(name, '', { passage: q.p, start, end: start + name.length }) : null);
  if (!source) return;
  v.speaker = source.id;
  v.via = 'after';
};
