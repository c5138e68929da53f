// A person met on the way who introduces themselves: "مردی که خود را نجیب‌الله معرفی کرد، گفت: «…»",
// "راننده‌اش … خود را «کاکا نورالدین» معرفی کرد." then "گفت: «…»" — the quotation is the name's, not the description's.
import { hasDariSpeechVerb, isDariAgedName } from './dari-attribution.ts';
import { isDariPassageOf } from './dari-words.ts';
import { sentenceEnd } from './sentences.ts';
import { sentencesOf, type Reading, type SpeakerTable } from './speakers.ts';
import type { QuoteSpan } from './quotes.ts';

interface DraftLike {
  passage: number;
  span: QuoteSpan;
  speaker: string | null;
}

/** The word every self-introduction holds: a passage without it is not read. */
const CUE = 'معرفی';

/** «خود را X معرفی کرد», «خودش را «X» معرفی می‌کند»: one to three words, perhaps in marks. */
const SELF_INTRODUCED =
  /(?<![\p{L}\u200C])خود(?:ش)?\s+را\s+«?(?<name>[^\s،,.!?؟«»:]+(?:\s[^\s،,.!?؟«»:]+){0,2}?)»?\s+معرفی[\s\u200C]*(?:کرد|کرده|نمود|نموده|می[\s\u200C]*کند|می[\s\u200C]*کرد)(?![\p{L}\u200C])/u;

/** "راننده‌اش", "رهنمای ما": a role owned by someone, a description and no name; "یک دهقان" (from «دهقانی») too. */
const OWNED = /(?:\u200C(?:اش|ام|ات|شان)|\s(?:ما|شما|او|ایشان))$|^یک\s/u;

/** How far after a description its self-introduction may start: an apposition between, no more. */
const GAP = 40;

/** The writer's own verb of speech after the introduction: the words are theirs. */
const WRITER_SPEAKS = /(?<![\p{L}\u200C])(?:گفتم|گفتیم|پرسیدم|پرسیدیم|نوشتم)(?![\p{L}\u200C])/u;

/** A preposition before the head of «… که خود را»: that person is spoken of or to. */
const OBJECT_HEAD = /(?<![\p{L}\u200C])(?:درباره(?:ٔ|ی)?|از|به|با|برای)\s+[\p{L}\u200C]+\s+که\s+$/u;

/** How far before «خود را» that preposition is looked for. */
const OBJECT_REACH = 40;

/** How many passages back a description may stand before a quotation its dropped subject means. */
const REACH = 2;

/** The name a stretch introduces someone by, when it reads as a person's, else null. */
export function selfIntroducedName(stretch: string, reading: Pick<Reading, 'index'>): string | null {
  return selfIntroduced(stretch, reading)?.name ?? null;
}

/** The name a stretch introduces someone by and where it starts in the stretch. */
function selfIntroduced(
  stretch: string,
  reading: Pick<Reading, 'index'>,
): { name: string; at: number } | null {
  if (!stretch.includes(CUE)) return null;
  const m = SELF_INTRODUCED.exec(stretch);
  const name = m?.groups?.['name'] ?? '';
  // "به مردی که خود را X معرفی کرد گفتم:": the writer speaks to them.
  if (
    !m ||
    !name ||
    !isDariAgedName(name, reading) ||
    WRITER_SPEAKS.test(stretch.slice(m.index + m[0].length))
  )
    return null;
  // "دربارهٔ شاگردی که خود را X معرفی کرده بود": the one spoken of, not the one speaking.
  if (OBJECT_HEAD.test(stretch.slice(Math.max(0, m.index - OBJECT_REACH), m.index))) return null;
  return { name, at: m.index + m[0].indexOf(name) };
}

/** A name found in passage p, with where it stands. */
interface Found {
  name: string;
  intro: { passage: number; start: number; end: number };
}

/** The self-introduced name in passage p between `start` and `stop`, else null. */
function foundIn(reading: Reading, p: number, start: number, stop: number): Found | null {
  const m = selfIntroduced((reading.texts[p] ?? '').slice(start, stop), reading);
  if (!m) return null;
  const at = start + m.at;
  return { name: m.name, intro: { passage: p, start: at, end: at + m.name.length } };
}

