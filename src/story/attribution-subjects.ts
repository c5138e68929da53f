/**
 * Who a reporting clause's subject is: a pronoun read back to the person or the role that spoke before it, a role
 * ("the spokesman") to its holder or the person last named, a name to its speaker. Shared by every quotation rule
 * through one context that holds the table, the reading and what each passage yields once read.
 */
import {
  BODY_NOUNS,
  hasSpeechVerb,
  COMMON_WORDS,
  FEMALE_ROLE_WORDS,
  KIN_NOUNS,
  MALE_ROLE_WORDS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE,
  ROLE_PHRASE_DETERMINERS,
  INDEFINITE_WORDS,
  VICTIM_VERBS,
  ENGLISH_AUXILIARIES,
  SUBJECT_VERB_ADVERBS,
} from './lexicon.ts';
import { sentenceEnd } from './sentences.ts';
import {
  AGE_AS_ROLE,
  POSSESSIVE,
  SUBJECT_VERB,
  mayHoldSubjectVerb,
  clauseEnd,
  type Subject,
  isSpeechClause,
} from './attribution-patterns.ts';
import { isDariText } from './dari-words.ts';
import { NAME_CHARS } from './name-runs.ts';
import { normalizeName } from './normalize.ts';
import { subjectOverRelative } from './default-speaker.ts';
import {
  bodyNamedBefore,
  definiteRoleSource,
  kinSource,
  possessiveOwnsAPerson,
  roleHeldByNextName,
  sourceOverNameInItsClause,
} from './english-speakers.ts';
import {
  definiteSubjectsOf,
  identifiedNext,
  nameOpeningNext,
  roleIdentifiedNext,
  type DefiniteSubject,
} from './person-cues.ts';
import { lastBelow, perPassage } from './reading-cache.ts';
import { ENGLISH_PRONOUN_OPENING, wordAlternation } from './regex-parts.ts';
import type { PersonEvent } from './person-events.ts';
import {
  insideQuote,
  relationKey,
  sentencesOf,
  type Gender,
  type Reading,
  type SpeakerDraft,
  type SpeakerTable,
} from './speakers.ts';
import { matchesOf } from './matches.ts';
import { labelledTurnStart, turnLabelOf } from './transcript-turns.ts';
import { isSourceNoun, personByRelativeClause } from './anonymous.ts';
import { writerKinSubjectsOf } from './writer-kin.ts';
import {
  continuedSpeaker,
  continuesTurn,
  emptySalience,
  lastSourceTurn,
  ownerOfLead,
  paragraphOpeners,
  type Salience,
} from './salience.ts';
import { clauseSubject } from './role-of-subjects.ts';
import { datedInThePast, onlyAPastFigure } from './past-figures.ts';

/** What attributing one reading's quotations shares: the table, the reading, and each passage's facts, read once. */
export interface AttributionContext {
  table: SpeakerTable;
  reading: Reading;
  /** Whether new names may become speakers. */
  create: boolean;
  /** What each passage says of its people, read once per passage when first asked. */
  personNames: Map<number, readonly NameAt[]>;
  /** Whether a passage is written in Dari: read once, not once per quotation (a long paragraph has thousands). */
  dariPassages: Map<number, boolean>;
  /** The quotation being attributed, by its index in its passage: a pronoun after it reads the text before it. */
  quoteNow: number;
  /** Who has been quoted so far, in reading order: whom a pronoun going on with a turn means. */
  salience: Salience;
}

export function attributionContext(
  table: SpeakerTable,
  reading: Reading,
  create: boolean,
): AttributionContext {
  return {
    table,
    reading,
    create,
    personNames: personNamesOfTable(table),
    dariPassages: new Map(),
    quoteNow: -1,
    salience: emptySalience(),
  };
}

/**
 * Each passage's person names, kept with the table: they depend on the text and the reading's words alone, so the
 * three readings of the quotations share them.
 */
const personNamesByTable = new WeakMap<SpeakerTable, Map<number, readonly NameAt[]>>();
function personNamesOfTable(table: SpeakerTable): Map<number, readonly NameAt[]> {
  let names = personNamesByTable.get(table);
  if (!names) personNamesByTable.set(table, (names = new Map()));
  return names;
}

/** Whether passage p (its text given) is written in Dari, read once. */
export function isDariPassage(ctx: AttributionContext, p: number, text: string): boolean {
  let dari = ctx.dariPassages.get(p);
  if (dari === undefined) ctx.dariPassages.set(p, (dari = isDariText(text)));
  return dari;
}

/** Every "Name says" / "she says" of passage p outside quotations, read once. */
export function speakingSubjectsIn(ctx: AttributionContext, p: number): readonly SubjectAt[] {
  return speakingSubjectsOfPassage(ctx.reading, p);
}

/** The reporting clauses of a passage depend on its text alone: read once per reading, whatever the pass. */
const speakingSubjectsOfPassage = perPassage<readonly SubjectAt[], Reading>((_text, p, reading) =>
  speakingSubjectsOf(reading, p),
);

/** The speaker a subject of passage p stands for, or null; with `create`, new names and roles become speakers. */
export function resolveSubject(ctx: AttributionContext, s: Subject, p: number): string | null {
  if (s.pronoun) return resolvePronoun(ctx, s.pronoun, p, s.at);
  if (s.role) return resolveRole(ctx, s.role, p, s.at);
  return resolveName(ctx, s.name, p, s.at);
}

/** "he said", "she says": the role that spoke just before, the person last named, or one the text names next. */
function resolvePronoun(ctx: AttributionContext, pronoun: string, p: number, at: number): string | null {
  const { table, reading, create } = ctx;
  const p0 = pronoun.toLowerCase();
  if (p0 === 'they') return null;
  const gender: Gender = p0 === 'she' ? 'female' : 'male';
  const byRole = roleSubjectBefore(ctx, p, at, gender);
  if (byRole) return byRole;
  const last = subjectOverObject(
    ctx,
    pastObjectOfPronoun(ctx, table.lastEventBefore(p, at, gender), gender),
    p,
    at,
    gender,
  );
  // "SHABNAM: I spoke to a woman …, and she said": not the turn's speaker, who is "I"; the source described in the
  // turn, if any.
  if (last && beforeTurn(ctx, p, last)) {
    const anon = table.anonymousBefore(p, at);
    if (anon && !beforeTurn(ctx, p, anon)) return anon.speaker;
    return create ? describedInTurn(table, reading, p, at) : null;
  }
  // A relative quoted before who has a section of their own (a paragraph opens on their name, by this one) is a
  // speaker in their own right, not someone who only reported: a pronoun after their name goes on with them.
  const ownSection =
    !!last &&
    table.eventsCollected &&
    ctx.salience.spoken.has(last.speaker) &&
    (paragraphOpeners(ctx.salience, table.events, reading.texts).get(last.speaker) ?? p + 1) <= p;
  const ev =
    sourceOverNameInItsClause(reading, p, table.anonymousBefore(p, at), last) ??
    (ownSection ? last : subjectOverRelative(table, reading, last, p, gender));
  const going = continuesTurn(reading.texts[p] ?? '', at)
    ? turnGoneOn(ctx, p, at, gender, ev)
    : pastFigureGoneBy(ctx, p, at, gender, ev);
  if (going) return going;
  const topic = topicOverOwned(ctx, ev, p, at, gender);
  if (topic) return topic;
  // Nobody of the pronoun's gender named in its own paragraph, and the next one opens "His name was …", "She is
  // …": the person described here and named there, not one named paragraphs before.
  // …nor when the one in its paragraph is a person only brought on stage by an act ("A ferryman … counted …").
  const unnamed = ev?.passage === p && !table.isOnStage(ev.speaker);
  const named = unnamed ? null : identifiedNext(table, reading, p, false, gender);
  if (named) return named;
  const kin = ev?.passage === p ? null : kinSubjectBefore(ctx, p, at, gender);
  if (kin) return kin;
  // Guess from the paragraph's names only once the speakers' mentions are known (the second pass).
  if (!create || !table.eventsCollected) return ev?.speaker ?? null;
  if (ev) return subjectNamedSince(ctx, ev, p, at, gender) ?? ev.speaker;
  return (
    personNamedBefore(table, reading, p, at, gender, ctx.personNames) ??
    identifiedNext(table, reading, p, create, gender) ??
    nameOpeningNext(table, reading, p, create, gender)
  );
}

