// Who answers a Dari question-and-answer interview («پرسش:»/«پاسخ:», «س:»/«ج:»): the name the answers give
// themselves («نامم … است»), else the first person the introduction names — never a noun phrase of the scene
// ("کشتزارهای نیزار", "باغ‌های انار": fields and orchards answer nothing).
import { readsAsDariName } from './dari-attribution.ts';
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
    // "نامم در فهرست است" ("my name is on the list"): only words that read as a name are one.
    if (name && readsAsDariName(name)) return name;
  }
  return null;
}

/** A sentence's end between two people named: they stand in different sentences. */
const SENTENCE_STOP = /[.!?؟\n]/u;
/** "X، …، و Y، …،": a second person joined to the first by «و» (two guests, a panel). */
const JOINED = /(?:^|[\s،,])و[\s\u200C]/u;

/**
 * The first person named (with a description, no plural noun in the name) in the last sentence before the first
 * question that names anyone: the intro names the one it talks with last ("والی … گفت … . گل‌احمد نوری، آموزگار
 * …، … با او گفت‌وگو کردیم"). Null when a second person is joined to them by «و» (two guests, a panel).
 */
function introducedNamed(table: SpeakerTable, reading: Reading, firstQuestion: number): string | null {
  const person = (id: string) => {
    const s = table.speaker(id);
    if (!s || s.anonymous || s.description === '') return false;
    return !s.name.split(/[\s\u200C]+/u).some((w) => PLURAL_WORD.test(w));
  };
  const named = table.events.filter((ev) => ev.passage < firstQuestion && person(ev.speaker));
  let k = named.length - 1;
  const between = (a: number, b: number) => {
    const [x, y] = [named[a], named[b]];
    return x && y && x.passage === y.passage ? (reading.texts[x.passage] ?? '').slice(x.end, y.start) : '\n';
  };
  while (k > 0 && !SENTENCE_STOP.test(between(k - 1, k))) k--;
  const first = named[k];
  if (!first) return null;
  for (let j = k + 1; j < named.length && !SENTENCE_STOP.test(between(j - 1, j)); j++)
    if (named[j]?.speaker !== first.speaker && JOINED.test(between(j - 1, j))) return null;
  return first.speaker;
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
  return introducedNamed(table, reading, firstQuestion);
}
