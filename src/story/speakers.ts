import { possessiveInRelativeClause } from './relative-owners.ts';
import { withoutPossessive } from './possessive-names.ts';
import { genderOfLead } from './salience.ts';
import { actingIntroductions } from './acting-sources.ts';
import {
  anonymousIntroductions,
  calledIntroductions,
  nameAfterSource,
  nameGivenOnlyAs,
  isHeadWord,
} from './anonymous.ts';
import {
  dariGivenNames,
  dariGivenNamesAfterCourtesy,
  indexDariGivenNames,
  type DariGivenNameIndex,
} from './dari-fuller-names.ts';
import { idAllocator, slugify } from './hash.ts';
import { shortDariDescription } from './dari-short-descriptions.ts';
import {
  APPOSITIVE_AUXILIARIES,
  COMMON_WORDS,
  COURTESY_TITLES,
  DARI_PERSON_TITLES,
  FEMALE_HONORIFICS,
  FEMALE_ROLE_WORDS,
  HONORIFICS,
  INTRO_VERBS,
  KIN_NOUNS,
  KIN_PERSON_NOUNS,
  MALE_HONORIFICS,
  MALE_ROLE_WORDS,
  ONE_PLAIN_PERSON_WORDS,
  ORGANISATION_WORDS,
  RELIGIOUS_TITLE_WORDS,
  SCENE_PLACE_OPENERS,
  SCENE_TIME_OPENERS,
  NON_PERSON_WORDS,
  OWNER_WORDS,
  PLAIN_PERSON_WORDS,
  OPINION_GROUPS,
  PLACE_PREMODIFIERS,
  QUALIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE,
  TITLE_ABBREVIATION,
  DARI_SAYING_EZAFE_NOUNS,
} from './lexicon.ts';
import { namesPeople } from './english-speakers.ts';
import { AT_NAME, NAME_CHARS, nameMatchesOf, nameStartBefore } from './name-runs.ts';
import { normalizeName } from './normalize.ts';
import { PersonEvents, positionKey, type Gender, type PersonEvent } from './person-events.ts';
import type { PlaceIndex } from './place-index.ts';
import { insideQuotations, lastBelow, perPassage, type ReadingTexts } from './reading-cache.ts';
import { hasArabicScript, wordAlternation } from './regex-parts.ts';
import { opensSentence, sentenceIndex } from './sentences.ts';
import { titleAloneEvents } from './title-events.ts';
import type { Caption } from './transcript-turns.ts';
import { matchesOf } from './matches.ts';

export type { Gender, PersonEvent } from './person-events.ts';

export interface SpeakerDraft {
  id: string;
  name: string;
  description: string;
  gender: Gender | null;
  /** Where the description sits (passage index and offsets), to collect the places it names. */
  intro: { passage: number; start: number; end: number } | null;
  /** Named only by an indefinite phrase ("A police official in Kunduz"): never found by name or by pronoun. */
  anonymous?: boolean;
}

/** What the speaker rules read: passage texts and where their quotations are. */
export interface Reading extends ReadingTexts {
  index: PlaceIndex;
  /** Acronyms the text introduces for organisations ("IMU"), as name keys. */
  organisations?: ReadonlySet<string>;
  /** Captions the page shows over a film (removed from the body), each before the passage it names. */
  captions?: readonly Caption[];
  /** A subtitle file: every passage is a timed cue, like a transcript's time-marked turns. */
  timed?: boolean;
  /** The lines removed as chrome above the first passage: a transcript's header ("Narrator: …") may be there. */
  front?: readonly string[];
  /** A forum thread: each passage's poster, from the header lines removed as furniture (document-roles.ts). */
  posters?: readonly (string | null)[];
}

const NAME_WORD = `\\p{Lu}[${NAME_CHARS}]*`;
const PARTICLE = '(?:(?:bin|ibn|al|ul|ud|van|von|de|da|el)\\s+)?';
const NAME_RUN = new RegExp(`${NAME_WORD}(?:\\s+${PARTICLE}${NAME_WORD})*`, 'gu');
/** "Nasrullah Safi (نصرالله صافی), who heads …": the name, perhaps given again in parentheses, and a comma. */
const APPOSITIVE = new RegExp(
  `${AT_NAME}(${NAME_WORD}(?:\\s+${PARTICLE}${NAME_WORD}){1,5})(?:\\s\\([^()\\n]{1,40}\\))?,\\s+`,
  'gu',
);
/**
 * "lawmaker Ali Karimi says": a role noun (a whole lowercase word), the name, a lowercase verb. The roles are in
 * the pattern, so "of Kunduz governor Ali Karimi said" is not taken up by "of Kunduz governor" first.
 */
const ROLE_BEFORE_NAME = new RegExp(
  `(?<!\\p{Ll})(${wordAlternation(ROLE_NOUNS)})\\s+(?:${TITLE_ABBREVIATION}\\s+)?(${NAME_WORD}(?:\\s+${PARTICLE}${NAME_WORD}){0,3})\\s+(?:also\\s+|now\\s+)?(\\p{Ll}+)\\b`,
  'gu',
);
const TITLED_APPOSITIVE = new RegExp(`\\b(${TITLE})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}),\\s+`, 'gu');
/**
 * "A senior UN official, Maria Lopez, warned …", "Her longest-serving driver, Name, has …": the description
 * comes first, the name in commas after it.
 */
const DESCRIPTION_THEN_NAME = new RegExp(
  `(?:^|[.!?]\\s+|,\\s+|[,.!?]?["”’]\\s+|\\s(?=(?:the|an?)\\s))((?:[Aa]n?|[Tt]he|One|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|${NAME_WORD}['’]s)\\s[^,.;:"“”]{2,160}?),\\s+((?:${TITLE_ABBREVIATION}\\s+)?${NAME_WORD}(?:\\s+${PARTICLE}${NAME_WORD}){1,4}),\\s+(?:also\\s+|now\\s+)?(\\p{Ll}+)\\b`,
  'gu',
);
/**
 * '…," said Foreign Ministry spokesman Ali Karimi.' and '… said the police spokesman, Ali Karimi.': the role's
 * qualifiers (a possessive among them: "the school's principal"), the role, then the person.
 */
const VERB_ROLE_NAME = new RegExp(
  `\\b(?:said|says|added|adds|[Aa]ccording\\s+to|told)\\s+((?:[Tt]he\\s+)?(?:${NAME_WORD}\\s+){0,5}(?:\\p{Ll}+(?:['’]s)?\\s+){0,2}?(\\p{Ll}+)),?\\s+(${NAME_WORD}(?:\\s+${PARTICLE}${NAME_WORD}){1,3})`,
  'gu',
);
/** A verb or "according to" VERB_ROLE_NAME needs: a passage without one is not searched. */
const VERB_ROLE_CUE = /said|says|add|ccording|told/;
/**
 * "According to Gul Ahmad, the district governor of Khwaja Ghar, the road …": a named source. An article or a
 * possessive before the name makes it a thing ("the Interior Ministry", "a UN report", "its own figures").
 */
const ACCORDING_TO = new RegExp(
  `\\b([Aa])ccording\\s+to\\s+(?:(the|an?|its|his|her|their)\\s+)?((?:${TITLE_ABBREVIATION}\\s+)?${NAME_WORD}(?:\\s+${PARTICLE}${NAME_WORD}){0,4})`,
  'gu',
);
/** The appositive after a source's name, up to the comma that closes it or the end of the sentence. */
const SOURCE_APPOSITIVE = /^,\s+([^,;:!?"“”]{2,160}?)(,|[.!?](?=\s|["”]|$)|$)/u;
const PRONOUN = /\b(?:he|she|his|her|him|hers|himself|herself)\b/gi;
/** Pronouns reach back this many passages for their antecedent. */
const MAX_PRONOUN_PASSAGES = 3;
/** Longest appositive description (characters) read as an introduction. */
const MAX_DESCRIPTION = 400;
/** Name words a fuller name may put before a surname ("Tahir Yuldash" for "Yuldash"). */
const MAX_GIVEN_NAMES = 3;

/** Whether an offset of passage p lies inside one of its quotations. */
export const insideQuote = perPassage((text, p, reading) =>
  insideQuotations(text.length, reading.quotes[p] ?? []),
);
/** Where the sentences of passage p start. */
export const sentencesOf = perPassage((text) => sentenceIndex(text));
/** Each passage's runs of capitalised words and its personal pronouns: the mentions are collected more than once. */
const nameRunsOf = perPassage((text) =>
  [...matchesOf(NAME_RUN, text)].map((m) => ({ index: m.index, text: m[0] })),
);
const pronounsOf = perPassage((text) =>
  [...matchesOf(PRONOUN, text)].map((m) => ({ index: m.index, text: m[0] })),
);

/** People the article quotes or introduces, the places where it names them, and their stated gender. */
export class SpeakerTable {
  private readonly all: SpeakerDraft[] = [];
  private readonly byId = new Map<string, SpeakerDraft>();
  /** Named speakers by their whole name key (the first one added), by surname and by given name. */
  private readonly byKey = new Map<string, SpeakerDraft>();
  private readonly bySurname = new Map<string, SpeakerDraft[]>();
  private readonly byGiven = new Map<string, SpeakerDraft[]>();
  private readonly anonymousByKey = new Map<string, SpeakerDraft>();
  private readonly looked = new Map<string, SpeakerDraft | null>();
  private readonly holders = new Map<string, readonly SpeakerDraft[]>();
  /** Speakers whose name makes them an organisation: a pronoun never refers to one. */
  private readonly organisations = new Set<string>();
  /** Anonymous sources that are groups of people ("his family"): no pronoun that speaks of one person means them. */
  private readonly groups = new Set<string>();
  private readonly personEvents = new PersonEvents(
    (id) => this.byId.get(id),
    (id) => this.organisations.has(id),
  );
  /** Whether every speaker's mentions are known (after `collectEvents`): only then may a pronoun guess. */
  eventsCollected = false;
  /** Where anonymous sources speak: a pronoun after one may mean that source, so it reads back no further. */
  private readonly anonymousEvents: PersonEvent[] = [];
  private readonly anonymousAt = new Set<string>();
  private readonly allocate = idAllocator();
  private readonly fullerNames = new Map<string, string | null>();
  private readonly dariFullerNames = new Map<string, string | null>();
  private surnameIndex: Map<string, { p: number; at: number }[]> | null = null;
  private dariGivenIndex: DariGivenNameIndex | null = null;

  constructor(private readonly reading: Reading) {}

