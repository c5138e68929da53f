/**
 * 'Their logistics officer says the paperwork is possible: "…"', '- Our driver told me the pass was open: "…"': a
 * sentence (perhaps a quoted email line's ">" or a list's dash before it) opening on an owned role — "their",
 * "our", "his", "her", "my" and a person's noun — and its verb of speech, then a colon right before the
 * quotation: the role says it, the words after the colon being what the verb reported.
 */
import { attempt, type QuoteSite, type QuoteStep, type Verdict } from './attribution-adjacent.ts';
import type { AttributionContext } from './attribution-subjects.ts';
import { OWNER_WORDS, SPEECH_VERBS, WRITTEN_WORD_CARRIERS, isPersonNoun } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

const OWNED_ROLE_COLON = new RegExp(
  String.raw`^\s*(?:[>\-–•*][ \t]*)*(?<role>${wordAlternation(OWNER_WORDS, true)}\s+(?:[\p{Ll}-]+\s+){0,2}?(?<head>\p{Ll}+))\s+(?<verb>\p{Ll}+)\b(?<tail>[^"“”«».!?:;]{0,140}):\s*$`,
  'u',
);
/**
 * 'Our correspondent said the banner read:', 'His lawyer says the charge sheet states:': a second verb of speech or
 * a written thing after the role's verb introduces those words, not the role's.
 */
const WORDS_OF_ANOTHER = new RegExp(
  `\\b${wordAlternation([...SPEECH_VERBS, ...WRITTEN_WORD_CARRIERS])}\\b`,
  'u',
);

/** The owned role a colon's sentence opens on, as the quotation's speaker. */
export const ownedRoleColon: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !/:\s*$/u.test(q.before)) return;
  const m = OWNED_ROLE_COLON.exec(q.before);
  const { role, head, verb, tail = '' } = m?.groups ?? {};
  if (!m || !role || !head || !verb || !isPersonNoun(head) || !SPEECH_VERBS.has(verb)) return;
  if (WORDS_OF_ANOTHER.test(tail)) return;
  giveOwnedRole(ctx, q, v, role, q.sStart + m[0].indexOf(role));
};

/** The person the text names in the owned role at `at` says the quotation, else the role itself as written. */
export function giveOwnedRole(
  ctx: AttributionContext,
  q: QuoteSite,
  v: Verdict,
  role: string,
  at: number,
): void {
  attempt(ctx, q, v, { pronoun: null, name: null, role, at }, 'before');
  if (v.speaker !== null || !ctx.create) return;
  // Nobody the text names holds the role: the owned role itself is the source, as written.
  const name = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
  v.speaker = ctx.table.addAnonymous(name, '', { passage: q.p, start: at, end: at + role.length }).id;
  v.via = 'before';
}
