/**
 * 'A focus group in Darayem (FGD-03) put it plainly: "…"', 'Abdul Rahim Nuri, an elder in Jurm, summed it up:
 * "…"', 'One trader put it another way:': the subject of "put it" or "summed it up" before a colon owns the words
 * after it — a code in brackets, a name before its appositive, a pronoun or a role, or an indefinite phrase.
 * Tried first only when the words close their own sentence (no reporting clause can follow them), else after
 * every other adjacent step, so that it only speaks where none did.
 */
import {
  attempt,
  anonymousSpeaker,
  colonIntroducedSentence,
  type QuoteStep,
} from './attribution-adjacent.ts';
import { FEMALE_ROLE_WORDS, MALE_ROLE_WORDS, ROLE_NOUNS, SCENE_OPENER_WORDS } from './lexicon.ts';
import { INTERVIEW_CODE } from './regex-parts.ts';

/** "put it plainly", "puts it this way", "summed it up", "summarised it": the idiom and up to three words after. */
const PUT_IT =
  /[ \t](?:put|puts|summed|sums|summarised|summarized)[ \t]+it(?:[ \t]+[\p{Ll}-]+){0,3}[ \t]*:[ \t]*$/u;
/** The idiom's longest reach back from the colon (the end-anchored pattern reads no further). */
const IDIOM_REACH = 64;
const CODE = new RegExp(String.raw`\((?<code>${INTERVIEW_CODE})\)`, 'u');
const PRONOUN = /^(?:he|she)$/iu;
const INDEFINITE = /^(?:an?|one|another)[ \t]/iu;
const ROLE = /^the[ \t]/iu;
/** Words that open a clause of scene or circumstance before the subject ("In Faizabad on Monday,", "Asked why,"). */
const CLAUSE_OPENERS = new Set([...SCENE_OPENER_WORDS, 'As', 'Asked', 'When', 'While', 'Speaking', 'Later']);

/** The subject before the idiom, a clause of scene before it left off; null for "As one elder put it:". */
function subjectOf(words: string): string | null {
  const parts = words.split(',');
  while (parts.length > 1 && CLAUSE_OPENERS.has(parts[0]?.trim().split(/[ \t]/u)[0] ?? '')) parts.shift();
  const subject = parts.join(',').trim();
  return CLAUSE_OPENERS.has(subject.split(/[ \t]/u)[0] ?? '') ? null : subject;
}

/** The subject before the idiom: 'A focus group in Darayem (FGD-03) put it plainly:' → the code or the phrase. */
export const putItColon: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !q.before.trimEnd().endsWith(':')) return;
  const tail = Math.max(0, q.before.length - IDIOM_REACH);
  const m = PUT_IT.exec(q.before.slice(tail));
  if (!m) return;
  const words = q.before.slice(0, tail + m.index);
  const subject = subjectOf(words);
  if (!subject || subject.length > 140 || /["“”]/u.test(subject)) return;
  const at = q.sStart + words.indexOf(subject);
  const code = CODE.exec(subject)?.groups?.['code'];
  if (code) {
    attempt(ctx, q, v, { pronoun: null, name: code, role: null, at }, 'before');
    return;
  }
  if (PRONOUN.test(subject)) {
    attempt(ctx, q, v, { pronoun: subject, name: null, role: null, at }, 'before');
    return;
  }
  const head = subject.split(',')[0]?.trim() ?? '';
  if (INDEFINITE.test(head)) {
    const anon = { name: head, description: '', start: at, end: at + head.length };
    v.speaker = anonymousSpeaker(ctx, anon, q.p);
    if (v.speaker) v.via = 'before';
    return;
  }
  if (!ROLE.test(head)) {
    attempt(ctx, q, v, { pronoun: null, name: head, role: null, at }, 'before');
    return;
  }
  // A role's holder if the text names one; else the role itself, read to the idiom, not on through "put it …".
  attempt({ ...ctx, create: false }, q, v, { pronoun: null, name: null, role: head, at }, 'before');
  const word = head.split(/[ \t]/u).at(-1) ?? '';
  // Only a person's role speaks for itself: not "The report" or "The ministry's statement".
  if (
    v.speaker !== null ||
    !(ROLE_NOUNS.has(word) || FEMALE_ROLE_WORDS.has(word) || MALE_ROLE_WORDS.has(word))
  )
    return;
  const role = { name: `T${head.slice(1)}`, description: '', start: at, end: at + head.length };
  v.speaker = anonymousSpeaker(ctx, role, q.p);
  if (v.speaker) v.via = 'before';
};

/** Before the other adjacent steps: only for words that close their own sentence after the colon. */
export const putItColonFirst: QuoteStep = (ctx, q, v) => {
  if (v.speaker === null && q.before.trimEnd().endsWith(':') && colonIntroducedSentence(q))
    putItColon(ctx, q, v);
};