  get speakers(): readonly SpeakerDraft[] {
    return this.all;
  }

  /** Named relatives by their relation's key ("his son"), from wherever the piece names them in apposition. */
  private readonly relatives = new Map<string, SpeakerDraft[]>();

  /** "his eldest son, Name,": the speaker is the one the piece may later call "his son" (see relationKey). */
  noteRelative(speaker: SpeakerDraft, relation: string): void {
    const key = relationKey(relation);
    if (!key) return;
    const list = this.relatives.get(key) ?? [];
    if (!list.includes(speaker)) list.push(speaker);
    this.relatives.set(key, list);
    this.relativeIds.add(speaker.id);
  }

  /** Whether the piece named this speaker as someone's relative ("his son, Farid,", "said his daughter, Zarmina,"). */
  isRelative(id: string): boolean {
    const s = this.byId.get(id);
    return s !== undefined && (this.relativeIds.has(id) || relationKey(s.description) !== null);
  }

  private readonly relativeIds = new Set<string>();

  /** The relatives the piece named by this relation's key ("his son" for "his younger son"), in order named. */
  relativesCalled(phrase: string): readonly SpeakerDraft[] {
    const key = relationKey(phrase);
    return (key ? this.relatives.get(key) : undefined) ?? [];
  }

  /** Sources that gave one name ("who gave his name only as X"): each a mention of X where it was given. */
  private readonly givenNames: PersonEvent[] = [];

  /** A source named where it gave its name: the name may spell a place, which the scan of names passes over. */
  noteGivenName(ev: PersonEvent): void {
    this.givenNames.splice(lastBelow(this.givenNames, keyOf(ev) + 1, keyOf) + 1, 0, ev);
    if (this.eventsCollected) this.personEvents.add(ev);
  }

  /**
   * "A porter, who gave only his first name, Habibullah, wiped his face: "…"": the source of passage p that gave
   * its name before `pos`, or null.
   */
  givenNameBefore(passage: number, pos: number): PersonEvent | null {
    const ev = this.givenNames[lastBelow(this.givenNames, keyOf({ passage, start: pos }), keyOf)];
    return ev?.passage === passage ? ev : null;
  }

  /** The text of passage `p` (empty past the end). */
  passageText(p: number): string {
    return this.reading.texts[p] ?? '';
  }

  /** Where speakers are named outside quotations, in reading order. */
  get events(): readonly PersonEvent[] {
    return this.personEvents.list;
  }

  /** How many times the text names speaker `id`. */
  mentionCount(id: string): number {
    return this.personEvents.count(id);
  }

  /** Where speakers are named in passages `from` to `to` (both included), in reading order. */
  eventsInPassages(from: number, to: number): readonly PersonEvent[] {
    return this.personEvents.inPassages(from, to);
  }

  speaker(id: string | null): SpeakerDraft | undefined {
    return id === null ? undefined : this.byId.get(id);
  }

  /** A speaker by full name, surname or given name; null when unknown or when two speakers share it. */
  lookup(name: string): SpeakerDraft | null {
    // A long article names the same people again and again; the answers hold until a speaker is added.
    let found = this.looked.get(name);
    if (found === undefined) {
      found = this.find(name);
      this.looked.set(name, found);
    }
    return found;
  }

  /** The words of a speaker's name as keys, read once per name (many speakers may share a surname). */
  private readonly wordsOfName = new Map<string, ReadonlySet<string>>();
  private nameWords(name: string): ReadonlySet<string> {
    let words = this.wordsOfName.get(name);
    if (!words) this.wordsOfName.set(name, (words = new Set(personKey(name).split(' '))));
    return words;
  }

  private find(name: string): SpeakerDraft | null {
    const key = personKey(name);
    if (!key) return null;
    const full = this.byKey.get(key);
    if (full) return full;
    const words = key.split(' ');
    // Organisations match only by their whole name: "Interior Ministry" is not "Foreign Ministry".
    if (words.some((w) => NON_PERSON_WORDS.has(w) || this.reading.organisations?.has(w))) return null;
    // "Sadia Mansoori" is not "Abdul Ghafoor Mansoori": a name with given names matches by surname only a
    // speaker whose name has those given names too ("Tahir Yuldash" for "Mohammad Tahir Yuldash").
    const bySurname = this.bySurname
      .get(words.at(-1) ?? '')
      ?.filter((s) => words.every((w) => this.nameWords(s.name).has(w)));
    if (bySurname?.length === 1) return bySurname[0] ?? null;
    if (words.length === 1) {
      const byGiven = this.byGiven.get(key);
      if (byGiven?.length === 1) return byGiven[0] ?? null;
    }
    return null;
  }

  add(written: string, description: string, intro: SpeakerDraft['intro']): SpeakerDraft {
    const name = this.titledSurnameInFull(withoutPossessive(written));
    const existing = this.lookup(name);
    if (existing) {
      if (!existing.description && description) this.describe(existing, description, intro);
      return existing;
    }
    // Only the role at the head of the description speaks of this person ("a mother of three", not "whose son…").
    const stated = genderFromWords(`${name} ${description.split(/\s+/).slice(0, 4).join(' ')}`);
    const titled = stated ? null : titleGender(name);
    const speaker = this.register({
      id: this.allocate(slugify(name)),
      name,
      description,
      gender: stated ?? titled,
      intro,
    });
    if (titled) this.weakGender.add(speaker.id);
    return speaker;
  }

  /** Speakers whose gender only a religious title gave ("Haji …"): the pronouns after their name may overrule it. */
  private readonly weakGender = new Set<string>();

  /**
   * "Dr. Sultani said" of a speaker the text introduced as "Farida Sultani": the title it gives them joins their
   * name ("Dr. Farida Sultani"), as a reader names them at their fullest. Courtesy titles (Mr., Mrs.) and a name
   * that bears a title already are left alone.
   */
  takeTitles(speaker: SpeakerDraft, written: string): void {
    if (speaker.anonymous || HONORIFICS.has(normalizeName(speaker.name.split(/\s+/u)[0] ?? ''))) return;
    const titles: string[] = [];
    for (const w of written.split(/\s+/u)) {
      const k = normalizeName(w);
      if (!HONORIFICS.has(k) || MALE_HONORIFICS.has(k) || FEMALE_HONORIFICS.has(k)) break;
      titles.push(w);
    }
    if (titles.length > 0 && titles.length < written.split(/\s+/u).length)
      speaker.name = [...titles, speaker.name].join(' ');
  }

  /**
   * "ROYA AMIRI" read first from a script's capitals, then "Roya Amiri" in a cue: the same name in another case is
   * the name as prose writes it, and replaces the capitals (the keys it is looked up by fold case alike).
   */
  respell(speaker: SpeakerDraft, written: string): void {
    if (speaker.name !== written && speaker.name.toUpperCase() === written.toUpperCase())
      speaker.name = written;
  }

  /**
   * "…; people call him «کاکا رحیم»": a name the text gives a known person besides their own, which looks
   * them up from here on. A nickname another speaker already goes by is left alone.
   */
  addNickname(speaker: SpeakerDraft, nickname: string): void {
    const key = personKey(nickname);
    if (!key || this.byKey.has(key)) return;
    this.byKey.set(key, speaker);
    this.looked.clear();
  }

  /**
   * The relative of a quotation's speaker who speaks inside it ("Gul Ahmad's mother", «مادر نسرین»), by the label
   * `label` makes of the speaker's name; added when new. Null when the speaker is unknown or anonymous.
   */
  relativeOf(
    speakerId: string | null,
    label: (name: string) => string,
    at: SpeakerDraft['intro'],
  ): string | null {
    const speaker = speakerId ? this.speaker(speakerId) : null;
    if (!speaker || speaker.anonymous) return null;
    const name = label(speaker.name);
    return (this.lookup(name) ?? this.add(name, '', at)).id;
  }

  /** Whether a speaker is an organisation or a group: no "he" or "she" means it. */
  isBodySpeaker(id: string): boolean {
    return this.organisations.has(id);
  }

  /** A speaker that is a group ("his family"): like an organisation, no "he" or "she" refers to it. */
  markGroup(speaker: SpeakerDraft): void {
    this.groups.add(speaker.id);
    this.organisations.add(speaker.id);
  }

  /** Whether a speaker is a group of people ("his family"), whom no "he" or "she" means. */
  isGroup(id: string): boolean {
    return this.groups.has(id);
  }

  /** Give a speaker without a description the one the text gives it. */
  describe(speaker: SpeakerDraft, description: string, intro: SpeakerDraft['intro']): void {
    this.holders.clear();
    speaker.description = description;
    this.unindexIntro(speaker);
    speaker.intro = intro;
    this.indexIntro(speaker);
    if (describesABody(description)) this.organisations.add(speaker.id);
    this.personEvents.described(speaker.id, description);
  }

  /**
   * An anonymous source: each phrase is its own speaker, the same phrase the same one. `intro` is the phrase,
   * whose places become the speaker's.
   */
  addAnonymous(
    written: string,
    description: string,
    intro: NonNullable<SpeakerDraft['intro']>,
  ): SpeakerDraft {
    const name = shortDariDescription(written);
    const key = normalizeName(name);
    let speaker = this.anonymousByKey.get(key);
    if (!speaker) {
      speaker = this.register({
        id: this.allocate(slugify(name)),
        name,
        description,
        gender: genderFromWords(name),
        intro,
        anonymous: true,
      });
    } else if (!speaker.description && description) {
      speaker.description = description;
      this.personEvents.described(speaker.id, description);
    }
    const at = `${intro.passage}:${intro.start}`;
    if (!this.anonymousAt.has(at)) {
      this.anonymousAt.add(at);
      const ev = { passage: intro.passage, start: intro.start, end: intro.end, speaker: speaker.id };
      this.anonymousEvents.splice(lastBelow(this.anonymousEvents, keyOf(ev), keyOf) + 1, 0, ev);
    }
    return speaker;
  }

  /**
   * Named speakers whose description contains `phrase` as words (or is contained in it): who a title alone
   * ("the governor", "سخنگوی والی تخار") refers to. Remembered until a speaker or description is added.
   */
  describedAs(phrase: string): readonly SpeakerDraft[] {
    const key = normalizeName(phrase);
    let found = this.holders.get(key);
    if (!found) {
      const padded = ` ${key} `;
      found = this.all.filter((x) => {
        const d = normalizeName(x.description);
        return !x.anonymous && d !== '' && (` ${d} `.includes(padded) || padded.includes(` ${d} `));
      });
      this.holders.set(key, found);
    }
    return found;
  }

