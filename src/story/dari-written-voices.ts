// Dari words that come from a text, not a mouth: an open letter quoted by the report about it («در این نامه آمده
// است: «…»», «آنان نوشته‌اند: «…»») is its writers'; a press review's «این روزنامه می‌نویسد: «…»» is the outlet's
// named before; «سخنان یک معلم را نشر کرده است: «…»» is the person whose words the outlet printed.
import {
  DARI_GROUP_PHRASE_STOPS,
  DARI_LETTER_GROUPS,
  DARI_LETTER_PART_PHRASES,
  DARI_LETTER_SIGNERS,
  DARI_OUTLET_NOUNS,
  DARI_PUBLISHED_WORDS_NOUNS,
  DARI_PUBLISHED_WORDS_REFLEXIVES,
  DARI_PUBLISHING_STEMS,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { phraseAlternation, wordAlternation } from './regex-parts.ts';
import type { SpeakerTable } from './speakers.ts';

/** Passages back a letter's writers or an outlet's name are looked for. */
const REACH = 8;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\u200C])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\u200C])';
/** The word «نامه» on its own («نامهٔ», «نامه‌ای»), not inside «روزنامه» or «هفته‌نامه». */
const LETTER_WORD = new RegExp(
  `${NOT_LETTER_BEFORE}نامه(?:\\u0654|\\u200C(?:ای|ی|ها))?${NOT_LETTER_AFTER}`,
  'u',
);
/** A colon sentence ending on a verb of writing: «… آمده است:», «آنان نوشته‌اند:». */
const WRITTEN_END = /(?:آمده|نوشته|نگاشته)(?:[\s\u200C]*(?:است|اند))?[\s\u200C]*:$/u;
/** «در (بخشی از) این نامه»: «در» opening on the letter itself, not «در پاسخ والی به این نامه» (the reply's words). */
const IN_THE_LETTER = `در[ \\t]+(?:(?:${phraseAlternation(DARI_LETTER_PART_PHRASES)})[ \\t]+)?(?:(?:این|همین|آن)[ \\t]+)?نامه`;
/**
 * A colon sentence with no writer of its own: «در (بخشی از) این نامه …», «آنان …», «نویسندگان نامه …»; not «والی
 * کندز در نامه‌ای نوشته است:», whose subject wrote it.
 */
const NO_WRITER_OPENING = new RegExp(
  `^(?:و[ \t]+|اما[ \t]+|همچنین[ \t]+)?(?:${IN_THE_LETTER}|آنان${NOT_LETTER_AFTER}|آن‌ها${NOT_LETTER_AFTER}|آنها${NOT_LETTER_AFTER}|ایشان${NOT_LETTER_AFTER}|(?:${wordAlternation(DARI_LETTER_SIGNERS)})[ \t])`,
  'u',
);
/** A word that may go on a group's phrase: not a stop word, not a verb («می‌خواهند», «شده‌اند»). */
const PHRASE_WORD = `(?!(?:${wordAlternation(DARI_GROUP_PHRASE_STOPS)})${NOT_LETTER_AFTER})(?!ن?می[\\s\\u200C])[^\\s،.:«»؛()\\[\\]!؟?]+${NOT_LETTER_AFTER}(?<![دتش]ند)`;
const GROUP = `(?:${wordAlternation(DARI_LETTER_GROUPS)})(?:[ \\t]+${PHRASE_WORD}){1,3}`;
const SIGNERS = `(?:${wordAlternation(DARI_LETTER_SIGNERS)})[ \\t]+(?:این[ \\t]+)?نامه${NOT_LETTER_AFTER}`;
/** «شماری از», «بیش از صد تن از»: how many of the group, before it. */
const SHARE =
  '(?:(?:شماری|جمعی|تعدادی|گروهی|بیش|ده‌ها|صدها|نزدیک)(?:[ \\t]+[^\\s،.]+){0,3}?[ \\t]+از[ \\t]+)?';
/** A sentence opening on the writers, perhaps after a dateline («تالقان – باشندگان …»). */
const WRITERS_OPENING = new RegExp(
  `^\\s*(?:[^–.\\n]{1,40}[ \\t]+[–-][ \\t]+)?${SHARE}(?<who>${SIGNERS}|${GROUP})`,
  'u',
);
/** «نامهٔ سرگشادهٔ باشندگان …»: the writers after the letter. */
const WRITERS_OF_LETTER = new RegExp(
  `${NOT_LETTER_BEFORE}نامه(?:\\u0654|\\u200Cی)?[ \\t]+(?:سرگشاده(?:\\u0654|\\u200Cی)?[ \\t]+)?(?<who>${GROUP})`,
  'u',
);

