import { isPluralPronoun, speakingGroupBefore } from './dari-plural-pronouns.ts';
import {
  ANY_DIGIT as DIGIT,
  DARI_AGE,
  DARI_AGE_NUMBER,
  DARI_PRONOUN_OPENING,
  hasArabicScript,
  phraseAlternation,
  wordAlternation,
} from './regex-parts.ts';
import { opensSentence as startsSentence, sentenceEnd, sentenceStartOf } from './sentences.ts';
import {
  DARI_COUNT_WORDS,
  DARI_CONNECTIVES,
  DARI_TIME_MODIFIERS,
  DARI_TIME_NOUNS,
  DARI_MANNER_WORDS,
  DARI_TIME_WORDS,
  DARI_PERSON_TITLES,
  DARI_TITLE_WORDS,
  DARI_KIN_TITLE_WORDS,
  DARI_EPITHETS,
  DARI_ROLE_WORDS,
  DARI_KIN_NOUNS,
  DARI_NAME_STOPS,
  DARI_ENDEARMENTS,
  DARI_VILLAGE_HEADS,
  DARI_LIGHT_VERB_FORMS,
  DARI_SIMPLE_SPEECH_FORMS,
  DARI_ASKED_OF_PERFECT,
  DARI_SPEECH_NOUNS,
  DARI_SPEECH_VERBS,
  DARI_SUBORDINATORS,
  DARI_CASUALTY_WORDS,
  DARI_PERSON_PLURAL_ENDINGS,
  DARI_ACCORDING_WORDS,
  DARI_BODY_HEADS,
  DARI_DOCUMENT_NOUNS,
  DARI_SAYING_IDIOM_OWNERS,
  DARI_TIME_CLAUSE_OPENERS,
  DARI_WORDS_NOUNS,
  DARI_CLAUSE_SUBJECT_NEXT,
  DARI_OFFICIAL_ROLES,
  DARI_OFFICIAL_DEMONSTRATIVE_HEADS,
  DARI_OUTLET_TELLING_WORDS,
  DARI_INSTITUTION_NOUNS,
  DARI_OTHER_VOICE_WORDS,
  DARI_COMMONER_HEADS,
  DARI_FRACTION_DENOMINATORS,
  DARI_PLAIN_PERSON_WORDS,
  DARI_POSITION_WORDS,
} from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { positionKey, type PersonEvent } from './person-events.ts';
import { lastBelow } from './reading-cache.ts';
import { isAgentNoun, isDariPassageOf, isDariText } from './dari-words.ts';
import { withoutSceneOpening } from './dari-scene-openings.ts';
import { introducedAround } from './dari-pronoun-referents.ts';
import { descriptionAfterScene } from './dari-scene-subjects.ts';
import { colonSentenceOpener } from './dari-colon-openers.ts';
import { isGestureColonSentence } from './dari-gesture-colons.ts';
import { elderNamedBefore, opensOnElder } from './dari-elders.ts';
import { insideQuote, type Reading, type SpeakerDraft, type SpeakerTable } from './speakers.ts';
import { matchesOf } from './matches.ts';
import { interlocutorBefore } from './dari-interlocutors.ts';
import { roleBeforeTitledName, titledNameAfterRole, type PhraseReadings } from './dari-role-first.ts';
import { beforePauseWords, isOnlyAddressee, withoutTrailingTimeWords } from './dari-pause-clauses.ts';

// Who says a «…» quotation in Dari news prose. Dari has no capital letters, so a name is told from a role by
// the role words that open a description ("سخنگوی والی کندز") and by the commas (،) around an appositive:
//   «…» گفت / افزود:   "ذبیح‌الله امانی، سخنگوی والی کندز، روز دوشنبه گفت: «…»"
//   closed by the verb:  "«…»، این را محمد نعیم افزود."   "«…» او گفت."
//   a source:            "به گفتهٔ محمد نعیم، …"

const SPEECH_FORMS = [
  ...DARI_SPEECH_VERBS,
  ...DARI_SIMPLE_SPEECH_FORMS,
  ...Object.entries(DARI_SPEECH_NOUNS).flatMap(([noun, lights]) =>
    lights.flatMap((light) => (DARI_LIGHT_VERB_FORMS[light] ?? []).map((form) => `${noun} ${form}`)),
  ),
].sort((a, b) => b.length - a.length);
/** A pattern that also matches text pasted with Arabic letter forms (ي ك for ی ک). */
const tolerant = (pattern: string): string => pattern.replace(/ی/g, '[یيى]').replace(/ک/g, '[کك]');
/** Words of a verb joined by a space, a joiner (ZWNJ) or nothing: "می‌گوید", "می گوید", "میگوید". */
const VERB = tolerant(
  `(?:${[...new Set(SPEECH_FORMS)].map((v) => v.replace(/[ \u200C]/g, '[\\s\\u200C]*')).join('|')})`,
);
/** The verb that ends an attribution before «: "… گفت:" (a colon or comma optional). */
const VERB_AT_END = new RegExp(`(?<!\\p{L})${VERB}[\\s\\u200C]*(?:${tolerant('که')})?\\s*[:،,]?\\s*$`, 'u');
/** "… از مردم خواسته است: «…»": asked of someone (one to three words after «از»), never a bare "wanted". */
const ASKED_OF_AT_END = new RegExp(
  `(?<![\\p{L}\\u200C])${tolerant('از')}[\\s\\u200C]+(?:[^\\s\\u200C«»:،.]+[\\s\\u200C]+){1,3}?${tolerant(
    `(?:${DARI_ASKED_OF_PERFECT.map((v) => v.replace(/[ \u200C]/g, '[\\s\\u200C]*')).join('|')})`,
  )}[\\s\\u200C]*(?:${tolerant('که')})?\\s*[:،,]?\\s*$`,
  'u',
);
/** The cheap look before it: the perfect's first word. */
const ASKED_OF_CUE = 'خواسته';
/** "Name، role: «…»": a colon alone introduces the quotation. */
const COLON_AT_END = /[:：]$/u;
/** "… گفت که …": reported speech whose speaker goes on in a quotation later in the paragraph. */
const VERB_THAT = new RegExp(`(?<!\\p{L})${VERB}[\\s\\u200C]+${tolerant('که')}(?!\\p{L})`, 'gu');
/** A speech verb standing as a word of its own ("اظهار داشت", "گفت"), not a piece of a longer word ("گفتگو"). */
const VERB_WORD = new RegExp(`(?<![\\p{L}\\u200C])${VERB}(?![\\p{L}\\u200C])`, 'u');

/** Whether a stretch of Dari text holds a verb of speech: "اظهار داشت که …" reports, it does not quote. */
export function hasDariSpeechVerb(text: string): boolean {
  // A stretch without an Arabic letter (an English line) is not searched: every form of VERB opens on one.
  return hasArabicScript(text) && VERB_WORD.test(text);
}
/** The verb that ends an attribution after »: "… افزود." */
const VERB_THEN_STOP = new RegExp(
  `(?<![\\p{L}\\u200C])${VERB}(?:[\\s\\u200C]*(?:[.،]|$)|[\\s\\u200C]+و[\\s\\u200C])`,
  'u',
);
/** What may open the words after »: a comma, "این را" ("this was said by"). */
const AFTER_OPENING = /^\s*[،,]?\s*(?:این\s+را\s+)?/u;
/** Where a sentence or a quotation ends: the subject starts after the last of these. */
const BOUNDARY = /[.!?؟«»:\n]/u;
/** Where the clause ending at `end` starts: after the last boundary before it. */
function clauseStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && !BOUNDARY.test(text[start - 1] ?? '')) start--;
  return start;
}
/** Closing quotation marks (and spaces) a sentence may end with after its full stop. */
const CLOSING_MARKS = '”’"\' \u00A0';
/**
 * "به گفتهٔ محمد نعیم،", "به قول خودش:", "به نقل از یک مسئول،": the source, up to its comma; never the idiom
 * "به قول معروف" ("as the saying goes").
 */
const ACCORDING_WORDS = wordAlternation(DARI_ACCORDING_WORDS).replace(/ /gu, '\\s+');
const IDIOM_OWNERS = wordAlternation(DARI_SAYING_IDIOM_OWNERS).replace(/ /gu, '[\\s\\u200C]+');
/** «به نقل از اعلامیهٔ ریاست معارف»: the document before a body's name; the body is the source. */
const DOCUMENT_OF_BODY = `(?:${wordAlternation(DARI_DOCUMENT_NOUNS)}(?:ٔ|\u200Cی)?\\s+(?=${wordAlternation(DARI_BODY_HEADS)}))?`;
const ACCORDING = new RegExp(
  `به[\\s\\u200C]*(?:گفت(?:هٔ|ه‌ی|ه ی|ه|ۀ)|باور|عقید(?:هٔ|ه‌ی|ه ی|ه|ۀ)|${ACCORDING_WORDS}(?!\\s+${IDIOM_OWNERS}(?![\\p{L}\\u200C])))\\s+${DOCUMENT_OF_BODY}(?<subject>[^،,.«»:\\n]{2,80})`,
  'u',
);
/** How many paragraphs back a dropped subject ("بعد گفت") may find the one it means. */
const DROPPED_REACH = 1;
/** How far before « or after » an attribution may reach (characters). */
const REACH = 200;

/** Words that open an indefinite source: "یک مقام محلی", "یکی از باشندگان", "شماری از دهقانان". */
const INDEFINITE = new Set(['یک', 'یکی', 'شماری', 'برخی', 'منابع', 'باشندگان', 'مقامات'].map(normalizeName));
/** Pronouns, and the reference words of news prose that mean "the person just named" (نامبرده، موصوف). */
/** Pronouns and reference words; "خودش" ("himself", "به گفتهٔ خودش") means the one spoken of, as "او" does. */
const PRONOUNS = new Set(['او', 'وی', 'ایشان', 'نامبرده', 'موصوف', 'خودش', 'خود'].map(normalizeName));
/** Nouns of what was said ("سخنی", "جوابش"): no subject's name. */
const WORDS_NOUNS = new Set(DARI_WORDS_NOUNS.map(normalizeName));
const DEMONSTRATIVES = new Set(['این', 'همین', 'آن', 'همان'].map(normalizeName));
/** How many paragraphs back "این کارمند" may mean a source, and how many sources are looked at. */
const DEMONSTRATIVE_REACH = 2;
const DEMONSTRATIVE_SOURCES = 4;
/**
 * Adverbials between a subject and its verb: "روز دوشنبه", "به خبرنگاران", "در این باره", "همچنین"; and the
 * connectives Dari sets after the subject rather than before it ("X اما تأکید کرد", "X همچنان گفت", "X سپس افزود").
 */
const ADVERBIAL_START = new Set(
  'روز دیروز امروز شام صبح به در با از هم نیز همچنین همچنان اما سپس ضمنا ضمناً درباره دربارهٔ طی ضمن روزهای هفته پس پیش بعد قبل همیشه هنوز اغلب روزی شبی'
    .split(' ')
    .map(normalizeName),
);

export interface DariSubject {
  /** A person's name, when the text gives one. */
  name: string | null;
  /** The role or description around it ("سخنگوی والی کندز"). */
  role: string | null;
  pronoun: boolean;
  /** An indefinite source ("یک مقام محلی"): it speaks for itself. */
  indefinite: boolean;
  /** "بعد گفت", "خندید و گفت": no subject written; the one the narration last named, close by. */
  dropped?: boolean;
  /** "این کارمند": the source the text described by that role before. */
  demonstrative?: boolean;
  /** "X خندید و گفت" with X one word: X may be the clause's object ("چای ریخت و گفت"), not its subject. */
  beforeClause?: boolean;
  /** "به من گفت": only the one spoken to is written; the speaker is the subject of the sentence just before. */
  addressee?: boolean;
  /** Passage offsets of the subject phrase. */
  start: number;
  end: number;
}

/** Dari kin nouns a text names a relative by (lexicon), as name keys. */
export const DARI_KIN_STEMS = DARI_KIN_NOUNS.map(normalizeName);

/** The head word of a role, without the indefinite ی/ای ("دهقانی", "راننده‌ای" → "دهقان", "راننده"). */
function roleHead(role: string): string {
  // "موی‌سفید": a role of two parts written with a ZWNJ is one word, not its first part.
  const joined = joinedHead(role);
  if (JOINED_ROLE_WORDS.has(joined) && !DARI_ROLE_WORDS.has(joined)) return joined;
  const head = normalizeName(role).split(' ')[0] ?? '';
  if (DARI_ROLE_WORDS.has(head)) return head;
  const stem = head.replace(/ی$/u, '');
  return DARI_ROLE_WORDS.has(stem) ? stem : head;
}

const ONE_WORD = normalizeName('یک');

/** A phrase opening on a fraction written as one word: "یک‌دهم", "یک‌بیستم", "یک سوم". */
const FRACTION_OPENING = new RegExp(
  `^${tolerant('یک')}[\\s\\u200C]?${wordAlternation(DARI_FRACTION_DENOMINATORS)}(?![\\p{L}\\u200C])`,
  'u',
);

/** A phrase opening on a noun and the object marker «را». */
const OBJECT_OPENING = /^\S+\s+را(?:\s|$)/u;

/** Role words of two parts ("موی‌سفید", "ریش‌سفید"), as one word written with a ZWNJ reads joined. */
const JOINED_ROLE_WORDS = new Set([...DARI_ROLE_WORDS].map((w) => w.replace(/ /gu, '')));

/**
 * A word of ZWNJ-joined parts that can be a trade: not an abstract noun on «ی» («بی‌کاری», «خراب‌کاری») and
 * not a pair joined by «و» («کشت‌وکار», «گفت‌وگو»).
 */
const ABSTRACT_OR_PAIR = /ی$|\u200Cو/u;
function isJoinedTrade(written: string): boolean {
  return !ABSTRACT_OR_PAIR.test(written);
}

/** The first word as written, its parts joined by a ZWNJ read as one: "کاروان‌دار" → "کارواندار". */
function joinedHead(role: string): string {
  return normalizeName(role.trim().split(/\s+/u)[0] ?? '').replace(/ /gu, '');
}

/** Whether a description opens with a role, an age ("۴۵ ساله", "جوان ۲۴ ساله") or "one of" ("یکی از باشندگان"). */
export function isDescription(role: string): boolean {
  const key = normalizeName(role);
  // "…، پنبه‌کاران را به زحمت انداخته است": a noun and «را» is an object with its verb, not a description.
  if (OBJECT_OPENING.test(role.trim())) return false;
  // "عشر، یک‌دهم حاصل …": a fraction defines a thing; its «یک» is no "a/one" before a person.
  if (FRACTION_OPENING.test(role.trim())) return false;
  // "یک باشنده …" is one; "…، یک مکتب و دو دکان است" lists things: "a/one" describes a person only before a role.
  const [first, ...rest] = role.trim().split(/\s+/u);
  if (normalizeName(first ?? '') === ONE_WORD) return rest.length > 0 && isDescription(rest.join(' '));
  // An age may follow a noun: "جوان ۲۴ ساله‌ای که …" ("a young man of 24 who …").
  // A relative too: "ذبیح‌الله، نواسهٔ حاجی،", "X، خواهر بزرگ‌تر،".
  return (
    DARI_ROLE_WORDS.has(roleHead(role)) ||
    JOINED_ROLE_WORDS.has(roleHead(role)) ||
    isAgentNoun(roleHead(role)) ||
    isAgentNoun(joinedHead(role)) ||
    DARI_KIN_STEMS.includes(roleHead(role)) ||
    /^(?:\S+ )?\d+ ?سال/u.test(key)
  );
}

/** A possessive ending on a kin noun or a title: "استادش" his teacher, "پدرم" my father. */
const POSSESSED = /^(?:ی)?(?:م|ت|ش|مان|تان|شان)$/u;

/**
 * "X افزود که پدرش همیشه … می‌گفت: «…»": a phrase opening on someone's relative or teacher ("استادش",
 * "پدرم") names a third person, whose words the reporter passes on.
 */
function opensOnRelative(phrase: string): boolean {
  const key = normalizeName(phrase.trim().split(/\s+/u)[0] ?? '');
  return [...DARI_KIN_STEMS, ...DARI_PERSON_TITLES].some(
    (stem) => key.length > stem.length && key.startsWith(stem) && POSSESSED.test(key.slice(stem.length)),
  );
}

/** "او ۷۷ سال داشت", "نامبرده …": a phrase opening on a pronoun or a reference word is no one's name. */
export function isPronounName(name: string): boolean {
  return PRONOUNS.has(normalizeName(name.trim().split(/\s+/u)[0] ?? ''));
}

