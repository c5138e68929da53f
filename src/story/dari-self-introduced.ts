// A person met on the way who introduces themselves: "مردی که خود را نجیب‌الله معرفی کرد، گفت: «…»",
// "راننده‌اش … خود را «کاکا نورالدین» معرفی کرد." then "گفت: «…»" — the quotation is the name's, not the description's.
import { isDariAgedName } from './dari-attribution.ts';
import { isDariPassageOf } from './dari-words.ts';
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

/** "راننده‌اش", "رهنمای ما": a role owned by someone, a description and no name. */
const OWNED = /(?:\u200C(?:اش|ام|ات|شان)|\s(?:ما|شما|او|ایشان))$/u;

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

/** The self-introduced name just after a description (from `at` to `end` in passage p), in its sentence, else null. */
function nameInSentence(reading: Reading, p: number, at: number, end: number): Found | null {
  const text = reading.texts[p] ?? '';
  if (!text.includes(CUE)) return null;
  const stop = /[.!?؟](?=\s|$)/u.exec(text.slice(at));
  const found = foundIn(reading, p, at, stop ? at + stop.index : text.length);
  // The name's own «خود را» a few words after the description, not a later clause's.
  return found && found.intro.start - end <= GAP ? found : null;
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
  for (const d of drafts) {
    const p = d.passage;
    const open = d.span.open;
    const near = [p, p - 1, p - 2].some((k) => k >= 0 && (reading.texts[k] ?? '').includes(CUE));
    if (!near || open === null || !isDariPassageOf(reading, p)) continue;
    const text = reading.texts[p] ?? '';
    const own = text.includes(CUE) ? foundIn(reading, p, sentencesOf(reading, p).startOf(open), open) : null;
    const speaker = d.speaker === null ? undefined : table.speaker(d.speaker);
    // A description ("راننده‌اش", "زنی"), not a named person whose sentence goes on to someone else.
    const unnamed =
      speaker && (speaker.anonymous || OWNED.test(speaker.name) || !isDariAgedName(speaker.name, reading));
    const intro = unnamed ? speaker.intro : null;
    const described =
      !own && intro && p - intro.passage <= REACH && intro.passage <= p
        ? nameInSentence(reading, intro.passage, intro.start, intro.end)
        : null;
    const found = own ?? described;
    if (!found) continue;
    d.speaker = table.add(found.name, unnamed ? speaker.name : '', found.intro).id;
  }
}