/** The most characters a sentence is read back over. */
const SENTENCE_REACH = 600;

/** The offset of the last character before `at` that is not a space (-1 when none). */
export function lastMarkBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && /\s/u.test(text[k] ?? '')) k--;
  return k;
}

/** Where the sentence holding `at` opens: after the last stop, closing quote or line break before it. */
export function sentenceStartBefore(text: string, at: number): number {
  let start = at;
  // A bounded walk: a passage with no stops is read no further back than a long sentence.
  const floor = Math.max(0, at - SENTENCE_REACH);
  while (start > floor && !/[.!?؟»\n]/u.test(text[start - 1] ?? '')) start--;
  while (start < at && /\s/u.test(text[start] ?? '')) start++;
  return start;
}

/** The sentence before the one opening at `start` in the same text, or '' (none, or a quotation's close). */
export function sentenceBefore(text: string, start: number): string {
  // Read back over the spaces, not a copy of the passage up to `start`.
  const end = lastMarkBefore(text, start) + 1;
  if (end === 0 || /[»\n]/u.test(text[end - 1] ?? '')) return '';
  return text.slice(sentenceStartBefore(text, end - 1), end);
}

/** The sentences of `text`, each with its start, last first. */
function sentencesLastFirst(text: string): { s: string; at: number }[] {
  const out: { s: string; at: number }[] = [];
  let at = 0;
  for (const piece of text.split(/(?<=[.!?؟\n])/u)) {
    out.push({ s: piece, at });
    at += piece.length;
  }
  return out.reverse();
}

/** The writers a sentence about a letter names: its opening group, or the group after «نامهٔ». */
function writersIn(sentence: string): { who: string; at: number } | null {
  if (!LETTER_WORD.test(sentence)) return null;
  const m = WRITERS_OPENING.exec(sentence) ?? WRITERS_OF_LETTER.exec(sentence);
  const who = m?.groups?.['who'];
  return m && who ? { who, at: m.index + m[0].length - who.length } : null;
}

/** The writers of the letter last written about before `end` of passage p, as a speaker. */
function letterWriters(table: SpeakerTable, p: number, end: number, create: boolean): string | null {
  for (let k = p; k >= 0 && k >= p - REACH; k--) {
    const text = table.passageText(k).slice(0, k === p ? end : undefined);
    for (const { s, at } of sentencesLastFirst(text)) {
      const found = writersIn(s);
      if (!found) continue;
      const known = table.lookup(found.who);
      if (known || !create) return known?.id ?? null;
      const start = at + found.at;
      return table.addAnonymous(found.who, '', { passage: k, start, end: start + found.who.length }).id;
    }
  }
  return null;
}

/**
 * «در بخشی از این نامه آمده است: «…»», «آنان نوشته‌اند: «…»» after a sentence on the letter: the words of the
 * letter's writers, the group the report named as writing it. Null when no group signed it.
 */
export function letterQuotationSpeaker(
  table: SpeakerTable,
  text: string,
  p: number,
  colonAt: number,
  create: boolean,
): string | null {
  const start = sentenceStartBefore(text, colonAt);
  const sentence = text.slice(start, colonAt + 1);
  if (!WRITTEN_END.test(sentence) || !NO_WRITER_OPENING.test(sentence)) return null;
  const before = sentenceBefore(text, start);
  if (!LETTER_WORD.test(sentence) && !LETTER_WORD.test(before)) return null;
  return letterWriters(table, p, start, create);
}

const OUTLET = wordAlternation(DARI_OUTLET_NOUNS);
/** «این روزنامه (در سرمقالهٔ خود) می‌نویسد:»: an outlet pointed back to, writing. */
const OUTLET_POINTER = new RegExp(
  `^(?:اما[ \\t]+)?(?:این|همین)[ \\t]+(?<noun>${OUTLET})(?:[ \\t]+(?:خبری|محلی))?(?:[ \\t]+[^:«»]*?)?[ \\t]+(?:می[\\s\\u200C]*نویسد|نوشته[\\s\\u200C]*است|نوشته|آورده[\\s\\u200C]*است|افزوده[\\s\\u200C]*است|گزارش[ \\t]+داده[\\s\\u200C]*است)[\\s\\u200C]*:?\\s*$`,
  'u',
);
/** Another's words the outlet reports: not the outlet's own («از قول X نوشته است»). */
const REPORTS_ANOTHER = /از[ \t]+(?:قول|زبان)|به[ \t]+نقل[ \t]+از/u;
const OUTLET_NAME_WORD = `(?!(?:${wordAlternation(DARI_GROUP_PHRASE_STOPS)}|همچنین|اما)${NOT_LETTER_AFTER})(?!ن?می[\\s\\u200C])[^\\s،.:«»؛()\\[\\]!؟?]+${NOT_LETTER_AFTER}`;