/** '"…," he added' after someone named only in passing: the person last quoted (see salience.ts). */
function turnGoneOn(
  ctx: AttributionContext,
  p: number,
  at: number,
  gender: Gender,
  ev: PersonEvent | null,
): string | null {
  const genderOf = (id: string): Gender | null => ctx.table.speaker(id)?.gender ?? null;
  const textSince = (e: PersonEvent): string => textSinceEvent(ctx, p, at, e);
  return continuedSpeaker(ctx.salience, { passage: p, start: at }, gender, ev, genderOf, textSince);
}

/** The text from a person's name to the quotation at (p, at) (or its pronoun, when that comes first). */
function textSinceEvent(ctx: AttributionContext, p: number, at: number, e: PersonEvent): string {
  const { reading } = ctx;
  const stop = Math.min(at, reading.quotes[p]?.[ctx.quoteNow]?.open ?? at);
  // "According to Name, …": the stretch opens on the source's lead, a source cited being one who reports.
  return (
    (ACCORDING_TO.exec(
      (reading.texts[e.passage] ?? '').slice(Math.max(0, e.start - ACCORDING_WINDOW), e.start),
    )?.[0] ?? '') +
    reading.texts
      .slice(e.passage, p + 1)
      .map((t, i) => t.slice(i === 0 ? e.end : 0, e.passage + i === p ? stop : t.length))
      .join('\n')
  );
}

/** Paragraphs back a person named in the story's past is read over (salience.ts reads turns as far). */
const PAST_FIGURE_REACH = 2;

/**
 * '"…," Noorzai said. ¶ Last year the governor, Name, promised a wall. ¶ "…," he said': the person named since the
 * last turn only in sentences dated in the past is talked about; the pronoun goes on with the person last quoted.
 */
function pastFigureGoneBy(
  ctx: AttributionContext,
  p: number,
  at: number,
  gender: Gender,
  ev: PersonEvent | null,
): string | null {
  const { reading } = ctx;
  if (!ev || p - ev.passage > PAST_FIGURE_REACH || (ev.passage === p && ev.start > at)) return null;
  const text = reading.texts[ev.passage] ?? '';
  const lead = text.slice(sentencesOf(reading, ev.passage).startOf(ev.start), ev.start);
  // The lead's date first: most names are not dated in the past, and the text since is dearer to build.
  if (!datedInThePast(lead) || !onlyAPastFigure(lead, textSinceEvent(ctx, p, at, ev))) return null;
  const genderOf = (id: string): Gender | null => ctx.table.speaker(id)?.gender ?? null;
  return continuedSpeaker(ctx.salience, { passage: p, start: at }, gender, ev, genderOf, () => '');
}

/** "according to" (perhaps "the village elder") right before a name, read in so many characters. */
const ACCORDING_WINDOW = 48;
const ACCORDING_TO = /\baccording\s+to\s+(?:\p{Ll}+\s+){0,3}$/iu;
/** An age right after a name: "Farid, 17,". */
const AGE_AFTER_NAME = /^,\s*\d{1,3}\b/u;
/** How many people of a paragraph are read back to its first. */
const PARAGRAPH_PEOPLE = 6;

/**
 * "Shafiqa R. sells mulberries …. Her sister-in-law, Mahbooba, minds the children. ¶ "…," she said": a person
 * introduced as the paragraph's topic's own (by the topic's pronoun, of the gender the pronoun now says), who
 * does not report, is named in passing: the pronoun, in that paragraph or the next, means the topic — the person
 * named first in the paragraph's first sentence. A relative who opens the paragraph is its topic and keeps it.
 */
function topicOverOwned(
  ctx: AttributionContext,
  ev: PersonEvent | null,
  p: number,
  at: number,
  gender: Gender,
): PersonEvent['speaker'] | null {
  const { table, reading } = ctx;
  if (!ev || p - ev.passage > 1 || (p === ev.passage && at < ev.start)) return null;
  const text = reading.texts[ev.passage] ?? '';
  if (ownerOfLead(text, ev.start) !== gender) return null;
  const sentences = sentencesOf(reading, ev.passage);
  const evSentence = sentences.startOf(ev.start);
  // Reports in its own sentence ("Her son, Omid, said …"), or speaks in it: the relative is meant.
  if (p === ev.passage && sentences.startOf(at) === evSentence) return null;
  if (hasSpeechVerb(text.slice(ev.end, sentenceEnd(text, ev.end)))) return null;
  // "His son, Farid, 17, left school …": given an age, the relative is introduced in their own right.
  if (AGE_AFTER_NAME.test(text.slice(ev.end, ev.end + 6))) return null;
  let first: PersonEvent | null = null;
  let cur = table.lastEventBefore(ev.passage, ev.start, gender);
  for (let n = 0; cur && cur.passage === ev.passage && n < PARAGRAPH_PEOPLE; n++) {
    first = cur;
    cur = table.lastEventBefore(ev.passage, cur.start, gender);
  }
  if (!first || first.speaker === ev.speaker || table.speaker(first.speaker)?.anonymous) return null;
  if (sentences.startOf(first.start) !== sentences.startOf(0)) return null;
  const stated = table.speaker(first.speaker)?.gender;
  return !stated || stated === gender ? first.speaker : null;
}

/** How many sentences back "he" is followed through "He … Name" sentences to the person it means. */
const SUBJECT_CHAIN = 3;
/** A sentence opening on "He" or "She", perhaps after a connective, then its verb. */
const PRONOUN_OPENING = new RegExp(ENGLISH_PRONOUN_OPENING, 'u');

/** "He introduced himself as Name", "She is Name", "he was called Name": the name is the pronoun's own. */
const NAMES_THE_SUBJECT = /\b(?:himself|herself)\b|\b(?:is|was|as|named|called)\s+$/u;

/**
 * '"…," he said. He pays Zaki a small wage to carry the sacks. "…," he said': a name in a sentence
 * that opens on "he" or "she" is not who that pronoun is (a pronoun subject and a name in its own clause are two
 * people), so it is not who the next same pronoun is either: that is whom the sentence's subject means. `ev` is
 * the person last named before the pronoun; the event of the person meant (followed a few sentences back).
 */
