// A Dari speaker named only after the quotation, by a gesture or a time clause rather than a verb of speech ending
// its sentence: "«…»، میرزا غلام‌حیدر خندید و پیاله‌ها را پر کرد", "«…» این را خاله صدیقه وقتی گفت که …".
import { parseSubject, type DariSubject } from './dari-attribution.ts';
import { GESTURE } from './dari-gesture-colons.ts';
import { DARI_CROWD_NOUNS, DARI_GESTURE_VERBS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { wordAlternation } from './regex-parts.ts';

/** How many characters after the closing mark are read. */
const REACH = 120;

/** One to four words of a subject: no stop, comma, mark or colon inside. */
// Never across «و»: "«…» پرسیدم و پیرمرد خندید" joins two clauses, the first the writer's.
const SUBJECT = String.raw`(?<subject>(?!و\s)[^\s،,.!?؟«»:؛]+(?:\s+(?!و\s)[^\s،,.!?؟«»:؛]+){0,3}?)`;

/** "«…»، X خندید و …", "«…». X لبخند زد.": the subject, then a gesture that ends or joins its clause. */
const GESTURE_AFTER = new RegExp(String.raw`^[\s،,]*${SUBJECT}\s+${GESTURE}(?=\s*[،,.!?؟]|\s+و\s|\s*$)`, 'u');
/** "«…» این را X وقتی گفت که …", "این را X در حالی می‌گفت که …": the words' speaker in a clause of time. */
const THIS_SAID_WHEN = new RegExp(
  String.raw`^[\s،,.]*این\s+را\s+${SUBJECT}\s+(?:وقتی|هنگامی|زمانی|در\s+حالی)\s+(?:گفت|می‌گفت|می\s+گفت)\s+که(?![\p{L}\u200C])`,
  'u',
);

/** A crowd's first word: «جمعیت خندید» after the words is the hearers', not a speaker's. */
const CROWD = new Set(DARI_CROWD_NOUNS.map(normalizeName));
/** A question closing the words: a gesture after it is the answer's, not the asker's («…؟» پیرمرد خندید). */
const QUESTION_CLOSE = /[؟?]\s*[»"]?$/u;

/** The subject the words after a Dari quotation (closing at passage offset `closeEnd`) name this way, else null. */
export function dariNamedAfter(text: string, closeEnd: number): DariSubject | null {
  const window = text.slice(closeEnd, closeEnd + REACH);
  if (QUESTION_CLOSE.test(text.slice(Math.max(0, closeEnd - 3), closeEnd))) return null;
  if (!window.includes('این را') && !GESTURE_CUE.test(window)) return null;
  const m = THIS_SAID_WHEN.exec(window) ?? GESTURE_AFTER.exec(window);
  const subject = m?.groups?.['subject'];
  if (!m || !subject || CROWD.has(normalizeName(subject.split(/\s+/u)[0] ?? ''))) return null;
  const s = parseSubject(subject, closeEnd + m[0].indexOf(subject));
  // A name or a described person; not a pronoun ("او خندید"), which the rules before already read.
  return s && (s.name || s.role) && !s.pronoun ? s : null;
}

/** A cheap look for a gesture's last word before the pattern runs. */
const GESTURE_CUE = new RegExp(
  wordAlternation([...new Set(DARI_GESTURE_VERBS.map((v) => v.split(' ').at(-1) ?? v))]),
  'u',
);
