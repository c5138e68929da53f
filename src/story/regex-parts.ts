// Pieces the engine builds its patterns from: a word list becomes an alternation, a piece of text a literal.
import { DARI_SUBJECT_PRONOUNS, NARRATIVE_CONNECTIVES } from './lexicon.ts';

/** `text` with every character a regex reads specially escaped, so it matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase of the lexicon as a pattern: each word escaped, any run of spaces between them ("written by"). */
export const phrasePattern = (phrase: string): string => phrase.split(' ').map(escapeRegExp).join('\\s+');

/** Phrases of the lexicon as alternatives, in the list's order: "About us|Contact|Privacy\\s+policy". */
export const phraseAlternation = (phrases: readonly string[]): string => phrases.map(phrasePattern).join('|');

/**
 * Between two names of one list: a comma, perhaps with "and", "or" or "و" after it, or one of those words (or "&")
 * with spaces round it — "Taloqan, Kunduz", "Taloqan, and Kunduz", "Taloqan & Kunduz", "تالقان، کندز", "تالقان و
 * کندز". Every list rule builds its gap from this one source.
 */
export const LIST_SEPARATOR = '(?:\\s*[,،]\\s*(?:and\\s+|or\\s+|و\\s+)?|\\s+(?:and|or|&|و)\\s+)';
/** A list's separator as it starts right after a name: its comma, or its joining word and one space. */
export const LIST_SEPARATOR_START = '(?:\\s*[,،]|\\s+(?:and|or|&|و)\\s)';

/** An English month, in full or cut short, perhaps with a full stop ("December", "Dec.", "Sept"). */
export const ENGLISH_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

/**
 * Words as one alternation, grouped by first letter so a word in the text is compared only with the words that
 * start like it (the engine otherwise tries hundreds in turn at every place it looks). Longer words first; with
 * `bothCases` the first letter in either case ("resident", "Resident" opening a sentence). Two words of different
 * first letters never match at one place, so the grouping changes nothing of what matches.
 */
export function wordAlternation(words: Iterable<string>, bothCases = false): string {
  const groups = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const first = w[0] ?? '';
    const rests = groups.get(first) ?? [];
    rests.push(w.slice(1));
    groups.set(first, rests);
  }
  const head = (c: string) => (bothCases && c.toUpperCase() !== c ? `[${c}${c.toUpperCase()}]` : c);
  return `(?:${[...groups].map(([first, rests]) => `${head(first)}(?:${rests.join('|')})`).join('|')})`;
}

/** A digit, Latin, Persian or Arabic-Indic: "12", «۱۲», «١٢». */
/** A bullet marking a list's item at a line's start: "•", "·", "▪", "◦", "*", "-", "–". */
export const BULLET_MARK = '[•·▪◦*\\-–]';
/** A box's side drawn down a line's start ("│", "┃", "║"): the box's furniture, not a separator. */
export const BOX_SIDE_MARK = '[│┃║]';
/** A list item's opening: a bullet, "1." or "2)", then space. */
export const LIST_ITEM_OPENING = `^(?:${BULLET_MARK}|\\d{1,2}[.)])\\s+`;
export const ANY_DIGIT = '[0-9\u06F0-\u06F9\u0660-\u0669]';
const ARABIC_SCRIPT_CHAR = /[\u0600-\u06FF]/;
/** Whether `text` holds a letter of the Arabic script: every Dari rule needs one (a cheap test before a dear one). */
export function hasArabicScript(text: string): boolean {
  // A short window (the words beside a name) is read by hand: a pattern's call costs more than its few characters.
  if (text.length > SHORT_TEXT) return ARABIC_SCRIPT_CHAR.test(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) return true;
  }
  return false;
}
const SHORT_TEXT = 64;

/** A Dari number word of a person's age: "چهار", "هفتاد", "نوزده". */
export const DARI_AGE_WORD = `(?:${'یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد'.split(' ').join('|')})`;
/**
 * A Dari age's number: one or two digits, or words — a ten and its unit joined by «و» ("هفتاد و چهار", "سی و
 * دو") — as «… ساله» and «… سال دارد» take it.
 */
export const DARI_AGE_NUMBER = `(?:${ANY_DIGIT}{1,3}|${DARI_AGE_WORD}(?:[ \\u00A0]+و[ \\u00A0]*${DARI_AGE_WORD})?)`;
/** A Dari age: "هفتاد و چهار ساله", "۳۲ساله", "هشتاد و شش سال دارد". */
export const DARI_AGE = `${DARI_AGE_NUMBER}[ \\u00A0\\u200C]*(?:ساله|سال[ \\u00A0]+(?:دارد|داشت))(?![\\p{L}\\u200C])`;

/** A sentence opening on "he" or "she" as its subject, perhaps after a connective: "But she went on …". */
export const ENGLISH_PRONOUN_OPENING = `^\\s*(?:(?:${NARRATIVE_CONNECTIVES.join('|')}),?\\s+)?(?<pronoun>[Hh]e|[Ss]he)\\s+\\p{Ll}`;
/** A Dari sentence opening on "او" or "وی" as its subject: «او تار را به نور نزدیک می‌کند». */
export const DARI_PRONOUN_OPENING = `^\\s*(?:${DARI_SUBJECT_PRONOUNS.join('|')})\\s`;

/** A word of a signature's name: capitalised in English, any word of letters in Dari (which has no capitals; its comma is no letter). */
export const SIGNATURE_WORD =
  "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|[\\u0621-\\u064A\\u0671-\\u06D3][\\p{L}\\p{M}\\u200C]*)";

/**
 * The code a research report gives an interviewee whose name it withholds: letters and a number ("R07",
 * "KDZ-19", "FGD-3b") or a word and a number ("Respondent 12", "Interviewee no. 4").
 */
export const INTERVIEW_CODE =
  '(?:\\p{Lu}{1,4}-?\\d{1,3}[a-z]?|(?:Respondent|Interviewee|Participant|Informant)\\s+(?:no\\.\\s*|#)?\\d{1,3})';

/** A report's paragraph number opening its paragraph: "3.4 ", "12. ", "2.1.3 ". */
export const PARAGRAPH_NUMBER = '\\d{1,3}(?:\\.\\d{1,3}){0,2}\\.?[ \\t]+';

/** A given name (one or two words) and the surname's initial with its full stop: "Jawid K.", "Bibi Sima T.". */
export const GIVEN_NAME_AND_INITIAL = '\\p{Lu}\\p{Ll}{2,}(?:\\s\\p{Lu}\\p{Ll}{2,})?\\s\\p{Lu}\\.';
/** GIVEN_NAME_AND_INITIAL with the given name (before the initial) in the named group `group`. */
export const givenNameAndInitial = (group: string): string =>
  `(?<${group}>\\p{Lu}\\p{Ll}{2,}(?:\\s\\p{Lu}\\p{Ll}{2,})?)\\s\\p{Lu}\\.`;