  /** Speakers by the passage their description stands in, kept as speakers are added and described. */
  private readonly byIntroPassage = new Map<number, SpeakerDraft[]>();

  /** The speakers the text describes in passage p (in no set order). */
  introducedIn(p: number): readonly SpeakerDraft[] {
    return this.byIntroPassage.get(p) ?? [];
  }

  private indexIntro(speaker: SpeakerDraft): void {
    if (speaker.intro) append(this.byIntroPassage, speaker.intro.passage, speaker);
  }

  private unindexIntro(speaker: SpeakerDraft): void {
    const list = speaker.intro ? this.byIntroPassage.get(speaker.intro.passage) : undefined;
    const at = list?.indexOf(speaker) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }

  private register(speaker: SpeakerDraft): SpeakerDraft {
    this.sharedSurnames = null;
    this.looked.clear();
    this.holders.clear();
    this.all.push(speaker);
    this.indexIntro(speaker);
    this.byId.set(speaker.id, speaker);
    const person = !this.isOrganisation(speaker.name) && !describesABody(speaker.description);
    if (!person) this.organisations.add(speaker.id);
    if (speaker.anonymous) {
      const key = normalizeName(speaker.name);
      if (!this.anonymousByKey.has(key)) this.anonymousByKey.set(key, speaker);
      return speaker;
    }
    const key = personKey(speaker.name);
    if (!this.byKey.has(key)) this.byKey.set(key, speaker);
    if (person) {
      const words = key.split(' ');
      append(this.bySurname, words.at(-1) ?? '', speaker);
      append(this.byGiven, words[0] ?? '', speaker);
    }
    return speaker;
  }

  /**
   * A speaker first met as a bare surname takes the fuller name the text gives elsewhere ("Tahir Yuldash"). A
   * surname that is also a place ("Wardak said") speaks when the text names a person in full with it ("Haji
   * Nasrullah Wardak"), and that full name is no place itself ("Maidan Wardak").
   */
  addFromAttribution(written: string): SpeakerDraft | null {
    const name = this.withoutAffiliation(withoutPossessive(written));
    const fuller = this.withFullerName(name);
    const namedInFull = fuller !== name && this.isPersonName(fuller, 2);
    if (this.readsAsCommonPlural(name)) return null;
    if (!this.isPersonName(name, 1) && !this.onlyDistrictName(name) && !namedInFull) return null;
    const known = this.lookup(name);
    if (known) return known;
    return this.add(fuller, '', null);
  }

  /**
   * "Karima Sadat of Tolo News", "Nasir Jalali of Kunduz": a person named in full and the outlet or place they
   * are of, as a verb's subject; the person is the name before "of" ("Ministry of Mines" names no person).
   */
  withoutAffiliation(name: string): string {
    const person = OF_AFFILIATION.exec(name)?.groups?.['person'];
    if (!person || !this.isPersonName(person, 2) || namesOffice(person)) return name;
    // "Afghanistan Chamber of Commerce", "Herat Department of Health": a body named after the place it opens with.
    return this.reading.index.exact.has(normalizeName(person.split(/\s+/)[0] ?? '')) ? name : person;
  }

  /**
   * "Haji Rahimi, now 80, said …" after "Haji Gul Rahim Rahimi" earlier: a surname after titles only is the
   * person the text names in full with it (a bare surname stays as written: it may be a place or a word).
   */
  titledSurnameInFull(name: string): string {
    const words = name.split(/\s+/);
    if (words.length < 2 || !words.slice(0, -1).every((w) => HONORIFICS.has(normalizeName(w)))) return name;
    return this.withFullerName(name);
  }

  /**
   * "Qaderi" or "Eng. Qaderi" as the text names them in full elsewhere ("Eng. Rahmatullah Qaderi"): a surname
   * alone or after titles takes the given names, the titles kept.
   */
  withFullerName(name: string): string {
    const words = name.split(/\s+/);
    const titles = words.slice(0, -1);
    const surname = words.at(-1) ?? '';
    if (!titles.every((w) => HONORIFICS.has(normalizeName(w)))) return name;
    const fuller = this.fullerName(surname) ?? this.dariFullerName(titles, surname);
    if (!fuller) return name;
    // "Haji Abdul Qayum Shinwari" for "Haji Shinwari": the titles the full name already bears are not doubled.
    const own = new Set(fuller.split(/\s+/).map(normalizeName));
    return [...titles.filter((t) => !own.has(normalizeName(t))), fuller].join(' ');
  }

  isPersonName(name: string, minWords: number, { evenIfPlace = false } = {}): boolean {
    // The same few names are asked of by every rule: each answer is kept (it depends on the reading alone).
    const memo = `${minWords}${evenIfPlace ? '+' : '-'}${name}`;
    let yes = this.personNames.get(memo);
    if (yes === undefined)
      this.personNames.set(memo, (yes = this.readPersonName(name, minWords, evenIfPlace)));
    return yes;
  }

  private readonly personNames = new Map<string, boolean>();

  private readPersonName(name: string, minWords: number, evenIfPlace: boolean): boolean {
    const words = name.split(/\s+/);
    const key = normalizeName(name);
    if (words.length < minWords || (!evenIfPlace && this.reading.index.exact.has(key))) return false;
    return words.every((w) => {
      const k = normalizeName(w);
      return (
        !COMMON_WORDS.has(k) &&
        !NON_PERSON_WORDS.has(k) &&
        !QUALIFIERS[k] &&
        !this.reading.organisations?.has(k)
      );
    });
  }

  /**
   * '"…," Sherzad said': a name only districts bear (Sherzad in Nangarhar), none of them a provincial capital,
   * is a person when it speaks — a district says nothing, while "Kabul said" may be the government.
   */
  private capitals: ReadonlySet<string> | undefined;

  onlyDistrictName(name: string): boolean {
    const ids = this.reading.index.exact.get(normalizeName(name));
    if (!ids) return false;
    this.capitals ??= new Set([...this.reading.index.entries.values()].flatMap((e) => e.capital ?? []));
    const capitals = this.capitals;
    return (
      !!ids && ids.every((id) => this.reading.index.entries.get(id)?.kind === 'district' && !capitals.has(id))
    );
  }

  /** A name with an organisation's word in it ("Water Ministry", "Security Force"), or an acronym the text gave one. */
  isOrganisation(name: string): boolean {
    return personKey(name)
      .split(' ')
      .some((w) => NON_PERSON_WORDS.has(w) || this.reading.organisations?.has(w));
  }

  private lowercaseWords: ReadonlySet<string> | null = null;

  /**
   * "Newspapers wrote …", "Reporters came …": one capitalised plural word whose singular the article also
   * writes in lower case ("a newspaper") is a common noun opening a sentence, not a person or a named body.
   */
  readsAsCommonPlural(name: string): boolean {
    if (OPINION_GROUPS.has(name.toLowerCase())) return true;
    const singular = /^\p{Lu}\p{Ll}{2,}s$/u.test(name) ? name.slice(0, -1).toLowerCase() : '';
    if (!singular) return false;
    this.lowercaseWords ??= new Set(
      this.reading.texts.flatMap((t) => t.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []),
    );
    return this.lowercaseWords.has(singular);
  }

  /** An organisation may speak too ("The Interior Ministry said"): any capitalised name that is not a place. */
  isSpeakerName(name: string): boolean {
    const first = normalizeName(name.split(/\s+/)[0] ?? '');
    return (
      !this.reading.index.exact.has(normalizeName(name)) &&
      !COMMON_WORDS.has(first) &&
      !QUALIFIERS[first] &&
      !this.readsAsCommonPlural(name)
    );
  }

  /**
   * The first place the text writes `surname` after one to three capitalised words ("Tahir Yuldash"), those
   * words from the first that can be a person's name on; the same answer as a search of the whole text for
   * "Word Word Surname", from an index of the words that follow white space, built once.
   */
  private fullerName(surname: string): string | null {
    let found = this.fullerNames.get(surname);
    if (found === undefined) {
      found = null;
      for (const [p, ats] of this.surnameAt(surname)) {
        const given = givenNamesBefore(this.reading.texts[p] ?? '', ats, surname).find((words) => {
          while (words.length && !this.isPersonName(words[0] ?? '', 1)) words.shift();
          return words.length > 0;
        });
        if (given) {
          found = `${given.join(' ')} ${surname}`;
          break;
        }
      }
      this.fullerNames.set(surname, found);
    }
    return found;
  }

  /** «حاجی عبدالغفور نورزی» for «حاجی نورزی»: given names read between the same title and surname, once a name. */
  private dariFullerName(titles: readonly string[], surname: string): string | null {
    if (titles.length === 0 || !hasArabicScript(surname)) return null;
    const key = `${titles.join(' ')} ${surname}`;
    let found = this.dariFullerNames.get(key);
    if (found === undefined) {
      this.dariGivenIndex ??= indexDariGivenNames(this.reading.texts);
      const given =
        dariGivenNames(this.dariGivenIndex, titles, surname) ??
        dariGivenNamesAfterCourtesy(this.dariGivenIndex, titles, surname);
      found = given && this.isPersonName(`${given} ${surname}`, 2) ? `${given} ${surname}` : null;
      this.dariFullerNames.set(key, found);
    }
    return found;
  }