/** A speech verb inside a subject phrase, "که" after it or not: what follows is the reported clause. */
const INNER_VERB = new RegExp(`(?<![\\p{L}\\u200C])${VERB}(?:\\s+${tolerant('که')})?\\s+`, 'gu');

/**
 * "یکی از همکارانش می‌گوید او … پاسخ داده بود: «…»": a speech verb inside the phrase before the quotation's own
 * verb, a pronoun after it, reports someone else's words; the quotation's speaker is that pronoun's person, not
 * the reporter ("X گفت که قطع درختان … و افزود" is X's own clause). The offset to cut the phrase at.
 */
export function reportedClauseSubject(phrase: string): number {
  let cut = 0;
  for (const m of matchesOf(INNER_VERB, phrase)) {
    const after = m.index + m[0].length;
    if (isPronounName(phrase.slice(after)) || opensOnRelative(phrase.slice(after))) cut = after;
  }
  return cut;
}

/** "آخرین بار که کاکا تا دروازهٔ مرزی رفت، ", "وقتی به خانه رسیدیم، ": a clause of time up to its comma. */
const TIME_CLAUSE = new RegExp(
  `^\\s*${wordAlternation(DARI_TIME_CLAUSE_OPENERS).replace(/ /gu, '[\\s\\u200C]+')}(?![\\p{L}\\u200C])[^،,«».:!?؟\\n]{1,100}[،,]\\s*`,
  'u',
);

/** «به نقل از»: "quoting", before the source a body or an outlet relays. */
const QUOTING = /(?:^|[\s\u200C])به[\s\u200C]+نقل[\s\u200C]+از[\s\u200C]+(?=\S)/u;

/** «… گزارش داد که …», «… نوشت و …»: an outlet's own verb of telling, which ends the source it relays. */
const TELLING_WORD = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_OUTLET_TELLING_WORDS)}(?![\\p{L}\\u200C])`,
  'u',
);

/**
 * Where in a subject phrase the source «به نقل از» names starts (its offset), or 0 when it names none or when a
 * verb of telling follows it («به نقل از منابع محلی گزارش داد که … و سخنگوی والی گفت»: the relaying ended).
 */
export function quotedSourceStart(phrase: string): number {
  const m = QUOTING.exec(phrase);
  if (!m) return 0;
  const at = m.index + m[0].length;
  const relayed = phrase.slice(at);
  return hasDariSpeechVerb(relayed) || TELLING_WORD.test(relayed) ? 0 : at;
}

/**
 * «موسفیدی که …، سخنی گفت که در دفترچه‌ام نوشتم:», «یک آسیابان پیر حرفی زد که هنوز یادم است:»: a noun of words
 * someone said ("a word", "a saying"), its verb, then «که» and what the writer did with it, up to the colon.
 */
const WORDS_SAID_COLON = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_WORDS_NOUNS)}[\\s\\u200C]+(?:گفت|زد)[\\s\\u200C]+${tolerant('که')}(?<kept>[\\s\\u200C][^.!?؟:;«»"“”\\n]{0,80}):\\s*$`,
  'u',
);

/** Who said the words a column sets down after «سخنی گفت که …:»: the subject before the noun of words, or null. */
export function wordsSaidSubject(tail: string, from: number): DariSubject | null {
  const said = WORDS_SAID_COLON.exec(tail);
  // «هر کس حرفی زد و سرانجام رئیس شورا گفت:»: the words are what the «که» clause keeps, not another's speech.
  if (!said || hasDariSpeechVerb(said.groups?.kept ?? '')) return null;
  const start = clauseStartBefore(tail, said.index);
  let end = said.index;
  while (end > start && /[\s،,]/u.test(tail[end - 1] ?? '')) end--;
  const subject = tail.slice(start, end);
  const lead = subject.length - subject.trimStart().length;
  return subject.trim() === '' ? null : parseSubject(subject.trimStart(), from + start + lead);
}

/** A subject read as a pronoun at `start`: «او» itself (`length` 2) or a subject dropped (0). */
function pronounSubject(start: number, length: number): DariSubject {
  return { name: null, role: null, pronoun: true, indefinite: false, start, end: start + length };
}

/** The attribution before a quotation opening at `openAt`: "Name، role، گفت: «" or "Name، role: «". */
export function dariSubjectBefore(text: string, openAt: number): DariSubject | null {
  const from = Math.max(0, openAt - REACH);
  const tail = withTermsUnmarked(text.slice(from, openAt));
  const words = wordsSaidSubject(tail, from);
  if (words) return words;
  const colon = COLON_AT_END.exec(tail.trimEnd());
  const verb =
    VERB_AT_END.exec(tail) ?? (tail.includes(ASKED_OF_CUE) ? ASKED_OF_AT_END.exec(tail) : null) ?? colon;
  if (!verb) return dariAccording(tail, from);
  let start = clauseStartBefore(tail, verb.index);
  // "او دفترش را باز می‌کند: «…»": a sentence that opens on a pronoun and closes on a colon is theirs.
  if (verb === colon && OPENS_ON_PRONOUN.test(tail.slice(start))) return pronounSubject(from + start, 2);
  // "سرش را پایین انداخت: «…»": a gesture with its subject dropped is the narrated person's, like a pronoun.
  if (verb === colon && isGestureColonSentence(tail.slice(start, verb.index)))
    return pronounSubject(from + start, 0);
  // A colon alone introduces a quotation only after "Name، role" in its own sentence: "گفتگو:" is a label,
  // "بر تختهٔ دکان نوشته شده است:" a sign.
  // "به گفتهٔ او، عامل دیگری هم در کار است: «…»": a sentence reported "according to" someone introduces their words.
  const according = () => dariAccording(tail.slice(start, verb.index), from + start);
  if (verb === colon && !/[،,]/u.test(tail.slice(Math.max(start, verb.index - 120), verb.index)))
    return according();
  if (verb === colon && !colonAfterRole(tail.slice(start, verb.index))) return according();
  // 'herself.” او … افزود': the closing mark of the sentence before is no part of the subject.
  while (start < verb.index && CLOSING_MARKS.includes(tail[start] ?? '')) start++;
  // "آخرین بار که کاکا تا دروازه رفت، او گفت:": a clause of time before the subject is none of it (with nothing
  // after it, "وقتی محمد داوود … بیرون شد، گفت:", its own subject speaks, and it stays).
  const clause = TIME_CLAUSE.exec(tail.slice(start, verb.index))?.[0].length ?? 0;
  if (tail.slice(start + clause, verb.index).trim() !== '') start += clause;
  if (verb !== colon) start += reportedClauseSubject(tail.slice(start, verb.index));
  // «وزارت معارف به نقل از یک معلم … نوشته است:»: the body relays the words; the one it quotes said them.
  const quoted = verb === colon ? 0 : quotedSourceStart(tail.slice(start, verb.index));
  start += quoted;
  const subject = tail.slice(start, verb.index);
  if (WRITTEN.test(verb[0]) && !quoted && !writerSubject(subject)) return null;
  return parseSubject(subject, from + start + (subject.length - subject.trimStart().length));
}

/**
 * «…» of a few words with no stop, the object of a naming inside a clause («خود را «X» معرفی کرده», «آن را «X»
 * می‌نامد»); not a title after its noun («شعر «گندم» او …»), which the clause before a colon may be about.
 */
const TERM_IN_CLAUSE =
  /(?<=(?:^|[\s\u200C])را[\s\u200C])«[^«»\s.!?؟:،,\n]+(?:\s[^«»\s.!?؟:،,\n]+){0,2}»(?=[\s\u200C]+\p{L})/gu;

/**
 * "محمدشفیع، که خودش را «دهقان بی‌زمین» معرفی کرده، نوشته بود: «…»": the marks of a term inside the clause before
 * a quotation are blanked (same length, so offsets hold), so the clause is read to its start, not from the term.
 */
export function withTermsUnmarked(tail: string): string {
  return tail.includes('«') ? tail.replace(TERM_IN_CLAUSE, (m) => ` ${m.slice(1, -1)} `) : tail;
}

/** A verb of naming right after a quotation: "«…» خواند", "«…» نامید", "«…» توصیف کرد". */
const NAMING_AFTER = new RegExp(
  `^[\\s\\u200C]*${tolerant('(?:خواند|نامید|می[\\s\\u200C]*نامد|توصیف[\\s\\u200C]+کرد|لقب[\\s\\u200C]+داد)')}(?:ه(?=[\\s\\u200C]*(?:است|اند|بود|و|،|\\.)))?(?![\\p{L}\\u200C])`,
  'u',
);
/** Whether the words after a quotation call something by it: "» خواند", "» نامیده است", "» توصیف کرده". */
export function namesByQuotation(after: string): boolean {
  return NAMING_AFTER.test(after.slice(0, 40));
}
/** The object marker right before such a quotation: "موترها را «…»". */
const NAMED_OBJECT_BEFORE = /(?:^|[\s\u200C])را\s*$/u;

/**
 * "داکتر X، مسئول کلینیک، موترها را «شفاخانه‌های چرخ‌دار» نامید": the words a person calls something by are
 * theirs — the "Name، role،" the sentence opens on, or its pronoun ("او …").
 */
export function dariNamingSubject(text: string, openAt: number, closeEnd: number): DariSubject | null {
  if (!namesByQuotation(text.slice(closeEnd))) return null;
  const from = Math.max(0, openAt - REACH);
  const tail = text.slice(from, openAt);
  if (!NAMED_OBJECT_BEFORE.test(tail)) return null;
  const start = clauseStartBefore(tail, tail.length);
  const sentence = tail.slice(start);
  const lead = sentence.length - sentence.trimStart().length;
  if (OPENS_ON_PRONOUN.test(sentence))
    return {
      name: null,
      role: null,
      pronoun: true,
      indefinite: false,
      start: from + start + lead,
      end: from + start + lead + 2,
    };
  const parts = sentence.split(/[،,]/u);
  if (parts.length < 3) return null;
  const subject = parts.slice(0, -1).join('،');
  return parseSubject(subject, from + start + lead);
}

/** "نوشته است": "has written", or "is written" of a sign. */
const WRITTEN = new RegExp(`^${tolerant('نوشته')}`, 'u');

/** Words no writer's name holds: where a sign stands («روی دیوار»), "someone" («کسی»), a particle. */
function noWriterWord(word: string): boolean {
  const key = normalizeName(word);
  return DARI_POSITION_WORDS.has(key) || NOT_NAME_START.has(key) || DARI_NAME_STOPS.has(key);
}

/**
 * "محمدشفیع نوشته بود", "عبدالرحیم در پیامش نوشته است", "Name، که …، نوشته بود": a name right before the verb
 * (or before the aside that ends at it) wrote the words; "روی دیوار کسی نوشته است" is a sign.
 */
function writerNamed(subject: string): boolean {
  const parts = subject.split(/[،,]/u).map((part) => part.trim());
  const last = parts.at(-1) ?? '';
  // "…، در نامه‌اش نوشته است": an adverbial alone before the verb leaves the name that opens the clause.
  const adverbial = last === '' || ADVERBIAL_START.has(normalizeName(last.split(/\s+/u)[0] ?? ''));
  const candidate = dropAdverbials(adverbial ? (parts[0] ?? '') : last);
  if (!candidate || !readsAsDariName(candidate) || !isDariNameStart(candidate)) return false;
  return !isDariKinOrTitleAlone(candidate) && !candidate.split(/\s+/u).some(noWriterWord);
}

/**
 * "X، رئیس …، در این پیام نوشته است: «…»", "او در نامه‌اش نوشته است: «…»": "نوشته است" attributes a letter or a
 * statement to a person named with a role in commas, or to a pronoun; "روی دیوار کسی نوشته است: «…»" is a sign.
 */
export function writerSubject(subject: string): boolean {
  if (isPronounName(subject.trim())) return true;
  if (writerNamed(subject)) return true;
  return subject
    .split(/[،,]/u)
    .slice(1, -1)
    .some((part) => isDescription(part.trim()));
}

/**
 * "Name، سخنگوی والی: «…»": a colon alone attributes when the words between the last comma and it are a role or a
 * description; "… و روی دیوار کسی نوشته است: «…»" is a clause whose colon opens a sign, not a speaker.
 */
export function colonAfterRole(subject: string): boolean {
  const last = subject.split(/[،,]/u).at(-1)?.trim() ?? '';
  return isDescription(last);
}

/**
 * The attribution after a quotation closing at `closeEnd`: "» گفت." / "»، این را Name افزود." Given where the
 * quotation opens (`openAt`), a quotation opening its paragraph may also go to the next sentence's subject.
 */
export function dariSubjectAfter(text: string, closeEnd: number, openAt?: number): DariSubject | null {
  const window = text.slice(closeEnd, closeEnd + REACH);
  const found =
    subjectAfterIn(window, closeEnd) ??
    (openAt !== undefined && opensParagraph(text, openAt)
      ? nextSentenceSubject(text, window, closeEnd)
      : null);
  // "» این را Name، سوارکاری که سوار «باد سیاه» بود، گفت.": a name in quotation marks inside the clause.
  if (found || !window.includes('«')) return found;
  // «زنده باد» گفتند: words in quotation marks right before a verb of speech are what is said, not a name.
  const unmarked = window.replace(QUOTED_NAME, (m, at: number) =>
    VERB_OPENS.test(window.slice(at + m.length)) ? m : ` ${m.slice(1, -1)} `,
  );
  return unmarked === window ? null : subjectAfterIn(unmarked, closeEnd);
}

/** Spaces back to the start of the text or a line break: what may stand before a quotation opening its paragraph. */
const PARAGRAPH_LEAD = /(?:^|\n)[^\S\n]*$/u;

/**
 * "«…» Name … و می‌گوید" names the speaker only where the quotation opens its paragraph: mid-paragraph it runs on
 * from the speaker before («Name می‌گوید که … «…» همسرش … و می‌گوید») or is a sign after a colon.
 */
function opensParagraph(text: string, openAt: number): boolean {
  const from = Math.max(0, openAt - 8);
  const lead = text.slice(from, openAt);
  return from === 0 ? lead.trim() === '' : PARAGRAPH_LEAD.test(lead) && lead.includes('\n');
}

