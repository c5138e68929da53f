// Who answers a Dari question-and-answer interview («پرسش:»/«پاسخ:», «س:»/«ج:»): the name the answers give
// themselves («نامم … است»), else the first person the introduction names — never a noun phrase of the scene
// ("کشتزارهای نیزار", "باغ‌های انار": fields and orchards answer nothing).
import { isDariText } from './dari-words.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** How many paragraphs after the first question are read for the interviewee naming themselves. */
const SELF_NAMING_REACH = 4;

/** «نامم محمدظاهر اکبری است», «نام من شکریه است», «اسمم عبدالرحیم است»: one to three words before «است». */
const SELF_NAMING =
  /(?:^|[.!?؟،:]\s*)(?:نامم|اسمم|نام[\s\u200C]+من|اسم[\s\u200C]+من)[\s\u200C]+(?<name>[^\s\u200C،,.!?؟«»:]+(?:[\s\u200C]+[^\s\u200C،,.!?؟«»:]+){0,2}?)[\s\u200C]+(?:است|هست)(?![\p{L}\u200C])/u;

/** A plural noun ("کشتزارهای", "باغ‌ها"): no person's name word. */
const PLURAL_WORD = /(?:ها|های|هایی)$/u;

/** The name an answer gives its speaker, read in the paragraphs after the first question. */
function selfNamed(texts: readonly string[], firstQuestion: number): string | null {
  for (let p = firstQuestion + 1; p <= firstQuestion + SELF_NAMING_REACH && p < texts.length; p++) {
    const text = texts[p] ?? '';
    // Cheap look first: most answers hold neither word.
    if (!text.includes('نام') && !text.includes('اسم')) continue;
    const name = SELF_NAMING.exec(text)?.groups?.['name'];
    if (name) return name;
  }
  return null;
}

/** The first person named (with a description) before the first question whose name holds no plural noun. */
function introducedNamed(table: SpeakerTable, firstQuestion: number): string | null {
  const person = (id: string) => {
    const s = table.speaker(id);
    if (!s || s.anonymous || s.description === '') return false;
    return !s.name.split(/[\s\u200C]+/u).some((w) => PLURAL_WORD.test(w));
  };
  return table.events.find((ev) => ev.passage < firstQuestion && person(ev.speaker))?.speaker ?? null;
}

/** The speaker of a Dari interview's answers, or null for an interview in another language or with no one named. */
export function dariInterviewee(
  table: SpeakerTable,
  reading: Reading,
  firstQuestion: number,
  create: boolean,
): string | null {
  if (!isDariText(reading.texts[firstQuestion] ?? '')) return null;
  const own = selfNamed(reading.texts, firstQuestion);
  if (own) {
    const known = table.lookup(own);
    if (known) return known.id;
    if (create) return table.add(own, '', null).id;
  }
  return introducedNamed(table, firstQuestion);
}
