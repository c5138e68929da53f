// Anonymous sources: '"…," a police official in Kunduz said', '"…," said a doctor at the clinic, who asked not
// to be named', 'One resident told reporters: "…"', 'Residents said "…"'. An indefinite phrase naming a role or
// a group speaks; the phrase itself, capitalised as a name, is the speaker's name.
import {
  FLOOR_VERBS,
  LEAD_CLAUSE_CONJUNCTIONS,
  ROLE_NOUNS,
  SCENE_TIME_ADVERBS,
  SCENE_TIME_DETERMINERS,
  SCENE_TIME_WORDS,
  SOURCE_SCENE_PLACES,
  SOURCE_SCENE_TIMES,
  SPEECH_VERBS,
  TITLE_ABBREVIATION,
} from './lexicon.ts';
import { INTERVIEW_CODE, PARAGRAPH_NUMBER, wordAlternation } from './regex-parts.ts';
import { matchesOf } from './matches.ts';

/** Roles and groups an anonymous source is named by, besides the roles of named speakers. */
const GROUP_NOUNS = `resident villager witness eyewitness source elder worker nurse driver refugee survivor relative
neighbour neighbor guard policeman policewoman man woman local parent pupil worshipper passenger labourer laborer
tribesman engineer lawyer judge businessman merchant vendor herder shepherd miner mother father wife husband
sister brother son daughter widow grandmother grandfather patient midwife agronomist economist veterinarian
mechanic tailor baker butcher carpenter smuggler dealer buyer nurseryman foreman forewoman clerk vaccinator cook
porter weaver blacksmith cobbler barber pharmacist surgeon physician volunteer activist translator interpreter
fisherman exporter importer seller landlord tenant contractor builder herdsman nomad cashier accountant
technician inspector gardener harvester picker loader customer client caller dispatcher invigilator proctor
rider horseman player spectator money-changer moneychanger stallholder hawker peddler pedlar ferryman boatman mason
bricklayer welder potter miller mirab respondent interviewee informant boy girl schoolboy schoolgirl teenager youngster
youth pilgrim traveller traveler visitor onlooker bystander owner wholesaler retailer distributor supplier agent broker
colleague friend classmate
detainee suspect prisoner inmate arrestee captive defendant`;

const plural = (w: string): string =>
  w.endsWith('man')
    ? `${w.slice(0, -3)}men`
    : /(?:s|x|ch|sh)$/.test(w)
      ? `${w}es`
      : /[^aeiou]y$/.test(w)
        ? `${w.slice(0, -1)}ies`
        : `${w}s`;
const SINGULAR = new Set([...ROLE_NOUNS, ...GROUP_NOUNS.split(/\s+/).filter(Boolean)]);
/** The nouns, in the singular, an anonymous person is named by ("a baker", "a boy"). */
export const SINGULAR_HEADS: ReadonlySet<string> = SINGULAR;
const PLURAL = new Set([...SINGULAR].map(plural));

/** A word with its first letter in either case: the phrase may open a sentence. */
const ci = (w: string) => `[${w[0] ?? ''}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`;
const alternation = (words: Iterable<string>, cased = true) => wordAlternation(words, cased);

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'another']);
const PLURAL_DETERMINERS = new Set(
  'two three four five six seven eight nine ten some several many other'.split(' '),
);
/**
 * "the owner of one guesthouse", "the cook of a teahouse": "the" before a role of one of many is no definite ("the
 * owner of one of the shops, Gul Ahmad," is a definite role, the name's).
 */
const THE_OF_ONE = String.raw`[Tt]he(?=\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+\s+of\s+(?:an?|one(?!\s+of\s)|another)\s)`;
const DETERMINER = `(?:${ci('a')}\\s+few|${THE_OF_ONE}|${alternation([...SINGULAR_DETERMINERS, ...PLURAL_DETERMINERS])})`;
/** "One, a nurse in Kishim …", "Another, an older man …": one of a group just counted, then described. */
const ONE_OF_THEM = String.raw`(?:One|Another),\s+`;
/** Whether a word is a role or a group of the lexicon's lists ("prosecutor", "villagers"), singular or plural. */
export function isHeadWord(word: string): boolean {
  return HEAD_WORDS.has(word.toLowerCase());
}
const HEAD = `(?:${alternation([...PLURAL, ...SINGULAR])})`;
/**
 * A speech verb, or raising a point from the floor: "A veterinary paraprofessional from Farkhar raised the cost of
 * vaccination: "…"" (a rapporteur's notes) introduces the one who speaks next.
 */