/** A stop before the closing marks of a quotation: «….» or «…."» ends its sentence. */
const STOP_BEFORE_CLOSE = /[.!?؟…]["”'’»\s]*$/u;

/** «….» Name … و می‌گوید: only after a quotation that ends its own sentence (not «a term» خواند و گفت). */
function nextSentenceSubject(text: string, window: string, closeEnd: number): DariSubject | null {
  if (!STOP_BEFORE_CLOSE.test(text.slice(Math.max(0, closeEnd - 4), closeEnd))) return null;
  const { sentence, opening } = sentenceAfter(window);
  return nameThenAndSays(sentence, closeEnd + opening);
}

/**
 * A few words in quotation marks with no stop or verb mark inside: a name the clause quotes (a horse's, a
 * book's, a nickname), which neither ends the clause nor is the words it reports.
 */
const QUOTED_NAME = /«[^«»\s.!?؟:،,\n]+(?:\s[^«»\s.!?؟:،,\n]+){0,2}»(?=\s+[^\s«».!?؟:])/gu;

/** A verb of speech as the next word. */
const VERB_OPENS = new RegExp(`^\\s*${VERB}(?![\\p{L}\\u200C])`, 'u');

/** The attribution in `window`, the text after a quotation closing at passage offset `closeEnd`. */
function subjectAfterIn(window: string, closeEnd: number): DariSubject | null {
  const { sentence, opening } = sentenceAfter(window);
  const verb = VERB_THEN_STOP.exec(sentence);
  if (!verb) return dariAccording(sentence, closeEnd + opening) ?? verbThenName(sentence, closeEnd + opening);
  return parseSubject(sentence.slice(0, verb.index), closeEnd + opening);
}

/** The first sentence of the words after a quotation, and where it starts in them. */
function sentenceAfter(window: string): { sentence: string; opening: number } {
  const opening = AFTER_OPENING.exec(window)?.[0].length ?? 0;
  const stop = window.slice(opening).search(BOUNDARY);
  return { sentence: window.slice(opening, stop < 0 ? undefined : opening + stop + 1), opening };
}

/** "اما X", "X نیز", "در همین حال، X": a word before «افزود که» that brings in another voice. */
export const DARI_OTHER_VOICE = new RegExp(
  String.raw`(?:^|[\s،,])(?:${phraseAlternation(DARI_OTHER_VOICE_WORDS)})(?=[\s،,]|$)`,
  'u',
);

/** Whether a quotation opens its sentence or its line ("📢 اطلاعیه" above it), not "… شعار می‌دادند: «…»". */
export function quotationOpensSentence(text: string, openAt: number): boolean {
  const lead = text.slice(Math.max(0, openAt - 8), openAt);
  return startsSentence(text, openAt) || lead.slice(lead.trimEnd().length).includes('\n');
}

/**
 * "«…» محمد کریم، دکاندار بازار، افزود که …": "added that" says its subject said the words before it — only when
 * the quotation opens its sentence ("… شعار می‌دادند: «…»" are others' words) and no word brings in another voice
 * ("X نیز افزود", "اما X افزود", "در همین حال، X افزود": X answers the words, X did not say them).
 */
export function dariAddedThat(text: string, openAt: number, closeEnd: number): DariSubject | null {
  if (!quotationOpensSentence(text, openAt)) return null;
  const { sentence, opening } = sentenceAfter(text.slice(closeEnd, closeEnd + REACH));
  const verb = ADDED_THAT.exec(sentence);
  const subject = verb ? sentence.slice(0, verb.index) : '';
  if (!verb || DARI_OTHER_VOICE.test(subject)) return null;
  return parseSubject(subject, closeEnd + opening);
}

/** "افزود که", "افزوده است که", "علاوه کرد که": going on from the words just quoted. */
const ADDED_THAT = new RegExp(
  String.raw`(?<![\p{L}\u200C])(?:(?:همچنان|هم‌چنان|همچنین)[\s\u200C]+)?${tolerant(String.raw`(?:افزود|افزوده[\s\u200C]+است|علاوه[\s\u200C]+کرد|علاوه[\s\u200C]+کرده[\s\u200C]+است)`)}[\s\u200C]+${tolerant('که')}(?![\p{L}\u200C])`,
  'u',
);

/** "» می‌گوید ماه‌جان که …": a feature's verb first, then who speaks, up to a comma, "که" or the stop. */
const VERB_FIRST = new RegExp(
  `^${VERB}[\\s\\u200C]+(?<subject>[^\\s\\u200C،,.!?؟«»:][^،,.!?؟«»:\\n]{0,80})`,
  'u',
);

/** "«…»، می‌گوید Name که …": the subject after a speech verb that opens the sentence after the quotation. */
export function verbThenName(sentence: string, at: number): DariSubject | null {
  const m = VERB_FIRST.exec(sentence);
  const subject = m?.groups?.['subject'];
  if (!m || subject === undefined) return null;
  const parsed = parseSubject(beforeRelative(subject), at + m[0].length - subject.length);
  return parsed && !parsed.pronoun ? parsed : null;
}

/** "مولانا چه خوب گفته است", "حافظ به زیبایی گفته": praise of how it was said, closing the subject, is no part of it. */
const PRAISE_AT_END =
  /(?<=\s)(?:(?:چه|چقدر|چی) (?:خوب|زیبا|نیکو|قشنگ|درست|عالی|شیرین)|به[ \u200C]?(?:درستی|خوبی|زیبایی|راستی))$/u;
/** How many characters at the end of the subject the praise is looked for in. */
const PRAISE_TAIL = 24;

/** The subject phrase without a closing word of praise (offsets from its start hold). */
function withoutPraise(phrase: string): string {
  const trimmed = phrase.trimEnd();
  const from = Math.max(0, trimmed.length - PRAISE_TAIL);
  const tail = trimmed.slice(from);
  const m = tail.includes('چ') || tail.includes('به') ? PRAISE_AT_END.exec(tail) : null;
  return m ? trimmed.slice(0, from + m.index) : phrase;
}

/** "… و می‌گوید", "… و با اندوه می‌افزاید که": a verb of speech after «و», up to three words of manner between. */
const AND_THEN_VERB = new RegExp(
  `[\\s\\u200C]و[\\s\\u200C]+(?:[^\\s\\u200C.،,!?؟«»:]+[\\s\\u200C]+){0,3}?${VERB}(?![\\p{L}\\u200C])`,
  'u',
);
/** Words that end a name read from a sentence's start: a particle, a time, a manner, where one stands. */
function endsOpeningName(word: string): boolean {
  const key = normalizeName(word);
  return (
    DARI_NAME_STOPS.has(key) ||
    ADVERBIAL_START.has(key) ||
    DARI_TIME_WORDS.has(key) ||
    DARI_MANNER_WORDS.has(key) ||
    DARI_POSITION_WORDS.has(key)
  );
}

/**
 * "«…» عبدالرزاق حالا کنار بستر دخترش نشسته است و می‌گوید که …": the quotation's speaker opens the next
 * sentence, does something and then says more — the name before its aside or its first word of time or place.
 */
export function nameThenAndSays(sentence: string, at: number): DariSubject | null {
  const verb = AND_THEN_VERB.exec(sentence);
  if (!verb || DARI_OTHER_VOICE.test(sentence.slice(0, verb.index))) return null;
  const lead = sentence.slice(0, verb.index).split(/[،,]/u)[0] ?? '';
  const words = lead.trim().split(/\s+/u).filter(Boolean);
  const k = words.findIndex((w, i) => i > 0 && endsOpeningName(w));
  const name = (k < 0 ? words : words.slice(0, k)).join(' ');
  if (k < 0 && words.length > 1 && lead.length === sentence.slice(0, verb.index).length) return null;
  if (!name || !readsAsDariName(name) || !isDariNameStart(name) || isDariKinOrTitleAlone(name)) return null;
  const start = at + sentence.indexOf(name);
  return { start, end: start + name.length, name, role: null, pronoun: false, indefinite: false };
}

/** Whether a stretch of Dari text reports speech: a verb of speech, or "به گفتهٔ …", "به باور …". */
export function reportsSpeech(text: string): boolean {
  return hasDariSpeechVerb(text) || ACCORDING.test(text);
}

/** "به گفتهٔ Name، …" in a stretch of text starting at passage offset `at`. */
function dariAccording(stretch: string, at: number): DariSubject | null {
  const m = ACCORDING.exec(stretch);
  const subject = m?.groups?.['subject'];
  if (!m || subject === undefined) return null;
  return parseSubject(subject, at + m.index + m[0].indexOf(subject));
}

/** "سخن گفت", "صحبت کرد", "حرف زد": the noun of a compound verb ("spoke") is the verb's, never its subject. */
const LIGHT_VERB_NOUNS = new Set('سخن صحبت حرف'.split(' ').map(normalizeName));

/** Split a subject phrase into name, role and pronoun; `at` is its passage offset. */
export function parseSubject(written: string, at: number): DariSubject | null {
  // "Then, turning to the farmers, he repeated it in Dari: «…»": an English attribution is read as English.
  if (!isDariText(written) && written.trim() !== '') return null;
  const phrase = withoutPraise(written);
  const end = at + phrase.trimEnd().length;
  const base = { start: at, end, pronoun: false, indefinite: false };
  // "بعد گفت", "خندید و گفت", "«…» می‌گوید.": the subject is dropped, as after a pronoun; "X خندید و گفت" is X.
  const own = withoutClauseBefore(phrase);
  if (
    own.trim() === '' ||
    isOnlyTimeWords(own) ||
    isOnlyMannerWords(own) ||
    isOnlyTimeAndManner(own) ||
    LIGHT_VERB_NOUNS.has(normalizeName(own.trim()))
  )
    return { ...base, name: null, role: null, pronoun: true, dropped: true };
  if (isOnlyAddressee(own))
    return { ...base, name: null, role: null, pronoun: true, dropped: true, addressee: true };
  const parts = withoutConnective(
    withoutAnd(own)
      .split(/[،,]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ).filter((part, i) => i > 0 || !isOnlyTimeWords(part));
  // «در بسیاری از خانه‌ها، مادربزرگ‌ها می‌گویند»: a scene is no speaker; over many homes, the words are a saying.
  const setting = withoutSceneOpening(parts);
  if (setting.saying) return null;
  if (setting.parts.length < parts.length) {
    parts.splice(0, parts.length, ...setting.parts);
    base.start = at + Math.max(0, phrase.indexOf(parts[0] ?? ''));
  }
  if (parts.length === 0) return null;
  if (parts.length === 1 && isClauseAlone(parts[0] ?? '', own)) {
    // "وقتی محمد داوود از شفاخانه بیرون شد، گفت": a name opening the clause is its subject, and the speaker's.
    const name = nameOpeningClause(parts[0] ?? '');
    if (name) return { ...base, start: at + Math.max(0, phrase.indexOf(name)), name, role: null };
    return { ...base, name: null, role: null, pronoun: true, dropped: true };
  }
  // "وقتی باران شروع شد، پدرم گفت": the clause of time before the subject is no part of it, nor of where it stands.
  const opening = parts[0] ?? '';
  if (parts.length > 1 && isLeadingClause(opening) && withoutWhileClause(opening) === opening.trim()) {
    parts.shift();
    base.start = at + Math.max(0, phrase.indexOf(parts[0] ?? ''));
  }
  const words = (s: string) => s.split(/\s+/).map(normalizeName);
  const isRole = (s: string) => isDescription(s);
  const first = withoutWhileClause(parts[0] ?? '');
  // "او پس از …، با خنده می‌گوید": a pronoun opening the subject is the subject, whatever follows its comma.
  if (isPronounName(first)) return { ...base, name: null, role: null, pronoun: true };
  // «در بازار یفتل دکانداری پیر گفت»: the scene the sentence opens on is no part of its subject.
  const scene = parts.length === 1 ? descriptionAfterScene(first) : -1;
  if (scene > 0) {
    const described = first.slice(scene);
    return {
      ...base,
      start: at + Math.max(0, phrase.indexOf(described)),
      name: null,
      role: indefinitePhrase(described),
      indefinite: true,
    };
  }
  const [w0, w1] = words(first);
  // "این کارمند", "این دستفروش" ("this vendor"): a role word or a trade by its agent ending.
  const isRoleWord = (w: string) => DARI_ROLE_WORDS.has(roleHead(w)) || isAgentNoun(roleHead(w));
  // "این برنج‌فروش": a trade written with a ZWNJ is one word, though the name key splits it.
  const w1Written = first.split(/\s+/u)[1] ?? '';
  const w1Joined = joinedHead(w1Written);
  const joinedRole = isJoinedTrade(w1Written) && (isRoleWord(w1Joined) || JOINED_ROLE_WORDS.has(w1Joined));
  if (parts.length === 1 && DEMONSTRATIVES.has(w0 ?? '') && w1 && (isRoleWord(w1) || joinedRole))
    return { ...base, name: null, role: first.split(/\s+/).slice(1).join(' '), demonstrative: true };
  // "یک روز به بازار رفت": "one night" is a time, no source; the subject is dropped.
  if (INDEFINITE.has(words(first)[0] ?? '') && DARI_TIME_NOUNS.has(words(first)[1] ?? ''))
    return { ...base, name: null, role: null, pronoun: true, dropped: true };
  if (INDEFINITE.has(words(first)[0] ?? ''))
    return { ...base, name: null, role: indefinitePhrase(first), indefinite: true };
  if (parts.length === 1) {
    const [name, role] = splitNameRole(beforeRelative(dropAdverbials(first)));
    // "چای ریخت و گفت": one word before a clause is its subject only if the text knows it as a person.
    const clause = own !== phrase && !role && name !== null && !/\s/u.test(name.trim());
    return name || role ? { ...base, name, role, ...(clause ? { beforeClause: true } : {}) } : null;
  }
  // "Name، role، …" or "role، Name، …": the part that opens with a role word is the role.
  const second = parts[1] ?? '';
  // "این مقام، Name، رئیس …، افزود": "this official, Name," names the one described before.
  if (DEMONSTRATIVES.has(w0 ?? '') && w1 && DARI_ROLE_WORDS.has(roleHead(w1)) && !isRole(second))
    return { ...base, name: dropAdverbials(second) || null, role: first.split(/\s+/).slice(1).join(' ') };
  // "پهلوان قریه، عبدالرزاق، گفت": after a titled-looking role the part after the comma is the name when it reads as one.
  if (isRole(first) && (!isTitledName(first) || readsAsDariName(second)) && !isRole(second))
    return { ...base, name: dropAdverbials(second) || null, role: first };
  // "حاجی صاحب در پایان صحبت، وقتی …، گفت": a titled name ends before its adverbial ("یکی از شاگردانم", "دو ماه
  // پیش" are no names), and a clause of time after it is no role.
  const bare = dropAdverbials(first);
  const named =
    DARI_PERSON_TITLES.has(normalizeName(bare.split(/\s/u)[0] ?? '')) && readsAsDariName(bare) ? bare : first;
  const [name, role] = splitNameRole(beforeRelative(named));
  return { ...base, name, role: role ?? (isLeadingClause(second) ? null : dropAdverbials(second)) };
}

/** A clause of time or manner that opens after a subject: "در حالی که …", "وقتی که …", "هنگامی که …". */
const WHILE_CLAUSE =
  /(?<=[\s\u200C])(?:در[\s\u200C]+حالی|هنگامی|زمانی|وقتی)(?:[\s\u200C]*که)?(?![\p{L}\u200C])/u;

/** "پیکان در حالی که توپ را در دست داشت" → "پیکان": the subject before a clause of time or manner. */
export function withoutWhileClause(phrase: string): string {
  const k = phrase.search(WHILE_CLAUSE);
  return k > 0 ? phrase.slice(0, k).trimEnd() : phrase;
}

/** A verb and "و" that end a subject phrase: "خندید و" in "استاد خندید و گفت". */
const CLAUSE_AND = /(?:^|[\s\u200C])[^\s\u200C،,]+[\s\u200C]+و[\s\u200C]*$/u;

/**
 * "استاد عبدالغفور خندید و گفت" → "استاد عبدالغفور"; "خندید و گفت" → "": the verb of a clause joined to the speech
 * verb by "و" is no part of the subject, and with nothing before it the subject is dropped.
 */
export function withoutClauseBefore(phrase: string): string {
  // "کمی خاموش ماند و بعد افزود": time words after the "و", and the pause's own words, are no subject.
  const joined = withoutTrailingTimeWords(phrase);
  const m = CLAUSE_AND.exec(joined);
  return m ? beforePauseWords(joined.slice(0, m.index), m[0].trim().split(/\s+/u)[0]) : phrase;
}

/** "«…» این را آهسته گفت": words of manner only ("آهسته", "آرام"), never a name: the subject is dropped. */
export function isOnlyMannerWords(phrase: string): boolean {
  const words = phrase.split(/[\s\u200C]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => DARI_MANNER_WORDS.has(normalizeName(w)));
}

const WITH = normalizeName('با');
/** The most words of a "with …" phrase of manner («با خنده‌ای کوتاه», «با صدای آهسته»), joined words counted apart. */
const MANNER_WITH_WORDS = 4;

/**
 * "و بعد، با خنده‌ای کوتاه، افزود", "بعد با لبخند گفت": words of time, then a short "with …" phrase of manner —
 * how it was said, never who said it: the subject is dropped.
 */
export function isOnlyTimeAndManner(phrase: string): boolean {
  const words = withoutAnd(phrase)
    .split(/[\s\u200C،,]+/u)
    .filter(Boolean)
    .map(normalizeName);
  let k = 0;
  while (k < words.length && DARI_TIME_WORDS.has(words[k] ?? '')) k++;
  const rest = words.slice(k);
  return rest[0] === WITH && rest.length > 1 && rest.length <= MANNER_WITH_WORDS;
}

/** "بعد", "نزدیک ظهر", "": words of time and sequence only, never a name. */
export function isOnlyTimeWords(phrase: string): boolean {
  const words = phrase.split(/[\s\u200C]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => DARI_TIME_WORDS.has(normalizeName(w)));
}

/** "» و کاکایم با حوصله پاسخ داد: «": a subject that opens a clause joined by "و" ("and"), without it. */
export function withoutAnd(phrase: string): string {
  return phrase.replace(/^\s*و[\s\u200C]+/u, '');
}

/** "در همین حال، فریده نوری، …": the parts of a subject phrase after a connective that opens it. */
export function withoutConnective(parts: readonly string[]): string[] {
  return parts.length > 1 && DARI_CONNECTIVES.has(normalizeName(parts[0] ?? ''))
    ? parts.slice(1)
    : [...parts];
}

/** Words that open a clause of time or condition: "وقتی …", "اگر …", "هنگامی که …". */
const SUBORDINATOR = new RegExp(
  `^(?:${DARI_SUBORDINATORS.map((w) => w.replace(/ /g, '[\\s\\u200C]+')).join('|')})(?![\\p{L}\\u200C])`,
  'u',
);
/**
 * A clause's own verb in the first person closing it: "… بیرون شدیم", "… می‌رفتیم" — the teller's time, not a
 * relative clause about the subject ("X که سی سال است … می‌گذراند، …").
 */
const CLAUSE_VERB_END =
  /(?:^|[\s\u200C])(?:ن?می[\s\u200C]*\p{L}+(?:م|یم)|\p{L}+[دت]یم|(?:شد|کرد|بود|رفت|آمد|داشت|رسید|ماند|گشت)م)$/u;

/**
 * "وقتی باران شروع شد، پدرم گفت", "از ده که بیرون شدیم، رهنما گفت": a clause of time or condition before the
 * subject, told by its opening word or by its own verb closing it, is no part of who speaks.
 */
export function isLeadingClause(part: string): boolean {
  const t = part.trim();
  return SUBORDINATOR.test(t) || CLAUSE_VERB_END.test(t);
}

/** The fewest and most words a name opening a clause of time is read as: "محمد داوود", "داکتر فریده نوری". */
const CLAUSE_NAME_WORDS = [2, 4] as const;
/** The word after a clause's subject: a preposition or particle ("محمد داوود از …", "فریده نوری به …"). */
const CLAUSE_NAME_NEXT = new Set(DARI_CLAUSE_SUBJECT_NEXT.map(normalizeName));
/** "پرسیدم", "رفتیم", "گفتم": a first-person verb, never a name's word. */
const FIRST_PERSON_VERB = /(?:یدم|یدیم|فتم|فتیم|ردم|ردیم|شدم|شدیم)$/u;

/** "وقتی محمد داوود از شفاخانه بیرون شد" → "محمد داوود": the name after the clause's opening word; else null. */
export function nameOpeningClause(part: string): string | null {
  const m = SUBORDINATOR.exec(part.trim());
  if (!m) return null;
  const words = part
    .trim()
    .slice(m[0].length)
    .trim()
    .replace(/^که[\s\u200C]+/u, '')
    .split(/\s+/u);
  // The longest run of name words that leaves the clause a predicate after it.
  for (let n = Math.min(CLAUSE_NAME_WORDS[1], words.length - 1); n >= CLAUSE_NAME_WORDS[0]; n--) {
    const name = words.slice(0, n).join(' ');
    const after = normalizeName(words[n] ?? '');
    if (CLAUSE_NAME_NEXT.has(after) && !words.slice(0, n).some((w) => FIRST_PERSON_VERB.test(w)))
      if (readsAsDariName(name) && isDariNameStart(name)) return name;
  }
  return null;
}

/**
 * "وقتی پرسیدم چرا، گفت", "هنگامی که به خانه رسید گفت": a clause of time and nothing after it — the subject is
 * dropped. Told by its opening word, or by its own first-person verb when a comma sets it off from the speech verb.
 */
function isClauseAlone(part: string, phrase: string): boolean {
  const t = part.trim();
  // "همان موسفید وقتی … می‌کردیم،": a subject opens the part, the clause after it is its own.
  if (withoutWhileClause(t) !== t) return false;
  return SUBORDINATOR.test(t) || (CLAUSE_VERB_END.test(t) && /[،,]\s*$/u.test(phrase));
}

/**
 * "داکتر ناجیه هوتک": a title that is also a role word ("داکتر", "استاد") opens a name when the word after it
 * is no role ("داکتر شفاخانه" is a role).
 */
export function isTitledName(phrase: string): boolean {
  const [w0, w1] = phrase.trim().split(/\s+/u).map(normalizeName);
  return (
    !!w0 &&
    !!w1 &&
    (DARI_PERSON_TITLES.has(w0) || DARI_EPITHETS.has(w0)) &&
    !DARI_ROLE_WORDS.has(w1) &&
    !DARI_ROLE_WORDS.has(roleHead(w1))
  );
}

/** The most words a Dari name holds after its title: «حاجی محمد عبدالکریم». */
const MAX_NAME_WORDS = 3;
/** A word of a name: letters, marks and joiners only. */
const DARI_NAME_WORD = /^(?:\p{L}|\p{M}|\u200C)+$/u;

const DARI_KIN_TITLES = new Set(DARI_KIN_TITLE_WORDS.map(normalizeName));
const VILLAGE_HEADS = new Set(DARI_VILLAGE_HEADS.map(normalizeName));

/**
 * «ماما قریه» (the village midwife), «عمه جان» (dear aunt), «کاکا کندز»: a kin word before no given name — before
 * an endearment, a role, a relative, a village noun, a time word or a place — is no title, and the two words no name.
 */
export function kinTitleWithoutName(name: string, index?: Reading['index']): boolean {
  const [w0, w1] = name.trim().split(/\s+/u).map(normalizeName);
  if (!w0 || !DARI_KIN_TITLES.has(w0)) return false;
  if (!w1) return true;
  return (
    DARI_ENDEARMENTS.has(w1) || VILLAGE_HEADS.has(w1) || isNoNameWord(w1) || (index?.exact.has(w1) ?? false)
  );
}

/** A word no name holds: a role, a trade, a relative, a time word or a particle («مدیر», «نانوا», «پدر», «دیروز»). */
function isNoNameWord(word: string): boolean {
  const head = roleHead(word);
  const key = normalizeName(word);
  return (
    DARI_ROLE_WORDS.has(head) ||
    isAgentNoun(head) ||
    DARI_KIN_STEMS.includes(head) ||
    DARI_TIME_WORDS.has(key) ||
    DARI_NAME_STOPS.has(key)
  );
}

/**
 * "حاجی عبدالکریم", "غلام سخی", "عبدالرزاق": a part of a subject that reads as a name — a title and words, or
 * one to three name words none of which is a role, a trade, a relative, a time or a particle.
 */
export function readsAsDariName(part: string): boolean {
  const written = part.trim().split(/\s+/u).filter(Boolean);
  if (written.length === 0 || written.length > MAX_NAME_WORDS + 1) return false;
  if (DARI_PERSON_TITLES.has(normalizeName(written[0] ?? '')))
    return written.length > 1 && !kinTitleWithoutName(part);
  return written.length <= MAX_NAME_WORDS && written.every((w) => DARI_NAME_WORD.test(w) && !isNoNameWord(w));
}

/** "محمد نعیم سخنگوی والی کندز" → name, role; a role alone → null name. */
function splitNameRole(phrase: string): [string | null, string | null] {
  const ws = phrase.split(/\s+/).filter(Boolean);
  const titled = isTitledName(phrase);
  const k = ws.findIndex(
    (w, i) =>
      DARI_ROLE_WORDS.has(normalizeName(w)) &&
      !(i > 0 && DARI_PERSON_TITLES.has(normalizeName(ws[i - 1] ?? ''))) &&
      !(i === 0 && titled),
  );
  if (k === 0) return [null, phrase];
  // «همان موسفید چهاردره»: "that same elder" — a demonstrative before the role, no name.
  if (k > 0 && ws.slice(0, k).every((w) => DARI_NAME_STOPS.has(normalizeName(w))))
    return [null, ws.slice(k).join(' ')];
  // "حاجی X مشتی آرد را … می‌مالد و می‌گوید": a long subject that opens with a title is the title and a name.
  const object = ws.some((w) => normalizeName(w) === 'را');
  if (k < 0 && titled && (ws.length > 5 || object)) return [ws.slice(0, 2).join(' '), null];
  if (k < 0) return [ws.length <= 5 ? phrase : null, null];
  return [ws.slice(0, k).join(' '), ws.slice(k).join(' ')];
}

/** "کارمند که فکر کرده بود …" → "کارمند": a definite subject's relative clause is no part of who it is. */
export function beforeRelative(phrase: string): string {
  const k = phrase.search(/[\s\u200C]که(?:[\s\u200C]|$)/u);
  return k > 0 ? phrase.slice(0, k) : phrase;
}

const OTHER = normalizeName('دیگر');
const OF = normalizeName('از');

/**
 * «یکی از نانوایان که …», «یکی دیگر از دکانداران به خبرنگار»: an indefinite source keeps the group it is one of
 * ("one of the bakers"), "another" («دیگر») dropped; an adverbial after the group («به خبرنگار») does not.
 */
export function indefinitePhrase(phrase: string): string {
  const ws = phrase.split(/\s+/u).filter(Boolean);
  if (ws.length > 3 && normalizeName(ws[1] ?? '') === OTHER && normalizeName(ws[2] ?? '') === OF)
    ws.splice(1, 1);
  if (ws.length < 3 || normalizeName(ws[1] ?? '') !== OF) return dropAdverbials(ws.join(' '));
  return [ws[0], ws[1], dropAdverbials(ws.slice(2).join(' '))].join(' ');
}

/** "محمد نعیم روز دوشنبه به خبرنگاران" → "محمد نعیم". */
function dropAdverbials(phrase: string): string {
  const ws = phrase.split(/\s+/).filter(Boolean);
  const k = ws.findIndex((w, i) => i > 0 && ADVERBIAL_START.has(normalizeName(w)));
  return (k < 0 ? ws : ws.slice(0, k)).join(' ');
}

/**
 * Function words and the commonest finite verbs, which end a name read backwards from its comma ("در", "از", "که";
 * "… که پسرش دیگر خبری از او ندارد، یکی از این زنان است": a clause's verb, not a name, stands before that comma).
 */
const NOT_NAME = new Set(
  `در از به با که و این آن را برای تا هم نیز اما ولی یا گفت افزود است بود شد کرد می‌گوید نام روایت گفتهٔ
دارد ندارد داشت نداشت نیست نبود نشد نکرد`
    .split(/\s+/)
    .map(normalizeName),
);
/**
 * "ذبیح‌الله امانی، سخنگوی والی کندز،": a name of two to four words, its role in commas after it — or, when no
 * comma closes it within reach, up to the «که» of a long relative clause ("…، Name، شاعری از … بود که …").
 */
const APPOSITIVE = /،\s*(?<role>[^\s،.!?؟«»:][^،.!?؟«»:\n]{1,99})(?=[،.:]|\sکه\s)/gu;

/** This module's readings of a phrase, for the rules in dari-role-first.ts. */
const PHRASE_READINGS: PhraseReadings = {
  isDescription: (phrase) => isDescription(phrase),
  isTitledName: (phrase) => isTitledName(phrase),
  readsAsDariName: (phrase) => readsAsDariName(phrase),
};

/** "ROLE، TITLE NAME، …": the titled name in commas after a role is the person, the role their description. */
function introduceRoleFirst(
  table: SpeakerTable,
  text: string,
  p: number,
  m: RegExpMatchArray,
  inside: (at: number) => boolean,
): boolean {
  const appositive = m.groups?.['role'] ?? '';
  const found = roleBeforeTitledName(text, m.index ?? 0, appositive, PHRASE_READINGS);
  if (!found) return false;
  const name = appositive.trim();
  const start = (m.index ?? 0) + m[0].indexOf(name);
  // A call inside a quotation («پهلوان بغلان، پهلوان اندراب، بیایید») introduces no one.
  if (inside(found.start) || inside(start)) return false;
  const s = table.add(name, found.role, { passage: p, start: found.start, end: start + name.length });
  table.noteEvent({ passage: p, start, end: start + name.length, speaker: s.id });
  return true;
}

/**
 * "حاجی صالح‌محمد، که سه بیل میکانیکی دارد، …", "اما انجنیر ذکی‌الله منصوری، که سال‌ها …": a titled name whose
 * commas hold a relative clause introduces the person, so a dropped subject later ("گفت:") is theirs.
 */
function introduceTitledBeforeRelative(
  table: SpeakerTable,
  text: string,
  p: number,
  m: RegExpMatchArray,
  reading: Reading,
  inside: (at: number) => boolean,
): boolean {
  const clause = m.groups?.['role'] ?? '';
  // Cheap look first: the commas open on «که».
  if (!RELATIVE_OPENING.test(clause)) return false;
  // A sentence that goes on to a quotation is read by its own attribution, which may know the name better.
  // Read to the sentence's end, within a bounded reach (a passage may have no full stop).
  const rest = text.slice(m.index ?? 0, (m.index ?? 0) + RELATIVE_SENTENCE_REACH);
  const stop = rest.search(/[.!?؟]/u);
  if ((stop < 0 ? rest : rest.slice(0, stop)).includes('«')) return false;
  const bare = nameBefore(text, m.index ?? 0, reading);
  const name = bare && withTitleBefore(text, bare);
  if (!name || inside(name.start) || table.lookup(name.text)) return false;
  // A title and a name only: bare words before «که» may be a relative's ("پسر بزرگش نجیب، که …").
  if (!isTitledName(name.text)) return false;
  const s = table.add(name.text, '', { passage: p, start: name.start, end: name.start + name.text.length });
  table.noteEvent({ passage: p, start: name.start, end: name.start + name.text.length, speaker: s.id });
  return true;
}

/** "داکتر" before "نسرین احمدزی": a title that reading back stopped at (a role word too) joins the name. */
function withTitleBefore(
  text: string,
  name: { text: string; start: number },
): { text: string; start: number } {
  const before = text.slice(Math.max(0, name.start - 20), name.start);
  const title = before.trimEnd().split(/\s/u).at(-1) ?? '';
  if (!title || /[،,.!?؟«»:]/u.test(title) || !DARI_PERSON_TITLES.has(normalizeName(title))) return name;
  return {
    text: `${title} ${name.text}`,
    start: name.start - (before.length - before.trimEnd().length) - title.length,
  };
}

/** How far past a titled name's «که» clause its sentence is read for a quotation. */
const RELATIVE_SENTENCE_REACH = 400;

/** A relative clause in commas: "، که …،". */
const RELATIVE_OPENING = /^که[\s\u200C]/u;

/** «پس از سوت پایان، سرمربی …»: the words after «پس از», «هنگام» are a time, not a name before a role. */
const TIME_PREPOSITION_BEFORE =
  /(?:^|[\s\u200C])(?:(?:پس|بعد|پیش)[\s\u200C]+از|هنگام|در[\s\u200C]+جریان)[\s\u200C]*$/u;
function afterTimePreposition(text: string, start: number): boolean {
  return TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

/** People the Dari text introduces as "Name، role،", with their descriptions: before any quotation is read. */
export function findDariIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(APPOSITIVE, text)) {
      const role = m.groups?.['role'] ?? '';
      if (introduceRoleFirst(table, text, p, m, inside)) continue;
      if (introduceTitledBeforeRelative(table, text, p, m, reading, inside)) continue;
      if (!isDescription(role)) continue;
      const name = nameBeforeAge(text, m.index, reading);
      if (!name || inside(name.start) || endsWithConnective(text, m.index) || isPronounName(name.text))
        continue;
      if (!isDariPersonPhrase(name.text) || afterTimePreposition(text, name.start)) continue;
      const s = table.add(name.text, role.trim(), {
        passage: p,
        start: name.start,
        end: m.index + m[0].length,
      });
      table.noteEvent({ passage: p, start: name.start, end: name.start + name.text.length, speaker: s.id });
    }
    for (const m of matchesOf(DEMONSTRATIVE_THEN_NAME, text)) {
      const role = m.groups?.['role'] ?? '';
      const name = (m.groups?.['name'] ?? '').trim();
      const start = m.index + m[0].length - name.length;
      if (!DARI_ROLE_WORDS.has(roleHead(role)) || name.split(/\s+/).length > 5 || inside(start)) continue;
      const s = table.add(name, role, { passage: p, start: m.index, end: m.index + m[0].length });
      table.noteEvent({ passage: p, start, end: start + name.length, speaker: s.id });
    }
  });
}