  /** Where each passage writes `surname` as a word after white space, by passage in reading order. */
  private surnameAt(surname: string): Map<number, number[]> {
    // Capitalised surnames are looked up in the index; any other is looked for directly (rare).
    const lead = /^[A-Z]\w*/.exec(surname)?.[0];
    const out = new Map<number, number[]>();
    const keep = (p: number, at: number) => {
      const text = this.reading.texts[p] ?? '';
      const end = at + surname.length;
      const boundary = /\w/.test(surname.at(-1) ?? '') !== /\w/.test(text[end] ?? '');
      if (text.startsWith(surname, at) && boundary) append(out, p, at);
    };
    if (lead) {
      this.surnameIndex ??= wordsAfterSpace(this.reading.texts);
      for (const { p, at } of this.surnameIndex.get(lead) ?? []) keep(p, at);
    } else {
      // A surname that starts with an accented or lowercase letter: few enough to look for directly.
      this.reading.texts.forEach((text, p) => {
        for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1))
          if (/\s/u.test(text[at - 1] ?? '')) keep(p, at);
      });
    }
    return out;
  }

  /** Where each speaker is named outside quotations; then gender from the pronouns that follow. */
  collectEvents(): void {
    const events: PersonEvent[] = [];
    const pronouns: { passage: number; start: number; word: string }[] = [];
    const shared: SharedSurnameAt[] = [];
    const owners = this.ownersInDescriptions();
    this.reading.texts.forEach((text, p) => {
      const inside = insideQuote(this.reading, p);
      for (const m of nameRunsOf(this.reading, p)) {
        if (inside(m.index)) continue;
        const run = m.text.replace(/['’]s$/, '');
        if (run !== m.text && (owners(p, m.index) || possessiveInRelativeClause(text, m.index))) continue;
        if (attributiveName(text, m.index, m.index + m.text.length)) continue;
        const found = this.referenceIn(run, text, m.index);
        if (found) events.push({ passage: p, start: found.start, end: found.end, speaker: found.speaker });
        else if (!run.includes(' ') && this.sharedSurname(run))
          shared.push({ passage: p, start: m.index, end: m.index + run.length, surname: personKey(run) });
      }
      for (const m of pronounsOf(this.reading, p)) {
        if (!inside(m.index)) pronouns.push({ passage: p, start: m.index, word: m.text });
      }
    });
    events.push(...this.sharedSurnameEvents(shared, pronouns));
    events.push(...this.scriptNameEvents(), ...this.roleEvents(), ...this.givenNames);
    const inside = (p: number) => insideQuote(this.reading, p);
    events.push(...titleAloneEvents(this.speakers, this.reading.texts, events, inside));
    this.personEvents.reset(events);
    this.eventsCollected = true;
    this.genderFromLeads(events);
    // A title's gender counts as one weak vote, cast first: a "she" after "Sheikh Hasina" outweighs it, a "her" ties.
    const titled = [...this.weakGender].map((speaker) => ({ speaker, gender: 'male' as const, weight: 1 }));
    const votes = pronouns.flatMap((pr) => {
      const ev = this.lastEventBefore(pr.passage, pr.start, null);
      // Only a pronoun of the paragraph that names the person votes: one paragraphs on may mean someone the
      // text names without quoting.
      const speaker = ev?.passage === pr.passage ? this.byId.get(ev.speaker) : undefined;
      const open = speaker && (speaker.gender === null || this.weakGender.has(speaker.id));
      return speaker && open ? [{ speaker: speaker.id, ...pronounVote(pr.word) }] : [];
    });
    for (const [id, gender] of genderFromPronounVotes([...titled, ...votes])) {
      const speaker = this.byId.get(id);
      if (speaker) speaker.gender = gender;
    }
    this.personEvents.genderChanged();
  }

  /**
   * "Her nephew Farid, 19, stacks the boxes. "…," she says": the noun leading a name states its gender, so a
   * pronoun of the other gender after it, which means someone else, casts no vote for it.
   */
  private genderFromLeads(events: readonly PersonEvent[]): void {
    for (const ev of events) {
      const speaker = this.byId.get(ev.speaker);
      if (!speaker || speaker.anonymous || (speaker.gender && !this.weakGender.has(speaker.id))) continue;
      const stated = genderOfLead(this.reading.texts[ev.passage] ?? '', ev.start, ev.end);
      if (!stated) continue;
      speaker.gender = stated;
      this.weakGender.delete(speaker.id);
    }
  }

  /**
   * "Jamshid, 33, Haji Ghafoor's second son, …": a name owning the head of another person's description names
   * no one a later "he" may mean — the description is the other person's, and so is the pronoun.
   */
  private ownersInDescriptions(): (p: number, at: number) => boolean {
    const spans = new Map<number, { start: number; end: number }[]>();
    for (const s of this.all)
      if (s.intro && s.description && !s.anonymous) append(spans, s.intro.passage, s.intro);
    return (p, at) => (spans.get(p) ?? []).some((x) => at >= x.start && at < x.end);
  }

  /** Whether a word is the surname of two speakers or more. */
  private sharedSurname(word: string): boolean {
    this.sharedSurnames ??= new Set(
      [...this.bySurname].filter(([, list]) => list.length > 1).map(([surname]) => surname),
    );
    return this.sharedSurnames.size > 0 && this.sharedSurnames.has(personKey(word));
  }

  private sharedSurnames: Set<string> | null = null;

  /**
   * "In 2010 Mansoori stood …. He had no party": a surname two speakers share (a man and his daughter) is the
   * one whose gender the next pronoun of its paragraph allows, when only one does.
   */
  private sharedSurnameEvents(
    shared: readonly SharedSurnameAt[],
    pronouns: readonly { passage: number; start: number; word: string }[],
  ): PersonEvent[] {
    const key = (x: { passage: number; start: number }) => keyOf(x);
    return shared.flatMap(({ surname, ...ev }) => {
      const next = pronouns[lastBelow(pronouns, key(ev), key) + 1];
      if (!next || next.passage !== ev.passage) return [];
      const { gender } = pronounVote(next.word);
      const fits = (this.bySurname.get(surname) ?? []).filter((s) => !s.gender || s.gender === gender);
      return fits.length === 1 && fits[0] ? [{ ...ev, speaker: fits[0].id }] : [];
    });
  }

  /**
   * "I asked the governor …. "…," he said': "the governor" names the one speaker the text describes as its
   * governor, so a pronoun after it is that speaker. Roles two speakers share name neither.
   */
  private roleEvents(): PersonEvent[] {
    const byRole = new Map<string, SpeakerDraft[]>();
    for (const s of this.speakers) {
      if (s.anonymous) continue;
      const role = normalizeName(s.description)
        .split(' ')
        .slice(0, 6)
        .findLast((w) => ROLE_NOUNS.has(w));
      if (role) byRole.set(role, [...(byRole.get(role) ?? []), s]);
    }
    const out: PersonEvent[] = [];
    for (const [role, holders] of byRole) {
      const [holder] = holders;
      if (holders.length !== 1 || !holder) continue;
      const re = new RegExp(`\\bthe\\s+(?:[a-z-]+\\s+){0,2}${role}\\b`, 'gi');
      this.reading.texts.forEach((text, p) => {
        const inside = insideQuote(this.reading, p);
        for (const m of matchesOf(re, text)) {
          if (!inside(m.index))
            out.push({ passage: p, start: m.index, end: m.index + m[0].length, speaker: holder.id });
        }
      });
    }
    return out;
  }

  /** Where speakers with names in a script without case (Dari) are named outside quotations. */
  private scriptNameEvents(): PersonEvent[] {
    // Indexed by first word, so the text is read once however many speakers it names.
    const byFirst = new Map<string, SpeakerDraft[]>();
    for (const s of this.speakers) {
      if (s.anonymous || !/[\u0600-\u06FF]/.test(s.name)) continue;
      const first = s.name.split(/\s/)[0] ?? '';
      byFirst.set(first, [...(byFirst.get(first) ?? []), s]);
    }
    const out: PersonEvent[] = [];
    if (byFirst.size === 0) return out;
    const bySurname = dariSurnames(this.speakers);
    this.reading.texts.forEach((text, p) => {
      const inside = insideQuote(this.reading, p);
      let title: RegExpMatchArray | null = null;
      for (const m of matchesOf(/[^\s،,.!?؟«»:]+/gu, text)) {
        for (const s of byFirst.get(m[0]) ?? []) {
          if (text.startsWith(s.name, m.index) && !inside(m.index) && !afterEzafe(text, m.index))
            out.push({ passage: p, start: m.index, end: m.index + s.name.length, speaker: s.id });
        }
        // "داکتر شغنانی" after "داکتر نسرین شغنانی": a title and the surname of one speaker is that speaker.
        const titled = title && /^\s+$/u.test(text.slice((title.index ?? 0) + title[0].length, m.index));
        const one = titled ? bySurname.get(normalizeName(m[0])) : undefined;
        if (title && one && !inside(m.index))
          out.push({ passage: p, start: title.index ?? 0, end: m.index + m[0].length, speaker: one.id });
        title = DARI_PERSON_TITLES.has(normalizeName(m[0])) ? m : null;
      }
    });
    return out;
  }

  /** A run of capitalised words that names a known speaker, as its span; surnames that are also place names count only beside a speech verb or title. */
  private referenceIn(
    run: string,
    text: string,
    at: number,
  ): { start: number; end: number; speaker: string } | null {
    const whole = this.lookup(run);
    if (whole && run.includes(' ')) return { start: at, end: at + run.length, speaker: whole.id };
    let offset = 0;
    for (const word of run.split(/(\s+)/)) {
      const start = at + offset;
      offset += word.length;
      if (!word.trim() || COMMON_WORDS.has(normalizeName(word))) continue;
      const s = this.lookup(word);
      if (!s) continue;
      if (this.reading.index.exact.has(normalizeName(word))) {
        const after = text.slice(start + word.length, start + word.length + 20);
        const verb = /^\s+(?:also\s+)?(\p{Ll}+)/u.exec(after)?.[1] ?? '';
        // The title and the subject are read, in this order, only when no verb of speech follows.
        const titled = () => {
          const before = text.slice(Math.max(0, start - 8), start);
          return HONORIFICS.has((TITLE_WORD_BEFORE.exec(before)?.[1] ?? '').toLowerCase());
        };
        const subject = () =>
          (SUBJECT_VERBS.has(verb) && opensSentence(text, start)) ||
          ownActAfterScene(text, start, text.slice(start + word.length, start + word.length + 60)) ||
          personAppositiveOpening(text, start, start + word.length);
        if (!SPEECH_VERBS.has(verb) && !titled() && !subject()) continue;
      }
      return { start, end: start + word.length, speaker: s.id };
    }
    return null;
  }

  /** The person a "he" or "she" at `pos` refers to: the latest named before it; never an organisation. */
  lastEventBefore(passage: number, pos: number, gender: Gender | null): PersonEvent | null {
    const since =
      this.anonymousEvents[lastBelow(this.anonymousEvents, keyOf({ passage, start: pos }), keyOf)];
    const person = this.personEvents.lastPerson(passage, pos, gender, { reach: MAX_PRONOUN_PASSAGES, since });
    // An anonymous source came since: "he" is that source (no one named earlier is safe).
    // …unless the source is a group ("his family"), which no "he" or "she" means.
    const group = since && this.groups.has(since.speaker);
    return person ?? (since && !group && this.sourceStillMeant(since, passage, gender) ? since : null);
  }

  /** The person last named within a pronoun's reach (or `reach` passages) before (passage, pos), anonymous sources aside. */
  lastPersonNamed(
    passage: number,
    pos: number,
    gender: Gender | null,
    reach = MAX_PRONOUN_PASSAGES,
  ): PersonEvent | null {
    return this.personEvents.lastPerson(passage, pos, gender, {
      reach,
      since: undefined,
    });
  }

  /**
   * "An agronomist …, who asked not to be named, walked the rows." … '"…," she said' paragraphs on: a pronoun
   * within reach is the anonymous source when no one it could mean is named since or shortly before the source
   * (then it is ambiguous, and no one is safer), and the source's stated gender does not say otherwise.
   */
  sourceStillMeant(since: PersonEvent, passage: number, gender: Gender | null): boolean {
    if (since.passage === passage) return true;
    const stated = this.speaker(since.speaker)?.gender ?? null;
    if (
      this.onStage.has(since.speaker) &&
      this.closesParagraphBefore(since, passage) &&
      (!gender || !stated || stated === gender)
    )
      return true;
    const limits = { reach: MAX_PRONOUN_PASSAGES, since: undefined };
    return (
      passage - since.passage <= MAX_PRONOUN_PASSAGES &&
      (!gender || !stated || stated === gender) &&
      !this.personEvents.lastPerson(since.passage, since.start, gender, limits)
    );
  }

  /**
   * "At a checkpoint a young policeman climbed onto the running board." then a paragraph opening '"…?" he asked':
   * a source in the last sentence of the paragraph right before is the one the pronoun means, whoever spoke
   * earlier.
   */
  private closesParagraphBefore(since: PersonEvent, passage: number): boolean {
    if (passage - since.passage !== 1) return false;
    return !/[.!?]["”’]?\s+\S/u.test(this.passageText(since.passage).slice(since.end));
  }

  /** Anonymous sources brought on stage by an act ("a young policeman climbed …"), not by what they said. */
  private readonly onStage = new Set<string>();

  noteOnStage(id: string): void {
    this.onStage.add(id);
  }

  /** Whether a speaker is an anonymous source the text brought on stage by an act (see actingIntroductions). */
  isOnStage(id: string): boolean {
    return this.onStage.has(id);
  }

  /** Up to `count` anonymous sources introduced before (passage, pos) within `reach` passages, latest first. */
  anonymousSourcesBefore(passage: number, pos: number, reach: number, count: number): PersonEvent[] {
    const out: PersonEvent[] = [];
    let k = lastBelow(this.anonymousEvents, keyOf({ passage, start: pos }), keyOf);
    for (; k >= 0 && out.length < count; k--) {
      const ev = this.anonymousEvents[k];
      if (!ev || passage - ev.passage > reach) break;
      out.push(ev);
    }
    return out;
  }

  /** The anonymous source last introduced in the passage before `pos`, if any. */
  anonymousBefore(passage: number, pos: number): PersonEvent | null {
    const ev = this.anonymousEvents[lastBelow(this.anonymousEvents, keyOf({ passage, start: pos }), keyOf)];
    return ev?.passage === passage ? ev : null;
  }

  /** The event last before (passage, pos) of a speaker whose description names `role` ("the farmer"). */
  lastDescribedAs(role: string, passage: number, pos: number): PersonEvent | null {
    return this.personEvents.lastDescribedAs(role, passage, pos);
  }

  noteEvent(ev: PersonEvent): void {
    this.personEvents.add(ev);
  }

  /** Where the text first names the speaker (outside quotations), or null. */
  firstMention(id: string): PersonEvent | null {
    return this.personEvents.first(id);
  }
}

/** A noun closed by an ezafe: «ٔ», «ۀ» or «‌ی» ("خانهٔ", "قریه‌ی"), just before a position. */
const EZAFE_BEFORE = new RegExp(
  `(?<![\\p{L}\\u200C])(?!${wordAlternation(DARI_SAYING_EZAFE_NOUNS)}(?:\\u0654|ۀ|\\u200Cی))\\p{L}[\\p{L}\\p{M}\\u200C]*(?:\\u0654|ۀ|\\u200Cی)\\s$`,
  'u',
);

/**
 * "به سوی قریهٔ گل‌بی‌بی راه می‌افتد": a name after a noun's ezafe owns a place or a thing — the sentence is not
 * about them, and a "وی" after it goes on about its subject.
 */
const EZAFE_WINDOW = 24;
export function afterEzafe(text: string, at: number): boolean {
  return EZAFE_BEFORE.test(text.slice(Math.max(0, at - EZAFE_WINDOW), at));
}

/** Named Dari speakers by surname (the last word of a name of two words or more), when only one has it. */
function dariSurnames(speakers: readonly SpeakerDraft[]): Map<string, SpeakerDraft> {
  const out = new Map<string, SpeakerDraft | null>();
  for (const s of speakers) {
    const words = s.name.split(/\s+/u);
    if (s.anonymous || words.length < 2 || !/[\u0600-\u06FF]/u.test(s.name)) continue;
    const key = normalizeName(words.at(-1) ?? '');
    out.set(key, out.has(key) && out.get(key) !== s ? null : s);
  }
  return new Map([...out].flatMap(([k, s]) => (s ? [[k, s] as const] : [])));
}

/** "Back at the low table,", "Later,", "That evening": where or when a sentence is, before its subject. */
const SCENE_BEFORE_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’]?)(?:\\s*${wordAlternation([...SCENE_TIME_OPENERS, ...SCENE_PLACE_OPENERS])}\\b[^,.;:!?"“”]{0,40},)?$`,
  'u',
);
/** "closes her notebook", "folded his hands": a verb, then the subject's own possessive — a person's act. */
const OWN_ACT = /^\s+\p{Ll}{3,}(?:s|ed)\s+(?:her|his)\s+(?<owned>\p{Ll}+)/u;

/**
 * "Back at the low table, Baharak closes her notebook.": a speaker's name that is also a place, as the subject of
 * an act on her own things, opening its sentence or right after where the sentence is — a place has no notebook.
 */
function ownActAfterScene(text: string, start: number, after: string): boolean {
  // A window cut mid-sentence gets a letter before it, so its first word is never read as a sentence's first.
  const from = Math.max(0, start - 60);
  // "Baharak sheltered her family": a place acts on people; a person on her own things ("her notebook").
  const owned = OWN_ACT.exec(after)?.groups?.['owned'];
  return (
    !!owned &&
    !KIN_NOUNS.has(owned) &&
    !PLAIN_PERSON_WORDS.includes(owned) &&
    !isPersonHead(owned.replace(/(?:ren|s)$/u, '')) &&
    SCENE_BEFORE_SUBJECT.test(`${from > 0 ? 'x' : ''}${text.slice(from, start).trimEnd()}`)
  );
}

/** A noun that names a person by the lexicon: a role, a kind of source, a relative, or "man", "widow", "girl". */
function isPersonHead(noun: string): boolean {
  const w = noun.toLowerCase();
  return (
    isHeadWord(w) || KIN_PERSON_NOUNS.has(w) || /^\p{Ll}*man$/u.test(w) || ONE_PLAIN_PERSON_WORDS.includes(w)
  );
}

/** ", a thin man in a grey shalwar kameez," after a name: an indefinite description up to its comma. */
const INDEFINITE_APPOSITIVE = /^,\s+(?<description>an?\s[^,.;:!?"“”]{1,100}),/u;

/**
 * "Maruf, a thin man in a grey shalwar kameez, told the judge …": a speaker's name that is also a place, opening
 * its sentence with an appositive that describes a person — a place is "a district", never "a thin man".
 */
export function personAppositiveOpening(text: string, start: number, end: number): boolean {
  if (!opensSentence(text, start)) return false;
  const description = INDEFINITE_APPOSITIVE.exec(text.slice(end, end + 110))?.groups?.['description'];
  if (!description) return false;
  // The head is what the name is: "a district of farmers" names a place, though "farmers" are people.
  const head = headOfDescription(description).split(' ').at(-1) ?? '';
  return describesPerson(description) && isPersonHead(head);
}

/**
 * "Kakar is aware of …" opening a sentence: a speaker's surname that is also a place, before a verb only a person
 * is the subject of so (a place "is" too, but a place that opens a sentence is rarely a speaker's surname).
 */
const SUBJECT_VERBS = new Set(
  'is was has had does did knows knew keeps kept remembers remembered laughs laughed smiles smiled nods nodded shrugs shrugged'.split(
    ' ',
  ),
);

/** Where a surname two speakers share stands, before it is known whose it is. */
type SharedSurnameAt = Omit<PersonEvent, 'speaker'> & { surname: string };

/** A key that orders offsets by passage, then offset (passages are far shorter than 2^32 characters). */
const keyOf = (ev: { passage: number; start: number }): number => positionKey(ev.passage, ev.start);

/** Whether every word of a looked-up name (its key's words) is a word of the speaker's name. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Each capitalised word that follows white space, by its leading letters and digits (ASCII), with where it is. */
function wordsAfterSpace(texts: readonly string[]): Map<string, { p: number; at: number }[]> {
  const index = new Map<string, { p: number; at: number }[]>();
  texts.forEach((text, p) => {
    for (const m of matchesOf(/\s([A-Z]\w*)/gu, text)) append(index, m[1] ?? '', { p, at: m.index + 1 });
  });
  return index;
}

/**
 * The words before each match of "one to three capitalised words, then `surname`" in one passage, in the order a
 * regex search from the start would find them: the match that starts first wins, and from one start the most
 * words; the next search starts after the surname.
 */
function givenNamesBefore(text: string, ats: readonly number[], surname: string): string[][] {
  const out: string[][] = [];
  let floor = 0;
  for (let i = 0; i < ats.length; i++) {
    const at = ats[i] ?? 0;
    if (at < floor) continue;
    const startOf = (pos: number) => nameStartBefore(text, pos, { maxWords: MAX_GIVEN_NAMES, floor });
    const start = startOf(at);
    if (start < 0) continue;
    while (i + 1 < ats.length && startOf(ats[i + 1] ?? 0) === start) i++;
    const end = ats[i] ?? at;
    out.push(text.slice(start, end).trim().split(/\s+/));
    floor = end + surname.length;
  }
  return out;
}

/** A passage as the introduction rules read it: its text, where its quotations are, and whether it has a comma. */
interface IntroPassage {
  p: number;
  text: string;
  inside: (at: number) => boolean;
  /** Most patterns need an appositive's commas: a passage without one spares their search. */
  hasComma: boolean;
}

/** One way the text introduces a person ("Name, a description, says"): adds whom it finds in the passage. */
type IntroductionRule = (table: SpeakerTable, reading: Reading, at: IntroPassage) => void;

/** Introductions: "Name, a description, says" and "description-role Name agrees". */
export function findIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const passage = { p, text, inside: insideQuote(reading, p), hasComma: text.includes(',') };
    for (const rule of INTRODUCTION_RULES) rule(table, reading, passage);
  });
}

