// "باشندگان قریه می‌گویند که …. به گفتهٔ آنان، «…»": a plural pronoun ("آنان", "آنها") as a quotation's source
// means the group the paragraph has just reported speaking, not a speaker called "آنان".
import { DARI_CONNECTIVES, DARI_NAME_STOPS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { normalizeName } from './normalize.ts';

/** Plural pronouns of a source. */
const PLURAL_PRONOUNS = new Set(['آنان', 'آنها', 'آن‌ها'].map(normalizeName));
/** How far back in its paragraph the group's sentence may stand (characters). */
const REACH = 300;
/**
 * A sentence opening on a group, a plural noun of up to three words, and its plural speech verb: "باشندگان قریه
 * می‌گویند", "مالداران این ولسوالی گفتند". The group is the source; a plural verb is what says it is many.
 */
const GROUP_SPEAKING =
  /(?:^|[.!؟?»]\s*)(?<group>[\p{L}\u200C]+ان(?:\s+[\p{L}\u200C]+){0,2})\s+(?:می[\s\u200C]*گویند|گفتند|افزودند|اظهار\s+کردند|تأکید\s+کردند)(?![\p{L}\u200C])/gu;

/** A group opens on a noun: not a pronoun ("آنان گفتند", "ایشان") or a connective ("همچنان گفتند"). */
function isGroup(group: string | undefined): boolean {
  const first = group?.split(/\s/u)[0] ?? '';
  const key = normalizeName(first);
  return (
    !PLURAL_PRONOUNS.has(key) &&
    !DARI_NAME_STOPS.has(first) &&
    !DARI_NAME_STOPS.has(key) &&
    !DARI_CONNECTIVES.has(first)
  );
}

/** Whether a subject phrase is a plural pronoun alone. */
export function isPluralPronoun(phrase: string | null): boolean {
  return !!phrase && PLURAL_PRONOUNS.has(normalizeName(phrase.trim()));
}

/** The group the paragraph last reported speaking before `at`, with where it stands; null when none. */
export function speakingGroupBefore(text: string, at: number): { group: string; start: number } | null {
  const from = Math.max(0, at - REACH);
  const m = [...matchesOf(GROUP_SPEAKING, text.slice(from, at))]
    .filter((g) => isGroup(g.groups?.['group']))
    .at(-1);
  const group = m?.groups?.['group'] ?? '';
  return m ? { group, start: from + m.index + m[0].indexOf(group) } : null;
}