/** Words between the name and the quotation's mark: «معرفی کرد، گفت:», a word or two of manner; no clause. */
const TAIL_WORDS = 6;

/**
 * The name the quotation's own sentence introduces its speaker by: the one introducing themselves speaks
 * («مردی که خود را X معرفی کرد، گفت: «…»»), unless another's speech verb reports them before («سخنگوی پولیس گفت
 * مردی که خود را X معرفی می‌کرد …») or another clause follows before the mark («…؛ سخنگو گفت: «…»»).
 */
function ownIntroduction(reading: Reading, p: number, start: number, open: number): Found | null {
  const found = foundIn(reading, p, start, open);
  if (!found) return null;
  const text = reading.texts[p] ?? '';
  if (hasDariSpeechVerb(text.slice(start, found.intro.start))) return null;
  const tail = text.slice(found.intro.end, open);
  const words = tail.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  return !tail.includes('؛') && words <= TAIL_WORDS ? found : null;
}

/** How far past the gap the introduction's name and verb are read. */
const INTRO_SPAN = 80;

/** The self-introduced name just after a description (from `at` to `end` in passage p), in its sentence, else null. */
function nameInSentence(reading: Reading, p: number, at: number, end: number): Found | null {
  const text = reading.texts[p] ?? '';
  // A bounded window: the name's own «خود را» stands a few words after the description.
  const stop = sentenceEnd(text, at, Math.min(text.length, end + GAP + INTRO_SPAN));
  const found = foundIn(reading, p, at, stop);
  if (!found || found.intro.start - end > GAP) return null;
  // "سخنگوی پولیس گفت مردی که خود را X معرفی می‌کرد": a verb of speech between, X is who the words are about.
  return hasDariSpeechVerb(text.slice(at, found.intro.start)) ? null : found;
}

/** Whether a speaker's phrase (where the text introduced them) holds the self-introduction's name. */
function holds(phrase: Found['intro'] | null | undefined, name: Found['intro']): boolean {
  return !!phrase && phrase.passage === name.passage && phrase.start <= name.start && name.end <= phrase.end;
}

/**
 * Each Dari quotation whose sentence, before its opening mark, introduces someone by the name they gave, or whose
 * speaker is an unnamed description (a passage or two back) that the same sentence names so: that name's.
 */
export function giveSelfIntroducedNames(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly DraftLike[],
): void {
  // Which passages hold the cue, looked at once: never a passage's text per quotation.
  const cued = new Set<number>();
  reading.texts.forEach((t, k) => {
    if (t.includes(CUE)) cued.add(k);
  });
  if (cued.size === 0) return;
  for (const d of drafts) {
    const p = d.passage;
    const open = d.span.open;
    const near = cued.has(p) || cued.has(p - 1) || cued.has(p - 2);
    if (!near || open === null || !isDariPassageOf(reading, p)) continue;
    const speaker = d.speaker === null ? undefined : table.speaker(d.speaker);
    // A description ("راننده‌اش", "زنی"), not a named person whose sentence goes on to someone else.
    const unnamed =
      speaker && (speaker.anonymous || OWNED.test(speaker.name) || !isDariAgedName(speaker.name, reading));
    const mine = cued.has(p)
      ? ownIntroduction(reading, p, sentencesOf(reading, p).startOf(open), open)
      : null;
    // A named speaker keeps the words unless its own phrase holds the introduction («دهقانی که خود را X …»).
    const own = mine && (!speaker || unnamed || holds(speaker.intro, mine.intro)) ? mine : null;
    const intro = unnamed ? speaker.intro : null;
    const described =
      !own && intro && p - intro.passage <= REACH && intro.passage <= p && cued.has(intro.passage)
        ? nameInSentence(reading, intro.passage, intro.start, intro.end)
        : null;
    const found = own ?? described;
    if (!found) continue;
    d.speaker = table.add(found.name, unnamed ? speaker.name : '', found.intro).id;
  }
}