const VERB = `(?:${alternation([...SPEECH_VERBS, ...FLOOR_VERBS], false)})`;
/** Words that end the phrase's modifiers: function words, pronouns and verbs are no part of "a senior police". */
export const NOT_MODIFIER = new Set(
  `a an the one another this that these those who whom whose which what and or but of in at from to for with by on
as he she they it we you i his her their its our my was were is are be been has had have will would could should
also not no`.split(/\s+/),
);
/** Words no place after a role holds: the auxiliaries that show the phrase ran on into its sentence. */
const NOT_IN_PLACE = new Set(
  'was were is are be been has had have will would could should did does do'.split(' '),
);
const ACRONYM = /^\p{Lu}{2,}$/u;
const WORD = "[\\p{L}\\p{N}'’-]+";
/** Adverbs between a source and its verb ("a woman in Baghlan once told me"): never part of the place. */
const ADVERB = '(?:also|later|once|recently|reportedly|previously|earlier|then|still|often|again|repeatedly)';
/** An auxiliary before the verb ("a teacher in Jurm had said", "one mother has told"), with any adverb after it. */
const AUXILIARY = `(?:(?:had|has|have)\\s+(?:${ADVERB}\\s+)?)`;
/** A place or organisation after the role: "in Kunduz", "at the Fayzabad clinic", "of the border police". */
/** Words a place after the role may run to: "from a hamlet at the foot of the pass". */
const TRAIL_MAX_WORDS = 7;
// A participle may stand before it, as a report writes: "a widow interviewed in Khan Abad", "a man displaced from Warsaj".
const TRAIL = `(?:\\s+(?:\\p{Ll}{3,}ed\\s+)?(?:in|at|of|for|from|with|near|inside)\\s+(?!(?:who|whose|which|that)\\b)${WORD}(?:\\s+(?!(?:who|whose|which|that|and|but)\\b|${ADVERB}\\b)${WORD}){0,${TRAIL_MAX_WORDS}}?)`;
/** A capitalised word of an organisation's name. */
const ORG_WORD = "\\p{Lu}[\\p{L}'’-]*";
/**
 * An organisation's name of two words or more, which "of", "and" or "for" may join, modifying the role: "a Ministry
 * of Public Health official", "an Agency for Rural Development engineer" (its function words are the name's).
 */
const ORG_NAME = `${ORG_WORD}(?:\\s+(?:(?:of|and|for)\\s+(?:the\\s+)?)?${ORG_WORD}){1,6}`;
const ORG_MODIFIER = new RegExp(`^${ORG_NAME}\\s+`, 'u');
/** "A widow in Argo (BDK-03) said": the code a report gives a source it does not name, in brackets after the phrase. */
const CODE_BRACKET = `\\s\\(${INTERVIEW_CODE}\\)`;
const CODE_RIGHT_AFTER = new RegExp(`^${CODE_BRACKET}`, 'u');
/** Groups: the phrase, its determiner, its modifiers, its role, its place. */
const PHRASE = `((?:(${DETERMINER})\\s+)?((?:${ORG_NAME}\\s+)?(?:${WORD}\\s+){0,3}?)(${HEAD})\\b(${TRAIL}?))`;
/** "…, who asked not to be named," and "…, speaking on condition of anonymity,". */
const ANONYMITY =
  '(,\\s+(?:who\\s+(?:asked|requested|declined|did\\s+not\\s+want|was\\s+not\\s+authori[sz]ed|were\\s+not\\s+authori[sz]ed|spoke)|(?:speaking|talking)\\s+on\\s+(?:the\\s+)?condition)[^,.;:"“”]*)';
/**
 * Where a phrase after its verb ends: punctuation, the end, a time ("said a doctor on Monday"), or a note in
 * brackets ("said a woman in Keshem (interview, May 2024)", "said a guard (pictured)").
 */
const PHRASE_END =
  '(?=\\s*[,.;:!?"”]|\\s*$|\\s\\(|\\s+(?:on|last|this|yesterday|today|earlier|later|when|after|before|while|during|who)\\b)';