/**
 * "یک مالدار کهن‌سال که …", "مسئول معادن ولایت که …": a sentence that opens with a role ("a/one" before it or
 * not), up to eight words (its adjectives, its
 * place), then the relative "که". Bounded repetition and a lazy run: each start reads at most nine words.
 */
const INDEFINITE_THEN_THAT = new RegExp(
  String.raw`(?:^|[.!?؟»]\s+)(?<phrase>(?<one>${tolerant('یک')}[\s\u200C]+)?[^\s\u200C،,.!?؟«»:]+(?:(?:[\s\u200C]+|،[\s\u200C]*)[^\s\u200C،,.!?؟«»:]+){0,7}?)[\s\u200C]+${tolerant('که')}(?!\p{L})`,
  'gu',
);

const ONE_OF = normalizeName('یکی');
/** Plural endings of a person word: "دکانداران", "نمایندگان", "دانشجویان", "معلم‌ها". */
const PERSON_PLURAL = new RegExp(`${wordAlternation(DARI_PERSON_PLURAL_ENDINGS)}$`, 'u');
/** "… جان داد", "… کشته شد": what befell one of them, read to the sentence's end; no source then. */
const BEFELL = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_CASUALTY_WORDS.filter((w) => w !== 'را'))}(?![\\p{L}])`,
  'u',
);
/** Characters read after "one of …" for what befell them. */
const BEFELL_REACH = 200;

/** Whether the sentence after `end` tells that the person was killed, wounded or arrested. */
function befallsAfter(text: string, end: number): boolean {
  return BEFELL.test(text.slice(end, sentenceEnd(text, end, Math.min(text.length, end + BEFELL_REACH))));
}

/**
 * "یکی از دکانداران بازار که نخواست نامش ذکر شود": "one of" a plural of people (a role or a trade) is one
 * source, whatever the sentence's verb.
 */
export function oneOfPeople(phrase: string): boolean {
  const [w0, w1, w2 = ''] = phrase.trim().split(/[\s]+/u);
  if (normalizeName(w0 ?? '') !== ONE_OF || normalizeName(w1 ?? '') !== OF || !PERSON_PLURAL.test(w2))
    return false;
  const stem = w2.replace(PERSON_PLURAL, '');
  const one = normalizeName(w2.endsWith('گان') ? `${stem}ه` : stem);
  return !INSTITUTIONS.has(one) && (DARI_ROLE_WORDS.has(one) || isAgentNoun(one));
}

/**
 * "یک کارمند در ریاست اطلاعات، فرهنگ و جوانان بغلان": a comma inside a source's phrase only between the items of a
 * list that "و" closes (an office's name); any other comma ends the phrase ("در همین حال، یک منبع …").
 */
function commasInList(phrase: string): boolean {
  const last = phrase.lastIndexOf('،');
  return last < 0 || /[\s\u200C]و[\s\u200C]/u.test(phrase.slice(last));
}

/** Role words that name an office, not a person: "ریاست گمرک که …" introduces no one who speaks. */
const INSTITUTIONS = new Set(
  'وزارت اداره دفتر کمیسیون شورای شورا ریاست قومندانی فرماندهی سازمان نهاد خبرگزاری پولیس پلیس'
    .split(' ')
    .map(normalizeName),
);
/** A phrase whose last word is a verb ("… تایید کرد", "… گفته است"): a clause, not a role and its place. */
const ENDS_IN_VERB = new RegExp(
  `(?:کرد|کرده|کردند|شد|شده|است|بود|گفت|داد|${VERB}|(?:^|[\\s\\u200C])ن?می\u200C[^\\s\\u200C]+)$`,
  'u',
);

/**
 * A feature's source introduced by description before a word of theirs is quoted ("یک مالدار کهن‌سال که … چای
 * می‌نوشد. او می‌گوید: «…»", "یک بزرگ قومی در ولسوالی … که نخواست نامش …، می‌گوید که …"): an anonymous
 * source, so a later "او" or "این مالدار" means them.
 */
export function findDariIndefiniteIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(INDEFINITE_THEN_THAT, text)) {
      const phrase = m.groups?.['phrase'] ?? '';
      const start = m.index + m[0].indexOf(phrase);
      const one = m.groups?.['one'] !== undefined;
      const head = phrase.split(/[\s\u200C]+/u)[one ? 1 : 0] ?? '';
      const key = roleHead(head);
      const oneOf = oneOfPeople(phrase) && !befallsAfter(text, start + phrase.length);
      const person = oneOf || !(INDEFINITE.has(key) || INSTITUTIONS.has(key));
      if (!(DARI_ROLE_WORDS.has(key) || oneOf) || !person || inside(start)) continue;
      // "ریاست گمرک نیز تایید کرد که …": a "که" after a verb opens what was said, not a relative clause.
      if (ENDS_IN_VERB.test(phrase) || !commasInList(phrase)) continue;
      // A definite role named later ("این مسئول، Name،") passes its quotations on (nameSourcesNamedLater).
      table.addAnonymous(phrase, '', { passage: p, start, end: start + phrase.length });
    }
  });
}

/**
 * "پدری در تالقان", "معلمی از ولسوالی ورسج", "پسری دوازده‌ساله از ولسوالی جرم": a person word with the
 * indefinite ending, perhaps an age, and "از" or "در" before a place the gazetteer knows (a district's word
 * before it or not). Each word of the person is read once: the pattern holds no lazy run.
 */
const INDEFINITE_FROM_PLACE =
  /(?<![\p{L}\u200C])(?<word>\p{L}+(?:\u200C\p{L}+)*)(?<age>\s[\p{L}\p{N}]+[\s\u200C]?ساله)?(?=(?<tail>\s(?:از|در)\s(?:(?:ولسوالی|ولایت|شهر)\s)?)(?<place>[^\s\u200C،,.!?؟«»:]+(?:[\s\u200C][^\s\u200C،,.!?؟«»:]+)?))/gu;

/** The indefinite "a/an" ending of a person word: "مادری" a mother, "راننده‌ای" a driver. */
const INDEFINITE_ENDING = /(?:\u200Cای|ی)$/u;

/** The place words after "از"/"در": two words the gazetteer knows together, else the first alone; null for none. */
function placeWords(place: string, reading: Reading): string | null {
  const words = place.split(/[\s\u200C]/u);
  if (words.length > 1 && reading.index.exact.has(normalizeName(place))) return place;
  const first = words[0] ?? '';
  return reading.index.exact.has(normalizeName(first)) ? first : null;
}

/**
 * A source the text introduces by what they are and where they are from ("نخستین پیام از پدری در تالقان است",
 * "معلمی از ولسوالی ورسج فرستاده"): an anonymous source, so the "او" after it is that source.
 */
export function findDariIndefiniteFromPlace(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(INDEFINITE_FROM_PLACE, text)) {
      const { word = '', tail = '', place = '' } = m.groups ?? {};
      if (!INDEFINITE_ENDING.test(word) || inside(m.index)) continue;
      const key = normalizeName(word.replace(INDEFINITE_ENDING, ''));
      if (!DARI_ROLE_WORDS.has(key) || INDEFINITE.has(key) || INSTITUTIONS.has(key)) continue;
      const named = placeWords(place, reading);
      if (!named) continue;
      // The place is read ahead, not taken: "دوم از پدری در …" leaves "پدری" to be read next.
      const end = m.index + m[0].length + tail.length + named.length;
      const phrase = text.slice(m.index, end);
      table.addAnonymous(phrase, '', { passage: p, start: m.index, end });
    }
  });
}

/** Where a sentence starts: the text's start or after its closing mark (and a closing quote). */
const SENTENCE_START = /(?:^|[.!?؟»])\s*/gu;
/** Words a definite role phrase may run to before its place: "رئیس صحت عامهٔ بغلان" has three. */
const ROLE_PHRASE_WORDS = 6;

/**
 * "سپس رئیس صحت عامهٔ بغلان به جایگاه آمد و …": a sentence that opens (after a word of time) on a definite
 * role that ends on a place the gazetteer knows has that office as its subject — a source the «او» after means,
 * named by the role when the text names no one who holds it.
 */
export function findDariRoleSubjects(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(SENTENCE_START, text)) {
      const at = m.index + m[0].length;
      const role = rolePhraseAt(text.slice(at, at + 120), reading);
      if (!role || inside(at + role.start)) continue;
      if (table.describedAs(role.phrase).length > 0) continue;
      const start = at + role.start;
      table.addAnonymous(role.phrase, '', { passage: p, start, end: start + role.phrase.length });
    }
  });
}

/** A count written in digits, Latin or Eastern: "۳ روز قبل". */
const COUNT_DIGITS = new RegExp(`^${DIGIT}+$`, 'u');
/**
 * How many words at `k` make a phrase of time: a word of time ("سپس", "پارسال"), or a span with its modifier and
 * perhaps a count before it ("سال گذشته", "دو سال پیش", "۳ روز قبل"); 0 for none.
 */
function timePhraseAt(words: readonly RegExpMatchArray[], k: number): number {
  const key = (j: number) => normalizeName(words[j]?.[0] ?? '');
  if (DARI_TIME_WORDS.has(key(k))) return 1;
  const counted = DARI_COUNT_WORDS.has(key(k)) || COUNT_DIGITS.test(key(k)) ? 1 : 0;
  const span = DARI_TIME_NOUNS.has(key(k + counted)) && DARI_TIME_MODIFIERS.has(key(k + counted + 1));
  return span ? counted + 2 : 0;
}

/** A definite role opening `head` (after words of time), up to a place; null when none opens it. */
function rolePhraseAt(head: string, reading: Reading): { phrase: string; start: number } | null {
  const words = [...matchesOf(/[^\s،,.!?؟«»:]+/gu, head)];
  let k = 0;
  for (let n = timePhraseAt(words, k); n > 0; n = timePhraseAt(words, k)) k += n;
  const first = words[k];
  const key = normalizeName(first?.[0] ?? '');
  if (!first || !DARI_ROLE_WORDS.has(key) || INDEFINITE.has(key) || INSTITUTIONS.has(key)) return null;
  // «امام صاحب در شمال کندز …»: a role word opening a place's name is that place.
  const next = words[k + 1]?.[0];
  if (next && reading.index.exact.has(normalizeName(`${first[0]} ${next}`))) return null;
  for (let j = k + 1; j < Math.min(words.length, k + ROLE_PHRASE_WORDS); j++) {
    const w = words[j];
    if (!w || /[،,]/u.test(head.slice((words[j - 1]?.index ?? 0) + (words[j - 1]?.[0].length ?? 0), w.index)))
      break;
    if (reading.index.exact.has(normalizeName(w[0]))) {
      const start = first.index ?? 0;
      return { phrase: head.slice(start, (w.index ?? 0) + w[0].length), start };
    }
  }
  return null;
}

/** "استاد غلام‌سخی ۶۸ سال دارد": a sentence that opens with a name (a title first, or not) and gives an age. */
const NAME_THEN_AGE = new RegExp(
  String.raw`(?:^|[.!?؟»]\s*)(?<name>(?:[^\s\u200C،,.!?؟«»:]+[\s\u200C]+){1,4}?)${DIGIT}+[\s\u200C]*سال`,
  'gu',
);
/**
 * "حاجی نورالدین هشتاد و یک سال دارد", "شیرین، بیست و سه ساله، …": a sentence that opens with a name and gives
 * an age in words, right after the name or in commas.
 */
const NAME_THEN_WORD_AGE = new RegExp(
  String.raw`(?:^|[.!?؟»]\s*)(?<name>(?:[^\s\u200C،,.!?؟«»:]+[\s\u200C]+){0,3}?[^\s\u200C،,.!?؟«»:]+)(?:[\s\u200C]*،[\s\u200C]*|[\s\u200C]+)${DARI_AGE}`,
  'gu',
);

/**
 * A person a feature introduces by opening a sentence with their name and age ("داکتر نسرین شغنانی ۲۹ سال دارد
 * و …"): a name of one to three words (a title before it kept), none a role, a function word or a place.
 */
export function findDariAgeIntroductions(table: SpeakerTable, reading: Reading): void {
  introduceNamed(table, reading, NAME_THEN_AGE);
  introduceNamed(table, reading, NAME_THEN_WORD_AGE);
  introduceNamed(table, reading, TITLED_NAME_THEN_THAT);
}

/** "نزدیک به"، "بیش از"، "حدود": a span of years given roughly. */
const ROUGHLY = String.raw`(?:(?:نزدیک|قریب)\s+به|بیش(?:تر)?\s+از|حدود|در\s+حدود)\s+`;
/**
 * "حاجی غلام‌سرور ساحل نزدیک به پنجاه سال است که …", "استاد نجیب‌الله سال‌هاست که …": a sentence that opens on a
 * title and a name, then how many years they have done what the clause tells — a feature's or an interview's
 * introduction of its person. A title is needed: without one the words before the years may be a people or a town.
 */
const TITLED_NAME_FOR_YEARS = new RegExp(
  String.raw`(?:^|[.!?؟»]\s*)(?<name>${tolerant(`(?:${DARI_TITLE_WORDS.join('|')})`)}(?:\s[^\s‌،,.!?؟«»:][^\s،,.!?؟«»:]*){1,3}?)\s+(?:(?:${ROUGHLY})?(?:${DARI_AGE_NUMBER}|چند)[\s\u200C]*(?:سال|دهه)[\s\u200C]*است|سال[\s\u200C]*هاست)\s+${tolerant('که')}\s+(?<what>[^.!?؟«»]{1,80})`,
  'gu',
);

const INSTITUTION_WORDS = new Set(DARI_INSTITUTION_NOUNS.map(normalizeName));

/**
 * "حاجی کریم", not "داکتر شفاخانه کندز", "استاد مکتب ما", "ملا ها": after its title each word reads as a name's —
 * no role, office, institution, place, pronoun or plural «ها».
 */
function isTitledPersonName(name: string, reading: Reading): boolean {
  const rest = name.split(/\s+/u).slice(1);
  return (
    isDariAgedName(name, reading) &&
    !isPronounName(rest.join(' ')) &&
    rest.every((w) => DARI_NAME_WORD.test(w) && !isNoNameWord(w) && !INSTITUTION_WORDS.has(roleHead(w)))
  );
}

/** A speech verb in a description: what follows is someone's words, not what the person does. */
const SPEECH_IN_DESCRIPTION = new RegExp(`(?<![\\p{L}\\u200C])${VERB}(?![\\p{L}\\u200C])`, 'u');

/**
 * "بیمار است و پسرش گفت:" → "بیمار است": what a person has done for years ends at «و» after its verb (the next
 * clause is another's) and before a speech verb.
 */
function yearsDescription(what: string): string {
  const spoken = SPEECH_IN_DESCRIPTION.exec(what);
  const parts = (spoken ? what.slice(0, spoken.index) : what).split(/\sو\s/u);
  let out = (parts[0] ?? '').trim();
  for (const part of parts.slice(1)) {
    if (ENDS_IN_VERB.test(out)) break;
    out = `${out} و ${part.trim()}`;
  }
  return out.replace(/[:،,]$/u, '').trim();
}

/**
 * The person TITLED_NAME_FOR_YEARS introduces, described by what they have done for years (so an interview's
 * unnamed "پاسخ:" falls to them, as to a person introduced with a role).
 */
export function findDariYearsIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(TITLED_NAME_FOR_YEARS, text)) {
      const name = m.groups?.['name'] ?? '';
      const start = (m.index ?? 0) + m[0].indexOf(name);
      if (!name || inside(start) || !isTitledPersonName(name, reading)) continue;
      const s = table.add(name, yearsDescription(m.groups?.['what'] ?? ''), {
        passage: p,
        start,
        end: start + name.length,
      });
      table.noteEvent({ passage: p, start, end: start + name.length, speaker: s.id });
    }
  });
}

/**
 * "انجنیر حمیدالله نوری که سال‌ها در بند برق کار کرده است، …": a sentence that opens on a title and a name, then a
 * relative clause describing them, introduces a person.
 */
const TITLED_NAME_THEN_THAT = new RegExp(
  String.raw`(?:^|[.!?؟»]\s*)(?<name>${tolerant(`(?:${[...DARI_TITLE_WORDS, ...DARI_KIN_TITLE_WORDS].join('|')})`)}(?:\s[^\s‌،,.!?؟«»:][^\s،,.!?؟«»:]*){1,3}?)\s${tolerant('که')}(?![\p{L}‌])`,
  'gu',
);

/** "نام او حاجی نادر است", "نامش گل‌بی‌بی است": a paragraph that opens by giving the name of someone described. */
const NAME_IS_OPENING =
  /^\s*(?:نام|اسم)(?:[\s\u200C]+(?:او|وی|این[\s\u200C]+(?<noun>[^\s\u200C]+))|[\s\u200C]*ش)\s+(?<name>[^\s،,.!?؟«»:]+(?:\s+[^\s،,.!?؟«»:]+){0,2}?)\s+(?:است|بود)(?![\p{L}\u200C])/u;
/**
 * "نامش را بعدتر در بازار دانستم: X", "نام او را از همسفرش پرسیدم: X", "خود را X معرفی کرد": a paragraph that
 * opens by telling how the writer learned the name of someone described, or how they introduced themselves.
 */
const NAME_LEARNED_OPENING =
  /^\s*(?:(?:نام|اسم)(?:[\s\u200C]+(?:او|وی)|[\s\u200C]*ش)[\s\u200C]+را[\s\u200C][^.!?؟«»:]{0,100}?(?:دانستم|فهمیدم|پرسیدم|شنیدم|گفت|گفتند):\s*(?<name>[^\s،,.!?؟«»:]+(?:\s+[^\s،,.!?؟«»:]+){0,2}?)(?=\s*[.،,!?؟]|\s*$)|(?:او\s+)?خود(?:ش)?\s+را\s+(?<self>[^\s،,.!?؟«»:]+(?:\s+[^\s،,.!?؟«»:]+){0,2}?)\s+معرفی[\s\u200C]+(?:کرد|می‌کند|می‌کرد))/u;

/** The name a paragraph opening gives someone described: «نام او X است», «نامش را … دانستم: X», «خود را X معرفی کرد». */
function openingNaming(text: string): { name: string; noun: string | undefined; at: number } | null {
  const m = NAME_IS_OPENING.exec(text) ?? NAME_LEARNED_OPENING.exec(text);
  const name = m?.groups?.['name'] ?? m?.groups?.['self'] ?? '';
  if (!m || !name) return null;
  return { name, noun: m.groups?.['noun'], at: m[0].lastIndexOf(name) };
}

/**
 * "…، پیرمردی با ریش سفید", "زنی میانسال": a role word with the indefinite ی opening its clause, as a described
 * subject does ("مرکز ولسوالی" inside a clause is a district, not "a district governor").
 */
const INDEFINITE_ROLE = /(?<=^|[.!?؟»،]\s{0,2})(?<head>[\p{L}\u200C]+?)(?:ی|‌ای)(?![\p{L}\u200C])/gu;

/** How many paragraphs before its name a person may be described. */
const DESCRIBED_REACH = 2;

/** The first person a paragraph describes by a role word with the indefinite ی ("پیرمردی"), outside quotations. */
function describedPerson(
  text: string,
  inside: (at: number) => boolean,
): { head: string; start: number } | null {
  for (const m of matchesOf(INDEFINITE_ROLE, text)) {
    const head = normalizeName(m.groups?.['head'] ?? '');
    if (inside(m.index) || !DARI_ROLE_WORDS.has(head) || INDEFINITE.has(head) || INSTITUTIONS.has(head))
      continue;
    return { head, start: m.index };
  }
  return null;
}

/**
 * "پیرمردی با ریش سفید … کمان را در دست دارد." then a paragraph opening "نام او حاجی نادر است": the person
 * described first is the one named, so the role word («پیرمرد»، «این پیرمرد») stands for them later, and a
 * quotation whose subject is dropped after the description is theirs.
 */
export function findDariDescribedThenNamed(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const m = p > 0 && isDariPassageOf(reading, p) ? openingNaming(text) : null;
    const name = m?.name ?? '';
    // «نام این مرد …» names a person; «نام این روستا …» a village.
    const noun = m?.noun;
    if (!m || (noun && !DARI_ROLE_WORDS.has(roleHead(noun))) || !isDariAgedName(name, reading)) return;
    // The description may stand a paragraph further back, its first quotation between.
    for (let k = p - 1; k >= Math.max(0, p - DESCRIBED_REACH); k--) {
      const described = describedPerson(reading.texts[k] ?? '', insideQuote(reading, k));
      if (!described) continue;
      const at = m.at;
      const end = described.start + described.head.length;
      const s = table.add(name, described.head, { passage: k, start: described.start, end });
      table.noteGivenName({ passage: k, start: described.start, end, speaker: s.id });
      table.noteGivenName({ passage: p, start: at, end: at + name.length, speaker: s.id });
      return;
    }
  });
}

/** "زنی از قریهٔ ما به نام بی‌بی‌جان …": up to three words after "به نام" (words joined by ZWNJ are one). */
const NAMED_AS =
  /(?<!\p{L})به[\s\u200C]+نام[\s\u200C]+(?<words>[^\s،,.!?؟«»:]+(?:\s+[^\s،,.!?؟«»:]+){0,2})/gu;

/**
 * A person the text introduces "به نام X" ("by the name X"): the words after it up to the first that is no
 * name's (a role or kin word, a function word, a time, a place, a verb) or an object before «را», as a speaker
 * named there.
 */
export function findDariNamedAs(table: SpeakerTable, reading: Reading): void {
  introduceNamed(table, reading, NAMED_AS, /نام/u, namedAsName);
  introduceNamed(table, reading, SELF_NAMED, /معرفی/u);
}

/** "پدری … که خود را غلام‌رسول معرفی کرده": the name someone introduced themselves by, anywhere in a sentence. */
const SELF_NAMED =
  /(?<!\p{L})خود(?:ش)?\s+را\s+(?<name>[^\s،,.!?؟«»:]+(?:\s[^\s،,.!?؟«»:]+){0,2}?)\s+معرفی[\s\u200C]*(?:کرد|کرده|نمود|نموده|می[\s\u200C]*کند|می[\s\u200C]*کرد)(?!\p{L})/gu;

/** The name "به نام" gives: its words up to the first that is no name's, or up to the object before «را». */
function namedAsName(m: RegExpMatchArray, reading: Reading): NameFound | null {
  const raw = m.groups?.['words'] ?? '';
  // "به نام غلام‌حیدر گاوش را …": the word before «را» is an object, no part of the name.
  const object = raw.split(/\s+/u).indexOf('را');
  const words = raw.split(/\s+/u).slice(0, object < 0 ? undefined : object - 1);
  const k = words.findIndex((w) => !isDariAgedName(w, reading) || DARI_TIME_WORDS.has(normalizeName(w)));
  const name = (k < 0 ? words : words.slice(0, k)).join(' ');
  return name ? { name, start: (m.index ?? 0) + m[0].length - raw.length } : null;
}

/** A name a pattern's match gives, and where it starts in the passage. */
interface NameFound {
  name: string;
  start: number;
}

/** «سال‌هاست», «مدت‌هاست»: "for years now", a span glued to its «است». */
const SPAN_SO_FAR = /^(?<noun>\p{L}+?) ?هاست$/u;

/** A word of time ("حالا") or a span so far ("سال‌هاست"): no word of a name before it. */
function isTimeWordOrSpan(word: string): boolean {
  const key = normalizeName(word);
  const noun = SPAN_SO_FAR.exec(key)?.groups?.['noun'] ?? '';
  return DARI_TIME_WORDS.has(key) || DARI_TIME_NOUNS.has(noun);
}

/** The match's "name" group, when it reads as a Dari name. */
function agedName(m: RegExpMatchArray, reading: Reading): NameFound | null {
  const raw = m.groups?.['name'] ?? '';
  // "سمیع حالا ۳۳ ساله است": a word of time between the name and the age is no part of the name.
  const words = raw.trim().split(/\s+/u);
  while (words.length > 1 && isTimeWordOrSpan(words.at(-1) ?? '')) words.pop();
  // "حالا هشتاد سال دارد": a sentence opening on a time word and an age has dropped its subject.
  while (words.length > 0 && DARI_TIME_WORDS.has(normalizeName(words[0] ?? ''))) words.shift();
  if (words.length === 0) return null;
  const name = words.join(' ');
  const start = (m.index ?? 0) + m[0].indexOf(raw) + raw.indexOf(words[0] ?? '');
  return isDariAgedName(name, reading) ? { name, start } : null;
}

/**
 * Each Dari passage's matches of `pattern` (in a passage `cue` finds, when given) that `nameOf` reads a name in:
 * a speaker, named there.
 */
function introduceNamed(
  table: SpeakerTable,
  reading: Reading,
  pattern: RegExp,
  cue?: RegExp,
  nameOf: (m: RegExpMatchArray, reading: Reading) => NameFound | null = agedName,
): void {
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p) || (cue && !cue.test(text))) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(pattern, text)) {
      const found = nameOf(m, reading);
      if (!found || inside(found.start) || isPronounName(found.name)) continue;
      if (kinTitleWithoutName(found.name, reading.index)) continue;
      const { name, start } = found;
      const s = table.add(name, '', { passage: p, start, end: start + name.length });
      table.noteEvent({ passage: p, start, end: start + name.length, speaker: s.id });
    }
  });
}

/**
 * "دیروز به دیدن استاد نجیب‌الله رفتم", "با حاجی نورالله گفت‌وگو کردیم", "به خانهٔ کاکا غلام‌حیدر رفتیم": a person
 * the writer visits (at their home or shop) or talks with, named between the verb's words.
 */
const VISIT = new RegExp(
  String.raw`(?<!\p{L})(?:به[\s\u200C]+(?:دیدن|(?:خانه|دکان)(?:ٔ|[\s\u200C]*ی)?)|با)[\s\u200C]+(?<name>(?:[^\s\u200C،,.!?؟«»:]+[\s\u200C]+){1,4}?)` +
    String.raw`(?:رفتم|رفتیم|(?:دیدار|ملاقات|گفت[\s\u200C]*و[\s\u200C]*گو|گفتگو|مصاحبه)[\s\u200C]*(?:کردم|کردیم|داشتم|داشتیم))(?!\p{L})`,
  'gu',
);

const VISIT_VERBS = /(?:رفتم|رفتیم|کردم|کردیم|داشتم|داشتیم)/u;

/** People the writer went to see or spoke with, as speakers the next «گفت» or quotation may mean. */
export function findDariVisitIntroductions(table: SpeakerTable, reading: Reading): void {
  introduceNamed(table, reading, VISIT, VISIT_VERBS);
}

/** Whether words before an age are a name: after any titles, one to three words, none a role, a function word or a place. */
export function isDariAgedName(name: string, reading: Pick<Reading, 'index'>): boolean {
  const words = name.split(/[\s]+/).filter(Boolean);
  const titles = words.findIndex((w) => !DARI_PERSON_TITLES.has(normalizeName(w)));
  const rest = titles < 0 ? [] : words.slice(titles);
  if (rest.length === 0 || rest.length > 3 || !rest.every((w) => isDariText(w))) return false;
  return rest.every((w) => {
    const key = normalizeName(w);
    return (
      !NOT_NAME.has(key) && !DARI_ROLE_WORDS.has(key) && !reading.index.exact.has(key) && !/^ن?می /u.test(key)
    );
  });
}

/**
 * "به گفتهٔ این مقام، مولوی عبدالحکیم ثاقب،": "this official, Name," — the name of someone the text described
 * before by a role, who the later "آقای ثاقب" is.
 */
const DEMONSTRATIVE_THEN_NAME =
  /(?<!\p{L})(?:این|آن) (?<role>[^\s،.!?؟«»:]+) ?، ?(?<name>[^\s،.!?؟«»:\d][^،.!?؟«»:\n\d]{1,59})(?=،)/gu;

/** Words a connective may span, read back from a comma ("در همین حال و هوا"). */
const CONNECTIVE_WORDS = 5;

/** "در همین حال، یک منبع …،": whether the words right before `end` are a connective, not a name. */
export function endsWithConnective(text: string, end: number): boolean {
  // Words split at white space only: a name joined by a joiner ("شاه‌ولی") is one word, not "شاه" and "ولی" (but).
  const words = text
    .slice(Math.max(0, end - 40), end)
    .split(/\s+/u)
    .map(normalizeName);
  for (let k = 1; k <= Math.min(CONNECTIVE_WORDS, words.length); k++) {
    if (DARI_CONNECTIVES.has(words.slice(-k).join(' '))) return true;
  }
  return false;
}

/** Two to four name-like words right before `end`, or null. */
const IN = normalizeName('در');
const FROM = normalizeName('از');
const ONE = normalizeName('یکی');

/** Words a title may stand before a surname: "استاد عبدالرحیم محمد دوشی" has two given names between. */
const TITLE_REACH = 3;

/** Whether a title opens the few name words right before word k: a surname after it may be a place's name. */
function titledBefore(words: readonly RegExpMatchArray[], k: number, reading: Reading): boolean {
  for (let j = k - 1; j >= Math.max(0, k - TITLE_REACH); j--) {
    const key = normalizeName(words[j]?.[0] ?? '');
    if (DARI_PERSON_TITLES.has(key)) return j < k - 1;
    if (NOT_NAME.has(key) || DARI_ROLE_WORDS.has(key) || reading.index.exact.has(key)) return false;
  }
  return false;
}

/** An age right before a comma, in commas of its own or not: "، هفتاد و چهار ساله", " ۱۹ ساله". */
const AGE_AT_END = new RegExp(
  `(?:[\\s\\u200C]*،)?[\\s\\u200C]*${DARI_AGE_NUMBER}[ \\u00A0\\u200C]*ساله[\\s\\u200C]*$`,
  'u',
);

/**
 * "بی‌بی گلنار، شصت و دو ساله، بیوهٔ یک …،", "نجیب‌الله ۲۳ ساله، …": the name before a description is read over
 * the age between them; a trade before the age ("نانوای پنجاه ساله،") is a description, never a name.
 */
function nameBeforeAge(text: string, end: number, reading: Reading): { text: string; start: number } | null {
  const from = Math.max(0, end - 60);
  const age = AGE_AT_END.exec(text.slice(from, end));
  if (!age) return nameBefore(text, end, reading);
  const name = nameBefore(text, from + age.index, reading);
  const last = normalizeName(name?.text.split(/\s+/u).at(-1) ?? '');
  return name && !isAgentNoun(last) ? name : null;
}

function nameBefore(text: string, end: number, reading: Reading): { text: string; start: number } | null {
  const head = text.slice(Math.max(0, end - 60), end);
  const words = [...matchesOf(/[^\s،,.!?؟«»:]+/gu, head)];
  const taken: RegExpMatchArray[] = [];
  for (let k = words.length - 1; k >= 0 && taken.length < 4; k--) {
    const w = words[k];
    const next = taken[0];
    if (!w) break;
    const key = normalizeName(w[0]);
    const gap = next
      ? head.slice((w.index ?? 0) + w[0].length, next.index)
      : head.slice((w.index ?? 0) + w[0].length);
    // "در پایان برنامه، یکی از …": what follows "در" (in, at) is a place or a time, not a person; what follows
    // "یکی از" (one of) is a group.
    const partitive = key === FROM && normalizeName(words[k - 1]?.[0] ?? '') === ONE;
    if ((key === IN || partitive) && taken.length > 0) return null;
    if (!/^[\s\u200C]*$/.test(gap) || NOT_NAME.has(key) || DARI_ROLE_WORDS.has(key) || !isDariText(w[0]))
      break;
    if (DARI_TIME_WORDS.has(key)) break;
    // A verb ("می‌برد") or a place ("مزار شریف") ends the name read backwards — but a place closing a titled
    // name is a surname taken from it ("استاد عبدالرحیم دوشی").
    const surname = taken.length === 0 && titledBefore(words, k, reading);
    if ((reading.index.exact.has(key) && !surname) || /^ن?می /u.test(key)) break;
    const pair = next ? `${key} ${normalizeName(next[0])}` : '';
    if (pair && reading.index.exact.has(pair)) {
      taken.shift();
      break;
    }
    taken.unshift(w);
  }
  // Dari often writes a name as one word (نورمحمد، عبدالصبور): one is enough before a description.
  if (taken.length === 0) return null;
  const first = taken[0];
  const start = Math.max(0, end - 60) + (first?.index ?? 0);
  return { text: text.slice(start, end).trim(), start };
}

/**
 * Whether a phrase read as a speaker can be a person's: never a time ("زمستان گذشته") nor a clause with an
 * object and its «را» ("بیل را روی زانویش می‌گذارد"). (A «می» left of a verb the pattern cut is no sign: "بزرگان
 * ما می‌گفتند".)
 */
export function isDariPersonPhrase(phrase: string): boolean {
  const words = normalizeName(phrase).split(' ').filter(Boolean);
  if (words.includes('را')) return false;
  const [first, second] = words;
  return !(first && DARI_TIME_NOUNS.has(first) && second && DARI_TIME_MODIFIERS.has(second));
}

/** Words that open no name: "بر تختهٔ …", "کسی …", "نوشته شده …" are a place, "someone" or a verb. */
const NOT_NAME_START = new Set(['کسی', 'هیچ', 'نوشته', 'بر', 'همه'].map(normalizeName));

/** Whether a subject read as a name may be one: it opens with no function word, adverbial or "someone". */
export function isDariNameStart(name: string): boolean {
  const first = normalizeName(name.split(/\s/)[0] ?? '');
  return (
    !NOT_NAME.has(first) &&
    !ADVERBIAL_START.has(first) &&
    !NOT_NAME_START.has(first) &&
    !DEMONSTRATIVES.has(first)
  );
}

/** The possessive endings a kin noun takes ("پدرم" my father, "مادرش" his mother, "کاکایشان" their uncle). */
const DARI_POSSESSIVE_ENDING = /^(?:\s?ی)?(?:م|ت|ش|مان|تان|شان)?$/u;

/** Whether a speaker's name is a kin noun or a title alone ("پدرم", "بابه", "حاجی"): no one's name. */
export function isDariKinOrTitleAlone(name: string): boolean {
  const key = normalizeName(name);
  if (DARI_PERSON_TITLES.has(key)) return true;
  return DARI_KIN_STEMS.some(
    (stem) => key.startsWith(stem) && DARI_POSSESSIVE_ENDING.test(key.slice(stem.length)),
  );
}

/** A third person's possessive on a kin noun: "پسرش" his son, "دختر شان" their daughter. */
const THIRD_PERSON_POSSESSIVE = /^(?:\s?ی)?(?:ش|شان)$/u;

/**
 * "به گفتهٔ پسرش، …" after "X، پسر بزرگ او، …": a kin noun with "his/her/their" is the one person the text
 * describes by that kin noun; null when it describes none or several (the relative then stays a source of its own).
 */
export function kinHolder(table: SpeakerTable, name: string): string | null {
  const key = normalizeName(name);
  const stem = DARI_KIN_STEMS.find(
    (k) => key.startsWith(k) && THIRD_PERSON_POSSESSIVE.test(key.slice(k.length)),
  );
  if (!stem) return null;
  const holders = table.describedAs(stem).filter((h) => normalizeName(h.description).startsWith(stem));
  return holders.length === 1 ? (holders[0]?.id ?? null) : null;
}

/**
 * "به گفتهٔ حاجی عبدالصمد، پدرش همیشه می‌گفت": "his father" the text describes no one as is a source of its own,
 * named by the kin noun and its owner — the person named last before, in this paragraph ("پدر حاجی عبدالصمد").
 */
function ownersRelative(
  table: SpeakerTable,
  phrases: readonly (string | null)[],
  passage: number,
  text: string,
  from: number,
): string | null {
  for (const phrase of phrases) {
    const word = phrase?.trim().split(/\s+/u)[0] ?? '';
    const key = normalizeName(word);
    const stem = DARI_KIN_STEMS.find(
      (k) => key.startsWith(k) && key.length > k.length && THIRD_PERSON_POSSESSIVE.test(key.slice(k.length)),
    );
    // The kin word stands at the subject: read for it over a bounded stretch, never the rest of the text.
    const found = stem ? text.slice(from, from + OWNER_REACH).indexOf(word) : -1;
    if (found < 0) continue;
    const at = from + found;
    // The owner stands in the kin word's own sentence: "به گفتهٔ X، پدرش …", "X می‌گوید که پدرش …".
    const sentenceStart = Math.max(startOfSentence(table, text, at), at - OWNER_REACH);
    // "X، سخنگوی پولیس، گفت که پدرش …": an official reports on others; whose father is not said.
    if (OFFICIAL.test(text.slice(sentenceStart, at))) continue;
    const last = table.lastPersonNamed(passage, at, null);
    const inSentence = last?.passage === passage && last.start >= sentenceStart && last.end <= at;
    const known = inSentence ? table.speaker(last.speaker) : undefined;
    const owner =
      known && !known.anonymous && !isDariKinOrTitleAlone(known.name)
        ? known.name
        : openingName(text.slice(sentenceStart, at));
    if (!owner) continue;
    const kin = word.replace(/\u200C?ی?(?:شان|ش)$/u, '');
    return table.addAnonymous(`${kin} ${owner}`, '', { passage, start: at, end: at + word.length }).id;
  }
  return null;
}
/** "نصیر احمد شاکر، نجار …، افزود که": the name a sentence opens on, up to its first comma or "که"; else null. */
function openingName(sentence: string): string | null {
  const head =
    sentence
      .trimStart()
      .split(/[،,]|[\s\u200C]که[\s\u200C]/u)[0]
      ?.trim() ?? '';
  return head !== '' && head.length < sentence.trim().length && readsAsDariName(head) ? head : null;
}
/** Characters read back from a kin word for its sentence's start. */
const OWNER_REACH = 200;
/** An office in the kin word's sentence ("سخنگوی پولیس", "رئیس …"): its holder speaks of others' kin. */
const OFFICIAL = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_OFFICIAL_ROLES)}(?![\\p{L}\\u200C])`,
  'u',
);
/**
 * A text's sentence starts, read once however many subjects it holds: kept per table (one ingest's), as
 * reading-cache.ts keeps its facts per reading, so nothing outlives the ingest that made it.
 */
