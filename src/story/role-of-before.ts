/**
 * 'the arbab of their village says "…"', 'The wakil-e guzar of Nahia 3 told me "…"', 'the Baghlan governor's
 * spokesman said "…"', 'The headmaster of the girls' school said: "…"': a definite role that says whose or of what
 * it is opens the clause right before the quotation — with or without a comma, as chat lines and notes write it.
 * The person the text gave that role speaks; if none, a source by that phrase.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { resolveSubject } from './attribution-subjects.ts';
import { SINGULAR_HEADS } from './anonymous.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

const VERB = wordAlternation(SPEECH_VERBS);
/** Who a role is of: "their village", "the girls' school", "Nahia 3", "the Kunduz Traders' Union". */
const OF_WHAT = String.raw`\s+of\s+(?:(?:the|their|his|her|our|my|this|that)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+`;
/** "the governor's spokesman", "the Baghlan governor's spokesman": a role owned by another. */
const OWNED = String.raw`(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}+['’]s\s+`;
/**
 * The clause from the sentence's start to the quotation: the phrase, its verb, perhaps "me", "us" or "reporters",
 * then a comma, a colon or nothing.
 */
const ROLE_OF_BEFORE = new RegExp(
  String.raw`(?:^|[.!?:;,]\s+|\b(?:and|but|so)\s+)(?<phrase>[Tt]he\s+(?:${OWNED}(?:[\p{Ll}-]+\s+){0,2}?(?<owned>\p{Ll}+)|(?<role>(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)${OF_WHAT}))\s+(?:also\s+)?(?:${VERB})(?:\s+(?:me|us|him|her|them|reporters|the\s+\p{Ll}+))?\s*[,:]?\s*$`,
  'u',
);

/** The role phrase right before a quotation and where it starts in `before`; null when none stands there. */
export function roleOfBefore(before: string): { phrase: string; at: number } | null {
  const m = ROLE_OF_BEFORE.exec(before);
  const g = m?.groups;
  const phrase = g?.['phrase'];
  // "wakil-e guzar", "mirab-e nahr": a Dari title joined by its ezafe is a role by its first word.
  const words = (g?.['role'] ?? g?.['owned'] ?? '').toLowerCase().split(/\s+/u);
  const head = words.at(-1) ?? '';
  const ezafe = words.find((w) => w.endsWith('-e'))?.slice(0, -2);
  if (!m || !phrase || !(SINGULAR_HEADS.has(head) || (ezafe && SINGULAR_HEADS.has(ezafe)))) return null;
  return { phrase, at: m.index + m[0].indexOf(phrase) };
}

/** The quotation is the role's: its holder, or a source by the phrase. */
export const roleOfVerbBefore: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  const found = roleOfBefore(q.before);
  if (!found) return;
  const at = q.sStart + found.at;
  const holder = resolveSubject(ctx, { pronoun: null, name: null, role: found.phrase, at }, q.p);
  if (!holder && !ctx.create) return;
  const name = found.phrase.charAt(0).toUpperCase() + found.phrase.slice(1);
  v.speaker =
    holder ?? ctx.table.addAnonymous(name, '', { passage: q.p, start: at, end: at + name.length }).id;
  v.via = 'before';
};
