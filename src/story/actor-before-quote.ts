// 'Naqqash put down his brush. "Nobody writes by hand any more."' — a feature sets a person moving, then lets
// them speak with no verb of speech. A quotation that opens a sentence, with no speaker from any rule, is the
// person the sentence just before it is about: the one it opens on (a name, "He" or "She", or a title alone).
// Dari has its own reading of this (dariParagraphSpeaker); this one reads English.
import type { QuoteDraft } from './attribution.ts';
import { isDariText } from './dari-words.ts';
import { hasSpeechVerb, SCENE_PLACE_OPENERS, SCENE_TIME_OPENERS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { positionKey, type Gender } from './person-events.ts';
import { lastBelow } from './reading-cache.ts';
import { sentencesOf, type Reading, type SpeakerTable } from './speakers.ts';

/** How far into its sentence a mention may start and still be what the sentence opens on ("Then Naqqash …"). */
const OPENING_REACH = 6;
/**
 * "At 14-13 in the deciding set, ", "Later, when the phone rings, ": a scene's opening phrase and its comma, perhaps
 * a clause of when after it.
 */
const SCENE_LEAD = new RegExp(
  `^(?:${wordAlternation([...SCENE_PLACE_OPENERS, ...SCENE_TIME_OPENERS])})(?:\\s[^,.;:!?"“”]{1,60})?,\\s+(?:(?:when|as|while|after|before)\\s[^,.;:!?"“”]{1,60},\\s+)?`,
  'u',
);
/**
 * "He …", and after a short opening phrase and its comma: "Asked about the imports, she shrugged." A lower-case
 * pronoun with no comma before it is inside the sentence's subject ("Women she trained now sell bread").
 */
const PRONOUN_OPENING =
  /^(?:(?:\p{Lu}\p{Ll}+,?\s+)?(?<pronoun>He|She)|\p{Lu}[^.!?,;:"“”«»\n]{0,40},\s+(?<after>[Hh]e|[Ss]he))\b/u;

/** The person the sentence ending right before `openAt` opens on, or null. */
export function actorOfSentenceBefore(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  openAt: number,
): string | null {
  const text = reading.texts[p] ?? '';
  // The quotation opens a sentence: what comes before it ends one (read near the quotation only: a paragraph
  // may hold thousands).
  const tail = /[.!?](\s+)$/u.exec(text.slice(Math.max(0, openAt - 16), openAt));
  if (!tail) return null;
  const end = openAt - (tail[1] ?? '').length;
  const start = sentencesOf(reading, p).startOf(end - 1);
  // "At 14-13 in the deciding set, Rahyab's voice climbed …": the subject after the scene's opening phrase.
  const sentence = text.slice(start, Math.min(end, start + 80));
  const lead = SCENE_LEAD.exec(sentence)?.[0].length ?? 0;
  // The pronoun reading takes its own opening phrase ("At the end of the day, he …").
  const opening = PRONOUN_OPENING.exec(sentence)?.groups;
  const pronoun = opening?.['pronoun'] ?? opening?.['after'];
  if (pronoun) {
    const gender: Gender = pronoun.toLowerCase() === 'she' ? 'female' : 'male';
    return table.lastEventBefore(p, start, gender)?.speaker ?? null;
  }
  const from = start + lead;
  const events = table.events;
  const first = events[lastBelow(events, positionKey(p, from), (e) => positionKey(e.passage, e.start)) + 1];
  const opens = first && first.passage === p && first.start - from <= OPENING_REACH && first.start < openAt;
  return opens && !table.isOrganisation(table.speaker(first.speaker)?.name ?? '') ? first.speaker : null;
}

/**
 * Whether the quotation's own sentence goes on to a verb of speech ('," said the spokesman.'): it has an
 * attribution. A quotation closing on its full stop ('… the nets torn." Traders came …, he said') ended its
 * sentence: what follows is another's.
 */
export function attributedAfter(text: string, closeEnd: number): boolean {
  const rest = text.slice(closeEnd, closeEnd + 80);
  if (/\.["”’»]$/u.test(text.slice(Math.max(0, closeEnd - 2), closeEnd)) && /^\s+\p{Lu}/u.test(rest))
    return false;
  return hasSpeechVerb(rest.slice(0, rest.search(/[.!?]|$/u)));
}

/**
 * The English quotations with an opening mark still without a speaker (and no earlier one they continue), with
 * their passage's text: what the passes reading a quotation's paragraph for its speaker look at.
 */
export function* unattributedEnglish(
  drafts: readonly QuoteDraft[],
  reading: Reading,
): Generator<{ d: QuoteDraft; text: string; open: number }> {
  for (const d of drafts) {
    if (d.speaker !== null || d.continues !== null || d.span.open === null) continue;
    const text = reading.texts[d.passage] ?? '';
    if (!isDariText(text.slice(d.span.start, d.span.end))) yield { d, text, open: d.span.open };
  }
}

/** Characters of prose before a quotation read for the language the report is written in. */
const PROSE_LOOK = 80;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * 'He held up the board. «…» (They bring these …)': a Dari quotation in English prose is read as the English
 * around it is; its rendering takes its speaker from it (pairTranslations). The prose is English when the words
 * before the quotation, in its paragraph, have Latin letters and no Arabic ones.
 */
function* unattributedInEnglishProse(
  drafts: readonly QuoteDraft[],
  reading: Reading,
): Generator<{ d: QuoteDraft; text: string; open: number }> {
  yield* unattributedEnglish(drafts, reading);
  for (const d of drafts) {
    if (d.speaker !== null || d.continues !== null || d.span.open === null) continue;
    const text = reading.texts[d.passage] ?? '';
    if (!isDariText(text.slice(d.span.start, d.span.end))) continue;
    const prose = text.slice(Math.max(0, d.span.open - PROSE_LOOK), d.span.open);
    if (LATIN_LETTER.test(prose) && !isDariText(prose)) yield { d, text, open: d.span.open };
  }
}

/** Give each quotation in English prose still without a speaker the person the sentence before it is about. */
export function actorsBeforeQuotes(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  reading: Reading,
): void {
  for (const { d, text, open } of unattributedInEnglishProse(drafts, reading)) {
    if (d.span.close !== null && attributedAfter(text, d.span.close + 1)) continue;
    const id = actorOfSentenceBefore(table, reading, d.passage, open);
    if (id) {
      d.speaker = id;
      d.via = 'paragraph';
    }
  }
}