const sentenceStartsByTable = new WeakMap<SpeakerTable, Map<string, (pos: number) => number>>();

/** Where the sentence holding `pos` starts (sentences.ts), the text's sentences read once. */
function startOfSentence(table: SpeakerTable, text: string, pos: number): number {
  let byText = sentenceStartsByTable.get(table);
  if (!byText) sentenceStartsByTable.set(table, (byText = new Map()));
  let startOf = byText.get(text);
  if (!startOf) byText.set(text, (startOf = sentenceStartOf(text)));
  return startOf(pos);
}

/**
 * "…، نوهٔ حاجی، … او می‌گوید", "به دیدن استاد عبدالغفور رفتم … نام پدرم را گفتم. بعد گفت:": a pronoun whose last
 * mention is a kin noun or a title alone — a possessor or an object in someone's sentence, not the speaker of one —
 * means the person the same paragraph named before it by name.
 */
function namedOverKinOrTitle(
  table: SpeakerTable,
  last: { passage: number; start: number; end: number; speaker: string },
  text: string,
  passage: number,
): string | null {
  const bare = table.speaker(last.speaker);
  if (!bare || !isDariKinOrTitleAlone(bare.name)) return null;
  // A mention a speech verb follows spoke, in this paragraph or an earlier one: it stays the speaker.
  const lastText = last.passage === passage ? text : table.passageText(last.passage);
  if (DARI_VERB_AFTER.test(lastText.slice(last.end, last.end + 40))) return null;
  // Read back from the mention, in its paragraph only: the events are in reading order.
  const { events } = table;
  for (let k = lastBelow(events, positionKey(last.passage, last.start), eventKey); k >= 0; k--) {
    const ev = events[k];
    if (!ev || ev.passage !== last.passage) break;
    const who = table.speaker(ev.speaker);
    if (ev.speaker !== last.speaker && who && !isDariKinOrTitleAlone(who.name)) return ev.speaker;
  }
  return null;
}
const eventKey = (e: { passage: number; start: number }): number => positionKey(e.passage, e.start);
/**
 * A speech verb right after a mention: the mention is the speaker ("پدرم همیشه می‌گفت"); not after «را", which
 * makes it the object ("نام پدرم را گفتم").
 */