/**
 * "according to Name, a farmer,": first, so that after "According to Name," only a role appositive describes the
 * name, not the clause that follows.
 */
const accordingToSource: IntroductionRule = (table, _reading, { p, text, inside }) => {
  // Each pattern needs a word or mark the passage may not have: a quick look spares a search.
  for (const m of text.includes('ccording') ? matchesOf(ACCORDING_TO, text) : []) {
    const raw = m[3] ?? '';
    if (m[2] || inside(m.index) || /['’]s$/.test(raw)) continue;
    // A title makes even a one-word or place-like name a person ("Dr. Takhar").
    const titled = /^\p{Lu}\p{Ll}*\.\s/u.test(raw);
    const name = titled ? raw : trimName(raw, table).name;
    if (!titled && !table.isPersonName(name, 2)) continue;
    const nameEnd = m.index + m[0].length;
    const a = SOURCE_APPOSITIVE.exec(text.slice(nameEnd, nameEnd + 200));
    const description = a?.[1] ?? '';
    // Closed by the sentence's end only where the source comes last: "…, according to Name, a farmer."
    const closed = a?.[2] === ',' || m[1] === 'a';
    if (a && closed && isSourceDescription(description)) {
      const start = nameEnd + a[0].indexOf(description);
      table.add(name, description, { passage: p, start, end: start + description.length });
    } else table.add(name, '', null);
  }
};

/** "Karim Jawad, a farmer in Khanabad, says": a name of two words or more and its appositive. */
const nameAppositive: IntroductionRule = (table, _reading, { p, text, inside, hasComma }) => {
  for (const m of hasComma ? nameMatchesOf(APPOSITIVE, text) : []) {
    const raw = m[1] ?? '';
    const at = m.index + m[0].indexOf(raw);
    if (inside(at) || afterAccordingTo(text, at)) continue;
    const { name } = trimName(raw, table);
    if (!name) continue;
    const descStart = m.index + m[0].length;
    const descEnd = appositiveEnd(text, descStart, at);
    if (descEnd === null) continue;
    const description = text.slice(descStart, descEnd);
    if (/^(?:which|where|when|that|whose)\b/i.test(description)) continue;
    if (!table.isPersonName(name, 2) && !placeNamedPerson(table, name, description)) continue;
    table.add(name, description, { passage: p, start: descStart, end: descEnd });
  }
};

/**
 * Whether a person is named in `text` before an offset ("Dr. Nazifa Karimi runs the clinic. A woman walked …"): then
 * the he/she after an acting newcomer is the named one's, as a reader takes it, and the newcomer no source. The
 * text's name runs are found once; a run that crosses the offset is read as cut there, as the text before it has it
 * (NAME_RUN looks neither back nor ahead, so the runs before the offset are the same either way).
 */
function personNamedBefore(table: SpeakerTable, text: string): (end: number) => boolean {
  const runs = [...matchesOf(NAME_RUN, text)].map((m) => ({ start: m.index, name: m[0] }));
  const isNamed = (name: string): boolean => {
    const known = table.lookup(name);
    return (known !== null && !known.anonymous) || table.isPersonName(name, 2);
  };
  const named: (boolean | undefined)[] = [];
  return (end) => {
    for (const [i, run] of runs.entries()) {
      if (run.start >= end) break;
      if (run.start + run.name.length > end) {
        const cut = matchesOf(NAME_RUN, text.slice(run.start, end)).next().value;
        return cut ? isNamed(cut[0]) : false;
      }
      if ((named[i] ??= isNamed(run.name))) return true;
    }
    return false;
  };
}

/** "A mining engineer who …": an anonymous source whose quotation may come sentences later. */
const anonymousSource: IntroductionRule = (table, _reading, { p, text, inside }) => {
  const sources = anonymousIntroductions(text);
  // A person on stage by an act ("a young policeman climbed …"), where no rule above read the phrase as a source.
  const starts = new Set(sources.map((a) => a.start));
  const newcomers = actingIntroductions(text).filter((a) => !starts.has(a.start));
  const namedBefore = newcomers.length > 0 ? personNamedBefore(table, text) : () => false;
  const acting = new Set(newcomers.filter((a) => !namedBefore(a.start)));
  sources.push(...acting);
  for (const a of sources) {
    if (inside(a.start)) continue;
    const after = text.slice(a.end, a.end + GIVEN_NAME_REACH);
    const named = nameAfterSource(after);
    const onlyAs = nameGivenOnlyAs(after);
    const given = onlyAs ?? (named && (named.sure || table.isPersonName(named.name, 1)) ? named.name : null);
    const intro = { passage: p, start: a.start, end: a.end };
    // "A farmer, who gave his name only as X,": the source is X from here on, even where X spells a place.
    if (given) {
      const description = onlyAs ? a.name.charAt(0).toLowerCase() + a.name.slice(1) : a.name;
      const s = table.add(given, description, intro);
      const at = a.end + text.slice(a.end, a.end + GIVEN_NAME_REACH).indexOf(given);
      table.noteGivenName({ passage: p, start: at, end: at + given.length, speaker: s.id });
    } else {
      const s = table.addAnonymous(a.name, a.description, intro);
      if (acting.has(a)) table.noteOnStage(s.id);
    }
  }
};

/** "…, a nurse called Shirin led us …": the named person, described by the role, wherever the phrase stands. */
const calledName: IntroductionRule = (table, _reading, { p, text, inside }) => {
  for (const c of calledIntroductions(text)) {
    if (inside(c.start) || table.lookup(c.name)) continue;
    const s = table.add(c.name, c.phrase, { passage: p, start: c.start, end: c.nameStart - 1 });
    table.noteGivenName({ passage: p, start: c.nameStart, end: c.nameStart + c.name.length, speaker: s.id });
  }
};

/** "He introduced himself as Name", "a driver … introduces herself as Name": the name a person gives, and the gender. */
const SELF_INTRODUCED = new RegExp(
  `\\bintroduc(?:ed|es|ing)\\s+(?<self>himself|herself)\\s+as\\s+(?<name>(?:${TITLE}\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})`,
  'gu',
);

/** "… introduced himself as Name and said …": a person named where they gave their name, the "he" after them. */
const selfIntroduced: IntroductionRule = (table, _reading, { p, text, inside }) => {
  for (const m of text.includes('introduc') ? matchesOf(SELF_INTRODUCED, text) : []) {
    const name = m.groups?.['name'] ?? '';
    const at = m.index + m[0].length - name.length;
    if (inside(m.index) || !table.isPersonName(name, 1)) continue;
    const s = table.add(name, '', null);
    s.gender ??= m.groups?.['self'] === 'herself' ? 'female' : 'male';
    table.noteGivenName({ passage: p, start: at, end: at + name.length, speaker: s.id });
  }
};

/** "Rahmatullah, a lapis cutter in Faizabad, …", "Zabihullah, 24, from Keshem": Afghans often go by one name. */
const oneNameAppositive: IntroductionRule = (table, _reading, { p, text, inside, hasComma }) => {
  for (const m of hasComma ? matchesOf(ONE_NAME_APPOSITIVE, text) : []) {
    const name = m.groups?.['name'] ?? '';
    const description = (m.groups?.['description'] ?? '').trim();
    if (inside(m.index) || !table.isPersonName(name, 1) || PLACE_PREMODIFIERS.has(name.toLowerCase()))
      continue;
    if (!/^\d/.test(description) && !hasRole(description) && !isGroupRole(description)) continue;
    if (AFTER_WAS.test(text.slice(Math.max(0, m.index - 6), m.index)) && !personHeaded(description)) continue;
    const start = m.index + m[0].indexOf(description);
    table.add(name, description, { passage: p, start, end: start + description.length });
  }
};

/** "Mr. Takhar, a trader, …": a title makes even a one-word or place-like name a person. */
const titledAppositive: IntroductionRule = (table, _reading, { p, text, inside, hasComma }) => {
  for (const m of hasComma ? matchesOf(TITLED_APPOSITIVE, text) : []) {
    if (inside(m.index) || afterAccordingTo(text, m.index)) continue;
    const descStart = m.index + m[0].length;
    const descEnd = appositiveEnd(text, descStart, m.index);
    if (descEnd === null) continue;
    table.add(`${m[1] ?? ''} ${m[2] ?? ''}`, text.slice(descStart, descEnd), {
      passage: p,
      start: descStart,
      end: descEnd,
    });
  }
};

/**
 * "Mr Qurbonsho Roshorvi, my maths teacher." opening a sentence: a courtesy title, a name and a description in a
 * sentence without a verb (an answer, a caption-like line). The title makes the name a person whatever its words.
 */
const COURTESY_FRAGMENT = new RegExp(
  `(?<=^|[.!?]["”’]?\\s)(?:${COURTESY_TITLES.join('|')})\\.?\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}(?=,\\s+[^.!?"“”,;:]{1,80}\\.(?:\\s|$))`,
  'gu',
);

const COURTESY_TITLE_WORD = new RegExp(`\\b(?:${COURTESY_TITLES.join('|')})\\b`, 'u');

/** A person a verbless "Mr Name, description." sentence introduces, for the "he" or "she" after it. */
const courtesyTitledName: IntroductionRule = (table, _reading, { text, inside, hasComma }) => {
  for (const m of hasComma && COURTESY_TITLE_WORD.test(text) ? matchesOf(COURTESY_FRAGMENT, text) : []) {
    if (inside(m.index) || table.lookup(m[0])) continue;
    table.add(m[0], '', null);
  }
};

/** '…," said the police spokesman, Name': a verb, the role's qualifiers, the role, then the person. */
const verbRoleName: IntroductionRule = (table, _reading, { p, text, inside }) => {
  for (const m of VERB_ROLE_CUE.test(text) ? matchesOf(VERB_ROLE_NAME, text) : []) {
    const description = m[1] ?? '';
    const name = m[3] ?? '';
    if (!ROLE_NOUNS.has(m[2] ?? '') || inside(m.index) || !table.isPersonName(name, 2)) continue;
    const start = m.index + m[0].indexOf(description);
    table.add(name, description, { passage: p, start, end: start + description.length });
  }
};

/** "A senior official, Name, warned …": the description first, the name in commas after it, a verb. */
const descriptionThenName: IntroductionRule = (table, _reading, { p, text, inside, hasComma }) => {
  for (const m of hasComma ? matchesOf(DESCRIPTION_THEN_NAME, text) : []) {
    const description = m[1] ?? '';
    const name = m[2] ?? '';
    const verb = m[3] ?? '';
    const verbLike = INTRO_VERBS.has(verb) || SPEECH_VERBS.has(verb) || /^\p{Ll}{3,}(?:ed|s)$/u.test(verb);
    // The match may start at the comma and mark closing a quotation: the description itself must be outside.
    const start = m.index + m[0].indexOf(description);
    if (!describesPerson(description) || !verbLike || inside(start) || !table.isPersonName(name, 2)) continue;
    table.add(name, description, { passage: p, start, end: start + description.length });
  }
};

/** "lawmaker Name says": a role right before the name, then an introducing verb. */
const roleBeforeName: IntroductionRule = (table, reading, { p, text, inside }) => {
  for (const m of matchesOf(ROLE_BEFORE_NAME, text)) {
    const at = m.index;
    const role = m[1] ?? '';
    const verb = m[3] ?? '';
    if (!INTRO_VERBS.has(verb) || inside(at)) continue;
    const name = m[2] ?? '';
    if (!table.isPersonName(name, 1)) continue;
    const start = clauseStart(reading, p, at);
    const roleEnd = at + role.length;
    table.add(name, text.slice(start, roleEnd), { passage: p, start, end: roleEnd });
  }
};

/**
 * "Karim Jan Wardak joined the sugar mill as a young engineer in 1980": a name opening its sentence, a verb of
 * taking up work, and "as" a role — the role the text may later call the person by ("the engineer wrote").
 */
const ROLE_BY_PREDICATE = new RegExp(
  `(?=\\p{Lu})(?<=^|[.!?]["”’]?\\s+)(?<name>${NAME_WORD}(?:\\s+${PARTICLE}${NAME_WORD}){1,3})\\s+(?:joined|worked|served|started|began|trained|was\\s+hired|was\\s+employed)\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,4}?as\\s+(?<role>an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<head>\\p{Ll}+))(?=\\s+(?:in|at|for|with|from|of|on|until|when|and|before|after|since)\\b|[,.;:!?]|$)`,
  'gu',
);

/** "Name joined the mill as a young engineer": the role is the person's description, when none is yet. */
const roleByPredicate: IntroductionRule = (table, _reading, { p, text, inside }) => {
  for (const m of text.includes(' as ') ? matchesOf(ROLE_BY_PREDICATE, text) : []) {
    const { name = '', role = '', head = '' } = m.groups ?? {};
    if (inside(m.index) || !describesPerson(`a ${head}`) || !table.isPersonName(name, 2)) continue;
    const start = m.index + m[0].length - role.length;
    table.add(name, role, { passage: p, start, end: start + role.length });
  }
};

/** The introduction rules, in the order they read each passage: what the table keeps depends on the order of adding. */
const INTRODUCTION_RULES: readonly IntroductionRule[] = [
  accordingToSource,
  nameAppositive,
  anonymousSource,
  calledName,
  selfIntroduced,
  oneNameAppositive,
  titledAppositive,
  courtesyTitledName,
  verbRoleName,
  descriptionThenName,
  roleBeforeName,
  roleByPredicate,
];

/** Characters after an anonymous source's phrase read for the one name it gave ("who gave her name only as …"). */
const GIVEN_NAME_REACH = 80;

/**
 * One capitalised word opening a sentence or clause, or after the sentence's opening place ("In Khwahan, by the
 * border, Nasima, a widow of sixty, said"), then an "a/an …" description or an age, in commas.
 */
const ONE_NAME_APPOSITIVE = new RegExp(
  String.raw`(?=\p{Lu})(?<=^|[.!?]["”’]?\s+|;\s+|\s(?:was|were)\s|(?:^|[.!?]["”’]?\s+)${wordAlternation(SCENE_PLACE_OPENERS)}\s[^,.;:"“”]{1,60}(?:,\s[^,.;:"“”]{1,60})?,\s+)(?<name>\p{Lu}\p{Ll}{2,}),\s+(?<description>(?:an?|the)\s[^,.;:"“”]{2,120}|\d{1,3})(?=,)`,
  'gu',
);

/** "her youngest daughter", "His son", "my neighbour": a possessive, up to two words, one person of the lexicon's kin. */
const POSSESSED_RELATION = `${wordAlternation(OWNER_WORDS, true)}\\s+(?:\\p{Ll}+\\s+){0,2}${wordAlternation(KIN_PERSON_NOUNS)}`;
const RELATIVE_NAME = `(?:${TITLE}\\s)?\\p{Lu}\\p{Ll}{2,}(?:\\s\\p{Lu}\\p{Ll}{2,}){0,3}`;
/** The word right before a name, perhaps an abbreviation's stop after it: "Dr. ", "Haji ". */
const TITLE_WORD_BEFORE = /(?<!\p{L})(\p{L}+)\.?\s+$/u;
/** "the " before a name, read back from where the name starts. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** A common noun after a name: "storeroom" in "the Kohistani storeroom" (a speech verb is no such noun). */
const NOUN_AFTER = /^\s+(?<noun>\p{Ll}+)/u;

/**
 * "loaded sacks from the Kohistani storeroom", "the Sadat mill": a name between "the" and a common noun is the
 * family's or the firm's, a modifier — no mention of the person, so no later "he" means them for it.
 */
export function attributiveName(text: string, start: number, end: number): boolean {
  // Most names follow a space after a word's last letter: one that is no "e" (nor a blank) leaves no "the " there.
  const c = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) === 0x20 && c > 0x20 && c < 0x7f && c !== 0x65) return false;
  if (!THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  const noun = NOUN_AFTER.exec(text.slice(end, end + 30))?.groups?.['noun'];
  return noun !== undefined && !SPEECH_VERBS.has(noun);
}

/** A possessed relation's owner word and kin noun, the words between aside: "His eldest son" → "his son". */
const RELATION_KEY = new RegExp(
  `^(?<owner>${wordAlternation(OWNER_WORDS)})\\s+(?:\\p{Ll}+\\s+){0,2}?(?<head>\\p{Ll}+(?:-\\p{Ll}+)*)$`,
  'iu',
);

/**
 * The key by which a piece re-mentions a relative: the owner word and the kin noun ("his son" for "his younger
 * son"); null for a phrase that is no possessed relation.
 */
export function relationKey(phrase: string): string | null {
  // Each word normalised apart, so a hyphen stays: "his brother-in-law" keys on "brother-in-law", not "law".
  const words = phrase
    .trim()
    .split(/\s+/u)
    .map((w) => w.split('-').map(normalizeName).join('-'));
  const g = RELATION_KEY.exec(words.join(' '))?.groups;
  return g?.['owner'] && g['head'] && KIN_NOUNS.has(g['head']) ? `${g['owner']} ${g['head']}` : null;
}

/** "His granddaughter Zarmina, who is 15, …": a relative clause after a bare relative's name makes it a person. */
const WHO_AFTER_RELATIVE = /,\s+(?:who|whose)\s/u;

/**
 * "her youngest daughter, Zarmina,", "His daughter, Sadia Mansoori,": a relation, then the name, in commas; or
 * the name with no commas when a speech verb follows it ("His son Najib said the cause was …").
 */
const RELATIVE_THEN_NAME = new RegExp(
  `\\b(?<relation>${POSSESSED_RELATION})(?:\\s*,\\s+(?<name>${RELATIVE_NAME})(?:,|(?=[.;]))|\\s+(?<bare>${RELATIVE_NAME})(?=\\s+${wordAlternation(SPEECH_VERBS)}\\b|${WHO_AFTER_RELATIVE.source}))`,
  'gu',
);

/** " 24,": an age in commas right after a relative's name. */
const AGE_AFTER_RELATIVE = /^\s*\d{1,3}\s*,/u;

/**
 * "On the terrace, her youngest daughter, Zarmina, has taken over the watering." A family member named after
 * the relation is a person the story may quote paragraphs later, as "she".
 */
export function findRelativesByName(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(RELATIVE_THEN_NAME, text)) {
      const name = m.groups?.['name'] ?? m.groups?.['bare'] ?? '';
      const relation = m.groups?.['relation'] ?? '';
      // "his granddaughter, Farah, 24,": a relative given an age is a person, even by a place's name.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const aged =
        AGE_AFTER_RELATIVE.test(after) ||
        (m.groups?.['bare'] !== undefined && WHO_AFTER_RELATIVE.test(after));
      if (inside(m.index) || !table.isPersonName(name, 1, { evenIfPlace: aged })) continue;
      const person = table.add(name, relation, {
        passage: p,
        start: m.index,
        end: m.index + relation.length,
      });
      table.noteRelative(person, relation);
      // A place's name is no mention the person scan reads: the relative's own mention is noted here.
      if (aged && !table.isPersonName(name, 1)) {
        const start = m.index + m[0].indexOf(name, relation.length);
        table.noteGivenName({ passage: p, start, end: start + name.length, speaker: person.id });
      }
    }
  });
}

