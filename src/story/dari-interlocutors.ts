// "به یک مسئول ریاست … زنگ زدم. گفت: «…»": a columnist's "I phoned / talked with / asked someone" puts that
// someone forward as who answers; a dropped subject right after is theirs, not the last person quoted.
import { isPersonWord } from './dari-existential.ts';
import { DARI_INTERLOCUTOR_VERBS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';

/** Characters read back from a dropped subject for the sentence that met the source. */
const INTERLOCUTOR_REACH = 240;

const JOIN = '[\\s\\u200C]+';
const verbs = wordAlternation(DARI_INTERLOCUTOR_VERBS.map((v) => v.split(' ').join(JOIN)));
/** "به|با|از یک … <verb>": the indefinite one talked to, then the teller's verb (perhaps after "هم"/"نیز"). */
const MET = new RegExp(
  `(?<![\\p{L}\\u200C])(?:به|با|از)${JOIN}(?<who>یک${JOIN}[^\\s\\u200C.!?؟:؛،,«»"\\n][^.!?؟:؛،,«»"\\n]{0,70}?)${JOIN}(?:(?:هم|نیز)${JOIN})?${verbs}(?![\\p{L}\\u200C])`,
  'gu',
);

/** A word that joins another clause or phrase: "… رفتیم و با ملا امام", "… به قریه". */
const ANOTHER_CLAUSE = /[\s\u200C](?:و|به|با|از)[\s\u200C]/u;

/** "یک مسئول ریاست …": a person word after "یک", and one phrase, crossing into no other clause. */
function isPersonPhrase(who: string): boolean {
  const head = who.split(/[\s\u200C]+/u)[1] ?? '';
  return isPersonWord(head.replace(/ٔ$/u, '')) && !ANOTHER_CLAUSE.test(` ${who} `);
}

/** The source a dropped subject at `at` means: the last one the text met in the window before; null when none. */
export function interlocutorBefore(
  text: string,
  at: number,
): { who: string; start: number; end: number } | null {
  const from = Math.max(0, at - INTERLOCUTOR_REACH);
  const window = text.slice(from, at).replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
  const last = [...matchesOf(MET, window)].at(-1);
  const who = last?.groups?.['who'];
  if (!last || who === undefined || !isPersonPhrase(who)) return null;
  // A quotation or another speech verb's colon since the meeting: it has been answered already.
  if (/[«»"]/u.test(window.slice(last.index + last[0].length))) return null;
  const start = from + last.index + last[0].indexOf(who);
  return { who: text.slice(start, start + who.length), start, end: start + who.length };
}