const DARI_VERB_AFTER = new RegExp(
  `^[\\s\\u200C]*(?:(?!را[\\s\\u200C])[^\\s«»،.:]+[\\s\\u200C]+){0,2}${VERB}`,
  'u',
);

const SIR = normalizeName('صاحب');

/**
 * "مولوی صاحب گفت", "به گفتهٔ حاجی": a title alone, or with "صاحب" ("sir"), is the one person the text names in
 * full with that title; null when it names none or several so.
 */
export function titleHolder(table: SpeakerTable, name: string): SpeakerDraft | null {
  const [title, sir, ...rest] = normalizeName(name).split(' ');
  if (!title || !DARI_PERSON_TITLES.has(title) || rest.length > 0 || (sir !== undefined && sir !== SIR))
    return null;
  const holders = table.speakers.filter((h) => {
    const held = heldTitle(h);
    return !h.anonymous && held === title;
  });
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

/** Each speaker's first word, folded, when the name has more words: asked per quotation, folded once per name. */
const titlesHeld = new WeakMap<SpeakerDraft, { name: string; title: string | null }>();
function heldTitle(h: SpeakerDraft): string | null {
  const have = titlesHeld.get(h);
  if (have?.name === h.name) return have.title;
  const words = normalizeName(h.name).split(' ');
  const title = words.length > 1 ? (words[0] ?? null) : null;
  titlesHeld.set(h, { name: h.name, title });
  return title;
}

/** How many paragraphs that open on "او" may stand between a person named and a dropped subject. */
const PRONOUN_CHAIN = 3;
/** A paragraph opening on a pronoun subject: "او تار ابریشم را به نور نزدیک می‌کند …". */
const OPENS_ON_PRONOUN = new RegExp(DARI_PRONOUN_OPENING, 'u');

/**
 * "X … . [¶] «…» می‌گوید. [¶] او رنگ‌ها را جدا می‌کند … [¶] «…» می‌گوید.": the narration goes on about the one
 * person through paragraphs that open on "او" or on their words (no one else named in them), so a dropped
 * subject after them is still that person.
 */
function carriedByPronouns(table: SpeakerTable, named: number, passage: number): boolean {
  if (passage - named - 1 > PRONOUN_CHAIN) return false;
  for (let p = named + 1; p < passage; p++) {
    const text = table.passageText(p);
    if (!OPENS_ON_PRONOUN.test(text) && !text.trimStart().startsWith('«')) return false;
  }
  return true;
}

/** Where a sentence ends after a source's phrase: its stop or a paragraph's line break. */
const SENTENCE_STOP = /[.!?؟\n]/u;
/** Characters after a source's phrase read for the verb of its sentence. */
const SOURCE_SENTENCE_REACH = 400;

/**
 * "یک فروشنده … که نخواست نامش گفته شود، می‌گوید …. [¶] او می‌گوید …": an anonymous source that spoke in its own
 * sentence, in this paragraph or the one before, is who a pronoun means when no one is named since (the
 * table's "ambiguous" null): a person named shortly before the source has handed the report over to it.
 */
function spokenSourceBefore(table: SpeakerTable, passage: number, at: number): PersonEvent | null {
  const [source] = table.anonymousSourcesBefore(passage, at, DROPPED_REACH, 1);
  if (!source || table.isGroup(source.speaker)) return null;
  // Read a bounded stretch: every pronoun quotation after the source asks about the same one.
  const rest = table.passageText(source.passage).slice(source.end, source.end + SOURCE_SENTENCE_REACH);
  const stop = rest.search(SENTENCE_STOP);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  return hasDariSpeechVerb(sentence) ? source : null;
}

/** "به یک مسئول … زنگ زدم. گفت:": the one the teller met since `last`, as an anonymous source. */
function metSource(
  table: SpeakerTable,
  text: string,
  passage: number,
  at: number,
  last: PersonEvent | null,
  create: boolean,
): string | null {
  const met = create ? interlocutorBefore(text, at) : null;
  // Someone named since the meeting speaks on; the source itself, once added, is its own last event.
  if (!met || (last?.passage === passage && last.start > met.start)) return null;
  if (last?.passage === passage && last.start === met.start) return last.speaker;
  return table.addAnonymous(indefinitePhrase(met.who), '', { passage, start: met.start, end: met.end }).id;
}

/** The speaker id a Dari subject names, adding the speaker when new (`create`). */
export function resolveDariSubject(
  table: SpeakerTable,
  s: DariSubject,
  passage: number,
  create: boolean,
  text: string,
): string | null {
  const intro = { passage, start: s.start, end: s.end };
  // "سخنی گفت که …": a noun of words is what was said, never who said it.
  const wordsNoun = (w: string | null) =>
    !!w && WORDS_NOUNS.has(normalizeName(w.trim().split(/\s/u)[0] ?? ''));
  if (wordsNoun(s.name) || wordsNoun(s.role)) return null;
  if (isPluralPronoun(s.name) || isPluralPronoun(s.role)) {
    const found = speakingGroupBefore(text, s.start);
    if (!found) return null;
    const known = table.lookup(found.group);
    if (known || !create) return known?.id ?? null;
    return table.addAnonymous(found.group, '', {
      passage,
      start: found.start,
      end: found.start + found.group.length,
    }).id;
  }
  if (s.pronoun) {
    // "یک باشنده … گفت که …. «…»، او گفت.": the one this paragraph reports speaking is who "او" means.
    const reported = dariReportedSpeaker(text, s.start);
    if (reported && !reported.pronoun) return resolveDariSubject(table, reported, passage, create, text);
    const last = table.lastEventBefore(passage, s.start, null) ?? spokenSourceBefore(table, passage, s.start);
    const met = metSource(table, text, passage, s.start, last, create);
    if (met) return met;
    if (s.addressee && !namedInSentenceBefore(table, last, passage, s.start)) return null;
    // A dropped subject goes on from the sentences just before: the paragraph or the one before it.
    const far = !!last && passage - last.passage > DROPPED_REACH;
    if (s.dropped && last && far && !carriedByPronouns(table, last.passage, passage)) return null;
    // Carried by such paragraphs, the sentence subject is read back as far as the person named.
    const reach = far && last ? passage - last.passage : DROPPED_REACH;
    const described = s.dropped && last ? describedSubjectOf(table, last) : null;
    if (described) return described;
    const subject = s.dropped && last ? sentenceSubjectBefore(table, last, passage, reach) : null;
    if (subject) return subject.speaker;
    if (!last) return null;
    return introducedAround(table, last) ?? namedOverKinOrTitle(table, last, text, passage) ?? last.speaker;
  }
  // "همان موسفید چهاردره … گفت:" ("that same elder") with no source of that role in reach: the one the column
  // met before, a source of its own.
  if (s.demonstrative && s.role) {
    const same = normalizeName(text.slice(s.start, s.start + 8)).startsWith(normalizeName('همان '));
    const source = demonstrativeSource(table, s.role, passage, s.start, !same);
    return source ?? (same && create ? table.addAnonymous(s.role, '', intro).id : null);
  }
  if (s.indefinite && s.role) return create ? table.addAnonymous(s.role, '', intro).id : null;
  const titledAfterRole = titledNameAfterRole(s.name, s.role, PHRASE_READINGS);
  const roleFirst = titledAfterRole ? table.lookup(titledAfterRole) : null;
  if (roleFirst) return roleFirst.id;
  const kin = s.name ? kinHolder(table, s.name) : null;
  if (kin) return kin;
  const owned = create ? ownersRelative(table, [s.name, s.role], passage, text, s.start) : null;
  if (owned) return owned;
  if (s.name && isDariNameStart(s.name)) {
    const known = titleHolder(table, s.name) ?? table.lookup(s.name);
    // An unknown word before a clause, or a clause read as a name: a dropped subject, the person just named.
    if (!known && (s.beforeClause || !isDariPersonPhrase(s.name)))
      return resolveDariSubject(
        table,
        { ...s, name: null, pronoun: true, dropped: true },
        passage,
        create,
        text,
      );
    const speaker = known ?? (create ? table.add(s.name, s.role ?? '', intro) : null);
    // «سخنگوی والی بغلان، احمد جاوید بشارت، گفت»: the event is the name's own words, not the role's place before it.
    // The name starts inside the subject: looked for there, not in the rest of the passage.
    const at = s.name ? text.slice(s.start, s.end - 1 + s.name.length).indexOf(s.name) : -1;
    const nameStart = at >= 0 ? s.start + at : s.start;
    if (speaker)
      table.noteEvent({ passage, start: nameStart, end: nameStart + s.name.length, speaker: speaker.id });
    return speaker?.id ?? null;
  }
  // «پیرمرد گفت»: the old person the feature named with an age of sixty or more.
  const elder = s.role && opensOnElder(s.role) ? elderNamedBefore(table, passage, s.start) : null;
  if (elder) return elder;
  // "… کریمه نامه‌هایش را …": a phrase holding an object and its «را» is a clause, no role.
  if (!s.role || !isDariNameStart(s.role) || !isDariPersonPhrase(s.role)) return null;
  // "داکتر شغنانی افزود": a title (a role word too) and a surname is the person the text named in full.
  const titled = DARI_PERSON_TITLES.has(normalizeName(s.role.split(/\s/)[0] ?? ''))
    ? (titleHolder(table, s.role) ?? table.lookup(s.role))
    : null;
  if (titled) {
    const at = Math.max(s.start, text.indexOf(s.role, s.start));
    table.noteEvent({ passage, start: at, end: at + s.role.length, speaker: titled.id });
    return titled.id;
  }
  // A title alone ("سخنگوی والی کندز گفت") is the person the text gives that title to, before or after.
  const [holder] = table.describedAs(s.role);
  if (holder) return holder.id;
  return create ? table.addAnonymous(s.role, '', intro).id : null;
}

/**
 * "پیرمرد به نواسه‌اش X نگاه می‌کند. «…» می‌گوید.": the sentence holding the last name opens on a role word
 * ("پیرمرد", "این پیرمرد"), its subject; the one person the text describes so speaks, not the name after it.
 */
export function describedSubjectOf(table: SpeakerTable, last: PersonEvent): string | null {
  const text = table.passageText(last.passage);
  const words = text
    .slice(clauseStartBefore(text, last.start), last.start)
    .trim()
    .split(/\s+/u)
    .map(normalizeName);
  const head = DEMONSTRATIVES.has(words[0] ?? '') ? words[1] : words[0];
  if (!head || !DARI_ROLE_WORDS.has(head) || INDEFINITE.has(head) || INSTITUTIONS.has(head)) return null;
  const holders = table.describedAs(head);
  const only = holders.length === 1 ? holders[0] : undefined;
  return only && only.id !== last.speaker ? only.id : null;
}

/**
 * "حاجی …، که …، بازار را کساد می‌داند. به من گفت:": whether the person last named stands in this sentence or the
 * one just before it; a sentence between ("پسرش … کنار او نشسته بود.") may have its own subject.
 */
function namedInSentenceBefore(
  table: SpeakerTable,
  last: PersonEvent | null,
  passage: number,
  at: number,
): boolean {
  if (!last || last.passage !== passage || last.end > at) return false;
  const between = table.passageText(passage).slice(last.end, at);
  return (between.match(/[.!?؟]/gu)?.length ?? 0) <= 1;
}

/** How many people named before a dropped subject are read back for the one that opened its sentence. */
const SUBJECT_LOOKBACK = 6;

/** Whether the mention at `start` opens its sentence or clause: only a time word and a comma before it. */
export function opensSentence(text: string, start: number): boolean {
  const lead = text.slice(clauseStartBefore(text, start), start).replace(/[،,]/gu, ' ').trim();
  // "اما انجنیر …، که …": a connective ("but", "meanwhile") before the subject still opens on it.
  return lead === '' || isOnlyTimeWords(lead) || DARI_CONNECTIVES.has(normalizeName(lead));
}

/**
 * "نصیراحمد، نوهٔ حاجی قربان، … کار می‌کند. «…» می‌گوید.": a dropped subject goes on from the sentence subject
 * the narration named last (within reach), not from a name inside an appositive or an object ("به X نگاه کرد").
 * `last` is the latest mention; null when none of the few before it opens its sentence.
 */
export function sentenceSubjectBefore(
  table: SpeakerTable,
  last: PersonEvent,
  passage: number,
  reach = DROPPED_REACH,
): PersonEvent | null {
  let ev: PersonEvent | null = last;
  for (let k = 0; ev && k < SUBJECT_LOOKBACK && passage - ev.passage <= reach; k++) {
    if (opensSentence(table.passageText(ev.passage), ev.start)) return k === 0 ? null : ev;
    ev = table.lastEventBefore(ev.passage, ev.start, null);
  }
  return null;
}

/** A sentence opening on its subject (a few words) and a verb of speech, without "که": "او می‌گوید پسرش …". */
const SUBJECT_VERB_OPENING = new RegExp(`^\\s*((?:[^\\s«»:،,]+\\s+){1,5}?)${VERB}(?!\\p{L})`, 'u');

/**
 * "او می‌گوید پسرش به کابل رفت، «چون …»، اما …": a quotation inside a sentence that opens on a subject and a verb
 * of speech is that subject's words, as with "گفت که".
 */
export function dariSentenceReporter(text: string, openAt: number): DariSubject | null {
  const from = Math.max(0, openAt - 2 * REACH);
  const stretch = text.slice(from, openAt);
  const start = clauseStartBefore(stretch, stretch.length);
  const m = SUBJECT_VERB_OPENING.exec(stretch.slice(start));
  if (!m?.[1] || start + m[0].length >= stretch.length - 1) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return parseSubject(m[1], from + start + lead);
}

/** Where a sentence ends: its stop, or a closing quote. */
const SENTENCE_END = /[.!?؟»\n]/u;

/**
 * "زرغونه می‌گوید شوهرش … بود: «…»": the sentence holding the quotation's opening opens on its subject and a
 * verb of speech, after `after` (a report earlier in the paragraph); null when it does not.
 */
function ownSentenceReporter(stretch: string, from: number, after: number): DariSubject | null {
  let start = stretch.length;
  while (start > 0 && !SENTENCE_END.test(stretch[start - 1] ?? '')) start--;
  if (start <= after) return null;
  const m = SUBJECT_VERB_OPENING.exec(stretch.slice(start));
  if (!m?.[1]) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return parseSubject(m[1], from + start + lead);
}

/** "یک باشندهٔ جرم گفت که …" earlier in the paragraph: the one reported speaks the quotation that follows. */
export function dariReportedSpeaker(text: string, openAt: number): DariSubject | null {
  const from = Math.max(0, openAt - 2 * REACH);
  const stretch = text.slice(from, openAt);
  let last: RegExpExecArray | null = null;
  // «پسرم می‌پرسد که …»: a verb inside a quotation is the speaker's telling, not the narration's report.
  for (const m of matchesOf(VERB_THAT, stretch))
    if (stretch.lastIndexOf('«', m.index) <= stretch.lastIndexOf('»', m.index)) last = m as RegExpExecArray;
  // "X گفت که …. Y می‌گوید …: «…»": the quotation's own sentence reports its speaker before any earlier one.
  const own = last ? ownSentenceReporter(stretch, from, last.index) : null;
  // "این منبع گفت" or "او گفت" in its own sentence means the one reported before: that report stands.
  if (own?.name) return own;
  if (!last) return dariSentenceReporter(text, openAt);
  const start = clauseStartBefore(stretch, last.index);
  const subject = stretch.slice(start, last.index);
  return parseSubject(subject, from + start + (subject.length - subject.trimStart().length));
}

/** A sentence that opens with a pronoun (او، وی) as its subject. */
const PRONOUN_SENTENCE = /(?:^|[.!?؟»]\s*)(?:او|وی)\s/u;

/**
 * "استاد غلام‌سخی از این شیوه‌ها بیزار است. «…»", "او … رفت. «…»": a quotation that opens a sentence with no
 * attribution is the person the paragraph named last before it, or whom its pronoun-led sentence means. Not
 * after a colon: "نوشته شده است: «…»" quotes a sign or a paper.
 */
export function dariParagraphSpeaker(
  table: SpeakerTable,
  text: string,
  passage: number,
  openAt: number,
): string | null {
  const before = text.slice(0, openAt).trimEnd();
  if (before !== '' && !/[.!?؟»]$/u.test(before)) return null;
  const ev = table.lastEventBefore(passage, openAt, null);
  if (!ev) return null;
  const who = introducedAround(table, ev) ?? ev.speaker;
  return ev.passage === passage || PRONOUN_SENTENCE.test(before) ? who : null;
}

/**
 * "یک کارمند ریاست صحت عامه … گفت که …. این کارمند افزود: «…»": "this employee" is the source last introduced
 * with that role word, within two paragraphs, else the one named speaker the text describes so.
 */
export function demonstrativeSource(
  table: SpeakerTable,
  role: string,
  passage: number,
  at: number,
  commonerToLast = true,
): string | null {
  const head = roleHead(role);
  const sources = table.anonymousSourcesBefore(passage, at, DEMONSTRATIVE_REACH, DEMONSTRATIVE_SOURCES);
  const source = sources.find((ev) =>
    normalizeName(table.speaker(ev.speaker)?.name ?? '')
      .split(' ')
      .some((w) => w === head || w.replace(/ی$/u, '') === head),
  );
  if (source) return source.speaker;
  const holders = table.describedAs(role);
  if (holders.length === 1) return holders[0]?.id ?? null;
  return (
    lastPersonUndescribedOtherwise(table, head, passage, at, commonerToLast) ??
    (OFFICIAL_HEADS.has(head) ? lastOfficialBefore(table, passage, at) : null)
  );
}

/** The Dari office holders' role words («رئیس», «سخنگوی»), as keys. */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(DARI_OFFICIAL_ROLES.map(normalizeName));
const OFFICIAL_HEADS = new Set(DARI_OFFICIAL_DEMONSTRATIVE_HEADS.map(normalizeName));
/** How many people back «این مقام» looks for the official it means, past villagers quoted between. */
const OFFICIAL_LOOKBACK = 6;

/**
 * "انجنیر X، آمر آبیاری … ¶ غلام‌سرور، باشندهٔ قریه، گفت: «…» ¶ «…،» این مقام گفت": "this official" is the person
 * last named whose description holds an office, past plain people named since; never an anonymous source.
 */
function lastOfficialBefore(table: SpeakerTable, passage: number, at: number): string | null {
  let ev = table.lastPersonNamed(passage, at, null);
  for (let k = 0; ev && k < OFFICIAL_LOOKBACK; k++) {
    const person = table.speaker(ev.speaker);
    const words = normalizeName(person?.description ?? '').split(' ');
    if (person && !person.anonymous && words.some((w) => OFFICE_WORDS.has(w))) return person.id;
    ev = table.lastPersonNamed(ev.passage, ev.start, null);
  }
  return null;
}

/**
 * "عبدالقدیر، ۴۵ ساله، … گفت: «…» ¶ این دستفروش … افزود": "this vendor" with no source or holder of that role is
 * the person last named, within two paragraphs, when nothing describes them by another role.
 */
function lastPersonUndescribedOtherwise(
  table: SpeakerTable,
  head: string,
  passage: number,
  at: number,
  commonerToLast: boolean,
): string | null {
  const last = table.lastEventBefore(passage, at, null);
  const person = last && passage - last.passage <= DEMONSTRATIVE_REACH ? table.speaker(last.speaker) : null;
  if (!person || person.anonymous) return null;
  const roles = roleWordsOf(person.description);
  if (roles.every((w) => w === head || roleHead(w) === head)) return person.id;
  // "همان موسفید" (that same elder) means one met before by that word, not whoever was named last.
  return commonerToLast && commonerOfNoOffice(head, roles) ? person.id : null;
}

/** A description's role words, a two-part one written with a ZWNJ ("موی‌سفید") read as one. */
function roleWordsOf(description: string): string[] {
  return description
    .split(/\s+/u)
    .flatMap((w) => {
      const joined = joinedHead(w);
      const one = JOINED_ROLE_WORDS.has(joined) && !DARI_ROLE_WORDS.has(joined);
      return one ? [joined] : normalizeName(w).split(' ');
    })
    .filter((w) => DARI_ROLE_WORDS.has(w) || DARI_ROLE_WORDS.has(roleHead(w)) || JOINED_ROLE_WORDS.has(w));
}

const COMMONER_HEADS = new Set(DARI_COMMONER_HEADS.map(normalizeName));
const PLAIN_PERSON_WORDS = new Set(DARI_PLAIN_PERSON_WORDS.map(normalizeName));

/**
 * "حاجی نیک محمد، باشندهٔ … گفت … ¶ این دهقان ۵۸ ساله … افزود": a plain word for a villager ("this farmer")
 * goes to the last person named when every role word describing them is a plain one ("یکی از باشندگان"): a
 * council member, an expert or a shopkeeper named last is not "this farmer".
 */
export function commonerOfNoOffice(head: string, roles: readonly string[]): boolean {
  // Exact words only: «ولسوالی» (a district) is no «ولسوال».
  return (
    COMMONER_HEADS.has(normalizeName(head)) &&
    roles.map(normalizeName).every((w) => PLAIN_PERSON_WORDS.has(w) || !DARI_ROLE_WORDS.has(w))
  );
}

/** Verbs that say a speaker goes on: "افزود", "علاوه کرد", "ادامه داد". */
const GOES_ON = tolerant('(?:افزود|می‌افزاید|علاوه[\\s\\u200C]+کرد|ادامه[\\s\\u200C]+داد)');
/** "» او افزود: «", "». وی با خنده افزود: «": between two quotations, a pronoun going on, a few words between. */
const PRONOUN_GOES_ON = new RegExp(
  String.raw`^[\s.،,]*(?:او|وی)(?:[\s\u200C]+[^\s\u200C،,.!?؟«»:]+){0,3}?[\s\u200C]+${GOES_ON}[\s\u200C]*[:،]?\s*$`,
  'u',
);

/**
 * "«…» او افزود: «…»": a quotation with no attribution that the same speaker's "he added" follows in its
 * paragraph is theirs: "added" says the one who goes on said what came before.
 */
export function addedBack(
  text: string,
  first: { close: number | null },
  next: { open: number | null },
): boolean {
  if (first.close === null || next.open === null || next.open <= first.close) return false;
  return PRONOUN_GOES_ON.test(text.slice(first.close + 1, next.open));
}

/** "این مقام" ("this official"): a role word general enough to mean any official the text described before. */
const ANY_OFFICIAL = new Set(['مقام', 'مسئول', 'مسوول', 'منبع'].map(normalizeName));

/**
 * "یک مقام این ریاست گفت: «…»" … "این مقام، محمد حسن کریمی، رئیس زراعت، افزود": the text names the source it
 * described by a role. Every quotation given to that anonymous source (within two paragraphs before) is the
 * named person's.
 */
export function nameSourcesNamedLater(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly { speaker: string | null }[],
): void {
  const given = new Set(drafts.map((d) => d.speaker));
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p)) return;
    for (const m of matchesOf(DEMONSTRATIVE_THEN_NAME, text)) {
      const head = roleHead(m.groups?.['role'] ?? '');
      const named = table.lookup((m.groups?.['name'] ?? '').trim());
      if (!named || named.anonymous) continue;
      const sources = table.anonymousSourcesBefore(p, m.index, DEMONSTRATIVE_REACH, DEMONSTRATIVE_SOURCES);
      const source = sources.find((ev) => {
        const words = normalizeName(table.speaker(ev.speaker)?.name ?? '').split(' ');
        return ANY_OFFICIAL.has(head) || words.some((w) => w === head || w.replace(/ی$/u, '') === head);
      });
      if (!source || !given.has(source.speaker)) continue;
      for (const d of drafts) if (d.speaker === source.speaker) d.speaker = named.id;
    }
  });
}