/** Head nouns of occupations and relations a one-name person is introduced by ("a lapis cutter", "a widow"). */
const PERSON_NOUN =
  /\b(?:\p{Ll}+(?:er|or|ist|ian)|\p{Ll}*(?:man|woman)|wife|mother|father|son|daughter|widow|girl|boy|student|nurse|elder|midwife|refugee|returnee)\b/u;

/** A name of two to four capitalised words, then "of" and where from (see withoutAffiliation). */
const OF_AFFILIATION =
  /^(?<person>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})\s+of\s+(?:the\s+)?\p{Lu}/u;
/**
 * "Deputy Minister", "Chief Justice", "Afghanistan Chamber" (before "of Public Works", "of Commerce"): an office or
 * a body, no person: a word after the name's opening titles is a role or a body's word ("General Raziq" is a person).
 */
function namesOffice(name: string): boolean {
  const words = name.split(/\s+/);
  const start = words.findIndex((w) => !HONORIFICS.has(normalizeName(w)));
  return (
    start < 0 ||
    words.slice(start).some((w) => ROLE_NOUNS.has(w.toLowerCase()) || ORGANISATION_WORDS.has(w.toLowerCase()))
  );
}
const AFTER_HEAD = new Set(['in', 'of', 'from', 'at', 'who', 'with']);

