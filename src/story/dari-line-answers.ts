// A Dari Q&A set line under line in one paragraph («پرسش: …؟» then «شفیق‌الله اندرابی: …», «خبرنگار: …؟» then
// «اندرابی: …»): each answer line after its label is the quotation of the person the label names.
import { isDariPassageOf } from './dari-words.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** A question's line: an asker's label (the question, the reporter, the host), then words that ask. */
const QUESTION_LINE = /^[ \t]*(?:پرسش|سوال|سؤال|س|خبرنگار|گزارشگر|مجری|گرداننده)[ \t]*:[^\n]*[؟?][ \t]*$/u;
/** An answer's line: a label of up to five words before its colon, then the words. */
const ANSWER_LINE = /^[ \t]*(?<label>[^\s:«»،.؟?!\d][^:«»،.؟?!\n]{0,40}?)[ \t]*:[ \t]+(?=\S)/u;
/** A Q&A needs this many answered questions before its lines count as answers. */
const MIN_PAIRS = 2;

export interface LineAnswer {
  passage: number;
  start: number;
  end: number;
  speaker: string | null;
}

interface Pair {
  passage: number;
  label: string;
  start: number;
  end: number;
}

/** The question-then-answer line pairs of passage p. */
function pairsIn(text: string, p: number): Pair[] {
  const out: Pair[] = [];
  let at = 0;
  let asked = false;
  for (const line of text.split('\n')) {
    const m = asked && !line.includes('«') ? ANSWER_LINE.exec(line) : null;
    const label = m?.groups?.['label']?.trim();
    const question = QUESTION_LINE.test(line);
    if (m && label && !question)
      out.push({ passage: p, label, start: at + m[0].length, end: at + line.trimEnd().length });
    asked = question;
    at += line.length + 1;
  }
  return out;
}

/** Answers set line under line after questions, each given to its label's person; none for fewer than two. */
export function dariLineAnswers(
  table: SpeakerTable,
  reading: Reading,
  quotedPassages: ReadonlySet<number>,
  create: boolean,
): LineAnswer[] {
  const pairs: Pair[] = [];
  reading.texts.forEach((text, p) => {
    if (quotedPassages.has(p) || !text.includes('\n') || !text.includes(':')) return;
    if (isDariPassageOf(reading, p)) pairs.push(...pairsIn(text, p));
  });
  if (pairs.length < MIN_PAIRS) return [];
  const answers: LineAnswer[] = [];
  for (const pair of pairs) {
    const known = table.lookup(pair.label);
    // «جواب: …», «نکته: …»: a label that names no one makes an FAQ's line, not anyone's words.
    if (!known && !table.isPersonName(pair.label, 2)) continue;
    const person = known ?? (create ? table.add(pair.label, '', null) : null);
    answers.push({ passage: pair.passage, start: pair.start, end: pair.end, speaker: person?.id ?? null });
  }
  return answers;
}
