/**
 * A review quotes its subject's written first-person words again with no attribution at all: '"I was twenty-one
 * …," she writes. … There is a running joke about names: "In Baharak I had two girls …"'. Such a quotation, in the
 * first person, in a paragraph after it, is the voice of the first-person quotation just before it, when no one
 * else is named between.
 */
import { isHeadWord } from './anonymous.ts';
import type { QuoteDraft } from './attribution.ts';
import { wordAlternation } from './regex-parts.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** How many paragraphs back the first-person quotation before may stand. */
const FIRST_PERSON_REACH = 2;
/** "I", "I'm", "my", "me": an English speaker's own words. */
export const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)(?![\p{L}'’])/u;

const quoteText = (reading: Reading, d: QuoteDraft): string =>
  (reading.texts[d.passage] ?? '').slice(d.span.start, d.span.end);

/** Characters of the text between the two quotations read for someone new; a longer gap carries nothing. */
const GAP_MAX_CHARS = 1200;

/**
 * Whether the paragraphs after quotation `a`'s, up to `b`, bring in someone unnamed ("a widow sells bread", "The
 * villagers were not convinced"): a role or group word, whose "I" the later words may be. (`a`'s own paragraph is
 * its attribution: "said Gul Ahmad, a farmer".)
 */
function someoneNewBetween(reading: Reading, a: QuoteDraft, b: QuoteDraft): boolean {
  // Measure the gap before copying it, so a long gap costs nothing.
  let length = -1;
  for (let p = a.passage + 1; p <= b.passage; p++) {
    length += 1 + (p === b.passage ? b.span.start : (reading.texts[p] ?? '').length);
    if (length > GAP_MAX_CHARS) return true;
  }
  const parts: string[] = [];
  for (let p = a.passage + 1; p <= b.passage; p++) {
    const text = reading.texts[p] ?? '';
    parts.push(text.slice(0, p === b.passage ? b.span.start : text.length));
  }
  return parts
    .join(' ')
    .split(/[^\p{L}-]+/u)
    .some((w) => w !== '' && isHeadWord(w));
}

/** Verbs that quote a book's or a letter's words, whose first person a review quotes again unattributed. */
const WRITING_VERBS = ['writes', 'wrote', 'recalls', 'recalled', 'recounts', 'recounted'];
/** '," she writes of her first post', '," Amiri wrote.': the writing verb in the attribution after the quotation. */
const WRITES_AFTER = new RegExp(`^[^"“”«».!?\\n]{0,40}\\b(?:${wordAlternation(WRITING_VERBS)})\\b`, 'u');
/** 'She writes: "…"': the writing verb ending the lead before the quotation. */
const WRITES_BEFORE = new RegExp(`\\b(?:${wordAlternation(WRITING_VERBS)})[^"“”«».!?\\n]{0,20}:?\\s*$`, 'u');
/** Characters read on each side of a quotation for its writing verb. */
const WRITES_REACH = 60;

/**
 * Whether the quotation is a writer's words in a text ("she writes"), the only voice a review quotes again with no
 * attribution: a wire's "said" is no such voice ("My country, my pride" on a banner after it is no one's).
 */
function quotesWriting(reading: Reading, d: QuoteDraft): boolean {
  const text = reading.texts[d.passage] ?? '';
  const open = d.span.open ?? d.span.start;
  const after = d.span.close === null ? d.span.end : d.span.close + 1;
  return (
    WRITES_AFTER.test(text.slice(after, after + WRITES_REACH)) ||
    WRITES_BEFORE.test(text.slice(Math.max(0, open - WRITES_REACH), open))
  );
}

/** Whether the draft's words speak in the first person, in English. */
function inFirstPerson(reading: Reading, d: QuoteDraft): boolean {
  const words = quoteText(reading, d);
  return /^[\p{Script=Latin}\p{P}\p{N}\s]+$/u.test(words) && FIRST_PERSON.test(words);
}

/** Give an unattributed first-person quotation the speaker of the first-person quotation just before it. */
export function carryFirstPersonVoice(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  reading: Reading,
): void {
  let last: QuoteDraft | null = null;
  for (const d of drafts) {
    if (d.speaker === null && last?.speaker && !d.continues && inFirstPerson(reading, d)) {
      // A later paragraph only: within its own, the paragraph rules have read the quotation already.
      const near = d.passage > last.passage && d.passage - last.passage <= FIRST_PERSON_REACH;
      const speaker = table.speaker(last.speaker);
      const named = table.lastPersonNamed(d.passage, d.span.start, null);
      // Anyone named since that quotation may be the "I": then no one is safer.
      const since = named && (named.passage - last.passage || named.start - last.span.end) > 0;
      const newcomer = near && someoneNewBetween(reading, last, d);
      if (near && !newcomer && speaker && !speaker.anonymous && (!since || named.speaker === last.speaker)) {
        d.speaker = last.speaker;
        d.via = 'previous';
      }
    }
    if (d.speaker !== null) last = inFirstPerson(reading, d) && quotesWriting(reading, d) ? d : null;
  }
}