/** Verbs whose subject may follow them: '"…," said a doctor'; never "told a doctor", whose doctor is an object. */
const SUBJECT_AFTER_VERBS =
  'said|says|added|adds|explained|explains|continued|noted|recalled|insisted|replied|stated|wrote|remarked|confirmed';

/** '," a police official in Kunduz said' and '," one resident, who asked not to be named, told reporters'. */
/** Bilingual copy gives a place again in brackets: "a WHO official in Herat (هرات) said". */
const TRANSLATION = '(?:\\s\\([^()\\n]{1,40}\\))?';
/** A participle's short aside after the phrase: "a diplomat from the region, posted in Kabul, told me". */
const POSTED_ASIDE = '(?:,\\s+\\p{Ll}+ed\\s+(?:in|at|to|near|with|for)\\s+[^,.;:"“”()]{1,40}(?=,))?';
/** A relative clause with no commas between the phrase and its verb: "a miner who was working nearby told us". */
const RELATIVE_BEFORE_VERB = `(?:\\s+who\\s+(?!${VERB}\\b)[^,"“”.!?;:()]{1,80}?(?=\\s+(?:${ADVERB}\\s+)?${VERB}\\b))?`;
const PHRASE_VERB = new RegExp(
  `^[\\s,.]*${PHRASE}${TRANSLATION}${POSTED_ASIDE}${RELATIVE_BEFORE_VERB}${ANONYMITY}?,?\\s+(?:${ADVERB}\\s+)?${AUXILIARY}?${VERB}\\b`,
  'u',
);
/** '," said a doctor at the Fayzabad hospital, who asked not to be named.' — not a name in commas after it. */
const VERB_PHRASE = new RegExp(
  `^[\\s,.]*(?:${SUBJECT_AFTER_VERBS})\\s+${PHRASE}${PHRASE_END}(?!,\\s+(?:${TITLE_ABBREVIATION}\\s+)?\\p{Lu}\\p{Ll})${ANONYMITY}?`,
  'u',
);

export interface AnonymousSource {
  /** The phrase capitalised as a name: "A police official in Kunduz", "Residents". */
  name: string;
  /** "anonymous" when the text says the source asked not to be named, else "". */
  description: string;
  /** Offsets of the phrase in the text searched. */
  start: number;
  end: number;
}

/** "a WHO official", "a UN engineer": an organisation's acronym modifies the role; it is not the pronoun "who". */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

/** The modifiers are content words, and the determiner agrees with the role's number ("one resident", "residents"). */
/** "of the ", "of these ": what makes "one" a partitive ("one of the masons"). */
const PARTITIVE = /^of\s+(?:the|these|those)\s+/iu;

/** Characters after a phrase read for its code in brackets. */
const CODE_REACH = 40;