/** "a lapis cutter in Faizabad who …" → "a lapis cutter": the words before the first that qualifies the head. */
function headOfDescription(description: string): string {
  const words = description.split(' ');
  const k = words.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  return (k < 0 ? words : words.slice(0, k)).join(' ');
}

/**
 * "Mohammad Agha, a wiry man of sixty who farms …": a name the gazetteer also holds (a district of Logar) is a
 * person when an appositive describes it as one.
 */
export function placeNamedPerson(table: SpeakerTable, name: string, description: string): boolean {
  return isGroupRole(description) && table.isPersonName(name, 2, { evenIfPlace: true });
}

/** "Among the buyers was Nazifa, …": a name after "was/were", which may as well be a thing's (a brand, a month). */
const AFTER_WAS = /\s(?:was|were)\s$/u;

/**
 * "a mother of five", "a trader who …": the description's own noun, the last before what qualifies it, is a
 * person's, or an age; "a brand every driver here trusts" only mentions one.
 */
function personHeaded(description: string): boolean {
  if (/^\d/.test(description)) return true;
  const head =
    headOfDescription(description).split(/\s(?:every|that|which|whose|whom|many|most|all)\s/u)[0] ?? '';
  const last = head.split(' ').at(-1) ?? '';
  return PERSON_NOUN.test(last) || hasRole(last);
}

