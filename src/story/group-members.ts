/**
 * '"…," one of them said' after "Two employees of the department, speaking on condition of anonymity, …": a member
 * of an anonymous group speaks for the group the text introduced; '"…," one of the officials, who works at the
 * agriculture office, said': the member by its own phrase, across a relative clause.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { isHeadWord } from './anonymous.ts';
import { GROUP_PEOPLE_PLURALS, PEOPLE_WORDS, PERSON_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';

const VERB = wordAlternation(SPEECH_VERBS);
/** "one of them", "the other", "one of the officials", "a second of the drivers". */
const MEMBER = String.raw`(?<member>(?:[Oo]ne|[Aa]nother|[Tt]he\s+other|[Tt]he\s+(?:first|second|third|younger|older|elder)|[Aa]\s+(?:second|third))(?:\s+of\s+(?:them|those|the\s+(?:two|three|four|five)|the\s+(?<noun>\p{Ll}+s)))?)`;
/** ", who works at the agriculture office,": an aside between the member and the verb. */
const ASIDE = String.raw`(?:,\s+(?:who|whose)\s+[^,"“”.!?;]{1,120},)?`;
/** '"…," one of them said' or '"…," said one of them'. */
const MEMBER_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?<verbFirst>${VERB})\s+${MEMBER}\b|${MEMBER.replace(/\?<(\w+)>/gu, '?<$1B>')}${ASIDE}\s+(?:${VERB})\b)`,
  'u',
);
/** "Two employees of the provincial education department", "the two officials": a group the text introduces. */
const GROUP = new RegExp(
  String.raw`(?<![\p{L}])(?<group>(?:[Tt]he\s+)?(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Bb]oth)\s+(?!(?:of|years|days|weeks|months|hours|times)\b)(?<noun>\p{Ll}[\p{Ll}-]*s)(?:\s+(?:of|at|in|from|with|for|on|waiting|working)(?:\s+[^\s,.;:!?"“”]+){1,8}?)?)(?=,|\s+(?:who|said|say|told|spoke|speaking|described|were|are|had|have|asked|agreed|declined)\b)`,
  'gu',
);
/** Characters of a passage read back for the group, and passages before the quotation's read. */
const GROUP_REACH = 600;
const GROUP_PASSAGES = 2;

/** Whether a plural noun names people: "officials", "nurses", "employees", not "bridges". */
const isPeople = (noun: string): boolean =>
  isHeadWord(noun) ||
  PEOPLE_WORDS.has(noun) ||
  GROUP_PEOPLE_PLURALS.has(noun) ||
  PERSON_NOUNS.has(noun) ||
  PERSON_NOUNS.has(noun.slice(0, -1)) ||
  PERSON_NOUNS.has(noun.replace(/es$/u, ''));

/** The last group introduced in `text`, with its offset, or null. */
export function lastGroupIn(text: string): { group: string; at: number } | null {
  let found: { group: string; at: number } | null = null;
  for (const m of matchesOf(GROUP, text)) {
    const group = m.groups?.['group'];
    // "two bridges in Khost" is no group anyone in it could speak for: only people are.
    const noun = (m.groups?.['noun'] ?? '').toLowerCase();
    if (group && isPeople(noun)) found = { group, at: m.index + m[0].indexOf(group) };
  }
  return found;
}

/** A member phrase right after the quotation: its words, the plural noun it names if any, and its offset there. */
export function memberAfter(after: string): { member: string; noun: string | null; at: number } | null {
  const m = MEMBER_AFTER.exec(after);
  const g = m?.groups ?? {};
  const member = g['member'] ?? g['memberB'];
  if (!m || !member) return null;
  const noun = g['noun'] ?? g['nounB'] ?? null;
  // "one said", "the first said" alone name no group member: "one of …", "the other", "another" do.
  if (!/\sof\s/u.test(member) && !/^(?:[Aa]nother|[Tt]he\s+other|[Aa]\s+(?:second|third))$/u.test(member))
    return null;
  return { member, noun, at: m[0].indexOf(member) };
}

/** '"…," one of them said': the group the quotation's paragraph or the one or two before introduced speaks. */
export const groupMemberAfter: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create) return;
  const member = memberAfter(q.after);
  if (!member) return;
  const at = q.closeEnd + member.at;
  if (member.noun) {
    const name = member.member.charAt(0).toUpperCase() + member.member.slice(1);
    v.speaker = ctx.table.addAnonymous(name, '', {
      passage: q.p,
      start: at,
      end: at + member.member.length,
    }).id;
    v.via = 'after';
    v.adjacent = true;
    return;
  }
  for (let p = q.p; p >= Math.max(0, q.p - GROUP_PASSAGES); p--) {
    const text = ctx.reading.texts[p] ?? '';
    const end = p === q.p ? q.openAt : text.length;
    const from = Math.max(0, end - GROUP_REACH);
    const found = lastGroupIn(text.slice(from, end));
    if (!found) continue;
    const name = found.group.charAt(0).toUpperCase() + found.group.slice(1);
    const start = from + found.at;
    v.speaker = ctx.table.addAnonymous(name, '', { passage: p, start, end: start + found.group.length }).id;
    v.via = 'after';
    v.adjacent = true;
    return;
  }
};
