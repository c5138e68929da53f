/**
 * '"…," the spokesman said. [¶] The spokesman, Abdul Basir Ahmadzai, said …', 'Name, 74, spent thirty years as a
 * mining engineer … "…," the old engineer said', «رئیس دیوان … گفت: «…» مولوی X، که ریاست هیئت … را بر عهده
 * داشت»: a quotation given to a describing phrase belongs to the one named person that the text attached the
 * same description to nearby — the same head noun, or an office of the same family (رئیس ↔ ریاست). Never when
 * two different named people fit.
 */
import { DARI_ROLE_OFFICES, DARI_ROLE_WORDS, isPersonNoun } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { SpeakerDraft, SpeakerTable } from './speakers.ts';

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
const ENGLISH_DETERMINER = /^(?:the|a|an|his|her|their|its|one|\p{Lu}[\p{L}-]*['’]s)$/iu;
/** Words after the head that end its noun phrase: "A trader in Taloqan", "the head of …", "a man who …". */
const PHRASE_ENDS = new Set(['in', 'of', 'from', 'at', 'with', 'who', 'on', 'for', 'that', 'whose']);
const INDEFINITE = /^(?:a|an|one)$/iu;
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
    if (!isPersonNoun(head) || words.some((w) => /^\p{Lu}/u.test(w))) return null;
    return { head, indefinite: INDEFINITE.test(det) };
  }
  const words = normalizeName(phrase).split(/\s+/u);
  const one = words[0] === DARI_ONE;
  const first = (one ? words[1] : words[0]) ?? '';
  if (isDariPersonWord(first)) return { head: first, indefinite: one };
  // «دکانداری پیر»: the indefinite ی on the head noun.
  const bare = first.endsWith(INDEFINITE_YE) ? first.slice(0, -1) : '';
  if (bare && isDariPersonWord(bare) && !isDariPersonWord(first)) return { head: bare, indefinite: true };
  return null;
}

/** Dari trades and roles (آهنگر، رئیس، دکاندار) that may head a describing phrase. */
function isDariPersonWord(word: string): boolean {
  return (DARI_ROLE_WORDS.has(word) && !NOT_HEADS.has(word)) || OFFICE_FAMILY.has(word);
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

/** The words the text attaches to a named speaker: its description, and "as a …" in the sentence naming it. */
function attachedWords(table: SpeakerTable, s: SpeakerDraft): string[] {
  const words = normalizeName(s.description).split(/[\s\u200C،,]+/u);
  if (!s.intro) return words;
  const text = table.passageText(s.intro.passage);
  const sentence = text.slice(s.intro.start, s.intro.start + SENTENCE_REACH).split(/[.!?؟]\s/u)[0] ?? '';
  const as = AS_A.exec(sentence);
  return as?.[1] ? [...words, ...as[1].split(/\s+/u)] : words;
}

/** A named speaker with the words its description attaches to it, by the passage of that description. */
interface Attachment {
  speaker: SpeakerDraft;
  words: readonly string[];
}

/** Named people by the passage the text describes them in: read once, only for an article that needs it. */
function attachmentsByPassage(table: SpeakerTable): Map<number, Attachment[]> {
  const out = new Map<number, Attachment[]>();
  for (const s of table.speakers) {
    if (s.anonymous || !s.intro || table.isGroup(s.id)) continue;
    const list = out.get(s.intro.passage) ?? [];
    list.push({ speaker: s, words: attachedWords(table, s) });
    out.set(s.intro.passage, list);
  }
  return out;
}

/** The one named speaker within reach of passage p the description with this head was attached to, else null. */
function holderOf(byPassage: Map<number, Attachment[]>, head: DescribedHead, p: number): SpeakerDraft | null {
  const back = head.indefinite ? 0 : BACK_REACH;
  const fits = new Set<SpeakerDraft>();
  for (let at = p - back; at <= p + FORWARD_REACH; at++) {
    for (const a of byPassage.get(at) ?? []) if (holdsHead(a.words, head.head)) fits.add(a.speaker);
  }
  const [only] = fits;
  return fits.size === 1 && only ? only : null;
}

/** Give each quotation whose speaker is a describing phrase to the named person that description belongs to. */
export function nameDescribedSpeakers(table: SpeakerTable, drafts: readonly DraftLike[]): void {
  const heads = new Map<string, DescribedHead | null>();
  let byPassage: Map<number, Attachment[]> | null = null;
  for (const d of drafts) {
    const speaker = d.speaker === null ? undefined : table.speaker(d.speaker);
    if (!speaker?.anonymous || table.isGroup(speaker.id)) continue;
    if (!heads.has(speaker.id)) heads.set(speaker.id, describedHead(speaker.name));
    const head = heads.get(speaker.id);
    if (!head) continue;
    byPassage ??= attachmentsByPassage(table);
    const holder = holderOf(byPassage, head, d.passage);
    if (holder) d.speaker = holder.id;
  }
}
