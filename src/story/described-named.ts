/**
 * '"…," the spokesman said. [¶] The spokesman, Abdul Basir Ahmadzai, said …', 'Name, 74, spent thirty years as a
 * mining engineer … "…," the old engineer said', «رئیس دیوان … گفت: «…» مولوی X، که ریاست هیئت … را بر عهده
 * داشت»: a quotation given to a describing phrase belongs to the one named person that the text attached the
 * same description to nearby — the same head noun, or an office of the same family (رئیس ↔ ریاست). Never when
 * two different named people fit.
 */
import {
  COMMON_WORDS,
  DARI_KIN_NOUNS,
  DARI_OFFICE_NOUNS,
  DARI_ROLE_OFFICES,
  DARI_ROLE_WORDS,
  KIN_NOUNS,
  SPEECH_VERBS,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { normalizeName } from './normalize.ts';
import { matchesOf } from './matches.ts';
import { NAME_CHARS } from './name-runs.ts';
import { perPassage } from './reading-cache.ts';
import type { Gender, Reading, SpeakerDraft, SpeakerTable } from './speakers.ts';

/** Passages back from the quotation a definite description's holder may have been named. */
const BACK_REACH = 3;
/** Passages forward: the holder named in the paragraph after the description ("The spokesman, Name, …"). */
const FORWARD_REACH = 1;
/** Characters after a holder's name read for "as a mining engineer", "is a teacher". */
const SENTENCE_REACH = 200;

/** The words a quotation draft needs here. */
interface DraftLike {
  passage: number;
  speaker: string | null;
}

/** "The", "a", "her", "the mill's": what opens an English describing phrase. */
const ENGLISH_DETERMINER = /^(?:the|a|an|another|his|her|their|its|one|\p{Lu}[\p{L}-]*['’]s)$/iu;
/** Words after the head that end its noun phrase: "A trader in Taloqan", "the head of …", "a man who …". */
const PHRASE_ENDS = new Set(['in', 'of', 'from', 'at', 'with', 'who', 'on', 'for', 'that', 'whose']);
const INDEFINITE = /^(?:a|an|another|one)$/iu;
const DARI_ONE = 'یک';
const INDEFINITE_YE = 'ی';

/** Each office word with the words of its family (رئیس → ریاست), keyed by normalized word. */
const OFFICE_FAMILY = new Map<string, readonly string[]>();
for (const pair of DARI_ROLE_OFFICES) {
  const keys = pair.map(normalizeName);
  for (const k of keys) OFFICE_FAMILY.set(k, keys);
}

export interface DescribedHead {
  /** The head noun, normalized (a Dari indefinite ی taken off). */
  head: string;
  /** "a spokesman", «آهنگری»: someone described anew — only a name given after may be theirs. */
  indefinite: boolean;
}

/** The head noun of a describing phrase ("The mill's chief engineer" → engineer, «آهنگر پیری …» → آهنگر), or null. */
export function describedHead(phrase: string): DescribedHead | null {
  const [det = '', ...rest] = phrase.trim().split(/\s+/u);
  if (ENGLISH_DETERMINER.test(det)) {
    const end = rest.findIndex((w) => PHRASE_ENDS.has(w) || /[,;:]$/u.test(w));
    const words = end < 0 ? rest : rest.slice(0, end);
    const head = (words.at(-1) ?? '').toLowerCase();
    // "The Ministry", "Her Excellency Name": a capitalised word makes it a name, not a description.
    // Any lowercase noun may head it ("the old cook"): only a named person it was attached to takes it up.
    if (!/^\p{Ll}+$/u.test(head) || words.some((w) => /^\p{Lu}/u.test(w))) return null;
    // "his son", "her sister": whose relative depends on the possessor — named-relatives.ts reads those.
    if (KIN_NOUNS.has(head)) return null;
    return { head, indefinite: INDEFINITE.test(det) };
  }
  const words = normalizeName(phrase).split(/\s+/u);
  const one = words[0] === DARI_ONE;
  const first = (one ? words[1] : words[0]) ?? '';
  if (DARI_KIN.has(first)) return null;
  if (isDariPersonWord(first)) return { head: first, indefinite: one };
  // «دکانداری پیر»: the indefinite ی on the head noun.
  const bare = first.endsWith(INDEFINITE_YE) ? first.slice(0, -1) : '';
  if (bare && isDariPersonWord(bare) && !isDariPersonWord(first)) return { head: bare, indefinite: true };
  return null;
}

/** Dari trades and roles (آهنگر، رئیس، دکاندار) that may head a describing phrase. */
export function isDariPersonWord(word: string): boolean {
  return (DARI_ROLE_WORDS.has(word) && !NOT_HEADS.has(word)) || OFFICE_FAMILY.has(word);
}

const DARI_KIN = new Set(DARI_KIN_NOUNS.map(normalizeName));
/** «قوماندانی»، «شاروالی»، «ولسوالی»: offices whose ی is their own, not a holder («قوماندان») made indefinite. */
const DARI_OFFICES = new Set(DARI_OFFICE_NOUNS.map(normalizeName));

/** «بیوه‌ای»: the indefinite after a final ه (or a vowel) is «ای», often after a zero-width non-joiner. */
const INDEFINITE_AFTER_VOWEL = /\u200c?ای$/u;
/** A final long vowel, after which a bare ی is the ezafe. */
const EZAFE_AFTER = /[اآو]$/u;

/**
 * «دکانداری پیر در بازار یفتل» → «یک دکاندار پیر در بازار یفتل», «بیوه‌ای» → «یک بیوه»: a Dari describing phrase
 * whose head noun carries the indefinite ی is named as the article writes it with «یک» (as an anonymous source is
 * elsewhere), so "a shopkeeper" reads the same whichever way the writer made it indefinite. A name («مهدی»), a
 * word whose ی is its own («قاضی») and a phrase already opening on «یک» are left as they are.
 */
export function dariIndefiniteAsOne(phrase: string): string {
  const [first = '', ...rest] = phrase.trim().split(/\s+/u);
  const key = normalizeName(first);
  if (!key || isDariPersonWord(key) || DARI_KIN.has(key) || DARI_OFFICES.has(key)) return phrase;
  const bare = INDEFINITE_AFTER_VOWEL.test(first)
    ? first.replace(INDEFINITE_AFTER_VOWEL, '')
    : first.endsWith(INDEFINITE_YE)
      ? first.slice(0, -1)
      : '';
  // «نانوای جوانی»: after a final ا or و the ی is the ezafe ("the baker, a young one"), not the indefinite.
  if (!bare || EZAFE_AFTER.test(bare) || !isDariPersonWord(normalizeName(bare))) return phrase;
  return [DARI_ONE, bare, ...rest].join(' ');
}

/** Role words that open a phrase without heading it («یکی از …», «شماری از …»). */
const NOT_HEADS = new Set(['یک', 'یکی', 'شماری', 'برخی', 'بزرگ'].map(normalizeName));

/** Whether `words` (normalized, split) hold the head noun or a word of its office's family. */
function holdsHead(words: readonly string[], head: string): boolean {
  const family = OFFICE_FAMILY.get(head) ?? [head];
  return words.some((w) => family.includes(w) || family.some((f) => w === `${f}ی` || w === `${f}s`));
}

/** "spent thirty years as a mining engineer", "is a teacher": a description the sentence naming someone gives. */
const AS_A = /\b(?:as|is|was|became)\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;
/**
 * Where a sentence naming someone turns to others: what they said ("said the new governor was a commander") or
 * whose relative ("whose brother worked as a driver"); "as a …" after it is someone else's.
 */
const TURNS_TO_OTHERS = new RegExp(`\\b(?:${wordAlternation(SPEECH_VERBS)}|whose)\\b`, 'u');

/** The words the text attaches to a named speaker: its description, and "as a …" in the sentence naming it. */
function attachedWords(table: SpeakerTable, s: SpeakerDraft): string[] {
  const words = phraseWords(s.description);
  if (!s.intro) return words;
  const text = table.passageText(s.intro.passage);
  const sentence = text.slice(s.intro.start, s.intro.start + SENTENCE_REACH).split(/[.!?؟]\s/u)[0] ?? '';
  const turn = TURNS_TO_OTHERS.exec(sentence)?.index ?? sentence.length;
  const as = AS_A.exec(sentence.slice(0, turn));
  return as?.[1] ? [...words, ...phraseWords(as[1])] : words;
}

/**
 * The words of a description that may match a head: in English its own head ("the environment department head" →
 * head, not department), in Dari every word («که ریاست هیئت … را بر عهده داشت»).
 */
function phraseWords(description: string): string[] {
  const words = normalizeName(description).split(/[\s\u200C،,]+/u);
  if (/\p{Script=Arabic}/u.test(description)) return words;
  const end = words.findIndex((w) => PHRASE_ENDS.has(w));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1);
  return head ? [head] : [];
}

const NAME_WORD = `\\p{Lu}[${NAME_CHARS}]*`;
/**
 * "Ahmad Shah Rahimi is the district's only doctor", "Gulalai Noori has been the headmistress of …": a full name
 * the sentence says holds a description — its head is the words up to "of", "in", a comma or the stop.
 */
const NAME_IS_THE = new RegExp(
  `(?<name>${NAME_WORD}(?:\\s${NAME_WORD}){1,3})\\s(?<verb>is|was|has\\sbeen|had\\sbeen)\\s(?:the|a|an)\\s(?<desc>[\\p{Ll}'’-]+(?:\\s[\\p{Ll}'’-]+){0,4})`,
  'gu',
);

/** The "Name is the …" sentences of a passage, read once. */
const copulaNamings = perPassage((text) =>
  [...matchesOf(NAME_IS_THE, text)].map((m) => ({
    name: m.groups?.['name'] ?? '',
    words: phraseWords(m.groups?.['desc'] ?? ''),
    start: m.index,
    present: /^(?:is|has)/u.test(m.groups?.['verb'] ?? ''),
  })),
);

/** The person passage p names by "Name is the <head>", as a speaker (added when new and `create`), or none. */
function namedByCopula(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  head: string,
  create: boolean,
): SpeakerDraft[] {
  if (p < 0 || p >= reading.texts.length) return [];
  return copulaNamings(reading, p).flatMap(({ name, words, start, present }) => {
    if (!holdsHead(words, head) || !table.isPersonName(name, 2)) return [];
    const known = table.lookup(name);
    // "Ahmad Shah Massoud was the commander here in the 1990s": a past holder, met only in passing, is no speaker.
    if (known || !create || !present) return known ? [known] : [];
    return [table.add(name, '', { passage: p, start, end: start + name.length })];
  });
}

/** A named speaker with the words its description attaches to it, by the passage of that description. */
interface Attachment {
  speaker: SpeakerDraft;
  words: readonly string[];
  /** "He is Name." opening a paragraph: the one the paragraph before described, whatever the words. */
  anyHead?: boolean;
  /** The pronoun's gender there ("He", "She"; null for «او»). */
  gender?: Gender | null;
  /** "Name, a trader in Kunduz": introduced as someone new, so never the one an indefinite phrase described. */
  anew?: boolean;
  /** "who remembered the quotas": the stems of what an identifying description says its holder did. */
  clause?: readonly string[];
}

/** Letters of a word compared to echo another ("remembered" ~ "remembers"); shorter words say too little. */
const STEM = 4;
/** The stems of a text's content words, lowercased: no function word or verb of saying echoes anything. */
function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= STEM && !COMMON_WORDS.has(w) && !SPEECH_VERBS.has(w))
    .map((w) => w.slice(0, STEM));
}
/** Each passage's stems, read once. */
const passageStems = perPassage((text) => new Set(stems(text)));

