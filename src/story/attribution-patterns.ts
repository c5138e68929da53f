/**
 * The English patterns of attribution: who a reporting clause names ("Name said", "said the spokesman", "according
 * to …") and where such a clause ends. Built from the lexicon's word lists; read by the quotation rules
 * (attribution-adjacent.ts) and by the look-backs that resolve a subject (attribution-subjects.ts).
 */
import {
  KIN_GROUPS,
  KIN_NOUNS,
  UNCOMMAED_LEAD_OPENERS,
  NARRATIVE_CONNECTIVES,
  ROLE_DETERMINERS,
  SCENE_OPENER_WORDS,
  SPEECH_VERBS,
  SUBJECT_VERB_ADVERBS,
  TITLE_ABBREVIATION,
  DESCRIBED_PLACE_PREPOSITIONS,
} from './lexicon.ts';
import { AT_NAME } from './name-runs.ts';
import { GIVEN_NAME_AND_INITIAL, wordAlternation } from './regex-parts.ts';

/** A person's or an organisation's name: capitalised words, with the particles names carry ("Ministry of Mines"). */
const NAME =
  `(?:${TITLE_ABBREVIATION}\\s+)?` +
  "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?:bin|ibn|al|ul|de|da|of|for)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,5}";
/** "the company's chief engineer": a role's modifiers may be an owner with its possessive. */
export const POSSESSIVE = "(?:['’]s)?";
/** What opens a role as a subject (lexicon ROLE_DETERMINERS), capitalised or not. */
const ROLE_DETERMINER = ROLE_DETERMINERS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** An age standing for the person ("the 68-year-old told …"). */
const AGE_WORD = '\\p{N}{1,3}-year-old';
/** Whether a role's head word is an age. */
export const AGE_AS_ROLE = new RegExp(`^${AGE_WORD}$`, 'u');
/** A role's head word, or an age. */
const ROLE_HEAD_WORD = `(?:\\p{Ll}+(?:-\\p{Ll}+)*|${AGE_WORD})`;
/** A role as a subject: its determiner, up to two modifiers (an owner's possessive among them), its head word. */
const ROLE_SUBJECT = `(?:${ROLE_DETERMINER})\\s+(?:[\\p{Ll}\\p{N}-]+${POSSESSIVE}\\s+){0,2}?${ROLE_HEAD_WORD}`;
/** "Jawid K. said": a given name and an initial, its full stop no end of the sentence when a verb follows. */
const NAME_OR_INITIALLED = `${GIVEN_NAME_AND_INITIAL}(?=\\s+\\p{Ll})|${NAME}`;
const SUBJECT = `(?:\\b([Hh]e|[Ss]he|[Tt]hey)\\b|(?:\\b[Tt]he\\s+)?(${NAME_OR_INITIALLED})|\\b(${ROLE_SUBJECT}))`;
/** The subject anywhere in a text: a name there starts where a run of name characters does (see AT_NAME). */
const SUBJECT_ANYWHERE = `(?:\\b([Hh]e|[Ss]he|[Tt]hey)\\b|(?:\\b[Tt]he\\s+|${AT_NAME})(${NAME_OR_INITIALLED})|\\b(${ROLE_SUBJECT}))`;
/** An adverb between a subject and its verb ("also", "later", "used to"), with its trailing space; optional. */
export const ADVERB = `(?:${SUBJECT_VERB_ADVERBS.map((w) => `${w.replace(/ /g, '\\s+')}\\s+`).join('|')})?`;
export const AFTER_SUBJECT_VERB = new RegExp(`^[\\s,.]*${SUBJECT}\\s+${ADVERB}(\\p{Ll}+)\\b`, 'u');
export const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,.]*(\\p{Ll}+)\\s+${SUBJECT}`, 'u');
/**
 * '," said Foreign Ministry spokesman Ali Karimi': the person after the role speaks, not the ministry; '," said the
 * farmer's lawyer, Ali Karimi': nor the one who owns the role.
 */
export const AFTER_VERB_ROLE_NAME = new RegExp(
  `^[\\s,.]*(\\p{Ll}+)\\s+(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){0,5}(?:\\p{Ll}+(?:['’]s)?\\s+){0,2}?(\\p{Ll}+),?\\s+(${NAME})`,
  'u',
);
/**
 * '," police spokesman Nasir Ahmad told AFP', '," provincial health director Dr Karima Noori said': a bare role (no
 * article) right before a name, then the verb. Groups: the role's head word, the name, the verb.
 */
export const AFTER_ROLE_NAME_VERB = new RegExp(
  `^[\\s,]*(?:\\p{Ll}+\\s+){0,2}?(?<role>\\p{Ll}+)\\s+(?<name>${NAME})\\s+${ADVERB}(?<verb>\\p{Ll}+)\\b`,
  'u',
);
/** '," Abdul Wali, a herder from Zebak, told reporters': the name, its appositive, then the verb. */
export const AFTER_NAME_APPOSITIVE = new RegExp(
  `^[\\s,.]*(${NAME}),\\s+[^"“”‘’.!?]{1,160}?,\\s+(?:also\\s+|later\\s+)?(\\p{Ll}+)\\b`,
  'u',
);
/** The stops of a lower-case initialism inside a post ("Humanitarian Coordinator a.i."): no sentence's end. */
const LOWER_INITIAL_STOP = String.raw`(?<=(?:\s|\.)\p{Ll})\.(?=\p{Ll}\.|,)`;
/**
 * '," the Uzbek foreign minister, Bakhtiyor Saidov, told reporters', '," his son, Name, a shopkeeper in Taloqan,
 * said': a description (a role or a relation), the name in commas, perhaps a second description, the verb.
 */
export const AFTER_DESCRIPTION_NAME = new RegExp(
  `^[\\s,.]*(?:${ROLE_DETERMINER})\\s+(?:[^"“”‘’.!?,;]|${LOWER_INITIAL_STOP}){1,100}?,\\s+(${NAME}),\\s+(?:[^"“”‘’.!?,;]{1,100}?,\\s+)?(?:also\\s+|later\\s+)?(\\p{Ll}+)\\b`,
  'u',
);
const SPEECH_VERB = wordAlternation(SPEECH_VERBS);
/** '," the head of the provincial agriculture department said': the role, its office after "of", the verb. */
export const AFTER_ROLE_OF_VERB = new RegExp(
  `^[\\s,.]*[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<role>\\p{Ll}+)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,5}?(?:${SPEECH_VERB})\\b`,
  'u',
);
export const AFTER_ACCORDING = new RegExp(`^[\\s,.]*according\\s+to\\s+${SUBJECT}`, 'u');
/** A body's name, whose words may be joined by "and", "of", "for", "on": "the Food and Agriculture Organization". */
const BODY_NAME =
  "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?:and|of|for|on|the)\\s+){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]*){0,6}";
/** 'According to the World Food Programme, the harvest is "…"': the sentence opens on its source, a comma after. */
export const OPENING_ACCORDING = new RegExp(
  `^\\s*(?:(?:But|And|Yet)\\s+)?[Aa]ccording\\s+to\\s+(?:\\b([Hh]im|[Hh]er|[Tt]hem)\\b|(?:[Tt]he\\s+)?(${BODY_NAME})|(${ROLE_SUBJECT})),`,
  'u',
);
// An appositive leaves a comma between the subject and its verb: "the spokesman, Samir Wali, said".
/** "Haji Mir Ahmad (حاجی میر احمد)": bilingual copy gives a name again in parentheses. */
const TRANSLATION = '(?:\\s\\([^()\\n]{1,40}\\))?';
// Only a speech verb ends the subject, so "the provincial spokesman said" is read whole (not "the provincial"
// and its "verb" spokesman); the verb is read by a lookahead, so a match never swallows the next subject.
/** ", who never learned to read,": a relative clause in commas between a subject and its verb. */
const RELATIVE_ASIDE = '(?:,\\s+who\\s+[^,"“”«».!?;:]{1,120},)?';
/** ", 34": a person's age in commas after their name, before any relative clause ("Name, 34, who …, told"). */
const AGE_ASIDE = '(?:,\\s+\\p{N}{1,3}(?=,))?';
export const SUBJECT_VERB = new RegExp(
  `${SUBJECT_ANYWHERE}${TRANSLATION}${AGE_ASIDE}${RELATIVE_ASIDE},?\\s+${ADVERB}(?=(${SPEECH_VERB})\\b)`,
  'gu',
);
/** What every SUBJECT_VERB match is followed by: white space (its own, or its adverb's), then the speech verb. */
const SPACE_THEN_SPEECH_VERB = new RegExp(`\\s(?:${SPEECH_VERB})\\b`, 'u');

/**
 * Whether `text` may hold a SUBJECT_VERB match. Most passages have no speech verb, and this pattern is cheap where
 * SUBJECT_VERB tries a subject at every word.
 */
export function mayHoldSubjectVerb(text: string): boolean {
  return SPACE_THEN_SPEECH_VERB.test(text);
}
/**
 * "Name, head of the department in Kunduz province, said:" (or "told reporters:"): a speech verb right after the
 * comma that closes an appositive, then the colon — the person the sentence introduces speaks, whatever word
 * stands before the verb.
 */
export const APPOSITIVE_VERB_COLON = new RegExp(
  `,\\s+${ADVERB}(?:${SPEECH_VERB})(?:\\s+\\p{Ll}+){0,3}\\s*:\\s*$`,
  'u',
);
/**
 * '…," the union head said': the subject read on to a speech verb, for a role whose last word is also a verb
 * ("head", "chief", "guard") — AFTER_SUBJECT_VERB stops at the first word after the role's first.
 */
export const AFTER_SUBJECT_SPEECH = new RegExp(
  `^[\\s,.]*${SUBJECT}\\s+${ADVERB}(?=(${SPEECH_VERB})\\b)`,
  'u',
);
/** Speech verbs' past tenses not in "-ed": never a bare form a plural subject alone may take. */
const IRREGULAR_SPEECH_PASTS = new Set(['said', 'told', 'wrote', 'thought']);
/** Nouns of people that are plural with no "-s": "the police say". */
const PLURAL_PEOPLE = new Set(['police', 'people', 'children', 'men', 'women', 'staff', 'youth']);
/** "a", "one", "this" …: a role after one is singular whatever its last word ("a police report", "one witness"). */
const SINGULAR_DETERMINER = /^(?:[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)\s/u;
/** Whether a role's last word is a plural in "-s": not "-ss", "-us" or "news" ("the witness", "the bus"). */
const pluralInS = (head: string): boolean =>
  /\p{Ll}s$/u.test(head) && !/(?:ss|us|['’]s)$/u.test(head) && head !== 'news';

/** A bare modal right before the verb (the lexicon's "would" among a subject's adverbs). */
const MODAL_BEFORE_VERB = /\bwould\s+$/u;

/**
 * Whether a SUBJECT_VERB (or AFTER_SUBJECT_VERB) match is a reporting clause: its verb is one of speech and agrees
 * with its subject. A role in the singular takes "answers" or "answered", never the bare "answer": in "the only
 * answer is stone", "the farmer's last reply was short", "a police report says" the "verb" is a noun, and the
 * words before it no subject. Plurals ("the elders say", "my parents note", "the police say") keep the bare form.
 */
export function isSpeechClause(m: RegExpMatchArray): boolean {
  const verb = m[4] ?? '';
  if (!SPEECH_VERBS.has(verb)) return false;
  // "Farahmand would say only that …" speaks; "what he would tell young riders" asks what he might.
  if (verb !== 'say' && MODAL_BEFORE_VERB.test(m[0])) return false;
  const role = m[3];
  // "My father used to say": the bare form after "used to" is the verb's own.
  const bare =
    !/(?:s|ed|ing)$/u.test(verb) && !IRREGULAR_SPEECH_PASTS.has(verb) && !/\bused\s+to\b/u.test(m[0]);
  if (!role || !bare) return true;
  if (SINGULAR_DETERMINER.test(role)) return false;
  const head = role.split(/\s+/u).at(-1) ?? '';
  return pluralInS(head) || PLURAL_PEOPLE.has(head) || KIN_GROUPS.has(head);
}

/** Where a SUBJECT_VERB match ends: after its verb. */
export const clauseEnd = (m: RegExpMatchArray): number => (m.index ?? 0) + m[0].length + (m[4] ?? '').length;
/** 'In his words, "…"', 'in her own words:': the owner of the words, a pronoun, right before the quotation. */
export const IN_OWN_WORDS = /\b[Ii]n\s+(?<pronoun>his|her)\s+(?:own\s+)?words(?:\s*[,:])?\s*$/u;
/** 'as his family put it, "…"', 'as one farmer puts it:': the subject of the idiom owns the words after it. */
export const AS_PUT_IT = new RegExp(`\\b[Aa]s\\s+${SUBJECT}\\s+(?:put|puts)\\s+it(?:\\s*[,:])?\\s*$`, 'u');
/** After "X says," only a short aside ("adding,", "told reporters on Monday:") may sit before the quote. */
export const ADJACENT_TAIL = /^[^"“”.!?]{0,80}[,:]\s*$/;
/** The organisation at a sentence's head: "The Ministry of Defence (MoD)". */
export const HEAD_NAME =
  /^(?:The\s+)?((?:[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:of|for|and|on)\s+|\s+))*[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+\([\p{Lu}\p{N}-]{2,}\))?)/u;

/** Lower-case words a possessive head may own before its verb ("Tajikistan's border service said"). */
const POSSESSED_WORDS = 4;

/**
 * "Tajikistan's border service said …": a head name in the possessive is the body it owns, up to the speech
 * verb; a possessive with no such body speaks for no one (null). Other names are themselves.
 */
export function possessiveBody(sentence: string, name: string): string | null {
  if (!/['’]s$/u.test(name)) return name;
  const rest = sentence
    .slice(sentence.indexOf(name) + name.length)
    .split(/\s+/u)
    .filter(Boolean);
  const verb = rest.slice(0, POSSESSED_WORDS + 1).findIndex((w) => SPEECH_VERBS.has(w));
  if (verb < 1 || !rest.slice(0, verb).every((w) => /^\p{Ll}+$/u.test(w))) return null;
  return `${name} ${rest.slice(0, verb).join(' ')}`;
}

/** Who a reporting clause names: a pronoun, a name or a role, and where in its passage. */
export interface Subject {
  pronoun: string | null;
  name: string | null;
  role: string | null;
  /** Passage offset of the subject, for pronoun look-back. */
  at: number;
}

export function subjectOf(m: RegExpMatchArray, base: number): Subject {
  const at = base + (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
  return { pronoun: m[1] ?? null, name: m[2] ?? null, role: m[3] ?? null, at };
}

/** Characters from "as saying" to the quotation: what they said, reported, before the words quoted. */
const QUOTED_AS_TAIL = 160;
/**
 * 'The report quoted the district governor as promising that "…"', 'cited Karimi as saying "…"': the object of
 * "quoted" or "cited" before "as …ing" said the words — not the report or the writer that quotes them; an aside
 * after the object ("quoted the chairman of the district, Saidali Mamadnazarov, as saying: "…"") may name them;
 * the object may say where they are ("quoted a teacher in Kunduz as saying").
 */
export const QUOTED_AS = new RegExp(
  `\\b(?:quoted|quotes|quoting|cited|cites|citing)\\s+${SUBJECT_ANYWHERE}(?:\\s+(?:of|${wordAlternation(DESCRIBED_PLACE_PREPOSITIONS)})\\s+[\\p{L}\\s'’-]{1,60}?)?(?<aside>,\\s+[^,"“”‘’.!?;:]{2,80},)?\\s+as\\s+\\p{Ll}+ing\\b[^"“”‘’.!?;]{0,${QUOTED_AS_TAIL}}$`,
  'u',
);

/** Verbs that give a thing the quoted name: "He called the closure "…"", "still calls it "…"". */
const NAMING_VERB = 'call|calls|called|dubbed|dubs|termed|terms|describes|described';
/** A naming verb and its object right before the quotation ("called what is happening "): nothing quoted between. */
export const NAMING_BEFORE = new RegExp(`\\b(?:${NAMING_VERB})\\b(?:\\s+as)?[^"“”‘’.;:!?]{0,40}$`, 'u');
/** A phrase of time, place or channel that opens a sentence before its subject: "In a statement,", "On Monday,". */
const SCENE_OPENER = `(?:(?:${SCENE_OPENER_WORDS.join('|')})\\s+[^,"“”«».!?;:]{1,40},\\s+)`;
/** A connective opening a sentence before its subject ("But", "Then"), with its comma. */
const CONNECTIVE = `(?:(?:${NARRATIVE_CONNECTIVES.join('|')}),?\\s+)`;
/**
 * What a sentence opens on as its subject: a pronoun, or a name (the particles a name carries inside it), perhaps
 * after a connective or a scene ("In a statement, the Ministry of Mines called …").
 */
export const SENTENCE_SUBJECT = new RegExp(`^[\\s,]*${CONNECTIVE}?${SCENE_OPENER}?${SUBJECT}`, 'u');
/** A sentence opening on a scene ("Last week,", "After the attack,") before its subject. */
export const SCENE_OPENED = new RegExp(`^[\\s,]*${CONNECTIVE}?${SCENE_OPENER}`, 'u');
/**
 * What after a capitalised word makes it no subject of its own: an owner's 's ("Governor Sattari's office") or a
 * lowercase plural it describes ("Afghan officials"), the verbs a naming clause takes aside.
 */
export const NAME_GOES_ON = new RegExp(
  `^(?:['’]s\\b|\\s+(?!${ADVERB}(?:${NAMING_VERB}|has|was|is|does)\\b)\\p{Ll}+s\\b)`,
  'u',
);
/**
 * What may stand in a sentence before the person it opens on: a connective, a scene, "the", titles ("In Kunduz,
 * Engineer …"); nothing of another subject ("The ministry, in a letter to …").
 */
export const BEFORE_SENTENCE_PERSON = new RegExp(
  `^[\\s,]*${CONNECTIVE}?${SCENE_OPENER}?(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}$`,
  'u',
);

/**
 * 'Abdul Rashid had a one-line reply: "…"', 'She has one warning for the boys who carry her bricks: "…"', 'he
 * folded the letter and added softly: "…"': a sentence opening on a name or "he"/"she" (perhaps after a
 * clause or two and their commas: "Then, turning to the crowd, he repeated it:") or on the writer's relative ("My
 * aunt wrote back:"), ending in a colon right before the quotation, whatever its verb. A list item's dash and a
 * lead of time with no comma ("On my last night my aunt … asked, not really joking:") may stand before it. A
 * name's possessive ("Gul Ahmad's neighbours read out a petition:") is no subject.
 */
export const SUBJECT_COLON_INTRO = new RegExp(
  `^\\s*(?:[-–•*]\\s+)?(?:(?:But|And|Then|So)\\s+)?(?:[^"“”«».!?:;,]{1,100},\\s+){0,2}(?:(?:${wordAlternation(UNCOMMAED_LEAD_OPENERS)})\\s[^"“”«».!?:;,]{0,30}?\\s+)?(?:(?<pronoun>[Hh]e|[Ss]he)|(?<own>[Mm]y\\s+(?:${wordAlternation(KIN_NOUNS)})(?![\\p{L}-])|[Oo]ur\\s+(?:${wordAlternation(KIN_NOUNS)})(?![\\p{L}-]))|(?<name>${NAME})(?<!['’]s))\\s+(?<rest>\\p{Ll}[^"“”«».!?:;]{0,120}):\\s*$`,
  'du',
);
