// A person named like a place: the words around the name say it is a person ("his wife, Gulistan,", "a man
// named Sherzad", "دختر دوازده سالهٔ او، بهارک،"), so it links to no place.
import { wordAlternation } from './regex-parts.ts';
import {
  CHILD_RANK_WORDS,
  DARI_CHILD_ADJECTIVES,
  ENGLISH_AGE_WORDS,
  PLACE_RANK_NOUNS,
  DARI_PATRONYM_NOUNS,
  DARI_APPOSED_PERSON_NOUNS,
  DARI_PEOPLE_OF,
  DARI_ROLE_WORDS,
  DARI_RELATION_NOUNS,
  DARI_RELATION_PHRASE_STOPS,
  DARI_VENUE_NOUNS,
  GESTURE_VERBS,
  NAMED_ANIMAL_NOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './lexicon.ts';
import { endingOn, lastMarkOf } from './ending-on.ts';

/** Characters before a name read for these cues. */
const CUE_REACH = 60;
const RELATIONS =
  'wife|husband|daughter|son|sister|brother|mother|father|niece|nephew|grandson|granddaughter|cousin|uncle|aunt|widow';
/** The words RELATION_BEFORE may end on, before its comma. */
const RELATION_WORDS = [
  ...RELATIONS.split('|'),
  ...['younger', 'youngest', 'elder', 'eldest', 'older', 'oldest', 'whom', 'them'],
];
/**
 * "his wife, ", "Her eldest daughter, ", "his granddaughter " (the name in commas after), "the younger, ", "the
 * eldest of whom, " (of children named just before).
 */
const RELATION_BEFORE = endingOn(
  RELATION_WORDS,
  new RegExp(
    `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ \\t](?:[a-z-]{1,20}[ \\t]){0,2}(?:${RELATIONS})[ \\t]*(?:,[ \\t]*)?|\\b[Tt]he[ \\t](?:younger|youngest|elder|eldest|older|oldest)(?:[ \\t]+of[ \\t]+(?:whom|them))?[ \\t]*,[ \\t]*)$`,
  ),
  true,
);
/** "a girl of fourteen, ", "the youngest pupil, ": a person described, a comma, then the person's name. */
const PERSON_NOUN_BEFORE =
  /\b(?:[Aa]n?|[Tt]he)[ \t](?:[a-z-]{1,20}[ \t]){0,2}(?:girl|boy|woman|man|child|pupil|student|widow|orphan)\b(?:[ \t]+(?:of|aged)[ \t]+[a-z0-9-]{1,12})?[ \t]*,[ \t]*$/;
/** After such a description, the name at its fullest: a capitalised surname, then the end of the clause. */
const SURNAME_THEN_STOP = /^[ \t]\p{Lu}[\p{Ll}'’-]+[ \t]*[.,;]/u;
/** "named Banu, who …": a name in an apposition about a person, whatever place the words before mention. */
const PERSON_APPOSITION_AFTER = /^[ \t]*,[ \t]*(?:who|whose|aged|\d)/;
/** "a man named Sherzad", "a boy called Baharak" — not "a village called …", a place noun before the verb. */
const NAMED_BEFORE = /\b(?:named|called)[ \t]+$/;
/**
 * "have called Tagab "the forgotten valley"": a quoted nickname right after the name makes it what is called so, a
 * place as often as a person, not a person introduced by the name.
 */
const NICKNAME_GIVEN_AFTER = /^[ \t]*["“«]/u;
const PLACE_BEFORE_NAMED =
  /\b(?:village|district|town|city|area|province|valley|river|pass|road|place)s?\b[^.,;]{0,40}$/;
/** Dari: "دختر دوازده سالهٔ او، ", "همسرش، ": a relation, a few words, a comma. */
const DARI_RELATION_BEFORE =
  /(?:^|\s)(?:دختر|پسر|همسر|خواهر|برادر|مادر|پدر|نواسه|بیوه)[^\s،.]*(?:\s[^\s،.]+){0,3}\s*،\s*$/u;
/** DARI_RELATION_BEFORE, read only where the words close on «،»: most names have no comma right before them. */
const dariRelationBefore = (before: string): boolean =>
  before.trimEnd().endsWith('،') && DARI_RELATION_BEFORE.test(before);
/** A Dari relation's noun, perhaps plural or «…زاده» («برادرانم», «برادرزادهٔ …»). */
const DARI_RELATION_NOUN = `(?:${DARI_RELATION_NOUNS.join('|')})(?:زاده)?(?:ان|\u200C?ها)?`;
/** A word of the relation's phrase: no particle, no place's noun (DARI_RELATION_PHRASE_STOPS). */
const DARI_RELATION_WORD = `(?!(?:${DARI_RELATION_PHRASE_STOPS.join('|')})(?=\\s))[^\\s،.]+`;
/** A relation's noun, `words` words after it, then a possessive (ـم، ـش، ـاش، ـشان, or او, وی after it). */
const dariRelationOfBefore = (words: string) =>
  new RegExp(
    `(?:^|[\\s«"“(])${DARI_RELATION_NOUN}(?:ٔ|\u200C?ی)?(?:\\s${DARI_RELATION_WORD})${words}(?:\u200C?(?:م|ت|ش|مان|تان|شان)|\\s(?:او|وی|خود|من|ما))\\s+$`,
    'u',
  );
/** «دخترش بهارک», «برادرزادهٔ شش‌ساله‌اش بهارک», «نواسهٔ کوچک او بهارک»: a relation's possessive before the name. */
const DARI_RELATION_OF_BEFORE = dariRelationOfBefore('{0,2}?');
/** «دختر چهارساله‌اش بهارک», «پسر کوچک خود بهارک»: the relation described, more than its noun and possessive. */
const DARI_RELATION_DESCRIBED_BEFORE = dariRelationOfBefore('{1,2}?');
/**
 * «مادرم کندز را بسیار دوست داشت», «برادرانم تخار را ترک کردند»: after a bare relation and its possessive, the name
 * with «را» is the object the relation acts on, a place; a relation described («دختر چهارساله‌اش بهارک را آورد»)
 * still introduces a name.
 */
const DARI_OBJECT_AFTER = /^\s+را(?![\p{L}])/u;
/**
 * «بهارک دختر نورالله، …», «بهارک بنت …», «شیرخان ولد …»: a name, then whose daughter or son, then the father's name
 * and its comma — a person's name as a list of the dead or the wounded gives it.
 */
const DARI_NUMBER = `(?:[\\d۰-۹]{1,2}|${'یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود'.split(' ').join('|')})`;
/** What stands after «دختر»/«پسر» when no father's name does: a number, an indefinite «…ای», a child's adjective. */
const NO_FATHER = `(?:${DARI_NUMBER}(?=[\\s\u200C،,]|ساله)|[^\\s،,.]*ای(?=[\\s،,])|(?:${DARI_CHILD_ADJECTIVES.join('|')})ی?(?![\\p{L}]))`;
const DARI_PATRONYM_AFTER = new RegExp(
  `^\\s+(?:${DARI_PATRONYM_NOUNS.join('|')})\\s+(?!${NO_FATHER})[^\\s،,.]+(?:\\s[^\\s،,.]+)?\\s*[،,]`,
  'u',
);
/**
 * «بهارک، دختر یازده‌ساله، …», «بهارک، طفل …»: the name set in apposition with a girl, a boy or a child (a place is
 * never one), not after a locative preposition nor opening "girls and boys" («از بهارک، دختر و پسر آمدند»). The
 * apposition closes with a comma or opens a «که» clause within three words: «پولیس تخار، پسر جوانی را بازداشت
 * کرد» is the province's police and a boy, the object.
 */
const DARI_APPOSED_PERSON_AFTER = new RegExp(
  `^\\s*[،,]\\s*(?:${[...DARI_PATRONYM_NOUNS, ...DARI_APPOSED_PERSON_NOUNS].join('|')})ک?(?:ٔ|\u200C?ی)?(?!\\s+و\\s)(?:\\s+(?!را\\s)[^\\s،,.]+){0,3}(?:\\s*[،,]|\\s+که(?![\\p{L}]))`,
  'u',
);
/** «بهارک و مادرش …», «بهارک و برادر کوچکش»: the name, «و», then a relation's own with its possessive: a person. */
const DARI_AND_RELATION_AFTER = new RegExp(
  `^\\s+و\\s+${DARI_RELATION_NOUN}(?:ٔ|\u200C?ی)?(?:\\s[^\\s،,.]+)?\u200C?(?:ش|اش|شان)(?![\\p{L}])`,
  'u',
);
/** «در تخار دختر هفت ساله‌ای، …»: after a locative preposition the name is where the child is, not the child. */
const DARI_LOCATIVE_BEFORE = /(?:^|\s)(?:در|از|به|تا)\s+$/u;
/** «امام صاحب مسجد …»: the mosque's imam, a title, not the district named after a shrine's saint. */
const DARI_MOSQUE_AFTER = /^\s+مسجد/u;
const DARI_IMAM = /^امام(?:\s|$)/u;
/** «در ولسوالی امام صاحب مسجد جدیدی ساخته شد»: after «ولسوالی» or a locative preposition it is the district. */
const DARI_DISTRICT_OR_LOCATIVE_BEFORE = /(?:^|\s)(?:ولسوالی|در|از|به)\s+$/u;
/**
 * "The horse, Kokcha, …", "his grey mare, Baharak.", "his grey stallion Kokcha, bought …": an animal named after
 * its noun, in commas or closing its clause, as a relation's name is.
 */
const ANIMAL_BEFORE = endingOn(
  NAMED_ANIMAL_NOUNS,
  new RegExp(
    `\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ \\t](?:[a-z-]{1,20}[ \\t]){0,2}(?:${NAMED_ANIMAL_NOUNS.join('|')})[ \\t]*(?:,[ \\t]*)?$`,
  ),
  true,
);
/** A name the words before introduce as a person stands in commas, or ends its clause, or is followed by "and". */
const PERSON_AFTER = /^\s*(?:[,،;.]|and\b|و\s)/u;
/** «… بهارک است», «… بهارک بود»: the Dari copula closing "… is Baharak". */
const DARI_IS_AFTER = /^\s+(?:است|بود)(?![\p{L}])/u;

/** "Nahrin's mother", "Wardak's sons": a relation only a person has, after the name. */
const KIN_AFTER = new RegExp(`^['’]s[ \\t]+(?:${RELATIONS})s?\\b`);
/** "Banu, who finished …": a relative pronoun for a person, after the name. */
const WHO_AFTER = /^[ \t]*,[ \t]*(?:who|whom)\b/;

/**
 * "Nahrin, 12, walks …", "نهرین، ۱۲ ساله،", "نهرین سلطانی دوازده سال دارد": an age in commas before a lower-case
 * word, or a Dari age («ساله», «… سال دارد») after the name and perhaps a surname
 * ("Kunduz (12), Takhar (8)" counts cases, so brackets are no age).
 */
const AGE_AFTER = new RegExp(
  `^(?:[ \\t]*,[ \\t]*\\d{1,2},[ \\t]+(?!and\\b|or\\b)\\p{Ll}|(?:\\s+[\\p{L}\u200C]+ی)?\\s*،?\\s*${DARI_NUMBER}(?:\\s*ساله|\\s+سال\\s+دارد))`,
  'u',
);

/** A small age in words or digits: "three years old", "aged eleven". */
const AGE_WORD = `(?:\\d{1,2}|${wordAlternation(ENGLISH_AGE_WORDS)})`;
/**
 * "Zari, three years old,", "Zari, aged eleven,", "Zari, the eldest of them,": an English age or a child's rank in
 * commas after the name, which a place never has ("Faizabad, the youngest town in …" ranks a place).
 */
const ENGLISH_AGE_AFTER = new RegExp(
  `^[ \\t]*,[ \\t]*(?:aged[ \\t]+${AGE_WORD}\\b|${AGE_WORD}[ \\t-]+(?:years?|months?)[ \\t-]+old\\b|the[ \\t]+${wordAlternation(CHILD_RANK_WORDS)}\\b(?![ \\t]+${wordAlternation(PLACE_RANK_NOUNS)}\\b))`,
  'iu',
);

/** "from Iran, aged 38", "towards the Hindu Kush, the youngest son": the age is of someone the place is of. */
const AGED_PLACE_BEFORE = endingOn(
  ['in', 'at', 'from', 'to', 'toward', 'towards', 'near', 'of', 'the', 'into', 'across'],
  /\b(?:in|at|from|to|towards?|near|of|the|into|across)[ \t]+$/iu,
);
/** "Baharak is fourteen and carries …", "Baharak turned 12.": the name's age said by its verb, then the clause ends. */
// Digits alone are a place's figure too ("the toll in Kunduz was 12,", "Kabul was 38, and …"): only with "years old".
const ENGLISH_AGE_IS_AFTER = new RegExp(
  `^[ \\t]+(?:is|was|turned|turns)[ \\t]+(?:${wordAlternation(ENGLISH_AGE_WORDS)}(?:[ \\t-]+years?[ \\t-]+old)?|\\d{1,2}[ \\t-]+years?[ \\t-]+old)(?=[ \\t]*(?:[,.;]|and\\b|but\\b|now\\b))`,
  'u',
);

/** What an English age after a name opens on (a comma, or a comma and digits): most names have neither. */
const ENGLISH_AGE_OPENING = /^[ \t]*,/u;

/** Whether the name at [start, end) of `text` is a person's, by the relation or the naming verb before it. */
export function namedAsPerson(text: string, start: number, end: number): boolean {
  const next = text.slice(end, end + 40);
  // Read only when an age follows: most names have none.
  const placeWordBefore = (): boolean => AGED_PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  // An age has its comma and digit, or «سال»: most names have neither after them and are not searched.
  const age =
    (next.includes('سال') || ENGLISH_AGE_OPENING.test(next)) &&
    (AGE_AFTER.test(next) || (ENGLISH_AGE_AFTER.test(next) && !placeWordBefore()));
  if (ENGLISH_AGE_IS_AFTER.test(next) && !placeWordBefore()) return true;
  if (age || (next.startsWith('’s') || next.startsWith("'s") ? KIN_AFTER.test(next) : false)) return true;
  // "Banu, who finished …" — not "an official in Rostaq, who …", where "who" is the one in the place.
  if (WHO_AFTER.test(next) && !placeWordBeforeWho(text.slice(Math.max(0, start - 24), start))) return true;
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  if (NAMED_BEFORE.test(before))
    return (
      PERSON_APPOSITION_AFTER.test(text.slice(end, end + 12)) ||
      (!PLACE_BEFORE_NAMED.test(before.replace(NAMED_BEFORE, '')) && !NICKNAME_GIVEN_AFTER.test(next))
    );
  const after = text.slice(end, end + 30);
  if (lastMarkOf(before) === ',' && PERSON_NOUN_BEFORE.test(before) && SURNAME_THEN_STOP.test(after))
    return true;
  if (dariPersonAround(text.slice(start, end), before, after)) return true;
  // Most names have no person's word right before them nor a comma after: only those are read further.
  const closes = PERSON_AFTER.test(after.slice(0, 4));
  if (!closes && !DARI_IS_AFTER.test(after)) return false;
  return closes && (RELATION_BEFORE.test(before) || dariRelationBefore(before) || ANIMAL_BEFORE.test(before));
}

/**
 * A Dari name made a person's by the words right round it: a relation's possessive before («دختر هفت‌سالهٔ خود
 * بهارک», «دخترم بهارک»), a father's name after («بهارک دختر نورالله،»), or, for «امام …», the mosque it leads.
 */
function dariPersonAround(name: string, before: string, after: string): boolean {
  return (
    !DARI_IMAM.test(name) &&
    ((DARI_RELATION_OF_BEFORE.test(before) &&
      (!DARI_OBJECT_AFTER.test(after) || DARI_RELATION_DESCRIBED_BEFORE.test(before))) ||
      ((DARI_PATRONYM_AFTER.test(after) ||
        DARI_APPOSED_PERSON_AFTER.test(after) ||
        DARI_AND_RELATION_AFTER.test(after)) &&
        !DARI_LOCATIVE_BEFORE.test(before)))
  );
}

/**
 * «حتی امام صاحب مسجد ما …»: «امام صاحب» ("the imam, sir") before «مسجد» is the mosque's imam, a title and no
 * person's name the article goes on to use bare, so it is not the district named after the shrine.
 */
export function mosqueImam(text: string, start: number, end: number): boolean {
  return (
    DARI_IMAM.test(text.slice(start, end)) &&
    DARI_MOSQUE_AFTER.test(text.slice(end, end + 8)) &&
    !DARI_DISTRICT_OR_LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** "Farah Gul, who is fifteen", "Farah Gul said": a name, a capitalised surname, then an apposition or speech. */
const SURNAME_AFTER =
  /^[ \t]\p{Lu}[\p{Ll}'’-]+(?:[ \t]*,[ \t]*(?:who|whose|an?|aged|the|\d)\b|[ \t]+(?:said|says|told|added|asked)\b)/u;

/**
 * Whether the name at [start, end) opens a person's name: a capitalised word follows it, and then what follows
 * a person — an apposition in commas ("Farah Gul, who is fifteen,") or a verb of speech. The word after
 * must be no place, no qualifier and no organisation (`isNameWord` says).
 */
export function givenNameOf(text: string, end: number, isNameWord: (word: string) => boolean): boolean {
  const m = SURNAME_AFTER.exec(text.slice(end, end + 40));
  const word = m?.[0].trim().split(/[\s,]/u)[0];
  return !!word && isNameWord(word);
}

/**
 * A chat export's stamp at the line's start: "[10/05/2026, 18:24] ", "10/05/2026, 18:24 - ", "[18:24] ".
 */
const CHAT_STAMP_BEFORE =
  /(?:^|\n)[ \t]*(?:\[[\d/.,: \t-]{4,24}(?:[AaPp][Mm])?\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?[ \t]+[-–])[ \t]*$/u;
/** The rest of the sender's name, up to two more words, then the colon before the message. */
const CHAT_SENDER_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*:/u;

/** Whether the name at [start, end) opens a chat message's sender: "[10/05/2026, 18:24] Maruf Sharifi: …". */
export function chatSender(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  // The sender's colon first: most names have none after them.
  return (
    after.includes(':') &&
    CHAT_SENDER_AFTER.test(after) &&
    CHAT_STAMP_BEFORE.test(text.slice(Math.max(0, start - 32), start))
  );
}

/** "به او بنگی می‌گویند", "آنان را «بنگی» می‌گفتند": what people call someone, not a place. */
const DARI_CALLED_AFTER =
  /^[»"”]?\s*(?:می[\u200C ]?گویند|می[\u200C ]?گفتند|می[\u200C ]?نامند|می[\u200C ]?خوانند|صدا\s+می[\u200C ]?زنند)/u;
const DARI_CALLED_BEFORE = /(?:به\s+(?:او|وی|آنان|آنها|ایشان|ما|من|تو)|را)(?:\s*[«"“])?\s*$/u;
/** "they call him Bangi", "people called her Farah". */
const CALL_BEFORE = /\bcall(?:s|ed)?[ \t]+(?:him|her|them|me|us|it)[ \t]+["“]?$/;
/** "the man they call Salang", "a driver whom everyone calls Salang": a nickname after who calls someone so. */
const NICKNAME_BEFORE =
  /(?:\b(?:they|people|everyone|everybody|friends|villagers|locals|fans)[ \t]+(?:all[ \t]+)?call|\bwhom[ \t]+[^.!?;:\n]{0,40}\bcalls?)[ \t]+["“]?$/;

/**
 * 'known locally as "Chal"', 'nicknamed “Jurm”', 'who goes by "Khost"': a nickname in quotation marks, closed right
 * after the name (up to four words between "known" and "as": "known among his neighbours as").
 */
const QUOTED_NICKNAME_BEFORE =
  /\b(?:known(?:[ \t]+[\p{Ll}'’]+){0,4}[ \t]+as|nicknamed|dubbed|alias|(?:goes|went)[ \t]+by)(?:[ \t]*[,:])?[ \t]*["“'‘]$/u;
const QUOTE_CLOSE_AFTER = /^["”'’]/u;

/**
 * «…صدا زد: «بهارک، آب را بیاور!»: a name called out at a quotation's opening, then its comma or exclamation and
 * what is asked. Only a verb of calling someone: a shout may open on a place («فریاد زد: «بدخشان، سرزمین …»).
 */
const DARI_CALLED_OUT_BEFORE = /(?:^|\s)صدا[ \t]+(?:زد|کرد|زدند|کردند)[ \t]*:[ \t]*«$/u;
const VOCATIVE_AFTER = /^[ \t]*[،,!][ \t]*\p{L}/u;

/** A name called out, then more words than the name again: a driver crying his route («کابل، کابل!») calls no one. */
function calledOutInDari(text: string, start: number, end: number): boolean {
  const after = VOCATIVE_AFTER.exec(text.slice(end, end + 8));
  if (!after || !DARI_CALLED_OUT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  return !text.startsWith(text.slice(start, end), end + after[0].length - 1);
}

/** Whether the name is a nickname in quotation marks or a name called out at a quotation's opening. */
function nicknameOrCalledOut(text: string, start: number, end: number): boolean {
  const mark = text.charAt(start - 1);
  if (mark === '«') return calledOutInDari(text, start, end);
  return (
    '"“\'‘'.includes(mark) &&
    QUOTE_CLOSE_AFTER.test(text.charAt(end)) &&
    QUOTED_NICKNAME_BEFORE.test(text.slice(Math.max(0, start - 64), start))
  );
}

/** Whether the name at [start, end) is what people call someone ("به او بنگی می‌گویند", "they call him X"). */
export function nameSomeoneIsCalled(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const wide = text.slice(Math.max(0, start - 64), start);
  // Each pattern needs its verb or particle: most names have none of them before them.
  return (
    (start > 0 && nicknameOrCalledOut(text, start, end)) ||
    (wide.includes('call') && (CALL_BEFORE.test(before) || NICKNAME_BEFORE.test(wide))) ||
    ((before.includes('به') || before.includes('را')) &&
      DARI_CALLED_BEFORE.test(before) &&
      DARI_CALLED_AFTER.test(text.slice(end, end + 16)))
  );
}

/** Before a bare name, what makes it a place: a preposition, a list, a comma. */
const PLACE_WORD_BEFORE =
  /(?:\b(?:in|at|from|to|near|of|and|or|via|through|the)|[,،;]|(?:^|\s)(?:در|از|به|تا|و|ولسوالی[^\s]*|ولایت[^\s]*|شهر))\s*$/iu;
/** «شفاخانهٔ بهارک»، «بازار بهارک»: a Dari venue, its ezafe, then the name — the venue's place, not a person's. */
const DARI_VENUE_OF_BEFORE = new RegExp(`(?:^|\\s)(?:${DARI_VENUE_NOUNS.join('|')})(?:ٔ|\u200C?ی)?\\s$`, 'u');
/** "a classmate of the dead boys, ": a common noun, lower case, then the comma that opens an apposition. */
const COMMON_NOUN_COMMA_BEFORE = /(?:^|[ \t])\p{Ll}[\p{Ll}'’-]{2,}[ \t]*,[ \t]*$/u;

/**
 * Whether what stands before "X, who" makes X the place the "who" is in ("an official in Rostaq, who", "Archi,
 * Rostaq, who"), not a person set in apposition after a common noun ("a classmate of the boys, Banu, who").
 */
function placeWordBeforeWho(before: string): boolean {
  return PLACE_WORD_BEFORE.test(before) && !COMMON_NOUN_COMMA_BEFORE.test(before);
}

/** After it: a qualifier. */
const QUALIFIER_AFTER = /^\s+(?:district|province|city|valley|river|bazaar|market)s?\b/i;

/**
 * The single words of the people the text names in full ("Naqibullah Khogyani", "Aybak Qurbani"): the same
 * word alone later ("Khogyani has interviewed…", "Aybak — his father named him…") is that person, unless a
 * preposition, a list or a qualifier makes it a place ("in Doshi district").
 */
export class PeopleWords {
  private readonly words = new Set<string>();

  /**
   * `isPlace` tells a place's name: a "name" of places only ("Kunduz Takhar") is no person's; `isBody` an
   * organisation's word: "Kunduz Radio said" names no person either.
   */
  constructor(
    names: readonly string[],
    private readonly isPlace: (word: string) => boolean,
    isBody: (word: string) => boolean = () => false,
  ) {
    for (const name of names) {
      const parts = name.split(/\s+/u).filter(Boolean);
      // "آبیاری و مالداری تخار": an office's name the speaker rules took for a person's is no person's either.
      if (
        parts.length < 2 ||
        parts.every(isPlace) ||
        parts.some(isBody) ||
        dariOfficeOfPlace(name, isPlace) ||
        dariGroupOfPlace(parts[0] ?? '')
      )
        continue;
      for (const w of parts) this.words.add(w);
    }
  }

  /** A word the words around it made a person's ("his youngest grandchild Baharak, who studies in Kabul"). */
  add(word: string): void {
    this.words.add(word);
  }

  /** Whether the name at [start, end) of `text` is the word of a person named in full, standing bare. */
  bare(text: string, start: number, end: number): boolean {
    const name = text.slice(start, end);
    if (!this.words.has(name)) return false;
    if (QUALIFIER_AFTER.test(text.slice(end, end + 16))) return false;
    if (this.listedWithPlace(text, start, end)) return false;
    if (DARI_VENUE_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
    const before = text.slice(Math.max(0, start - 12), start);
    return !PLACE_WORD_BEFORE.test(before) || personDespiteWordBefore(text, start, end, before);
  }

  /**
   * «مانند بهارک، جرم، اشکاشم», "Baharak and Jurm", «مسیر دوشی - بامیان»: the word beside another place's name in a list
   * or at one end of a dashed route is a place.
   */
  private listedWithPlace(text: string, start: number, end: number): boolean {
    const next = LISTED_NEXT.exec(text.slice(end, end + 40))?.[1];
    const lead = text.slice(Math.max(0, start - 40), start);
    const gap = LISTED_PREV_GAP.exec(lead);
    const prev = gap
      ? lead
          .slice(0, gap.index)
          .split(/[\s،,.;:؛]/u)
          .pop()
      : undefined;
    return (!!next && this.isPlace(next)) || (!!prev && this.isPlace(prev));
  }
}

/** A Dari plural's endings: «پیرمردان», «دکانداران», «موسفیدها». */
const DARI_PLURAL_ENDING = /(?:ان|گان|\u200C?ها)$/u;

/**
 * «پیرمردان خان‌آباد», «دکانداران تالقان»: a group a speaker's name describes by its people's noun in the plural,
 * then their place, is no person's name, so its place is no person's word.
 */
export function dariGroupOfPlace(first: string): boolean {
  if (DARI_PEOPLE_OF.includes(first)) return true;
  const m = DARI_PLURAL_ENDING.exec(first);
  if (!m) return false;
  const stem = first.slice(0, m.index);
  return DARI_ROLE_WORDS.has(stem) || DARI_ROLE_WORDS.has(`${stem}ه`);
}

/** A list's comma or "and"/«و» after a name, then the next item's first word. */
const LISTED_NEXT = /^\s*(?:[،,]\s*(?:and\s+|و\s*)?|\s(?:and|و)\s+|\s?[-–]\s?)([^\s،,.;:؛]+)/u;
/** A list's comma or "and"/«و» right before a name, after the previous item's last word. */
const LISTED_PREV_GAP = /(?:[،,]\s*(?:and\s+|و\s*)?|\s(?:and|و)\s|\s?[-–]\s?)$/u;

/** "; Doshi did not reply": a clause's subject, then a verb only a person's name takes here. */
const LIST_MARK_BEFORE = /(?:[,،;]|\band)\s*$/u;
const PERSON_VERB_AFTER =
  /^[ \t]+(?:did|does|declined|refused|agreed|smiled|laughed|nodded|replied|answered|knows|knew|wrote|asked)\b/;
/** "gives it to Kakar", "spoke to Kakar": the one given or told something, not a place gone to. */
const RECIPIENT_BEFORE = endingOn(
  ['to'],
  /\b(?:gives?|gave|given|giving|hands?|handed|shows?|showed|explains?|explained|talks?|talked|speaks?|spoke|listens?|listened|writes?|wrote|introduced?)\b(?:[ \t]+[a-z]+){0,2}[ \t]+to[ \t]+$/,
);

/**
 * A person's word after what usually puts a place before a name: a list mark with a person's verb after
 * ("; Doshi did not reply"), or "to" after a verb of giving or telling ("hands it to Kakar every Friday").
 */
export function personDespiteWordBefore(text: string, start: number, end: number, before: string): boolean {
  return (
    (LIST_MARK_BEFORE.test(before) && PERSON_VERB_AFTER.test(text.slice(end, end + 12))) ||
    RECIPIENT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    SOURCE_BEFORE.test(text.slice(Math.max(0, start - 20), start))
  );
}

/** "according to Kakar", "به گفتهٔ بهارک": the source of what is said, a person named in full before. */
const SOURCE_BEFORE = endingOn(
  // «گفته‌ی»'s last word, past its joiner, is «ی».
  ['to', 'گفتهٔ', 'ی', 'گفته', 'قول'],
  /\b[Aa]ccording[ \t]+to[ \t]+$|(?:^|\s)به\s+(?:گفتهٔ|گفته‌ی|گفته|قول)\s+$/u,
);

/** "Wardak said", "while Farah looked away": a verb of speech or a gesture right after the name. */
const PERSON_SUBJECT_AFTER = new RegExp(`^[ \\t]+(?:${[...SPEECH_VERBS, ...GESTURE_VERBS].join('|')})\\b`);
/** Characters after a name read for its verb. */
const VERB_REACH = 16;

/**
 * Whether a name the text introduced as a person's surname or given name ("Haji Nasrullah Wardak", "her
 * daughter, Farah,") stands here as the subject of a person's verb: "Wardak said", "while Farah looked away".
 * A province's name is too often the place to be a person's on its own; only such a verb makes it one.
 */
export function personSubjectAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + VERB_REACH);
  return PERSON_SUBJECT_AFTER.test(after) || KIN_AFTER.test(after);
}

/**
 * "Mahbooba Kakar, the librarian,", "Aybak Qurbani said", "the librarian, Mahbooba Kakar,": a given name and a
 * surname named like a place, with a person's apposition or verb after, or a role and a comma before. Its bare
 * surname later is that person.
 */
export function surnameOfPerson(text: string, givenStart: number, end: number): boolean {
  return (
    SURNAME_PERSON_AFTER.test(text.slice(end, end + 20)) ||
    ROLE_COMMA_BEFORE.test(text.slice(Math.max(0, givenStart - 30), givenStart))
  );
}

const SURNAME_PERSON_AFTER = new RegExp(
  `^(?:[ \\t]*,[ \\t]*(?:who|whose|aged|an?|the|\\d)\\b|['’]s[ \\t]|[ \\t]+(?:${[...SPEECH_VERBS].join('|')})\\b)`,
  'u',
);
const ROLE_COMMA_BEFORE = new RegExp(`\\b(?:${[...ROLE_NOUNS].join('|')})[ \\t]*,[ \\t]*$`, 'i');

/** "a herder from ", "in Burka and ": what stands before a place, never before a person's name. */
const PREPOSITION_BEFORE = /\b(?:in|from|at|near|to|and)[ \t]+$/;
/** "ولسوالی بهارک", "ولسوالی‌های نمک‌آب و بهارک": a Dari district noun before the name, or before its list. */
const DARI_DISTRICT_BEFORE =
  /(?:^|\s)(?:ولسوالی|ولایت)(?:\u200C?(?:های|ها))?\s+(?:[^\s،,.]+(?:\s*[،,]\s*|\s+و\s+)){0,4}$/u;
/** Characters before a mention read for a Dari district noun and its list. */
const DARI_LIST_REACH = 60;

/**
 * Whether a person the speaker rules found is a place: the "person" is named only by a place's whole name
 * ("Deh Salah", "Nahrin") and this mention of it stands after a preposition ("a herder from Deh Salah, said")
 * or a Dari district noun, perhaps over a list ("ولسوالی‌های نمک‌آب و بهارک"). Read once the speakers are found;
 * subjectIsPlaceAfterPreposition (attribution-subjects.ts) keeps such a subject from becoming a speaker at all.
 */
export function placeAfterPreposition(
  text: string,
  mention: { start: number; end: number },
  speakerName: string,
  isPlaceName: (name: string) => boolean,
): boolean {
  return (
    text.slice(mention.start, mention.end) === speakerName &&
    isPlaceName(speakerName) &&
    (PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start)) ||
      DARI_DISTRICT_BEFORE.test(text.slice(Math.max(0, mention.start - DARI_LIST_REACH), mention.start)))
  );
}

/**
 * "the Takhar governor", "the Kunduz police spokesman": a person's mention by a definite role. The place such a
 * role is of stays a place: it never blocks the names inside it.
 */
export function definiteRoleMention(text: string, mention: { start: number; end: number }): boolean {
  return /^[Tt]he\s/.test(text.slice(mention.start, mention.start + 4));
}

/**
 * "Tajikistan's border service said …": a speaker named by a place's possessive ("Tajikistan's", "Tajikistan's
 * border service") is a body of that place, and the place is linked. So is a Dari office's name that closes with
 * its place ("آبیاری و مالداری تخار", the tail of «رئیس زراعت، آبیاری و مالداری تخار»): a list joined by «و»
 * is a department's, never a person's name.
 */
export function placePossessive(speakerName: string, isPlaceName: (name: string) => boolean): boolean {
  const owner = /^(?<owner>[^'’]+?)['’]s(?:\s|$)/u.exec(speakerName.trim())?.groups?.['owner'];
  return (owner !== undefined && isPlaceName(owner)) || dariOfficeOfPlace(speakerName, isPlaceName);
}

/** "آبیاری و مالداری تخار", "اطلاعات و فرهنگ بدخشان": Dari words joined by «و», then a place's name. */
export function dariOfficeOfPlace(name: string, isPlaceName: (name: string) => boolean): boolean {
  const words = name.trim().split(/\s+/u);
  const last = words.at(-1) ?? '';
  return words.length >= 4 && words.slice(1, -2).includes('و') && isDariWord(last) && isPlaceName(last);
}

const isDariWord = (word: string) => /^[\u0600-\u06FF\u200C]+$/u.test(word);
