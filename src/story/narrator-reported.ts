/**
 * Words a transcript's narrator reports inside their own turn: "He used to tell me, "…"" (the man the turns named
 * last), "My father stood at the door and shouted, "…"" (the father the narrator named, "My father, Ghulam Rasul"),
 * "One of them said to my father, "…"" (one of the group the sentence before named: "the Czech engineers").
 * The turn is the narrator's; the quotation in it is the person the sentence introducing it names.
 */
import type { QuoteDraft } from './attribution.ts';
import {
  CARRIED_PEOPLE_NOUNS,
  ENGLISH_ARTICLES,
  GROUP_PEOPLE_PLURALS,
  isPersonNoun,
  KIN_GROUPS,
  KIN_NOUNS,
  PEOPLE_WORDS,
  RELATIVE_CLAUSE_WORDS,
  SPEECH_VERBS,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { relationKey, type Reading, type SpeakerTable } from './speakers.ts';
import { turnLabelOf } from './transcript-turns.ts';

/** "He used to tell me,", "My father … shouted,", "One of them said to my father:": the sentence's subject. */
const SUBJECT =
  /^(?:(?<pronoun>[Hh]e|[Ss]he)|(?<owner>[Mm]y|[Oo]ur)\s+(?<kin>\p{Ll}[\p{Ll}-]*)|(?<one>[Oo]ne\s+of\s+them))[\s,]/u;
/** ", Sher Mohammad Baghlani,": a name in apposition right after the relation. */
const APPOSED_NAME = /^,\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4}),/u;
/** A court transcript's answer line: "12     A.  …". */
const ANSWER_LINE = /^[ \t]*(?:\d{1,2}[ \t]+)?A[.:]\s/u;
/** "the Czech engineers", "the old drivers": a group the text names, for "one of them". */
const GROUP = /\b[Tt]he\s+(?<group>(?:\p{Lu}[\p{L}-]+\s+|\p{Ll}+\s+)?\p{Ll}{2,}s)\b/gu;
/** Characters before a quotation read for the sentence that introduces it, and for the group before that. */
const REACH = 240;

/** The sentence before `open` (from the last stop, "?" or label colon), when it ends on a comma or a colon. */
function introducingSentence(text: string, open: number): string | null {
  const before = text.slice(Math.max(0, open - REACH), open).trimEnd();
  if (!/[,:]$/u.test(before)) return null;
  let from = 0;
  for (const stop of ['. ', '? ', '! ', ': ', '] '])
    from = Math.max(from, before.lastIndexOf(stop, before.length - 2) + stop.length);
  return before.slice(from);
}

/** Subjects of a clause of their own: "My father was a miller, and people said," — the people speak. */
const OTHER_SUBJECTS = new Set([
  'i',
  'we',
  'they',
  'people',
  'everyone',
  'someone',
  'somebody',
  'he',
  'she',
  'you',
]);

/**
 * Whether the sentence's words after its subject hold a verb of speech ("used to tell", "stood … and shouted")
 * with no other subject before it. A relative clause ("the banner, which said,") speaks for what it follows; one
 * closed by a comma ("My father, who was a miller, used to say") gives the sentence back to its subject.
 */
function speaks(sentence: string): boolean {
  let relative = false;
  let after = '';
  for (const w of sentence.split(/[\s:]+/u).slice(1)) {
    const word = w.replace(/,$/u, '').toLowerCase();
    // "had left a note": after an article the word is a noun.
    const noun = ENGLISH_ARTICLES.includes(after);
    after = word;
    if (SPEECH_VERBS.has(word) && !noun) return !relative;
    if (OTHER_SUBJECTS.has(word)) return false;
    if (RELATIVE_CLAUSE_WORDS.has(word)) relative = true;
    else if (w.endsWith(',')) relative = false;
  }
  return false;
}

/** The last group of people ("the … engineers") the text before `at` names. */
function lastGroup(text: string, at: number): string | null {
  let group: string | null = null;
  const window = text.slice(Math.max(0, at - REACH), at);
  for (const m of matchesOf(GROUP, window)) {
    // "through the mountains to the police. One of them": a group of people only.
    const g = m.groups?.['group'] ?? '';
    if (isPeoplePlural(g.split(/\s+/u).at(-1) ?? '')) group = g;
  }
  return group;
}

