/**
 * 'A focus group in Darayem (FGD-03) put it plainly: "…"', 'Abdul Rahim Nuri, an elder in Jurm, summed it up:
 * "…"', 'One trader put it another way:': the subject of "put it" or "summed it up" before a colon owns the words
 * after it — a code in brackets, a name before its appositive, a pronoun or a role, or an indefinite phrase.
 */
import { attempt, anonymousSpeaker, type QuoteStep } from './attribution-adjacent.ts';
import { INTERVIEW_CODE } from './regex-parts.ts';

/** "put it plainly", "puts it this way", "summed it up", "summarised it": the idiom and up to three words after. */
const PUT_IT =
  /[ \t](?:put|puts|summed|sums|summarised|summarized)[ \t]+it(?:[ \t]+[\p{Ll}-]+){0,3}[ \t]*:[ \t]*$/u;
const CODE = new RegExp(String.raw`\((?<code>${INTERVIEW_CODE})\)`, 'u');
const PRONOUN = /^(?:he|she)$/iu;
const INDEFINITE = /^(?:an?|one|another)[ \t]/iu;
const ROLE = /^the[ \t]/iu;

/** The subject before the idiom: 'A focus group in Darayem (FGD-03) put it plainly:' → the code or the phrase. */
export const putItColon: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !q.before.includes(' it')) return;
  const m = PUT_IT.exec(q.before);
  if (!m) return;
  const lead = q.before.search(/\S/u);
  const subject = q.before.slice(lead, m.index).trim();
  if (!subject || subject.length > 140 || /["“”]/u.test(subject)) return;
  const at = q.sStart + lead;
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
  if (ROLE.test(head)) attempt(ctx, q, v, { pronoun: null, name: null, role: head, at }, 'before');
  else attempt(ctx, q, v, { pronoun: null, name: head, role: null, at }, 'before');
};