function pastObjectOfPronoun(
  ctx: AttributionContext,
  ev: PersonEvent | null,
  gender: Gender,
): PersonEvent | null {
  let cur = ev;
  for (let n = 0; cur && n < SUBJECT_CHAIN; n++) {
    const text = ctx.reading.texts[cur.passage] ?? '';
    const start = sentencesOf(ctx.reading, cur.passage).startOf(cur.start);
    const lead = text.slice(start, cur.start);
    const pronoun = PRONOUN_OPENING.exec(lead)?.groups?.['pronoun'];
    const female = pronoun?.toLowerCase() === 'she';
    if (!pronoun || female !== (gender === 'female') || NAMES_THE_SUBJECT.test(lead)) return cur;
    const before = ctx.table.lastEventBefore(cur.passage, start + text.slice(start).indexOf(pronoun), gender);
    // A pronoun no one named before means: the name stays the likeliest.
    if (!before) return ev;
    cur = before;
  }
  return cur;
}

/** What may stand before a sentence's subject: nothing, or a description with the name in apposition. */
const SUBJECT_LEAD = /^\s*(?:(?:The|A|An|One|His|Her|Their)\s[^,.;:!?"“”]{1,60},\s*)?$/u;
/** How many people named in one sentence are read back for the one it opens on. */
const SENTENCE_PEOPLE = 4;

/**
 * What may open the pronoun's own sentence before it: nothing, or a short phrase of time or place with no name in
 * it ("After the 2015 fall, he says").
 */
const OWN_LEAD = /^\s*(?:\p{Lu}[^,.;:!?"“”\p{Lu}]{1,50},\s*)?$/u;
/**
 * Where a paragraph opening on a quotation mark has its next quotation mark (the first quotation's close when it is
 * one), found once per paragraph; -1 when the paragraph does not open on a mark.
 */
const firstQuotationClose = perPassage((text) => {
  const open = /^\s*["“]/u.exec(text);
  const next = open ? text.slice(open[0].length).search(/["“”]/u) : -1;
  return open && next >= 0 ? open[0].length + next : -1;
});
/** After a quotation's closing mark: a comma at most, then only spaces up to the pronoun. */
const CLOSE_TO_PRONOUN = /^,?\s*$/u;

/**
 * A quotation alone before a pronoun at `at` in its paragraph: '"…," he says' (the pronoun still the clause's
 * first word): the paragraph opens on the quotation, which closes with "," and spaces before the pronoun.
 */
function quotationLeads(reading: Reading, p: number, at: number): boolean {
  const close = firstQuotationClose(reading, p);
  const own = reading.texts[p] ?? '';
  return (
    close >= 0 &&
    '"”'.includes(own[close] ?? '“') &&
    close < at &&
    CLOSE_TO_PRONOUN.test(own.slice(close + 1, at))
  );
}

/**
 * "The tenant, Name A, told the council that the owner, Name B, had raised the rent. He said: "…"": a "he" or
 * "she" opening the sentence after one that opens on a person means that sentence's subject, not someone named
 * later in it (an object, a person in its reported clause). So too a pronoun after a quotation that opens the next
 * paragraph ("Name A, an engineer, is the son of Name B, a mechanic. ¶ "…," he says"). `ev` is the person last
 * named before the pronoun, which stands at `at` in passage `pp`.
 */
function subjectOverObject(
  ctx: AttributionContext,
  ev: PersonEvent | null,
  pp: number,
  at: number,
  gender: Gender | null,
): PersonEvent | null {
  const { table, reading } = ctx;
  if (!ev) return ev;
  const p = ev.passage;
  const text = reading.texts[p] ?? '';
  const sentences = sentencesOf(reading, p);
  const evStart = sentences.startOf(ev.start);
  if (!pronounAfterSentenceOf(ctx, ev, pp, at)) return ev;
  let opening: PersonEvent | null = null;
  let cur = table.lastEventBefore(p, ev.start, gender);
  for (let n = 0; cur && cur.passage === p && cur.start >= evStart && n < SENTENCE_PEOPLE; n++) {
    opening = cur;
    cur = table.lastEventBefore(p, cur.start, gender);
  }
  if (!opening || opening.speaker === ev.speaker || !SUBJECT_LEAD.test(text.slice(evStart, opening.start)))
    return ev;
  return table.speaker(opening.speaker)?.anonymous ? ev : opening;
}

/**
 * Whether the pronoun at (pp, at) opens the sentence right after the one naming `ev` in its paragraph, or, after a
 * quotation alone, the first sentence of the paragraph right after the one `ev`'s sentence closes.
 */
function pronounAfterSentenceOf(ctx: AttributionContext, ev: PersonEvent, pp: number, at: number): boolean {
  const { reading } = ctx;
  const sentences = sentencesOf(reading, ev.passage);
  const evStart = sentences.startOf(ev.start);
  if (pp === ev.passage) {
    const ownStart = sentences.startOf(at);
    return (
      OWN_LEAD.test((reading.texts[pp] ?? '').slice(ownStart, at)) &&
      evStart < ownStart &&
      sentences.startOf(ownStart - 1) === evStart
    );
  }
  const text = reading.texts[ev.passage] ?? '';
  return (
    pp === ev.passage + 1 &&
    sentences.startOf(text.trimEnd().length - 1) === evStart &&
    quotationLeads(reading, pp, at)
  );
}

/** The sentences of a passage whose subject is a definite role, read once however many pronouns ask. */
const definiteSubjectsOfPassage = perPassage((text) => definiteSubjectsOf(text));
/** …and with them the writer's relatives after a lead ("Before I left, my father called"), in order of place. */
const kinSubjectsOfPassage = perPassage((text, p, reading: Reading) =>
  [...definiteSubjectsOfPassage(reading, p), ...writerKinSubjectsOf(text)].sort((a, b) => a.at - b.at),
);

/** Characters before a pronoun read for a relative that opened a sentence of its paragraph. */
const KIN_READ_CHARS = 1200;

/**
 * 'My mother-in-law is from Shighnan. … "Send it anyway," she says', 'His mother had come to watch. … she said':
 * a relative the paragraph opened a sentence on, by a possessive, whose noun is of the pronoun's gender, is the
 * "she" or "he" of the paragraph when no one of that gender was named in it before the pronoun — the first such
 * relative (the paragraph's topic; "Her sister lives …" after it is the topic's relative), unless "his" or "her"
 * points back to a person the paragraph named before it.
 */
export function kinSubjectBefore(
  ctx: AttributionContext,
  p: number,
  at: number,
  gender: Gender,
): string | null {
  const text = ctx.reading.texts[p] ?? '';
  const from = Math.max(0, at - KIN_READ_CHARS);
  const inside = insideQuote(ctx.reading, p);
  const subjects = kinSubjectsOfPassage(ctx.reading, p);
  for (let k = lastBelow(subjects, from, (d) => d.at) + 1; k < subjects.length; k++) {
    const d = subjects[k];
    if (!d || d.end > at) break;
    const start = d.at;
    const word = d.head.split('-')[0] ?? '';
    const stated = FEMALE_ROLE_WORDS.has(word) ? 'female' : MALE_ROLE_WORDS.has(word) ? 'male' : null;
    if (inside(start) || !KIN_NOUNS.has(d.head) || stated !== gender) continue;
    // "Gul Bibi sells bread. Her daughter …": "she" may be the woman whose relative it is.
    if (/^(?:His|Her)\s/u.test(text.slice(start, start + 4)) && ownerNamedBefore(ctx, p, start, gender))
      continue;
    const end = text.indexOf(d.head, start) + d.head.length;
    const id = kinSource(ctx.table, text.slice(start, end), { passage: p, start, end }, ctx.create);
    if (id) return id;
  }
  return null;
}

/** Whether the paragraph names a person before `at` that a pronoun of `gender` may mean (gender unknown or alike). */
function ownerNamedBefore(ctx: AttributionContext, p: number, at: number, gender: Gender): boolean {
  const { table, reading, personNames } = ctx;
  const name = lastPersonName(table, reading, p, at, personNames, { subjectsOnly: true });
  return !!name && (table.lookup(name)?.gender ?? gender) === gender;
}

/** "said the spokesman": the role's holder, else (a role no one holds) the person the paragraph named last. */
function resolveRole(ctx: AttributionContext, matched: string, p: number, at: number): string | null {
  const mention: RoleMention = { ...rolePhrase(ctx.reading.texts[p] ?? '', at, matched), p, at };
  const holder = roleHolder(ctx, mention);
  if (holder) return holder;
  return (
    roleOfPersonNamedLast(ctx, mention) ??
    officialNamedBefore(ctx, mention) ??
    definiteRoleItself(ctx, mention)
  );
}

/** Generic words a report calls a named officeholder by once it has named them ("the official said"). */
const GENERIC_OFFICIAL = new Set(['official', 'officer']);
/** Words of an office in a person's description: "head of public works", "district governor". */
const OFFICE_WORDS = new Set(
  'head chief director governor commander minister deputy manager mayor official officer spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);

/**
 * 'Qudratullah Zahid, head of public works, said …. "…," the official said': "the official" is the person the
 * paragraph last named with an office in their description, when that naming is the paragraph's last mention.
 */
function officialNamedBefore(ctx: AttributionContext, { role, p, at }: RoleMention): string | null {
  if (!GENERIC_OFFICIAL.has(role)) return null;
  const last = ctx.table.lastEventBefore(p, at, null);
  const person = last?.passage === p ? ctx.table.speaker(last.speaker) : null;
  if (!person || person.anonymous) return null;
  return holdsOffice(person.description) ? person.id : null;
}

/** Whether a person's description has an office in it: "head of public works", "district governor". */
const holdsOffice = (description: string): boolean =>
  description.split(/[^\p{L}]+/u).some((w) => OFFICE_WORDS.has(w.toLowerCase()));

const OF_AN_OFFICE = /^\s+of\s/u;

/** " of the mill": what a person's noun says they are the owner or the keeper of. */
const OF_WHAT = /^\s+of\s+\S/u;

/** Words between a subject and its verb of speech: an auxiliary ("had", "would") or an adverb ("also", "used to"). */
const BEFORE_VERB_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_AUXILIARIES,
  ...SUBJECT_VERB_ADVERBS.flatMap((w) => w.split(' ')),
]);

/** "the provincial head of public works" up to its verb, an aside's comma or the sentence's end. */
const DEFINITE_ROLE_PHRASE = /^[Tt]he\s[^,.;:!?"“”]{2,80}/u;

/**
 * '"…," the provincial head of public works said': a definite role the text names no one by is itself the
 * source, by its phrase, as an anonymous source is ("the district chief of police").
 */
function definiteRoleItself(ctx: AttributionContext, { role, p, at }: RoleMention): string | null {
  if (!ctx.create || !(isRoleWord(role) || isSourceNoun(role))) return null;
  const found = DEFINITE_ROLE_PHRASE.exec((ctx.reading.texts[p] ?? '').slice(at, at + 90))?.[0] ?? '';
  const words = found.split(/\s+/u);
  const verb = words.findIndex((w, i) => i > 1 && SPEECH_VERBS.has(w));
  const kept = verb < 0 ? words : words.slice(0, verb);
  // "The farmer had said", "the mirab has also warned": the auxiliary and the adverb are the verb's, not the role's.
  while (kept.length > 2 && BEFORE_VERB_WORDS.has(kept.at(-1) ?? '')) kept.pop();
  const phrase = kept.join(' ').trim();
  if (!phrase.split(' ').includes(role)) return null;
  // "the owner of the mill", "the cook of the teahouse": a person's noun that is no office is a source only by
  // what it is the owner or the cook of.
  if (!isRoleWord(role) && !OF_WHAT.test(phrase.slice(phrase.indexOf(role) + role.length))) return null;
  // Named as an anonymous source is: the phrase, capitalised ("The district chief of police").
  const name = `T${phrase.slice(1)}`;
  return ctx.table.addAnonymous(name, '', { passage: p, start: at, end: at + phrase.length }).id;
}

/** A role as a subject: its role word, the phrase that names it ("the police spokesman"), where it stands. */
interface RoleMention {
  role: string;
  phrase: string;
  p: number;
  at: number;
}

/** How many mentions of the family itself a "his"/"her" reads back past to find whom it means. */
const OWNER_SKIPS = 4;

/**
 * The mention "his"/"her" at (p, at) means: the person of that gender named last before it, the family aside
 * (after "said his nephew, Tamim," the last man named is the nephew, not whose nephew he is; after "his son,
 * Farid," a later "his daughter" is still the father's).
 */
function ownerAt(
  table: SpeakerTable,
  p: number,
  at: number,
  owner: string,
  relative: string,
): PersonEvent | null {
  const gender: Gender = owner === 'her' ? 'female' : 'male';
  const family = (ev: PersonEvent): boolean => ev.speaker === relative || table.isRelative(ev.speaker);
  let ev = table.lastPersonNamed(p, at, gender);
  for (let i = 0; ev && family(ev) && i < OWNER_SKIPS; i += 1)
    ev = table.lastPersonNamed(ev.passage, ev.start, gender);
  return ev && !family(ev) ? ev : null;
}

/**
 * A relative named before (p, at) whose owner is still the one the phrase's possessive means there: "his
 * daughter" is Zarmina only after her naming, and only while "his" means the man whose daughter she was named
 * as — no other man named since. The writer's own ("my", "our") and a family's ("their") need only the naming.
 */
function sameOwner(table: SpeakerTable, key: string, relative: SpeakerDraft, p: number, at: number): boolean {
  const named = relative.intro ?? table.firstMention(relative.id);
  if (!named || named.passage > p || (named.passage === p && named.start >= at)) return false;
  const owner = key.split(' ')[0] ?? '';
  if (owner !== 'his' && owner !== 'her') return true;
  const now = ownerAt(table, p, at, owner, relative.id);
  if (!now || now.passage < named.passage || (now.passage === named.passage && now.start < named.start))
    return true;
  return now.speaker === ownerAt(table, named.passage, named.start, owner, relative.id)?.speaker;
}

/**
 * "my uncle, Ustad Name, has taught …" early on, "My uncle told me: "…"" later; "said his daughter, Zarmina
 * Rostaqi," then "his daughter said" paragraphs on: a relative named once in apposition (the writer's own, or
 * the person the piece is about) is that person wherever the text calls them so again — by the same owner word
 * and kin noun ("his eldest son" and "his son"), of the same owner — when the piece names only one relative so.
 */
function relativeNamed(table: SpeakerTable, phrase: string, p: number, at: number): string | null {
  const key = relationKey(phrase);
  const head = key?.split(' ')[1];
  if (!key || !head) return null;
  // Two sons named ("his elder son, A, …; his younger son, B,"): "his son" is neither for certain.
  const indexed = table.relativesCalled(phrase);
  const named =
    indexed.length > 0 ? indexed : table.describedAs(head).filter((s) => relationKey(s.description) === key);
  const only = named.length === 1 ? named[0] : undefined;
  return only && sameOwner(table, key, only, p, at) ? only.id : null;
}

/** Who holds a role: a kin word's person, a source so described, the one holder, or the one the text names next. */
function roleHolder(ctx: AttributionContext, { role, phrase, p, at }: RoleMention): string | null {
  const { table, reading, create } = ctx;
  const own = relativeNamed(table, phrase, p, at);
  if (own) return own;
  const kin = kinSource(table, phrase, { passage: p, start: at, end: at + phrase.length }, create);
  if (kin) return kin;
  const source = sourceByRole(table, role, p, at, phrase);
  if (source) return source;
  const ev = table.lastDescribedAs(role, p, at);
  if (ev) return ev.speaker;
  // "…," the governor said' early on, "The governor, Qari Nematullah Sarwari," paragraphs later.
  const holders = table.describedAs(role);
  if (holders.length === 1 && holders[0]) return holders[0].id;
  const quoted = quotedSourceByRole(ctx, role, p, at, phrase);
  if (quoted) return quoted;
  const synonym = holderBySynonym(table, role);
  if (synonym) return synonym;
  const named = roleHeldByNextName(table, reading, p, at, phrase, create);
  if (named) return named;
  const identified = roleIdentifiedNext(table, reading, p, at, create);
  if (identified) return identified;
  return bodyNamedBefore(table, phrase, bodySubjectsBefore(ctx, p, at), create);
}

/**
 * "JAWED KARIMI: … when the commerce minister said, "…"": a turn's label names who speaks the turn, as "I"; a role
 * inside the turn is someone else's, and so is one after the turn before (its label or its words).
 */
function beforeTurn(
  { table, reading }: AttributionContext,
  p: number,
  ev: { passage: number; start: number },
): boolean {
  const isPerson = (label: string) => table.isPersonName(label, 1);
  const start = labelledTurnStart(turnLabelOf(reading, p), reading.texts[p] ?? '', isPerson);
  return start !== null && (ev.passage < p || ev.start < start);
}

/** How far back in a turn a source described before "she said" is looked for (characters). */
const TURN_SOURCE_REACH = 200;
/** "a", "an", "one" opening a phrase: where a described source may start (also before a quoted role). */
export const INDEFINITE_AT = new RegExp(`(?<![\\p{L}])${wordAlternation(INDEFINITE_WORDS, true)}\\s`, 'gu');

/**
 * "I spoke to a woman who sells mulberries, and she said": the person a turn describes by a relative clause before
 * the pronoun, added as a source; null when the turn describes none.
 */
function describedInTurn(table: SpeakerTable, reading: Reading, p: number, at: number): string | null {
  const text = reading.texts[p] ?? '';
  const from = Math.max(labelledTurnStart(turnLabelOf(reading, p), text) ?? 0, at - TURN_SOURCE_REACH);
  let found: ReturnType<typeof personByRelativeClause> = null;
  for (const m of matchesOf(INDEFINITE_AT, text.slice(from, at)))
    found = personByRelativeClause(text.slice(from + m.index, at), from + m.index) ?? found;
  if (!found) return null;
  return table.addAnonymous(found.name, '', { passage: p, start: found.start, end: found.end }).id;
}

/** "the old man", "the young woman": nouns any description of a person allows, as an age does. */
const PLAIN_PERSON_NOUNS = new Set(['man', 'woman', 'girl', 'boy']);
/** A qualifier after the noun ("the old man who …", "the woman from …") describes someone new. */
const QUALIFIED_AFTER = /^\s*(?:who|whose|from|of|in|at|with|next)\b/u;

/**
 * "the old man" is the person last named only when the phrase ends on its noun ("the old man who lives next
 * door" is someone else) and that person's sentence does not report them killed or hurt (a victim).
 */
function plainNounOfPerson(ctx: AttributionContext, m: RoleMention, last: PersonEvent): boolean {
  const { role, phrase, p, at } = m;
  const after = (ctx.reading.texts[p] ?? '').slice(at + phrase.length, at + phrase.length + 12);
  if (!PLAIN_PERSON_NOUNS.has(role) || !phrase.trim().toLowerCase().endsWith(` ${role}`)) return false;
  if (QUALIFIED_AFTER.test(after)) return false;
  const text = ctx.reading.texts[last.passage] ?? '';
  const from = sentencesOf(ctx.reading, last.passage).startOf(last.start);
  const words = text
    .slice(from, sentenceEnd(text, last.start))
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return !words.some((w) => VICTIM_VERBS.has(w));
}

/**
 * '"…," said the 58-year-old farmer': a role no one was described by refers back to the person last named, in
 * this paragraph or the one before, when nothing yet describes that person otherwise.
 */
function roleOfPersonNamedLast(ctx: AttributionContext, { role, phrase, p, at }: RoleMention): string | null {
  const { table, reading, create } = ctx;
  const gender = FEMALE_ROLE_WORDS.has(role) ? 'female' : MALE_ROLE_WORDS.has(role) ? 'male' : null;
  // A spokesman or an official speaks for others, often about the person just named.
  // "the 68-year-old told …": an age stands for the person as a role does.
  if ((!ROLE_NOUNS.has(role) && !gender && !AGE_AS_ROLE.test(role)) || SPOKES_ROLES.has(role)) return null;
  // "the head of the irrigation office": a role of an office names its holder, not the person just named.
  if (OF_AN_OFFICE.test((reading.texts[p] ?? '').slice(at + phrase.length, at + phrase.length + 8)))
    return null;
  // "Name A, a teacher, lost his son, Name B, 23. ¶ "…," the 67-year-old said": the sentence's subject.
  const last = subjectOverObject(ctx, table.lastEventBefore(p, at, gender), p, at, gender);
  const intro = { passage: p, start: at, end: at + phrase.length };
  const person =
    last && p - last.passage <= 1 && !beforeTurn(ctx, p, last) ? table.speaker(last.speaker) : null;
  if (person) {
    // An age describes anyone: only another role conflicts with the person's description.
    // …and so does "the old man" of a person the text already knows as a man.
    if (
      AGE_AS_ROLE.test(role) ||
      (person.gender === gender && !!last && plainNounOfPerson(ctx, { role, phrase, p, at }, last))
    )
      return person.id;
    if (person.description) return null;
    table.describe(person, phrase, intro);
    return person.id;
  }
  // Named earlier in the paragraph without yet being a speaker: "Karim Jawad stood in his field. "…,"
  // said the farmer."
  // …or in the paragraph before, when the quotation opens this one.
  const here = reading.texts[p] ?? '';
  const name = !create
    ? null
    : (lastPersonName(table, reading, p, at, ctx.personNames) ??
      (p > 0 && /^\s*["“‘']/.test(here)
        ? lastPersonName(table, reading, p - 1, Infinity, ctx.personNames)
        : null));
  return name ? table.add(name, phrase, intro).id : null;
}

/** "said Karim Jawad": the speaker by that name; with `create`, a new one (not a place after "from", "in" …). */
function resolveName(ctx: AttributionContext, matched: string | null, p: number, at: number): string | null {
  const { table, reading, create } = ctx;
  const name = matched && stripLeadingCommonWords(matched);
  if (!name) return null;
  const known = table.lookup(name);
  if (known) {
    table.takeTitles(known, name);
    return known.id;
  }
  if (!create || subjectIsPlaceAfterPreposition(reading, p, at, name)) return null;
  const person = table.addFromAttribution(name);
  if (person) return person.id;
  return table.isSpeakerName(name) ? table.add(name, '', null).id : null;
}

/**
 * '…, the provincial spokesman said. "…," he told reporters': a pronoun right after a role that spoke, with
 * no one named in between, is that role's holder, or the role itself as an anonymous source.
 */
function roleSubjectBefore(
  ctx: AttributionContext,
  p: number,
  pronounAt: number,
  gender: Gender,
): string | null {
  const { table, reading, create } = ctx;
  // '"…," he says' after a long quotation: the role is read before the quotation, not inside it.
  const at = reading.quotes[p]?.[ctx.quoteNow]?.open ?? pronounAt;
  const ev = table.lastEventBefore(p, Math.min(at, pronounAt), null);
  const since = ev && ev.passage === p ? ev.start : -1;
  // Only a role after the person last named can be meant: the text read starts there, or a sentence back.
  const sentences = sentencesOf(reading, p);
  const from = Math.max(since, sentences.startOf(Math.max(0, sentences.startOf(at) - 1)));
  const { prior, definite } = subjectsBefore(reading, p, Math.max(0, from), Math.min(at, pronounAt));
  if (definite && definite.at >= since && (!prior || definite.at > prior.at)) {
    // "The foreman was blunt.", "Its director, a religious scholar, received us.": a role as a sentence's
    // subject, then "he said": the source or the one holder of that role.
    const holders = isRoleWord(definite.head) ? table.describedAs(definite.head) : [];
    // "The head of the department, an engineer who …, says": the one speaker the text calls its engineer.
    const id =
      sourceByRole(table, definite.head, p, at) ??
      (holders.length === 1 ? holders[0]?.id : null) ??
      holderOfAside(table, definite.aside) ??
      roleNamedNextParagraph(ctx, p, definite.head);
    if (id) return id;
    const source = create ? definiteRoleSource(table, reading, p, definite, gender) : null;
    if (source) return source;
  }
  if (!prior?.role || since >= prior.at) return null;
  const { role, phrase } = rolePhrase(reading.texts[p] ?? '', prior.at, prior.role);
  const stated = FEMALE_ROLE_WORDS.has(role) ? 'female' : MALE_ROLE_WORDS.has(role) ? 'male' : null;
  if (!isRoleWord(role) || (stated && stated !== gender)) return null;
  const id = resolveSubject(ctx, prior, p);
  if (id || !create) return id;
  const intro = { passage: p, start: prior.at, end: prior.at + phrase.length };
  return table.addAnonymous(phrase, '', intro).id;
}

/**
 * The names of the last few "<subject> said" before `at` in passage p and in the paragraphs just before, latest
 * last, null for a pronoun or a role: a bounded read, whatever the number of subjects a paragraph has.
 */
function bodySubjectsBefore(ctx: AttributionContext, p: number, at: number): (string | null)[] {
  const names: (string | null)[] = [];
  for (let k = p; k >= Math.max(0, p - BODY_REACH) && names.length < BODY_SUBJECTS; k--) {
    const subjects = speakingSubjectsIn(ctx, k);
    const last = k === p ? lastBelow(subjects, at + 1, (x) => x.end) : subjects.length - 1;
    for (let i = last; i >= 0 && names.length < BODY_SUBJECTS; i--) {
      const name = subjects[i]?.subject.name;
      names.unshift(name ? stripLeadingCommonWords(name) : null);
    }
  }
  return names;
}

/**
 * '"…," the official said' after "A senior engineer at the plant, who …, said …": the anonymous source the
 * paragraph introduced by that role, before any named holder of the role elsewhere.
 */
export function sourceByRole(
  table: SpeakerTable,
  role: string,
  p: number,
  at: number,
  phrase = '',
): string | null {
  const modifiers = roleModifiers(phrase, role);
  // "The foreman was blunt" a paragraph after "A mine foreman who …": the definite role names the indefinite one.
  for (const ev of table.anonymousSourcesBefore(p, at, SOURCE_REACH, SOURCES_LOOKED_AT)) {
    const name = table.speaker(ev.speaker)?.name ?? '';
    const words = roleWordsOf(name);
    // "The education ministry said" after "the health ministry said": a word that sets the role apart is another
    // body only when the earlier one had its own word before the head ("the senior official" is "an official").
    if (roleModifiers(name, role).length > 0 && modifiers.some((w) => !words.includes(w))) continue;
    if (words.some((w) => w === role || w === `${role}s`)) return ev.speaker;
  }
  return null;
}

/** A source's name's words a role may be, less its owners': "the governor's spokesman" is no governor. */
const roleWordsOf = (name: string): string[] =>
  normalizeName(
    name
      .split(/\s+/u)
      .filter((w) => !/['’]s$/u.test(w))
      .join(' '),
  ).split(' ');

/**
 * "the official added" paragraphs after an anonymous official was quoted, past other sources and paragraphs of
 * narration: the anonymous source last quoted whose name has the role and every word the phrase sets it apart by.
 */
function quotedSourceByRole(
  ctx: AttributionContext,
  role: string,
  p: number,
  at: number,
  phrase: string,
): string | null {
  const modifiers = roleModifiers(phrase, role);
  // A named source quoted since whom the role also names ("the official" after the head of a department) is the
  // one the phrase goes on with: the anonymous source before is not read past them.
  const alsoCalled = (id: string): boolean => {
    const source = ctx.table.speaker(id);
    if (!source || source.anonymous) return false;
    const words = normalizeName(source.description).split(' ');
    return words.includes(role) || (GENERIC_OFFICIAL.has(role) && holdsOffice(source.description));
  };
  return lastSourceTurn(ctx.salience, { passage: p, start: at }, alsoCalled, (id) => {
    const source = ctx.table.speaker(id);
    if (!source?.anonymous) return false;
    const words = roleWordsOf(source.name);
    // "the education official" is not "an official at the ministry of public works": every word setting the role
    // apart is in the source's name ("the ministry official" is "an official at the ministry").
    if (modifiers.some((w) => !words.includes(w))) return false;
    return words.some((w) => w === role || w === `${role}s`);
  });
}

/** The words before a role's head in its phrase, determiners aside: "education" in "the education ministry". */
function roleModifiers(phrase: string, role: string): string[] {
  const words = normalizeName(phrase).split(' ');
  const head = words.indexOf(role);
  return head < 0 ? [] : words.slice(0, head).filter((w) => !ROLE_PHRASE_DETERMINERS.has(w));
}

/** Paragraphs back, and named subjects at most, that "the agency said" looks for the body in. */
const BODY_REACH = 2;
const BODY_SUBJECTS = 4;

/** Paragraphs back, and sources at most, that "the foreman" looks for "a foreman …" in. */
const SOURCE_REACH = 2;
const SOURCES_LOOKED_AT = 4;

/** Characters before a pronoun read for the role that spoke or opened the sentence: a sentence or two. */
const ROLE_WINDOW = 320;

/**
 * The last "<subject> said" and the last sentence opened by a definite role ("The foreman was …") between
 * `start` and `at`, outside quotations: at most a window of fixed size, so each pronoun reads a bounded text.
 */
function subjectsBefore(
  reading: Reading,
  p: number,
  start: number,
  at: number,
): { prior: Subject | null; definite: DefiniteSubject | null } {
  const text = reading.texts[p] ?? '';
  const from = Math.max(start, at - ROLE_WINDOW);
  const window = text.slice(from, at);
  const inside = insideQuote(reading, p);
  // A match at the window's cut may start mid-sentence or mid-name: only whole ones count.
  const cut = from > start;
  const whole = (i: number) => (!cut || i > 0) && !inside(from + i);
  const clauses = (mayHoldSubjectVerb(window) ? [...matchesOf(SUBJECT_VERB, window)] : []).filter(
    (m) => isSpeechClause(m) && whole(m.index) && !noSubject(m),
  );
  const last = clauses.at(-1);
  const definite = definiteSubjectsOf(window)
    .filter((d) => whole(d.at))
    .at(-1);
  return {
    prior: last ? clauseSubject(window, last, from) : null,
    definite: definite ? { ...definite, at: from + definite.at } : null,
  };
}

/**
 * "The manager, a young surveyor who came to count the losses, said …", "said the only answer is stone": a
 * "the <words>" with no role, relative, body or age in it is no subject of a speech verb ("the losses" said
 * nothing; "answer" there is a noun), so it hides no role that opened the sentence before it.
 */
export function noSubject(m: RegExpMatchArray): boolean {
  const words = (m[3] ?? '').split(/\s+/u).slice(1);
  const names = (w: string) =>
    isRoleWord(w) || KIN_NOUNS.has(w) || BODY_NOUNS.has(w) || AGE_AS_ROLE.test(w) || /['’]s$/u.test(w);
  return !!m[3] && !words.some(names);
}

/**
 * "The head of the department, a young engineer who …" and elsewhere "The engineer, Name,": the one speaker
 * the text describes by a word of the appositive (read from its last word back), if any.
 */
export function holderOfAside(table: SpeakerTable, aside: string | undefined): string | null {
  for (const word of (aside ?? '').split(/\s+/).reverse()) {
    if (word.length < MIN_ASIDE_WORD || COMMON_WORDS.has(word)) continue;
    const holders = table.describedAs(word);
    if (holders.length === 1 && holders[0]) return holders[0].id;
  }
  return null;
}
/** Shorter words of an appositive ("old", "of") name no role. */
const MIN_ASIDE_WORD = 4;

/** Words reporting uses for the same office: "the head of the department" is its director or its chief. */
const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  head: ['director', 'chief'],
  director: ['head', 'chief'],
  chief: ['head', 'director'],
  spokesman: ['spokesperson', 'spokeswoman'],
  spokesperson: ['spokesman', 'spokeswoman'],
};

/** The one speaker described by a word for the same office as `role` ("the director, Name," for "the head"). */
export function holderBySynonym(table: SpeakerTable, role: string): string | null {
  const holders = new Set((ROLE_SYNONYMS[role] ?? []).flatMap((w) => table.describedAs(w)));
  const [only] = holders;
  return holders.size === 1 && only ? only.id : null;
}

/** A paragraph opening on a role and the name in commas: "The official, Engineer Name, said …". */
const OPENS_WITH_ROLE_NAME = new RegExp(
  `^\\s*The\\s+(?<head>\\p{Ll}+),\\s+(?<name>(?:${TITLE}\\s+)?\\p{Lu}[${NAME_CHARS}]+(?:\\s+\\p{Lu}[${NAME_CHARS}]+){1,3}),`,
  'u',
);

/**
 * 'The head of the fruit section estimates …. "…," he said' and the next paragraph opens "The official, Engineer
 * Name, said …" (or "The director, Name,"): the same role word, a word for the same office, or "the official"
 * after an office names the role's holder.
 */
export function roleNamedNextParagraph(ctx: AttributionContext, p: number, head: string): string | null {
  const m = OPENS_WITH_ROLE_NAME.exec(ctx.reading.texts[p + 1] ?? '');
  const next = m?.groups?.['head'] ?? '';
  const same =
    next === head ||
    (ROLE_SYNONYMS[head] ?? []).includes(next) ||
    (GENERIC_OFFICIAL.has(next) && OFFICE_WORDS.has(head));
  return m && same ? (ctx.table.lookup(m.groups?.['name'] ?? '')?.id ?? null) : null;
}

/** Roles that speak for an institution, not for themselves: never read back to the person last named. */
const SPOKES_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer']);
/**
 * Two to four capitalised words as a sentence's subject: at the sentence start or after an opening phrase's
 * comma, or after "named" ("a farmer named Karim Jawad counted …"), with a verb after ("In Kunduz, Karim Jawad
 * stood …"), not an object ("Police arrested Gul Ahmad"); a bracketed affiliation may stand between name and verb
 * ("Dr. Shabnam Warsaji (Kunduz University) presented …", as a rapporteur's notes write it).
 * The capital is looked for before the sentence edge behind it, so a long run of spaces is read once.
 */
const NAME_SPAN =
  /(?=\p{Lu})(?<=^|[.!?]["”’]?\s+|,\s+|[—–]\s+|\bnamed\s+)\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}(?=(\s+(?:\([^()\n]{1,60}\)\s+)?)(?:also\s+|then\s+)?\p{Ll}+)/gu;

/**
 * "I asked Bibi Shirin, who runs a savings group, …", "…, said Nasim Sharifi, head of the department": a name anywhere in a sentence that a relative clause or a
 * description in commas introduces is a person the paragraph is about, subject or not.
 */
const INTRODUCED_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3}(?=,\\s(?:who|whose|an?|the|${[...ROLE_NOUNS].join('|')})\\s)`,
  'gu',
);

/** A name a passage gives as a subject, with the offset the text must reach for it to read so (see below). */
interface NameAt {
  /** Where the name starts. */
  at: number;
  need: number;
  name: string;
  possessive: boolean;
}

/**
 * People's names (two words or more) a passage gives as subjects, outside quotations. A name counts before an
 * offset once the text up to there holds it, the space after it and the first letter of its verb: what a
 * search of the text cut at that offset would find.
 */
function personNamesOf(table: SpeakerTable, reading: Reading, p: number): NameAt[] {
  const text = reading.texts[p] ?? '';
  const inside = insideQuote(reading, p);
  const names: NameAt[] = [];
  for (const m of matchesOf(NAME_SPAN, text)) {
    if (inside(m.index)) continue;
    const name = stripLeadingCommonWords(m[0].replace(/['’]s$/, ''));
    if (table.isPersonName(name, 2))
      names.push({
        at: m.index + m[0].length - name.length - (m[0].length - m[0].replace(/['’]s$/, '').length),
        need: m.index + m[0].length + (m[1] ?? '').length + 1,
        name,
        // "Parwin Sadeqi's novel …": the owner of a thing stays the one a pronoun means.
        possessive: /['’]s$/.test(m[0]) && possessiveOwnsAPerson(text.slice(m.index + m[0].length)),
      });
  }
  for (const m of text.includes(', ') ? matchesOf(INTRODUCED_NAME, text) : []) {
    const name = stripLeadingCommonWords(m[0]);
    if (!inside(m.index) && table.isPersonName(name, 2))
      names.push({
        at: m.index + m[0].length - name.length,
        need: m.index + m[0].length + 2,
        name,
        possessive: false,
      });
  }
  return names.sort((a, b) => a.need - b.need);
}

/** The last person's name (two words or more) in passage p before `pos`, outside quotations. */
const lastPersonName = (...args: Parameters<typeof lastPersonNameAt>): string | null =>
  lastPersonNameAt(...args)?.name ?? null;

/** The last person's name (two words or more) in passage p before `pos`, with where it stands. */
function lastPersonNameAt(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  pos: number,
  cache: Map<number, readonly NameAt[]>,
  { subjectsOnly = false } = {},
): NameAt | null {
  let names = cache.get(p);
  if (!names) cache.set(p, (names = personNamesOf(table, reading, p)));
  // "President Hamid Karzai's deputy": a possessive names whose deputy, not who acts.
  for (let k = lastBelow(names, pos + 1, (n) => n.need); k >= 0; k--) {
    const n = names[k];
    if (n && !(subjectsOnly && n.possessive)) return n;
  }
  return null;
}

/** A preposition that makes the name after it a place: "a herder from Deh Salah, said …". */
const PLACE_PREPOSITION = /\b(?:from|in|near|at|of|to|across|outside|inside)\s+(?:the\s+)?$/iu;
/** How far before a name the preposition is looked for (characters). */
const PREPOSITION_REACH = 16;

/**
 * Whether a subject the gazetteer holds stands after a preposition ("from Deh Salah, said"): a place, not a new
 * speaker. Read before a speaker is made; placeAfterPreposition (place-people.ts) reads a speaker already made,
 * named only by a place's name, after a shorter list of prepositions or a Dari district noun.
 */
function subjectIsPlaceAfterPreposition(reading: Reading, p: number, at: number, name: string): boolean {
  const text = reading.texts[p] ?? '';
  return (
    reading.index.exact.has(normalizeName(name)) &&
    PLACE_PREPOSITION.test(text.slice(Math.max(0, at - PREPOSITION_REACH), at))
  );
}

/** Role words a quotation's "said the …" may end on. */
const isRoleWord = (w: string) => ROLE_NOUNS.has(w) || FEMALE_ROLE_WORDS.has(w) || MALE_ROLE_WORDS.has(w);
const ROLE_HEAD = new RegExp(`(?:[Tt]he|[Aa]n?)(?:\\s+[\\p{Ll}\\p{N}-]+${POSSESSIVE}){1,4}`, 'uy');

/**
 * The role a "the …" subject names: its last role word within a few words ("the police spokesman", "the
 * farmer" of "the farmer on Monday"), else its last word as matched.
 */
function rolePhrase(text: string, at: number, matched: string): { role: string; phrase: string } {
  ROLE_HEAD.lastIndex = at;
  const head = ROLE_HEAD.exec(text)?.[0] ?? matched;
  const words = head.split(/\s+/);
  const k = words.findLastIndex((w, i) => i > 0 && isRoleWord(w));
  if (k < 0) return { role: matched.split(/\s+/).at(-1) ?? '', phrase: matched };
  return { role: words[k] ?? '', phrase: words.slice(0, k + 1).join(' ') };
}

/** A "Name says" / "she says" of a passage, outside quotations, with where it ends. */
export interface SubjectAt {
  end: number;
  subject: Subject;
}

/**
 * Every "Name says" / "she says" of passage p outside quotations, read once. Those ending before a quotation's
 * opening mark are what a search of the text before the mark finds: no part of the pattern reads a mark.
 */
function speakingSubjectsOf(reading: Reading, p: number): SubjectAt[] {
  const inside = insideQuote(reading, p);
  const found: SubjectAt[] = [];
  const text = reading.texts[p] ?? '';
  for (const m of mayHoldSubjectVerb(text) ? matchesOf(SUBJECT_VERB, text) : []) {
    if (!isSpeechClause(m) || inside(m.index)) continue;
    found.push({ end: clauseEnd(m), subject: clauseSubject(text, m, 0) });
  }
  return found;
}

/** The latest of `subjects` that ends by `pos`. */
export function lastSubjectBy(subjects: readonly SubjectAt[], pos: number): Subject | null {
  return subjects[lastBelow(subjects, pos + 1, (s) => s.end)]?.subject ?? null;
}

/** "The Ministry of Mines" → "Ministry of Mines"; "But Karimi" → "Karimi". */
function stripLeadingCommonWords(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && COMMON_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}

/** Paragraphs a pronoun reaches back for a person named as a sentence's subject, not yet a speaker. */
const SUBJECT_REACH = 2;

/**
 * '"…," Hamdam said. / Gul Ahmad Sharifi has mended radios here since 1990. "…," he said': a person the
 * pronoun's own paragraph names as a sentence's subject after the speaker last named, and not yet a speaker,
 * is who the pronoun means.
 */
function subjectNamedSince(
  ctx: AttributionContext,
  ev: PersonEvent,
  p: number,
  at: number,
  gender: Gender,
): string | null {
  const { table, reading } = ctx;
  const n = lastPersonNameAt(table, reading, p, at, ctx.personNames, { subjectsOnly: true });
  if (!n || (ev.passage === p && ev.start >= n.at) || table.lookup(n.name)) return null;
  const person = table.add(n.name, '', null);
  if (person.gender && person.gender !== gender) return null;
  person.gender ??= gender;
  return person.id;
}

/**
 * "Dr. Farida Naziri runs the clinic. … "…," she said': a person the paragraph (or the one before) names as a
 * sentence's subject, not yet a speaker, is who the pronoun means when no speaker is nearer.
 */
function personNamedBefore(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  at: number,
  gender: Gender,
  cache: Map<number, readonly NameAt[]>,
): string | null {
  const subjects = { subjectsOnly: true };
  let name = lastPersonName(table, reading, p, at, cache, subjects);
  // "Shirin Gul has lived there since …" two paragraphs up, her story in between: still who "she" is.
  // An anonymous source quoted in between is as likely meant: then no one.
  for (let k = p - 1; !name && k >= Math.max(0, p - SUBJECT_REACH); k--) {
    if (k < p - 1 && table.anonymousBefore(k + 1, Infinity)) break;
    name = lastPersonName(table, reading, k, Infinity, cache, subjects);
  }
  if (!name) return null;
  const person = table.add(name, '', null);
  if (person.gender && person.gender !== gender) return null;
  person.gender ??= gender;
  return person.id;
}
