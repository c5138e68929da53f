// English attribution rules that name the holder of a role the quotation's attribution gives only by title.
import { ADVERB } from './attribution-patterns.ts';
import { isAcronym, isSourceNoun } from './anonymous.ts';
import {
  BODY_NOUNS,
  FEMALE_ROLE_WORDS,
  KIN_GROUPS,
  KIN_NOUNS,
  MALE_ROLE_WORDS,
  PEOPLE_WORDS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_ABBREVIATION,
  hasSpeechVerb,
} from './lexicon.ts';
import type { DefiniteSubject } from './person-cues.ts';
import type { QuoteSpan } from './quotes.ts';
import { sentenceEnd } from './sentences.ts';
import type { PersonEvent } from './person-events.ts';
import type { Gender, Reading, SpeakerTable } from './speakers.ts';

/** How far the attribution's sentence is read for its end: a bound, so each quotation reads a little text. */
const SENTENCE_MAX_CHARS = 400;

/**
 * A sentence that opens on a person's full name, then a comma ("Nadia Rahimi, 34, trained …") or a verb ("Dr.
 * Nadia Rahimi told reporters …"): the person the sentence is about.
 */
const NAME_OPENS_CLAUSE = new RegExp(
  `^\\s*(?<name>(?:${TITLE_ABBREVIATION}\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3})(?=,|\\s+\\p{Ll})`,
  'u',
);

const AGE = /^\s*\d{1,3}\s*$/;

/**
 * '"…," said the head of the clinic. Dr. Nadia Rahimi told reporters …': a role no one in the text holds yet,
 * and the very next sentence opens on a full name no role describes yet — the newsroom's way of naming the
 * speaker right after the quotation. That person takes the role (`phrase`) as description; null when the next
 * sentence opens otherwise, or the person is already described (then the role is someone else's).
 *
 * Not roleNamedNext (person-cues.ts), a pass after attribution that reads from a quotation's close to the next
 * paragraph and only names speakers the text knows: this one runs while a role is resolved and may make the person.
 */
export function roleHeldByNextName(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  roleAt: number,
  phrase: string,
  create: boolean,
): string | null {
  const text = reading.texts[p] ?? '';
  const end = sentenceEnd(text, roleAt, Math.min(text.length, roleAt + SENTENCE_MAX_CHARS));
  const name = NAME_OPENS_CLAUSE.exec(text.slice(end, end + 120))?.groups?.['name'];
  if (!name || !table.isPersonName(name.replace(/^\S+\.\s+/, ''), 2)) return null;
  const known = table.lookup(name);
  // An age alone ("Nadia Rahimi, 29,") describes no role: the role read here becomes the description.
  if (known?.description && !AGE.test(known.description)) return null;
  if (!create) return known?.id ?? null;
  const intro = { passage: p, start: roleAt, end: roleAt + phrase.length };
  if (!known) return table.add(name, phrase, intro).id;
  table.describe(known, phrase, intro);
  return known.id;
}

/** Characters a short attribution between two quotations may take: ', he said, pouring tea at a stall. '. */
const ATTRIBUTION_GAP_MAX = 100;
/** The gap between the quotations: one sentence's end, no other quotation mark, and the next sentence opening. */
const ONE_SENTENCE_GAP = new RegExp(`^[^"“”«».!?\\n]{1,${ATTRIBUTION_GAP_MAX}}[.!?]\\s+$`, 'u');
/**
 * Or no attribution at all but whom the same speaker turns to: ' Then, to the next man: ', ' And turning to me: '
 * — a lead with no verb of its own, ending in a colon; "to" a person (a pronoun, a determiner's noun, a name),
 * never an infinitive ("Then, to quote his rival, Abdul Haq:").
 */