/**
 * "او می‌گوید که خانواده‌اش نگران است. …" then a paragraph that is one «…» and nothing more: the quotation is
 * the one the paragraph before reports speaking (its last "… گفت که"), read without adding anyone.
 */
export function dariPreviousReporter(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  wholeParagraph: boolean,
): string | null {
  const prev = reading.texts[p - 1];
  if (!wholeParagraph || prev === undefined || !isDariText(prev)) return null;
  // "…، در این شعر از دریا می‌گوید:" closing the paragraph: its subject speaks the lines set below it.
  const end = prev.trimEnd().length;
  const introduced = /:$/u.test(prev.trimEnd()) ? dariSubjectBefore(prev, end) : null;
  const reported = introduced ?? dariReportedSpeaker(prev, prev.length);
  if (reported) return resolveDariSubject(table, reported, p - 1, false, prev);
  const opener = colonSentenceOpener(table, prev, p - 1, end - 1);
  if (opener) return opener;
  // Lines of verse set alone are a poem quoted, not words the person before is heard saying.
  const verse = (reading.texts[p] ?? '').trim().includes('\n');
  return verse ? null : soleSubjectOf(table, p - 1);
}

/**
 * "شب که می‌رسد، X چراغ را خاموش می‌کند. [¶] «…»": a paragraph about one person — the only one it names,
 * the subject of a sentence of it — leads into the words set alone in the paragraph after it.
 */