/** For each kind of outlet, the kind and its name («روزنامهٔ پیام شمال»): compiled once, not per quotation. */
const OUTLET_NAMED: ReadonlyMap<string, RegExp> = new Map(
  DARI_OUTLET_NOUNS.map((noun) => [
    noun,
    new RegExp(
      `${NOT_LETTER_BEFORE}${noun}(?:\\u0654|\\u200Cی)?(?:[ \\t]+(?:خبری|محلی))?(?:[ \\t]+${OUTLET_NAME_WORD}){1,3}`,
      'gu',
    ),
  ]),
);

/** The outlet of kind `noun` last named in passages p back, before `end`: «روزنامهٔ پیام شمال». */
function outletNamedBefore(table: SpeakerTable, noun: string, p: number, end: number): string | null {
  const named = OUTLET_NAMED.get(noun);
  if (!named) return null;
  for (let k = p; k >= 0 && k >= p - REACH; k--) {
    const text = table.passageText(k).slice(0, k === p ? end : undefined);
    if (!text.includes(noun)) continue;
    const last = [...matchesOf(named, text)].at(-1);
    if (last) return last[0];
  }
  return null;
}

/** «این روزنامه می‌نویسد: «…»»: the outlet of that kind the review named before, as a speaker. */
export function pointedOutletSpeaker(
  table: SpeakerTable,
  text: string,
  p: number,
  colonAt: number,
  create: boolean,
): string | null {
  const start = sentenceStartBefore(text, colonAt);
  const sentence = text.slice(start, colonAt + 1);
  const m = OUTLET_POINTER.exec(sentence);
  const noun = m?.groups?.['noun'];
  if (!m || !noun || REPORTS_ANOTHER.test(sentence)) return null;
  const outlet = outletNamedBefore(table, noun, p, start);
  if (!outlet) return null;
  const known = table.lookup(outlet);
  if (known || !create) return known?.id ?? null;
  return table.addAnonymous(outlet, '', { passage: p, start, end: start + noun.length }).id;
}

/** «سخنان یک معلم … را نیز نشر کرده»: whose words, then «را», then a verb of publishing. */
const PUBLISHED_WORDS = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${wordAlternation(DARI_PUBLISHED_WORDS_NOUNS)})[ \\t]+(?<who>[^«»:،.\\n]{2,60}?)[ \\t]+را${NOT_LETTER_AFTER}(?<rest>[^«»:.\\n]*)$`,
  'u',
);
/**
 * The sentence ends on the publishing verb («… نشر کرده است», perhaps «… که نخواسته نامش گرفته شود»): not «… را رد کرد و گفت», whose subject speaks, nor
 * «… را در نشستی که پخش می‌شد چنین آغاز کرد».
 */
const PUBLISHING_END = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${wordAlternation(DARI_PUBLISHING_STEMS)})(?:[ \\t\\u200C]+(?:کرده|نموده|داده|شده))?(?:[ \\t\\u200C]*(?:است|اند))?(?:[ \\t]*،?[ \\t]+که[ \\t][^«»:.\\n]*)?[ \\t]*$`,
  'u',
);
/** «سخنان خود را»: the subject's own words, for the subject rules. */
const REFLEXIVE_WHO = new RegExp(`^(?:${wordAlternation(DARI_PUBLISHED_WORDS_REFLEXIVES)})$`, 'u');

/** «… سخنان یک معلم لیسهٔ دختران را نیز نشر کرده …: «…»»: the one whose words the outlet printed. */
export function publishedWordsSpeaker(
  table: SpeakerTable,
  text: string,
  p: number,
  colonAt: number,
  create: boolean,
): string | null {
  const start = sentenceStartBefore(text, colonAt);
  const sentence = text.slice(start, colonAt);
  if (!sentence.includes(' را')) return null;
  const m = PUBLISHED_WORDS.exec(sentence);
  const who = m?.groups?.['who'];
  if (!m || !who || REFLEXIVE_WHO.test(who) || !PUBLISHING_END.test(m.groups?.['rest'] ?? '')) return null;
  const known = table.lookup(who);
  if (known || !create) return known?.id ?? null;
  const at = start + m.index + m[0].indexOf(who);
  return table.addAnonymous(who, '', { passage: p, start: at, end: at + who.length }).id;
}