const ADDRESSEE_GAP =
  /^\s+(?:(?:Then|And|Now|Later|Finally),?\s+)?(?:(?:turning|turns|turned)\s+)?to\s+(?:(?:me|us|him|her|them)(?!\p{L})|(?:the|his|her|their|my|our|a|an|one|another)\s+\p{L}|\p{Lu})[^"“”«».!?:;,\n]{0,50}:\s+$/u;
/** A quotation that is a sentence of its own: a capital first, its end mark inside the quotation. */
const WHOLE_SENTENCE = /^["“«]?\p{Lu}[^\n]*[.!?]$/u;

/**
 * '"My father farmed here," he said. "I farm nothing."': a quotation too short to be anything but a scare quote
 * is a sentence of speech when it is a whole sentence and opens the sentence right after the same paragraph's
 * attributed quotation, with only that attribution between them (or a turn to whom it is said: "Then, to the
 * next man:").
 */
export function shortSentenceAfterQuote(
  text: string,
  span: QuoteSpan,
  earlier: QuoteSpan | undefined,
): boolean {
  if (!earlier || earlier.close === null || span.open === null || span.close === null) return false;
  if (!WHOLE_SENTENCE.test(text.slice(span.start, span.end).trim())) return false;
  const gap = text.slice(earlier.close + 1, span.open);
  return ONE_SENTENCE_GAP.test(gap) || ADDRESSEE_GAP.test(gap);
}

/** Characters of a definite subject read for its phrase. */
const DEFINITE_REACH = 80;

/** The role's "of …" after its head, before the comma of an aside: "The driver of the truck, who …". */
const OF_OFFICE = /^\s+of\s+(?:the\s+)?\p{Ll}+(?:\s\p{Ll}+)?(?=,)/u;

/**
 * 'The driver of the lorry, who had waited all morning, folded his map. "…," he said': a definite role as the
 * sentence's subject, which no named person holds, is the source of the "he said" after it — named by its
 * phrase, as an anonymous source is — unless its role word says the other gender.
 */
export function definiteRoleSource(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  definite: DefiniteSubject,
  gender: Gender,
): string | null {
  const { head } = definite;
  const text = reading.texts[p] ?? '';
  const relative = RELATIVE_OPENING.exec(text.slice(definite.at, definite.at + DEFINITE_REACH));
  if (relative) return relativeSource(table, p, definite.at, relative, gender);
  const stated = FEMALE_ROLE_WORDS.has(head) ? 'female' : MALE_ROLE_WORDS.has(head) ? 'male' : null;
  if (!personByNounOrAside(definite) || (stated && stated !== gender)) return null;
  const opening = text.slice(definite.at, definite.at + DEFINITE_REACH);
  if (!/^[Tt]he /.test(opening)) return null;
  const headAt = opening.search(new RegExp(`\\s${head}\\b`, 'u'));
  if (headAt < 0) return null;
  const headEnd = headAt + 1 + head.length;
  const phrase = opening.slice(0, headEnd) + (OF_OFFICE.exec(opening.slice(headEnd))?.[0] ?? '');
  const intro = { passage: p, start: definite.at, end: definite.at + phrase.length };
  return table.addAnonymous(phrase, '', intro).id;
}

/**
 * "The night clerk at the depot, a tall woman with a ledger, …": a head noun the word list does not know
 * is a person's when its appositive calls them by a word of one gender ("a young man", "an old woman"): a role
 * word alone may be a thing's too ("a white coach").
 */
export function personByNounOrAside({ head, aside }: Pick<DefiniteSubject, 'head' | 'aside'>): boolean {
  const gendered = (w: string) => MALE_ROLE_WORDS.has(w) || FEMALE_ROLE_WORDS.has(w);
  return isSourceNoun(head) || (aside ?? '').split(/\s+/).some(gendered);
}

/** "My mother-in-law", "His late father": a possessive opening a sentence, and the relative it owns. */
const RELATIVE_OPENING = /^(?<owner>My|Our|His|Her)\s+(?:\p{Ll}+\s+){0,2}?(?<head>\p{Ll}+(?:-\p{Ll}+)*)/u;

/**
 * 'My sister-in-law lives in Warsaj. … "Let them wait," she says': a relative opening the sentence is the
 * source of the pronoun after it when the relative's noun does not say the other gender and the owner cannot be
 * meant instead — the writer ("my"), or a person of the other gender ("his mother … she says"). "Her daughter
 * … she said" is left alone: the mother may be the one speaking.
 */
function relativeSource(
  table: SpeakerTable,
  p: number,
  at: number,
  relative: RegExpExecArray,
  gender: Gender,
): string | null {
  const owner = relative.groups?.['owner'] ?? '';
  const ownerGender = owner === 'His' ? 'male' : owner === 'Her' ? 'female' : null;
  const word = (relative.groups?.['head'] ?? '').split('-')[0] ?? '';
  const stated = FEMALE_ROLE_WORDS.has(word) ? 'female' : MALE_ROLE_WORDS.has(word) ? 'male' : null;
  if (ownerGender === gender || (stated && stated !== gender)) return null;
  return kinSource(table, relative[0], { passage: p, start: at, end: at + relative[0].length }, true);
}

/** "Asked how it began, she replied: …": a sentence opening on a capitalised speech verb names no one. */
export const isVerbOpening = (name: string): boolean => SPEECH_VERBS.has(name.toLowerCase());

/** "Reading the verdict, …", "Speaking to reporters, …": a participle and its words up to a comma open the sentence. */
const PARTICIPLE_CLAUSE = /^(?<word>\p{Lu}\p{Ll}+ing)\s+\p{Ll}[^,.;:!?"“”«»]{0,80},\s/u;

/**
 * "Reading the verdict, the judge said …": a sentence's head word that is a participle opening a clause of its
 * own, not a body that speaks ("Beijing said …", "Beijing, which …, said …" stay names).
 */
export function isParticipleOpening(sentence: string, name: string): boolean {
  return PARTICIPLE_CLAUSE.exec(sentence.trimStart())?.groups?.['word'] === name;
}

/** "the agency" alone: a body described further ("the provincial health department") is a new one, not a reference. */
const BARE_BODY = /^[Tt]he\s+(?<noun>\p{L}+)$/u;

/**
 * '"…," the agency said in a statement', after "The Office for Refugees, or OFR, said …": a definite body noun
 * (`phrase`, "the" and the noun alone) refers back to the organisation named as a speaking subject. `subjects` are the last subjects that
 * spoke, from this paragraph and the ones just before, latest last, null where a pronoun or a role spoke: the
 * latest body whose name holds the noun itself ("the ministry" for "the Ministry of Mines"), else the latest
 * subject when it is a body. Null for any other noun.
 */
export function bodyNamedBefore(
  table: SpeakerTable,
  phrase: string,
  subjects: readonly (string | null)[],
  create: boolean,
): string | null {
  const noun = BARE_BODY.exec(phrase)?.groups?.['noun']?.toLowerCase();
  if (!noun || !BODY_NOUNS.has(noun)) return null;
  const isBody = (n: string | null): n is string =>
    n !== null && (table.isOrganisation(n) || n.split(/\s+/).every(isAcronym));
  const own = subjects.filter(isBody).filter((n) => n.toLowerCase().split(/\s+/).includes(noun));
  const latest = subjects.at(-1) ?? null;
  const name = own.at(-1) ?? (isBody(latest) ? latest : null);
  if (!name) return null;
  return create ? table.add(name, '', null).id : (table.lookup(name)?.id ?? null);
}

/** "my mother-in-law", "his late father": a possessive, up to two modifiers, a relative's noun. */
const KIN_PHRASE =
  /^(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:\p{Ll}+\s+){0,2}?(?<head>\p{Ll}+(?:-\p{Ll}+)*)$/u;

/**
 * '"Let them wait," my sister-in-law says', 'as his family put it': a relative the text names only by a
 * possessive is a source of its own, named by its phrase, of the gender its noun says ("mother" of
 * "mother-in-law"); a group ("his family") is no "he" or "she". Null for any other phrase, or when sources may not be added.
 */
export function kinSource(
  table: SpeakerTable,
  phrase: string,
  intro: { passage: number; start: number; end: number },
  create: boolean,
): string | null {
  const head = KIN_PHRASE.exec(phrase)?.groups?.['head'];
  if (!head || !KIN_NOUNS.has(head) || !create) return null;
  const speaker = table.addAnonymous(phrase, '', intro);
  if (KIN_GROUPS.has(head)) table.markGroup(speaker);
  const word = head.split('-')[0] ?? '';
  speaker.gender ??= FEMALE_ROLE_WORDS.has(word) ? 'female' : MALE_ROLE_WORDS.has(word) ? 'male' : null;
  return speaker.id;
}

/** How far past a name inside a source's description its sentence is read for the speech verb. */
const DESCRIBED_CLAUSE_CHARS = 200;

/**
 * 'A pharmacist on the main road whose sign Karim Jawad painted said …. "…," he said': a name inside the
 * relative clause of an anonymous source that opens its sentence, before the sentence's speech verb, is no
 * subject — the source is, and a "he" after it is the source. `anon` is the paragraph's last anonymous source
 * before the pronoun and `named` the person the pronoun would otherwise mean; the source's event, or null.
 */
export function sourceOverNameInItsClause(
  reading: Reading,
  p: number,
  anon: PersonEvent | null,
  named: PersonEvent | null,
): PersonEvent | null {
  if (!anon || !named || anon.passage !== p || named.passage !== p || named.start <= anon.start) return null;
  const text = reading.texts[p] ?? '';
  const between = text.slice(anon.end, Math.max(anon.end, named.start));
  if (/[.!?"“”]/u.test(between)) return null;
  // "A girl of ten, sitting by the gate, said she had come to see Name": a name in what the source said
  // (after the source's own verb) is no subject either.
  if (sourceSpeaksFirst(between)) return anon;
  // Inside the description itself, or in its relative clause.
  if (named.start >= anon.end && !/^,?\s+(?:who|whose|whom)\b/u.test(between)) return null;
  const rest = text.slice(named.end, named.end + DESCRIBED_CLAUSE_CHARS);
  return hasSpeechVerb(rest.slice(0, rest.search(/[.!?"“”]|$/u))) ? anon : null;
}

/**
 * A source's own verb and a reported clause about itself: "…, perched on the wall, said he had come", "told us she
 * had walked" (a short aside in commas before the verb or not).
 */
const SOURCE_VERB_AFTER = new RegExp(
  `^(?:,[^,.;:!?"“”()]{1,80},)?\\s+${ADVERB}(?<verb>\\p{Ll}+)(?:\\s+(?:us|me|reporters|him|her|them))?(?:\\s+that)?\\s+(?:he|she)\\s`,
  'u',
);

/** Whether the text after a source's phrase opens on its own speech verb and a clause about the source itself. */
function sourceSpeaksFirst(after: string): boolean {
  const verb = SOURCE_VERB_AFTER.exec(after)?.groups?.['verb'];
  return verb !== undefined && SPEECH_VERBS.has(verb);
}

/** Words after a possessive read for the person it might own ("Karim Jawad's eldest son"). */
const POSSESSED_WORDS_READ = 3;

/** Whether a lower-case word names a person or people: a role, a relative, a gendered word, or their plurals. */
export function namesPeople(word: string): boolean {
  const singular = word.replace(/s$/u, '');
  return [word, singular].some(
    (w) =>
      ROLE_NOUNS.has(w) ||
      KIN_NOUNS.has(w) ||
      FEMALE_ROLE_WORDS.has(w) ||
      MALE_ROLE_WORDS.has(w) ||
      PEOPLE_WORDS.has(w),
  );
}

/**
 * "Parwin Sadeqi's novel opens in a flooded orchard. … she writes": a possessive that owns a thing (a book, a shop, a
 * voice) leaves its owner the one a later pronoun means; one that owns a person ("Hamid Karzai's deputy", "her
 * eldest son") does not — that person acts. `after` is the text right after the "'s".
 */
export function possessiveOwnsAPerson(after: string): boolean {
  const words = /^(?:\s+[\p{Ll}-]+){1,3}/u.exec(after)?.[0].trim().split(/\s+/) ?? [];
  return words.slice(0, POSSESSED_WORDS_READ).some(namesPeople);
}