function soleSubjectOf(table: SpeakerTable, p: number): string | null {
  const { events } = table;
  const text = table.passageText(p);
  let speaker: string | null = null;
  let subject = false;
  for (let k = lastBelow(events, positionKey(p + 1, 0), eventKey); k >= 0; k--) {
    const ev = events[k];
    if (!ev || ev.passage !== p) break;
    if (speaker !== null && ev.speaker !== speaker) return null;
    speaker = ev.speaker;
    // The subject opens its sentence, or follows a clause set before it: "شب که می‌رسد، X …".
    subject ||=
      opensSentence(text, ev.start) || /[،,]\s*$/u.test(text.slice(Math.max(0, ev.start - 3), ev.start));
  }
  const who = table.speaker(speaker);
  return who && !who.anonymous && subject ? who.id : null;
}

/** The sentence's first two words, a demonstrative and a role: "این دهقان", "این موی‌سفید"; not the object of «را». */
const DEMONSTRATIVE_OPENING = /^(?<words>\S+\s+[^\s،,:.!?؟«»]+)(?![^\s،,:.!?؟«»])(?!\s+را(?:\s|$))/u;

/**
 * "این دهقان از پیامد سخن گفتن هم می‌ترسد: «…»": a sentence that opens on "this farmer" and closes on a colon
 * sets down that person's words, whatever its verb — the demonstrative read as before a verb of speech. «این دهقان
 * را همسایه‌اش چنین توصیف می‌کند:» has the farmer as its object: someone else speaks.
 */
export function demonstrativeColonSubject(
  table: SpeakerTable,
  text: string,
  colonAt: number,
): DariSubject | null {
  if (text[colonAt] !== ':') return null;
  const start = startOfSentence(table, text, colonAt);
  const words = DEMONSTRATIVE_OPENING.exec(text.slice(start, colonAt))?.groups?.['words'];
  const s = words ? parseSubject(words, start) : null;
  return s?.demonstrative && s.role ? s : null;
}