/** "engineers", "soldiers", "passengers": a plural the lexicon knows for people (not "rivers", "borders"). */
function isPeoplePlural(noun: string): boolean {
  if (PEOPLE_WORDS.has(noun) || CARRIED_PEOPLE_NOUNS.has(noun) || GROUP_PEOPLE_PLURALS.has(noun)) return true;
  return isPersonNoun(noun.replace(/men$/u, 'man').replace(/s$/u, ''));
}

/** Who a narrator's sentence names as the speaker, other than the narrator `self`; null when no one is sure. */
function reportedSpeaker(
  table: SpeakerTable,
  reading: Reading,
  d: QuoteDraft,
  self: ReadonlySet<string>,
): string | null {
  const text = reading.texts[d.passage] ?? '';
  const open = d.span.open ?? -1;
  const sentence = open > 0 ? introducingSentence(text, open) : null;
  const g = sentence ? SUBJECT.exec(sentence)?.groups : undefined;
  if (!sentence || !g || !speaks(sentence)) return null;
  const intro = { passage: d.passage, start: open - sentence.length, end: open };
  if (g['kin'] && KIN_NOUNS.has(g['kin']) && !KIN_GROUPS.has(g['kin'])) {
    const phrase = `${(g['owner'] ?? 'my').toLowerCase()} ${g['kin']}`;
    // "Our neighbour, Sher Mohammad Baghlani, a miller, used to say,": the name the sentence gives.
    const name = APPOSED_NAME.exec(sentence.slice(phrase.length))?.groups?.['name'];
    if (name) return (table.lookup(name) ?? table.add(name, phrase, intro)).id;
    const named = table.relativesCalled(phrase).filter((s) => !self.has(s.id));
    if (named.length === 1) return named[0]?.id ?? null;
    return relationKey(phrase) ? table.addAnonymous(phrase, phrase, intro).id : null;
  }
  if (g['one']) {
    const group = lastGroup(text, intro.start);
    return group ? table.addAnonymous(`one of the ${group}`, group, intro).id : null;
  }
  const gender = g['pronoun']?.toLowerCase() === 'she' ? 'female' : 'male';
  return lastOtherPerson(table, d.passage, intro.start, gender, self);
}

/** Passages back a narrator's "he" reaches: the turns alternate with questions, which name no one. */
const PRONOUN_REACH = 6;

/** People of this gender the search steps back over (the narrator, anonymous sources) before it gives up. */
const STEPS_BACK = 8;

/**
 * The person of this gender last named before (passage, pos), the narrator aside; null for none within reach.
 * Steps back through the table's sorted events (a few look-ups), never over the whole list per quotation.
 */
function lastOtherPerson(
  table: SpeakerTable,
  passage: number,
  pos: number,
  gender: 'male' | 'female',
  self: ReadonlySet<string>,
): string | null {
  let at = { passage, start: pos };
  for (let step = 0; step < STEPS_BACK; step++) {
    const ev = table.lastPersonNamed(at.passage, at.start, gender, PRONOUN_REACH);
    if (!ev || ev.passage < passage - PRONOUN_REACH) return null;
    const s = table.speaker(ev.speaker);
    if (s && !s.anonymous && !self.has(s.id)) return s.id;
    at = ev;
  }
  return null;
}

/**
 * Gives each unattributed quotation inside a transcript's turn (a labelled turn or a court answer) the person
 * the narrator's sentence introducing it names.
 */
export function narratorReportedSpeech(drafts: QuoteDraft[], table: SpeakerTable, reading: Reading): void {
  const isTurn = new Map<number, boolean>();
  let narrators: Map<number, Set<string>> | null = null;
  for (const d of drafts) {
    if (d.speaker !== null || d.span.open === null) continue;
    const p = d.passage;
    if (!isTurn.has(p))
      isTurn.set(p, turnLabelOf(reading, p) !== null || ANSWER_LINE.test(reading.texts[p] ?? ''));
    if (!isTurn.get(p)) continue;
    // The narrator: whoever speaks the turn's own words around the quotation (read once for every passage).
    narrators ??= narratorsByPassage(drafts);
    const self = narrators.get(p);
    if (!self) continue;
    const speaker = reportedSpeaker(table, reading, d, self);
    if (speaker) {
      d.speaker = speaker;
      d.via = 'before';
    }
  }
}

/** Each passage's speakers of words outside quotation marks: a turn's own speaker. */
function narratorsByPassage(drafts: readonly QuoteDraft[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const o of drafts) {
    if (o.span.open !== null || !o.speaker) continue;
    const set = out.get(o.passage) ?? new Set<string>();
    set.add(o.speaker);
    out.set(o.passage, set);
  }
  return out;
}
