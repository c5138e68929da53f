import type { QuoteDraft } from './attribution.ts';
import { dariSubjectAfter, dariSubjectBefore } from './dari-attribution.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { DARI_PRONOUN_OPENING, ENGLISH_PRONOUN_OPENING } from './regex-parts.ts';
import type { Gender, PersonEvent, Reading, SpeakerTable } from './speakers.ts';
import { byOrder } from './person-events.ts';

// A feature or profile quotes its subject again and again with only "she said" or «او گفت», paragraphs after
// it last named them — beyond the reach a pronoun reads back. Once every rule has read the text, such a
// quotation is the speaker of the quotation before it, when that speaker's gender allows the pronoun and no
// one else the pronoun could mean is named within its reach.

/** How many paragraphs back the last attributed quotation may stand for its speaker to carry on. */
export const CARRY_REACH_PASSAGES = 8;

/** What stands beside a quotation as its attribution: a pronoun (with the gender it states) or nothing. */
export interface PronounAttribution {
  gender: Gender | null;
}

const PRONOUN_AFTER =
  /^[\s,]*(?:(?<p1>[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?<v1>\p{Ll}+)|(?<v2>\p{Ll}+)\s+(?<p2>he|she))\b/u;
const PRONOUN_BEFORE =
  /(?<!\p{L})(?<p>[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?<v>\p{Ll}+)\s*[,:]\s*$/u;

const genderOf = (word: string): Gender => (word.toLowerCase() === 'she' ? 'female' : 'male');

/**
 * '"…," she said', 'He added: "…"', '«…» او گفت', 'او افزود: «…»': the pronoun a quotation's attribution
 * is, or null when the attribution is anything else (a name, a role) or absent.
 */
export function pronounAttribution(
  text: string,
  openAt: number,
  closeEnd: number,
): PronounAttribution | null {
  const after = PRONOUN_AFTER.exec(text.slice(closeEnd, closeEnd + 60))?.groups;
  const afterPronoun = after?.['p1'] ?? after?.['p2'];
  if (afterPronoun && SPEECH_VERBS.has(after?.['v1'] ?? after?.['v2'] ?? ''))
    return { gender: genderOf(afterPronoun) };
  const before = PRONOUN_BEFORE.exec(text.slice(Math.max(0, openAt - 60), openAt))?.groups;
  if (before?.['p'] && SPEECH_VERBS.has(before['v'] ?? '')) return { gender: genderOf(before['p']) };
  const dari = dariSubjectBefore(text, openAt) ?? dariSubjectAfter(text, closeEnd);
  return dari?.pronoun ? { gender: null } : null;
}

/** Give each quotation a pronoun attributes, still without a speaker, the speaker of the quotation before. */
export function carryLastSpeaker(drafts: readonly QuoteDraft[], table: SpeakerTable, reading: Reading): void {
  let last: QuoteDraft | null = null;
  for (const d of drafts) {
    if (d.speaker === null && last?.speaker && d.passage - last.passage <= CARRY_REACH_PASSAGES) {
      const text = reading.texts[d.passage] ?? '';
      const closeEnd = d.span.close === null ? text.length : d.span.close + 1;
      const pronoun = pronounAttribution(text, d.span.open ?? 0, closeEnd);
      const gender = table.speaker(last.speaker)?.gender ?? null;
      // Someone else named within the pronoun's reach may be meant: then no one is safer — unless they were
      // named before that quotation and the text went on about someone unnamed since ("He walked on …").
      const named = table.lastPersonNamed(d.passage, d.span.start, pronoun?.gender ?? null);
      const before = named && (named.passage - last.passage || named.start - last.span.start) < 0;
      const carriedOn = before && narratesOn(reading, last.passage, d.passage);
      // "she said" never carries a body's words on to the body ("Page 11 says: "…"" then a supervisor's "…," she said).
      const body = pronoun?.gender && table.isBodySpeaker(last.speaker);
      const fits = pronoun && !body && (!pronoun.gender || !gender || pronoun.gender === gender);
      if (fits && (!named || named.speaker === last.speaker || carriedOn)) {
        d.speaker = last.speaker;
        d.via = 'previous';
      }
    }
    if (d.speaker !== null) last = d;
  }
}

/** A paragraph that goes on about someone without naming them: "He walked on …", «او دستش را …», «به گفتهٔ این منبع». */
const OPENS_ON_PRONOUN = new RegExp(
  `${ENGLISH_PRONOUN_OPENING}|${DARI_PRONOUN_OPENING}|^\\s*به\\s+گفت\\S*\\s+(?:این|همین)\\s`,
  'u',
);

/** Whether a paragraph after `from`, up to `to`, opens on a pronoun subject (see OPENS_ON_PRONOUN). */
function narratesOn(reading: Reading, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (OPENS_ON_PRONOUN.test(reading.texts[k] ?? '')) return true;
  return false;
}

/** "His son, Abdul Qayum,", "her daughter Zarmina": a description that makes someone a relative of another. */
const RELATIVE =
  /^(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2}?(?:son|daughter|wife|husband|brother|sister|mother|father|nephew|niece|grandson|granddaughter|cousin)\b/iu;

/**
 * "Ustad Nazir … died on Sunday. His son, Abdul Qayum, said …" then a paragraph opening "He was born in 1948",
 * or "Her daughter, Zainab, said …" then '"…," she said then': a pronoun in a later paragraph means the person
 * named before the relative (whose relative they are) rather than the relative who only reported, when the
 * gender allows. A relative the text goes on about ("her daughter, Zarmina, has taken over …") keeps it.
 */
export function subjectOverRelative(
  table: SpeakerTable,
  reading: Reading,
  ev: PersonEvent | null,
  passage: number,
  gender: Gender | null,
): PersonEvent | null {
  const isRelative = (e: PersonEvent) => RELATIVE.test(table.speaker(e.speaker)?.description ?? '');
  if (!ev || ev.passage === passage || !isRelative(ev) || !reportsAt(reading, ev)) return ev;
  const before = table.lastEventBefore(ev.passage, ev.start, gender);
  const introAt = table.firstMention(ev.speaker) ?? ev;
  const fits = (e: PersonEvent | null): boolean =>
    !!e &&
    e.speaker !== ev.speaker &&
    !isRelative(e) &&
    byOrder(table.firstMention(e.speaker) ?? e, introAt) < 0;
  if (before && fits(before)) return before;
  // The relative's own earlier mention, or a speaker the text met only after the relative ("…," his pupil
  // said): whose son or daughter they are is the person the story opens on.
  const opening = openingPerson(table, gender);
  if (opening && fits(opening)) return opening;
  return before && before.speaker !== ev.speaker && !isRelative(before) ? before : ev;
}

/** Paragraphs at the story's start (standfirst, lede) within which it names the person it is about. */
const OPENING_PASSAGES = 3;

/** The first person the story names, in its opening paragraphs, when the gender allows; else null. */
function openingPerson(table: SpeakerTable, gender: Gender | null): PersonEvent | null {
  const first = table.events.find((e) => !table.speaker(e.speaker)?.anonymous);
  const g = first ? table.speaker(first.speaker)?.gender : null;
  return first && first.passage < OPENING_PASSAGES && (!g || !gender || g === gender) ? first : null;
}

/** Whether the mention is the subject of a speech verb ("His son, Abdul Qayum, said …"): a relative reporting. */
function reportsAt(reading: Reading, ev: PersonEvent): boolean {
  const after = (reading.texts[ev.passage] ?? '').slice(ev.end, ev.end + 20);
  const verb = /^,?\s*(?:also\s+)?(?<verb>\p{Ll}+)/u.exec(after)?.groups?.['verb'] ?? '';
  return SPEECH_VERBS.has(verb);
}