/** Characters after "the … of a" read for a name the phrase stands in apposition to. */
const OF_ONE_REACH = 120;
/** ", Gul Ahmad,": a name after the phrase, in its sentence. */
const APPOSITIVE_NAME = /^[^.!?:;"“”«»]*?,\s+(?:\p{Lu}\p{Ll}*\.?\s+)?\p{Lu}\p{Ll}+/u;
/**
 * Whether "the owner of one guesthouse" is a source of its own: the phrase holds what it is one of, and no name
 * follows it ("The owner of a guesthouse in Bamyan, Gul Ahmad, said:" is Gul Ahmad's role).
 */
function ofOneStandsAlone(input: string, at: number, phrase: string): boolean {
  if (/\s(?:of\s+(?:an?|one|another))\s*$/iu.test(phrase)) return false;
  return !APPOSITIVE_NAME.test(input.slice(at, at + OF_ONE_REACH));
}

function source(m: RegExpExecArray | null, base: number): AnonymousSource | null {
  if (!m) return null;
  const [, phrase = '', det = '', allMods = '', head = '', trail = '', anonymity] = m;
  // "One of the masons": one of a group, its noun in the plural.
  const partitive = /^one$/i.test(det) && PARTITIVE.test(allMods);
  const mods = partitive ? allMods.replace(PARTITIVE, '') : allMods;
  // An acronym is a name, not the function word it spells: "a WHO official".
  const functionWord = (w: string) => NOT_MODIFIER.has(w.toLowerCase()) && !ACRONYM.test(w);
  const own = mods.replace(ORG_MODIFIER, '');
  if (own.split(/\s+/).some((w) => functionWord(w) || SPEECH_VERBS.has(w.toLowerCase()))) return null;
  // "A client in Herat had bought a stove": a verb ends the place, and the phrase is no source.
  if (trail.split(/\s+/).some((w) => NOT_IN_PLACE.has(w) || SPEECH_VERBS.has(w))) return null;
  const d = det.toLowerCase().split(/\s+/)[0] ?? '';
  const plural = PLURAL.has(head.toLowerCase()) && !SINGULAR.has(head.toLowerCase());
  if (
    partitive
      ? !plural
      : !d
        ? !plural
        : (SINGULAR_DETERMINERS.has(d) || d === 'the') && !/few$/i.test(det)
          ? plural
          : !plural
  )
    return null;
  if (d === 'the' && !ofOneStandsAlone(m.input, m.index + m[0].indexOf(phrase), phrase)) return null;
  const start = base + m[0].indexOf(phrase);
  // "A widow in Argo (BDK-03)": the code the report knows the source by is part of its name.
  const at = m.index + m[0].indexOf(phrase) + phrase.length;
  const code = CODE_RIGHT_AFTER.exec(m.input.slice(at, at + CODE_REACH))?.[0] ?? '';
  const name = `${phrase}${code}`.replace(/\s+/g, ' ');
  return {
    name: name.charAt(0).toUpperCase() + name.slice(1),
    description: anonymity ? 'anonymous' : '',
    start,
    end: start + phrase.length + code.length,
  };
}

/** Words the role or group of a phrase may be, lowercased. */
const HEAD_WORDS = new Set([...PLURAL, ...SINGULAR]);
/** The role comes within this many words of where a phrase may start ("said a few senior police officials"). */
const HEAD_REACH = 7;

/**
 * Whether one of the first words of `text` (after leading spaces and punctuation) is a role or group — the
 * phrases above cannot match otherwise. A quick look that spares the long alternations most quotations.
 */
function mayNameSource(text: string): boolean {
  const chunk = /[\s,.]*(\S+)\s*/y;
  for (let k = 0; k < HEAD_REACH; k++) {
    const m = chunk.exec(text);
    if (!m) return false;
    const word = /^\w+/.exec(m[1] ?? '')?.[0] ?? '';
    if (isHeadWord(word)) return true;
  }
  return false;
}

/** An anonymous source right after a quotation: `after` is the text from the closing mark, at offset `base`. */
export function anonymousAfter(after: string, base: number): AnonymousSource | null {
  if (!mayNameSource(after)) return null;
  return source(PHRASE_VERB.exec(after), base) ?? source(VERB_PHRASE.exec(after), base);
}

/**
 * An anonymous source opening the sentence before a quotation: 'An official, speaking on condition of
 * anonymity, said: "…"', 'Residents said "…"'. `sentence` runs from the sentence's start (offset `sentenceAt`) to
 * the opening mark.
 */
export function anonymousBefore(sentence: string, sentenceAt: number): AnonymousSource | null {
  // "Last week a mother from Qala-e-Zal said to me": the time the sentence opens on is no part of the source.
  // "When we went to sign the contracts, an old farmer … told me,": so is a clause of time before it.
  const opening =
    (SCENE_OPENING.exec(sentence) ??
      LEAD_CLAUSE.exec(sentence) ??
      ONE_OF_THEM_OPENING.exec(sentence) ??
      ACCORDING_OPENING.exec(sentence) ??
      REPORTED_THAT_OPENING.exec(sentence))?.[0].length ?? 0;
  const before = sentence.slice(opening);
  const base = sentenceAt + opening;
  if (!mayNameSource(before)) return null;
  const m = PHRASE_VERB.exec(before);
  // After a time, the verb's own words only ("said to me,", "told us:"): "a customer asked him the price and he
  // said:" leaves "he" to the name rules.
  const tail = opening > 0 ? SCENE_VERB_TAIL : VERB_TAIL;
  if (!m || !tail.test(before.slice(m[0].length))) return null;
  return source(m, base);
}

/** What may follow a source's verb before the quotation: more of its clause, short. */
const VERB_TAIL = /^[^"“”.!?]{0,80}?[,:]?\s*$/u;
/** After a sentence's opening time: the verb's object, one word or "to" one, at most ("said to me,", "told us:"). */
const SCENE_VERB_TAIL = /^(?:\s+to)?(?:\s+\p{L}+)?[,:]?\s*$/u;
/** "Last week", "Yesterday", "One morning", "In 2023,": when, opening a sentence before its subject. */
const SCENE_OPENING = new RegExp(
  `^\\s*(?:${wordAlternation(SCENE_TIME_DETERMINERS, true)}\\s+${wordAlternation(SCENE_TIME_WORDS)}|${wordAlternation(SCENE_TIME_ADVERBS, true)}|[Ii]n\\s+\\d{4})\\b,?\\s+(?=\\p{Ll})`,
  'u',
);

/** "One, an older man from Baghlan, said:": one of a group just counted opens the sentence before its phrase. */
const ONE_OF_THEM_OPENING = new RegExp(String.raw`^\s*${ONE_OF_THEM}(?=(?:an?|the)\s)`, 'u');

/** "According to the report, one mother told researchers:": the lead names who reports it, not who speaks. */
const ACCORDING_OPENING = /^\s*(?:(?:But|And)\s+)?[Aa]ccording\s+to\s+[^,"“”.!?;:]{1,60},\s+(?=\p{Ll})/u;
/** "Sarwari recalled that", "The report found that": a clause that reports the sentence's source, up to "that". */
const REPORTED_THAT_OPENING = new RegExp(
  `^[^"“”.!?;:]{1,100}?\\s(?:${VERB}|found|finds|showed|shows|heard|learned)\\s+that\\s+(?=\\p{Ll})`,
  'u',
);

/** "When we went to sign the contracts, ": a clause of time, up to its comma, opening the sentence. */
const LEAD_CLAUSE = new RegExp(
  `^\\s*${wordAlternation(LEAD_CLAUSE_CONJUNCTIONS)}\\s[^,;:"“”«».!?]{1,80},\\s+(?=\\p{Ll})`,
  'u',
);

/** Characters before a quotation read for the "As …" that opens its clause. */
const AS_REACH = 200;
/** 'As an elder in Darayim told our team: "…"', 'As one shepherd put it, "…"': "as", the source, its verb. */
const AS_SOURCE_BEFORE = new RegExp(
  `^[Aa]s\\s+${PHRASE}${TRANSLATION}\\s+(?:${ADVERB}\\s+)?(?:${VERB}|put|puts)\\b[^"“”.!?]{0,60}[,:]\\s*$`,
  'u',
);
/** '…," as a ferryman in Khwahan told us.': "as", the source and its verb after the quotation. */
const AS_SOURCE_AFTER = new RegExp(
  `^[\\s,]*as\\s+${PHRASE}${TRANSLATION}\\s+(?:${ADVERB}\\s+)?(?:${VERB}|put|puts)\\b`,
  'u',
);

/**
 * A source the words are given "as" theirs — 'As an elder in Darayim told our team: "…"', '…," as a ferryman
 * told us.' — before the quotation (from the last "As" of `before`, at offset `base`) or after it (`after`, at `afterBase`).
 */
export function anonymousAs(
  before: string,
  base: number,
  after: string,
  afterBase: number,
): AnonymousSource | null {
  const fromAfter = /^[\s,]*as\s/u.test(after) ? source(AS_SOURCE_AFTER.exec(after), afterBase) : null;
  if (fromAfter) return fromAfter;
  const from = Math.max(0, before.length - AS_REACH);
  const at = [...matchesOf(/\b[Aa]s\s/gu, before.slice(from))].at(-1)?.index;
  if (at === undefined) return null;
  const tail = before.slice(from + at);
  return source(AS_SOURCE_BEFORE.exec(tail), base + from + at);
}

/** 'A shopkeeper in Darwaz put it plainly: "…"': the phrase, any verb, a short rest and the colon. */
const COLON_INTRO = new RegExp(`^\\s*${PHRASE}\\s+(?:${ADVERB}\\s+)?\\p{Ll}+\\b[^"“”.!?:]{0,60}:\\s*$`, 'u');

/**
 * An anonymous source opening the sentence a colon ends right before a quotation, whatever its verb ("put it
 * plainly:", "had one answer:"). `before` runs from the sentence's start (offset `base`) to the opening mark.
 */
export function anonymousColonIntro(before: string, base: number): AnonymousSource | null {
  if (!before.trimEnd().endsWith(':') || !mayNameSource(before)) return null;
  // "A farmer displaced by the mudslide told the team:": the description runs on to its verb.
  const lead = before.search(/\S/);
  const long = lead < 0 ? null : longDescriptionOpening(before.slice(lead), base + lead);
  if (long && /^[^"“”.!?:]{0,80}:\s*$/u.test(before.slice(long.end - base))) return long;
  return source(COLON_INTRO.exec(before), base);
}

const SCENE_PLACE = wordAlternation(SOURCE_SCENE_PLACES);
const SCENE_TIME = wordAlternation(SOURCE_SCENE_TIMES);
/**
 * "A mining engineer who …", "An elder from one of the villages, …" opening a sentence, after a colon ("One of
 * them agreed to talk: a man in his fifties who …"), after where it is ("In Khanabad itself, a worker at …") or
 * after "according to" ("…, according to a senior official at the department, who was not authorised …"), on
 * the line under a live blog's time ("14:10"), or opening a coordinate clause ("…, but a cook who …"). The place
 * may have its own aside ("At Sher Khan Bandar, the river port, a customs officer …"), not a reporting clause
 * ("In Kunduz, the police said on Monday, a man who …").
 */
const SENTENCE_START = new RegExp(
  String.raw`(?:^(?:[*•–-][ \t]+|${PARAGRAPH_NUMBER})?|\b\d{1,2}[:.]\d{2}[ \t]*\n[ \t]*|[.!?]["”’]?\s+|:\s+|\b[Aa]ccording\s+to\s+|(?:^(?:[*•–-][ \t]+|${PARAGRAPH_NUMBER})?|[.!?]["”’]?\s+)${SCENE_PLACE}\s(?![^,.;:"“”]{0,40}\b(?:I|we|he|she|they)\s[^,.;:"“”]{0,40}\b[A-Z][\w'’-]*,)[^,.;:"“”]{1,40},\s+(?:(?:where\s|the\s(?![^,.;:"“”]{0,60}\b${VERB}\b))[^,.;:"“”]{1,60},\s+)?|(?:^(?:${PARAGRAPH_NUMBER})?|[.!?]["”’]?\s+)${SCENE_TIME},\s+|,\s+(?:but|yet|while|and)\s+|(?:^|[.!?]["”’]?\s+)${ONE_OF_THEM})(?=(?:An?|One|Another|an?|The)\s)`,
  'g',
);
/** The phrase ends at a comma, a relative clause ("who …", "that runs the nursery") or its verb. */
const PHRASE_OPENING = new RegExp(
  `^${PHRASE}(?=(?:${CODE_BRACKET})?(?:,|\\s+(?:who|whose|that)\\b|\\s+(?:${ADVERB}\\s+)?${VERB}\\b))`,
  'u',
);

/** Words that open a description run on past its place: a preposition or a participle ("waiting at …"). */
const RUN_ON_START =
  '(?:in|at|of|for|from|with|near|inside|outside|on|behind|beside|along|across|by|under|\\p{Ll}{3,}ing|\\p{Ll}{3,}ed)';
/** How far a description may run on before its relative clause or its verb. */
const RUN_ON_MAX_CHARS = 140;
/**
 * "A herder resting at the ferry with forty sheep bound for Darqad said …", "A tailor in the old
 * market whose brother …": a description that runs on past one place, ended only by a relative clause or its
 * speech verb (a comma alone does not end it: "A man from Kunduz once carried his wife, …" is no source).
 */
const LONG_OPENING = new RegExp(
  `^((${DETERMINER})\\s+((?:${WORD}\\s+){0,3}?)(${HEAD})\\b(\\s+${RUN_ON_START}\\s[^,.;:!?"“”()]{1,${RUN_ON_MAX_CHARS}}?))(?=(?:${CODE_BRACKET})?(?:,?\\s+(?:who|whose)\\b|\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b))`,
  'u',
);
/** Words a description never holds: a subject pronoun shows a new clause ("A man in the queue said he …"). */
const NOT_IN_DESCRIPTION = new Set('he she they we i you it'.split(' '));

/** The long description opening `chunk` (see LONG_OPENING), at offset `base`, or null. */
export function longDescriptionOpening(chunk: string, base: number): AnonymousSource | null {
  const m = LONG_OPENING.exec(chunk);
  if (!m || (m[5] ?? '').split(/\s+/).some((w) => NOT_IN_DESCRIPTION.has(w.toLowerCase()))) return null;
  return source(m, base);
}

/**
 * "A customs broker who …", "An old ferryman whose …": any noun a relative clause of a person ("who", "whose")
 * follows is a person, whether or not the word list knows it as a role. Its phrase is the source's name, and a
 * later "the broker said" finds it by that noun.
 */
const PERSON_BY_RELATIVE = new RegExp(
  `^((${ci('a')}|${ci('an')}|${ci('one')})\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?)(\\p{Ll}[\\p{Ll}-]+)())(?=,?\\s+(?:who|whose)\\s)`,
  'u',
);

/** "a few who stayed", "a lot who left": a quantity, not a person's noun. */
const QUANTITY_WORDS = new Set(['few', 'lot', 'number', 'couple']);

/** The phrase of a person a relative clause describes (see PERSON_BY_RELATIVE) opening `chunk`, or null. */
export function personByRelativeClause(chunk: string, base: number): AnonymousSource | null {
  const m = PERSON_BY_RELATIVE.exec(chunk);
  const head = m?.[4] ?? '';
  if (!m || NOT_MODIFIER.has(head) || QUANTITY_WORDS.has(head) || /(?:ing|ly)$/.test(head)) return null;
  return source(m, base);
}

/** ", who asked us not to print his name", ", who was not authorised to speak": the text withholds the name. */
const NAME_WITHHELD =
  ',\\s+(?:who\\s+(?:asked|requested|did\\s+not\\s+want|preferred)\\b[^,.;:"“”]{0,40}?\\b(?:name|named|identified)\\b|who\\s+(?:was|were)\\s+not\\s+authori[sz]ed|(?:speaking|talking)\\s+on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity)';
/** "The guard, who asked us not to print his name,": a definite role, then the wish not to be named. */
const DEFINITE_ANONYMOUS = new RegExp(
  `^([Tt]he\\s+((?:${WORD}\\s+){0,3}?)(${HEAD})\\b(${TRAIL}?))(?=${NAME_WITHHELD})`,
  'u',
);

/**
 * 'The guard, who asked us not to print his name, summed it up: "…"': a role the text gives with "the"
 * is an anonymous source when the sentence says it asked not to be named — no one in the text holds it.
 */
function definiteAnonymous(chunk: string, base: number): AnonymousSource | null {
  const m = DEFINITE_ANONYMOUS.exec(chunk);
  const [, phrase = '', mods = '', head = ''] = m ?? [];
  if (
    !m ||
    PLURAL.has(head.toLowerCase()) ||
    mods.split(/\s+/).some((w) => NOT_MODIFIER.has(w.toLowerCase()))
  )
    return null;
  const name = phrase.replace(/\s+/g, ' ');
  return { name: `T${name.slice(1)}`, description: 'anonymous', start: base, end: base + phrase.length };
}

/**
 * ", his cousin said,", ", according to his lawyer,": an aside after the phrase that reports who says it, so the
 * phrase is what is reported ("Another boy, his cousin said, had drowned"), not a source. A relative clause
 * (", who said he was 30,", ", a man who said he was 30,") describes the phrase's person: no such aside.
 */
const REPORTING_ASIDE = new RegExp(
  `^,\\s+(?:according\\s+to\\s+[^,.;:"“”]{1,60}|(?!(?:speaking|talking)\\b)(?:(?!\\b(?:who|whose|which|that)\\b)[^,.;:"“”]){1,60}?\\s+(?:${ADVERB}\\s+)?${VERB}\\b[^,.;:"“”]{0,20}),`,
  'u',
);

/**
 * Sources a sentence opens with an indefinite phrase, whatever the verb ("An elder …, described how …"): a
 * quotation later in the paragraph, or its "he said", may be theirs.
 */
export function anonymousIntroductions(text: string): AnonymousSource[] {
  const out: AnonymousSource[] = [];
  for (const m of matchesOf(SENTENCE_START, text)) {
    const at = m.index + m[0].length;
    const chunk = text.slice(at, at + 200);
    const found =
      source(PHRASE_OPENING.exec(chunk), at) ??
      longDescriptionOpening(chunk, at) ??
      personByRelativeClause(chunk, at) ??
      definiteAnonymous(chunk, at);
    if (found && !REPORTING_ASIDE.test(text.slice(found.end, found.end + 100))) out.push(found);
  }
  return out;
}

/**
 * "…, who gave her first name as Sabira", "…, who gave only his first name, Habibullah,", "…, identified only as
 * Karim": the one name a source gives.
 */
const GIVEN_ONLY_AS =
  /^,?\s+(?:who\s+)?(?:(?:gave|gives|giving|would\s+only\s+give)\s+(?:only\s+)?(?:her|his)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)|(?:identified|known)\s+only\s+as)\s+(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\b/u;

/**
 * "A vendor, who gave her name only as Sabira, said": the name an anonymous source gives right after
 * its phrase (the text from the phrase's end), or null.
 */
export function nameGivenOnlyAs(after: string): string | null {
  return GIVEN_ONLY_AS.exec(after)?.groups?.['name'] ?? null;
}

/** "A teacher called Gulnar", "a driver named Wahid": the name that follows the source's phrase. */
const CALLED_NAME = /^\s+(?:called|named)\s+(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\b/u;
/** "A shopkeeper in the bazaar, Qudratullah, sells …": one to three capitalised words in commas. */
const NAME_IN_COMMAS = /^,\s+(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}),\s+\p{Ll}/u;

/**
 * The name an anonymous source's phrase is followed by: "called X" / "named X" (a name for sure), or ", X," in
 * commas (a name only when the caller knows it is no place: "A farmer in Argo, Badakhshan, said").
 */
export function nameAfterSource(after: string): { name: string; sure: boolean } | null {
  const called = CALLED_NAME.exec(after)?.groups?.['name'];
  if (called) return { name: called, sure: true };
  const commas = NAME_IN_COMMAS.exec(after)?.groups?.['name'];
  return commas ? { name: commas, sure: false } : null;
}

/**
 * "a nurse called Shirin led", "an old farmer named Wahid showed": one person by a role, then the name they go
 * by, as the subject of a clause (its verb after the name); not an object or a list's item ("met a farmer named
 * X", "among them Y and a teacher named X,") nor an appositive ("their landlord, a clerk named X, had …"). The
 * lookahead comes first so the look-behind's run of spaces is read only where "a"/"one" starts: linear.
 */
const CALLED_INTRODUCTION = new RegExp(
  `(?=${ci('a')}|${ci('one')})(?<=^|[.!?]["”’]?\\s+|,\\s+)(?<phrase>(?:${ci('a')}|${ci('an')}|${ci('one')})\\s+(?:${WORD}\\s+){0,2}?(?:${alternation(SINGULAR)}))\\s+(?:called|named)\\s+(?<name>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2})(?=\\s+\\p{Ll})`,
  'gu',
);

/** A person introduced by a role and "called"/"named" anywhere in a sentence, with the offset of the name. */
export interface CalledIntroduction {
  /** "a teacher", as written. */
  phrase: string;
  name: string;
  start: number;
  nameStart: number;
}

/**
 * "Past the mill, in the upper village, a nurse called Shirin led us …", "we met a farmer named Wahid": the person the
 * role introduces goes by that name from here on, whether the phrase opens the sentence or not.
 */
export function calledIntroductions(text: string): CalledIntroduction[] {
  if (!/\s(?:called|named)\s/u.test(text)) return [];
  return [...matchesOf(CALLED_INTRODUCTION, text)].map((m) => {
    const phrase = m.groups?.['phrase'] ?? '';
    const name = m.groups?.['name'] ?? '';
    return { phrase, name, start: m.index, nameStart: m.index + m[0].length - name.length };
  });
}

/** Whether a word, lowercased, is a role or a group a source may be named by ("driver", "official"). */
export const isSourceNoun = (word: string): boolean => SINGULAR.has(word);