/** Passages back an explicit identification ("The engineer who remembered the quotas is Name") reaches. */
const IDENTIFIED_REACH = 100;
/** Characters before a name read for the sentence that identifies it. */
const IDENTIFY_REACH = 160;
/** "He is " opening a paragraph, «او » before «… است»: a pronoun identifying whom the paragraph before described. */
const PRONOUN_IS = /^\s*(?:(?:He|She)\s+(?:is|was)\s+|او\s+)$/u;
const DARI_IS_AFTER = /^[\s\u200C]*(?:است|بود)(?=[\s.،,]|$)/u;
/** " is ", " was " right before a name: the copula equating the description before it with the name. */
const IS_BEFORE_NAME = /\s(?:is|was)\s+$/u;

/** "… . The chief engineer who … is ": the sentence's definite description before "is", or ''. */
function describedBefore(before: string, fromPassageStart: boolean): string {
  const tail = IS_BEFORE_NAME.exec(before);
  if (!tail) return '';
  const body = before.slice(0, tail.index);
  const stop = Math.max(body.lastIndexOf('. '), body.lastIndexOf('! '), body.lastIndexOf('? '));
  if (stop < 0 && !fromPassageStart) return '';
  const desc = body.slice(stop + 1).trim();
  return /^The\s/u.test(desc) && !/["“”]/u.test(desc) ? desc : '';
}

/** Words by which a description points back to someone met before: "who remembered", "I met", "we visited". */
const POINTS_BACK = new Set(['who', 'whom', 'whose', 'i', 'we']);

/** "He is …" → male, "She is …" → female, «او» → null. */
function pronounGender(text: string): Gender | null {
  const first = /^\s*(He|She)\b/u.exec(text)?.[1];
  return first === 'He' ? 'male' : first === 'She' ? 'female' : null;
}

/**
 * How the sentence first naming a speaker identifies it: a pronoun after a description, or a description — "The
 * chief engineer who remembered the quotas is ", a definite description that points back ("who …", "I met")
 * equated with the name. A bare "The mines chief is Name" is nameTitledSourcesNamedLater's (named-later.ts).
 */
function identification(table: SpeakerTable, s: SpeakerDraft): Attachment | null {
  const ev = table.firstMention(s.id);
  if (!ev) return null;
  const text = table.passageText(ev.passage);
  const before = text.slice(Math.max(0, ev.start - IDENTIFY_REACH), ev.start);
  // "He is Name's cousin" names someone else.
  const possessive = /^['’]s\b/u.test(text.slice(ev.end));
  if (
    !possessive &&
    PRONOUN_IS.test(text.slice(0, ev.start)) &&
    (/^\s*(?:He|She)/u.test(text) || DARI_IS_AFTER.test(text.slice(ev.end)))
  )
    return { speaker: s, words: [], anyHead: true, gender: pronounGender(text) };
  const desc = describedBefore(before, ev.start <= IDENTIFY_REACH);
  const words = desc.toLowerCase().split(/\s+/u);
  const at = words.findIndex((w) => POINTS_BACK.has(w));
  return at < 0
    ? null
    : { speaker: s, words: phraseWords(desc), clause: stems(words.slice(at + 1).join(' ')) };
}

/** Named people by the passage the text describes them in: read once, only for an article that needs it. */
function attachmentsByPassage(table: SpeakerTable): Attachments {
  const near = new Map<number, Attachment[]>();
  const identified = new Map<number, Attachment[]>();
  const put = (map: Map<number, Attachment[]>, p: number, a: Attachment) =>
    map.set(p, [...(map.get(p) ?? []), a]);
  for (const s of table.speakers) {
    if (s.anonymous || table.isGroup(s.id)) continue;
    if (s.intro) {
      const anew = describedHead(s.description)?.indefinite ?? false;
      put(near, s.intro.passage, { speaker: s, words: attachedWords(table, s), anew });
    }
    const id = identification(table, s);
    const at = table.firstMention(s.id)?.passage;
    if (id && at !== undefined) put(identified, at, id);
  }
  return { near, identified };
}

interface Attachments {
  /** Descriptions and "as a …" by passage. */
  near: Map<number, Attachment[]>;
  /** Sentences identifying a name with a description, by passage. */
  identified: Map<number, Attachment[]>;
}

/** The one named speaker within reach of passage p the description with this head was attached to, else null. */
function holderOf(
  all: Attachments,
  head: DescribedHead,
  p: number,
  copulasAt: (p: number, head: string) => SpeakerDraft[],
  gender: Gender | null,
  echoed: (clause: readonly string[]) => boolean,
): SpeakerDraft | null {
  const back = head.indefinite ? 0 : BACK_REACH;
  const fits = new Set<SpeakerDraft>();
  for (let at = p - back; at <= p + FORWARD_REACH; at++) {
    // "a trader said …" then "Name, a trader in Kunduz, said …": a second trader, not the first named.
    for (const a of all.near.get(at) ?? [])
      if (holdsHead(a.words, head.head) && !(head.indefinite && a.anew)) fits.add(a.speaker);
    for (const s of copulasAt(at, head.head)) fits.add(s);
    // "He is Name." opening the paragraph after the description's.
    for (const a of all.identified.get(at) ?? [])
      if (a.anyHead && at === p + 1 && agrees(a.gender ?? null, gender)) fits.add(a.speaker);
  }
  if (fits.size === 0) {
    // "The engineer who remembered the quotas is Name": the text says whom it meant, chapters on — when the
    // clause echoes the description's paragraph ("remembers the quotas"); "the engineer who replaced him" is another.
    for (let at = p + 1; at <= p + IDENTIFIED_REACH; at++)
      for (const a of all.identified.get(at) ?? [])
        if (!a.anyHead && holdsHead(a.words, head.head) && echoed(a.clause ?? [])) fits.add(a.speaker);
  }
  const [only] = fits;
  return fits.size === 1 && only ? only : null;
}

/** Whether two genders may be one person's: equal, or either unknown. */
const agrees = (a: Gender | null, b: Gender | null) => a === null || b === null || a === b;

/** Give each quotation whose speaker is a describing phrase to the named person that description belongs to. */
export function nameDescribedSpeakers(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly DraftLike[],
  create: boolean,
): void {
  // Each passage is read once per head: every description near it asks again.
  const copulas = new Map<string, SpeakerDraft[]>();
  const copulasAt = (p: number, head: string): SpeakerDraft[] => {
    const key = `${p}\u0000${head}`;
    let found = copulas.get(key);
    if (!found) copulas.set(key, (found = namedByCopula(table, reading, p, head, create)));
    return found;
  };

  const heads = new Map<string, DescribedHead | null>();
  let byPassage: Attachments | null = null;
  for (const d of drafts) {
    const speaker = d.speaker === null ? undefined : table.speaker(d.speaker);
    if (!speaker?.anonymous || table.isGroup(speaker.id)) continue;
    if (!heads.has(speaker.id)) heads.set(speaker.id, describedHead(speaker.name));
    const head = heads.get(speaker.id);
    if (!head) continue;
    byPassage ??= attachmentsByPassage(table);
    // The paragraph's stems only when an identification far on needs them (a whole passage's words).
    const echoed = (clause: readonly string[]) =>
      clause.length > 0 && clause.some((w) => passageStems(reading, d.passage).has(w));
    const holder = holderOf(byPassage, head, d.passage, copulasAt, speaker.gender, echoed);
    if (holder) d.speaker = holder.id;
  }
}
