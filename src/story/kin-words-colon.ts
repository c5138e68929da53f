/**
 * 'My grandmother's test: "…"', 'Our driver's advice: "…"': an owned person's words introduced by a noun for what
 * they say (a test, a rule, a verdict) and a colon — that person says them, whoever the text names them as.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { giveOwnedRole } from './owned-role-colon.ts';
import { OWNER_WORDS, WORDS_NOUNS, isPersonNoun } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** Nouns a recipe or a memoir gives someone's sayings by, beyond the lexicon's words nouns. */
const SAYING_NOUNS = ['test', 'tip', 'tips', 'secret', 'verdict', 'rule', 'method', 'instructions', 'lesson'];

const OWNED_PERSON_WORDS_COLON = new RegExp(
  String.raw`^\s*(?:\d{1,2}[.)]\s+)?(?<role>${wordAlternation(OWNER_WORDS, true)}\s+(?<head>\p{Ll}+))['’]s\s+(?:(?:own|favourite|favorite|old|only|first|last|usual)\s+)?(?:${wordAlternation([...WORDS_NOUNS, ...SAYING_NOUNS])})(?:\s+(?:on|about|for)\s+[^:"“”.!?]{1,40})?\s*:\s*$`,
  'u',
);

/** The owned person whose saying the colon's sentence names, as the quotation's speaker. */
export const ownedPersonWordsColon: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !q.before.includes(':')) return;
  const m = OWNED_PERSON_WORDS_COLON.exec(q.before);
  const { role, head } = m?.groups ?? {};
  if (!m || !role || !head || !isPersonNoun(head)) return;
  giveOwnedRole(ctx, q, v, role, q.sStart + m[0].indexOf(role));
};