/** "a retired schoolteacher of seventy-four", "the mother of three boys", "the district governor": a person. */
export function describesPerson(description: string): boolean {
  // "Her longest-serving driver" describes as "a longest-serving driver" does.
  return (
    hasRole(description) ||
    isGroupRole(description.replace(/^(?:the|his|her|their|its)\s/i, 'a ')) ||
    isOneOfPeople(description)
  );
}

/** "One of them", "one of the ferrymen", "one of her pupils": one of a group, perhaps of people named before. */
const ONE_OF =
  /^one\s+of\s+(?:them|(?:the|these|those|his|her|their|our)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>\p{Ll}+))$/iu;

/**
 * "One of them, Nasir Ahmad Zaki, mends his sandals": one of a group in apposition to a person's name is that
 * person — of "them" (whoever the text spoke of), or of a plural of people ("ferrymen", "pupils", "drivers").
 */
function isOneOfPeople(description: string): boolean {
  const m = ONE_OF.exec(description);
  if (!m) return false;
  const noun = m.groups?.['noun'];
  if (!noun) return true;
  const singular = noun.replace(/men$/u, 'man').replace(/s$/u, '');
  return singular !== noun && (PERSON_NOUN.test(singular) || namesPeople(noun));
}

/** A relative clause in the plural or for a thing ("who are owned by …", "which runs …"): a team or a body. */
const BODY_RELATIVE = /^(?:which\s|who\s+(?:are|were|have)\s)/iu;

/**
 * '"The Amu Leopards, who are owned by a bus company, …"': a name whose description opens on a plural or
 * a thing's relative clause is a body — no "he" or "she" of the text refers to it.
 */
export function describesABody(description: string): boolean {
  return BODY_RELATIVE.test(description);
}

/** "a lapis cutter", "a mother of three": an indefinite description whose head is a person. */
function isGroupRole(description: string): boolean {
  return /^an?\s/i.test(description) && PERSON_NOUN.test(headOfDescription(description));
}

/** Where the clause holding `at` starts: after the last comma, semicolon or quotation mark of its sentence. */
function clauseStart(reading: Reading, p: number, at: number): number {
  const text = reading.texts[p] ?? '';
  let start = sentencesOf(reading, p).startOf(at);
  const cut = separatorsOf(reading, p)[at] ?? -1;
  if (cut >= start) start = cut + 1;
  while (/\s/.test(text[start] ?? '')) start++;
  return start;
}

/** For each offset of passage p, the last comma, semicolon or double quotation mark before it (-1: none). */
const separatorsOf = perPassage((text) => {
  const last = new Int32Array(text.length + 1);
  let seen = -1;
  for (let i = 0; i < text.length; i++) {
    last[i] = seen;
    const ch = text[i];
    if (ch === ',' || ch === ';' || ch === '"') seen = i;
  }
  last[text.length] = seen;
  return last;
});

/** A description that names a role ("the district governor of Khwaja Ghar", "two senior officials"). */
function hasRole(description: string): boolean {
  return normalizeName(description)
    .split(' ')
    .some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')));
}

/**
 * An appositive that describes a source: a role or "a/an …" ("the district governor of Khwaja Ghar", "a farmer
 * who lost his land"), not a clause ("the governor was removed") nor a relative clause ("who heads the council").
 */
function isSourceDescription(description: string): boolean {
  if (/^(?:which|where|when|that|whose|who|whom)\b/i.test(description)) return false;
  const head = description.split(/\b(?:who|whom|whose|which|that)\b/i)[0] ?? '';
  if (head.split(/[^\p{L}]+/u).some((w) => INTRO_VERBS.has(w.toLowerCase()))) return false;
  return hasRole(description) || /^an?\s/i.test(description);
}

/** The name at `at` follows "according to", which the source rule reads. */
function afterAccordingTo(text: string, at: number): boolean {
  return /\b[Aa]ccording\s+to\s+$/.test(text.slice(Math.max(0, at - 20), at));
}

/** Drop sentence-initial words and titles that precede a name ("But Ahmad Shah" → "Ahmad Shah"). */
function trimName(raw: string, table: SpeakerTable): { name: string; offset: number } {
  const words = raw.split(/\s+/);
  let offset = 0;
  while (words.length > 2 && !table.isPersonName(words[0] ?? '', 1)) {
    offset += (words.shift() ?? '').length + 1;
  }
  return { name: words.join(' '), offset };
}

/** End of "Name, description," when a verb follows it, or of a closing appositive after "said Name, …". */
function appositiveEnd(text: string, from: number, nameAt: number): number | null {
  const limit = Math.min(text.length, from + MAX_DESCRIPTION);
  const region = text.slice(from, limit);
  const stop = /[.!?](?=\s+["“‘]?\p{Lu}|\s*$)|["“”]/u.exec(region);
  const within = stop ? region.slice(0, stop.index) : region;
  for (const m of matchesOf(/,\s+(?:also\s+|now\s+|then\s+)?(\p{Ll}+)\b/gu, within)) {
    // Any past or present-tense verb closes the appositive ("…, an engineer, inspected the wall").
    const word = m[1] ?? '';
    if (INTRO_VERBS.has(word) || (/^\p{Ll}{3,}(?:ed|s)$/u.test(word) && !COMMON_WORDS.has(word)))
      return from + m.index;
    if (APPOSITIVE_AUXILIARIES.has(word) && /^an?\s/iu.test(within)) return from + m.index;
  }
  const saidBefore = /\b(?:said|says|according to|added|adds|told)\s*$/.test(
    text.slice(Math.max(0, nameAt - 20), nameAt),
  );
  // '…," said Name, spokesman for the police.': an article or a bare role opens the closing appositive.
  const role = ROLE_NOUNS.has(/^\p{Ll}+/u.exec(within)?.[0] ?? '');
  if (saidBefore && stop && (/^(?:a|an|the)\s/i.test(within) || role)) return from + within.trimEnd().length;
  // "…has ridden for Name, a rice trader from Khanabad who keeps six horses.": an indefinite role closing the
  // sentence describes the person it follows, wherever the name stands in it.
  const head = within.split(/\s(?:who|whose|whom|which|that)\s/u)[0] ?? '';
  if (stop && /^an?\s/iu.test(within) && !within.includes(',') && hasRole(head))
    return from + within.trimEnd().length;
  return null;
}

/** A name as a key: normalised, honorifics dropped ("Haji Sadiq" and "Sadiq" are one key). */
export function personKey(name: string): string {
  let key = PERSON_KEYS.get(name);
  if (key === undefined) {
    key = normalizeName(name)
      .split(' ')
      .filter((w) => !HONORIFICS.has(w))
      .join(' ');
    // Bounded: a page of a million different words must not keep them all.
    if (PERSON_KEYS.size >= PERSON_KEYS_KEPT) PERSON_KEYS.clear();
    PERSON_KEYS.set(name, key);
  }
  return key;
}

/** Keys already made: the same few names are keyed again for every mention, rule and speaker. */
const PERSON_KEYS = new Map<string, string>();
const PERSON_KEYS_KEPT = 10_000;

const RELIGIOUS_TITLES = new Set(RELIGIOUS_TITLE_WORDS.map(normalizeName));

/** "Haji …", "Sheikh …": a man, most often — a weak cue, since "Sheikh Hasina" and a woman Haji are no men. */
function titleGender(name: string): Gender | null {
  return RELIGIOUS_TITLES.has(normalizeName(name.split(/\s+/u)[0] ?? '')) ? 'male' : null;
}

/** A pronoun's vote for the gender of the person named last before it. */
export interface PronounVote {
  speaker: string;
  gender: Gender;
  weight: number;
}

/**
 * "He", "she", "himself": the subject or the person themself, a strong vote; "his", "her", "him" often name
 * someone else the sentence is about ("Parwin Sadat … knows his habits"), a weak one.
 */
export function pronounVote(word: string): { gender: Gender; weight: number } {
  const w = word.toLowerCase();
  const gender: Gender = /^(?:she|her|hers|herself)$/.test(w) ? 'female' : 'male';
  return { gender, weight: /^(?:he|she|himself|herself)$/.test(w) ? 2 : 1 };
}

/** Each speaker's gender by the weighted majority of the pronouns after their names; a tie goes to the first. */
export function genderFromPronounVotes(votes: readonly PronounVote[]): Map<string, Gender> {
  const tally = new Map<string, { first: Gender; female: number; male: number }>();
  for (const v of votes) {
    const t = tally.get(v.speaker) ?? { first: v.gender, female: 0, male: 0 };
    t[v.gender] += v.weight;
    tally.set(v.speaker, t);
  }
  const out = new Map<string, Gender>();
  for (const [id, t] of tally)
    out.set(id, t.female === t.male ? t.first : t.female > t.male ? 'female' : 'male');
  return out;
}

function genderFromWords(text: string): Gender | null {
  const words = normalizeName(text).split(' ');
  if (words.some((w) => FEMALE_HONORIFICS.has(w) || FEMALE_ROLE_WORDS.has(w))) return 'female';
  if (words.some((w) => MALE_HONORIFICS.has(w) || MALE_ROLE_WORDS.has(w))) return 'male';
  return null;
}
