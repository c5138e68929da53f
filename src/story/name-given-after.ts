/**
 * 'His wife … "…," she says. / Her name is Shakila.', 'A woman met us at the pump. "…," she told me. / Bibi Sanam, as
 * she introduced herself later, …': a source the text gives only by a description, then names with a pronoun of
 * its gender in the sentence after its words, is that person.
 */
import type { QuoteDraft } from './attribution.ts';
import { FEMALE_ROLE_WORDS, MALE_ROLE_WORDS } from './lexicon.ts';
import type { Gender, SpeakerDraft, SpeakerTable } from './speakers.ts';

/** A name of one to four capitalised words. */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}";
/** "Her name is Shakila", "His name, he says, is Jamshid", "She is called Gul Bibi", "Bibi Sanam, as she introduced herself". */
const NAMING = new RegExp(
  [
    `(?<![\\p{L}\\p{M}'’-])(?<own>Her|His)\\s+name(?:,\\s+(?:she|he)\\s+(?:says|said),)?\\s+is\\s+(?<name>${NAME})`,
    `(?<![\\p{L}\\p{M}'’-])(?<self>She|He)\\s+(?:is\\s+called|calls\\s+(?:herself|himself)|gives\\s+(?:her|his)\\s+name\\s+as)\\s+(?<name2>${NAME})`,
    `(?<![\\p{L}\\p{M}'’-])(?<name3>${NAME}),\\s+as\\s+(?<intro>she|he)\\s+(?:introduced|introduces)\\s+(?:herself|himself)`,
  ].join('|'),
  'gu',
);
/** A description that stands for a person: "His wife", "The boy", "A woman", "the mirab". */
const DESCRIPTION = /^(?:the|his|her|their|a|an)\s+\p{Ll}/iu;

/** Whether offset `at` of `text` opens a sentence: the text's start, or after a full stop and spaces. */
const opensSentence = (text: string, at: number): boolean =>
  at === 0 || /[.!?]["”’]?\s+$/u.test(text.slice(Math.max(0, at - 6), at));

interface Naming {
  passage: number;
  at: number;
  name: string;
  gender: Gender;
}

/** Characters after the words (or into the next passage) a naming is looked for: "the sentence after" them. */
const NAMING_REACH = 400;

/** The first naming of passage `p` within NAMING_REACH after `from`, or null (a bounded window: linear time). */
export function namingIn(text: string, from: number): Omit<Naming, 'passage'> | null {
  const window = text.slice(0, from + NAMING_REACH);
  NAMING.lastIndex = from;
  for (let m = NAMING.exec(window); m; m = NAMING.exec(window)) {
    if (!opensSentence(text, m.index)) continue;
    const g = m.groups ?? {};
    const name = g['name'] ?? g['name2'] ?? g['name3'];
    const pronoun = (g['own'] ?? g['self'] ?? g['intro'] ?? '').toLowerCase();
    if (!name) continue;
    return { at: m.index, name, gender: pronoun === 'her' || pronoun === 'she' ? 'female' : 'male' };
  }
  return null;
}

/** The naming in the passage of the source's last quotation (after it) or the next one, before anyone else speaks. */
function namingAfter(
  texts: readonly string[],
  last: QuoteDraft,
  next: QuoteDraft | undefined,
): Naming | null {
  for (const p of [last.passage, last.passage + 1]) {
    // The next passage only when the words close theirs: "the sentence after" them, and a bounded read.
    if (p !== last.passage && (texts[last.passage] ?? '').length - last.span.end > NAMING_REACH) break;
    const from = p === last.passage ? last.span.end : 0;
    const found = namingIn(texts[p] ?? '', from);
    if (!found) continue;
    // Someone else quoted between the words and the naming means the naming may be theirs.
    if (next && (next.passage < p || (next.passage === p && next.span.start < found.at))) return null;
    return { passage: p, ...found };
  }
  return null;
}

/** The next quotation after draft `i` another source speaks, up to the passage after it (where a naming may be). */
function nextOtherSpeaker(drafts: readonly QuoteDraft[], i: number, id: string): QuoteDraft | undefined {
  const last = drafts[i]?.passage ?? 0;
  for (let j = i + 1; j < drafts.length; j++) {
    const d = drafts[j];
    if (!d || d.passage > last + 1) return undefined;
    if (d.speaker !== null && d.speaker !== id) return d;
  }
  return undefined;
}

/** Each described source's quotations to the person a "Her name is …" right after its words names. */
export function describedSourcesNamedAfter(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  texts: readonly string[],
): void {
  const lastOf = new Map<string, number>();
  drafts.forEach((d, i) => d.speaker !== null && lastOf.set(d.speaker, i));
  const moved = new Map<string, string>();
  for (const [id, i] of lastOf) {
    const source = table.speaker(id);
    const last = drafts[i];
    if (!source || !last || !DESCRIPTION.test(source.name)) continue;
    const next = nextOtherSpeaker(drafts, i, id);
    const naming = namingAfter(texts, last, next);
    if (!naming || (source.gender && source.gender !== naming.gender)) continue;
    if (otherOfGenderBefore(texts, last, naming, source.name)) continue;
    moved.set(id, personFor(table, source, naming).id);
  }
  for (const d of drafts) {
    const to = d.speaker === null ? undefined : moved.get(d.speaker);
    if (to) d.speaker = to;
  }
}

/**
 * '"My daughter coughs all night," she said. She is called Laila': a person of the naming's gender other than the
 * source, named between its words and the naming, may be whom the pronoun means.
 */
function otherOfGenderBefore(
  texts: readonly string[],
  last: QuoteDraft,
  naming: Naming,
  source: string,
): boolean {
  const words = naming.gender === 'female' ? FEMALE_ROLE_WORDS : MALE_ROLE_WORDS;
  const own = new Set(source.toLowerCase().split(/\s+/u));
  const first = texts[last.passage] ?? '';
  const between =
    naming.passage === last.passage
      ? first.slice(last.span.start, naming.at)
      : `${first.slice(last.span.start)} ${(texts[naming.passage] ?? '').slice(0, naming.at)}`;
  return between
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => words.has(w) && !own.has(w));
}

/** The person the naming names: one the table knows, or a new one described as the source was. */
function personFor(table: SpeakerTable, source: SpeakerDraft, naming: Naming): SpeakerDraft {
  const intro = { passage: naming.passage, start: naming.at, end: naming.at + naming.name.length };
  const person = table.lookup(naming.name) ?? table.add(naming.name, source.name, intro);
  person.gender ??= naming.gender;
  return person;
}
