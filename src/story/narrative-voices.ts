/**
 * Voices of narrative forms that name no one the paragraph rules can read: the writer's own question in a
 * notebook or a review ('"Can he go on?" I asked.'), which is no named person's; and a voice from a crowd set in
 * a speech's brackets ('[A voice from the back: "And the road?"]'), which is that voice's.
 */
import { isHeadWord } from './anonymous.ts';
import type { QuoteDraft } from './attribution.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** '"…?" I asked.', '"…?" I said to him': the writer asks, right after the closing mark. */
const WRITER_AFTER =
  /^[ \t\u00A0]*(?:\?[ \t\u00A0]*)?I[ \t\u00A0]+(?:asked|said|replied|answered|wondered|ask|say|reply)(?![\p{L}'’-])/u;

/**
 * Whether the quotation is a question and the words right after its close are the writer's own "I asked". Only a
 * question: after a statement ('"Next week." I said I had heard that before') the "I" opens a new sentence, and a
 * first-person narrator's '"I will come," I said' is the narrator's, not a nameless writer's.
 */
function writerSays(text: string, d: QuoteDraft): boolean {
  if (d.span.close === null) return false;
  const after = text.slice(d.span.close + 1, d.span.close + 40);
  // Cheap look first: an "I" near the close.
  if (!after.includes('I')) return false;
  const asks = text.slice(d.span.start, d.span.end).trimEnd().endsWith('?') || /^\s*\?/u.test(after);
  return asks && WRITER_AFTER.test(after);
}

/** The writer's own questions and remarks keep no speaker (the paragraph rules give them whoever was near). */
export function writersOwnWords(drafts: readonly QuoteDraft[], reading: Reading): void {
  for (const d of drafts) {
    if (d.speaker !== null && writerSays(reading.texts[d.passage] ?? '', d)) {
      d.speaker = null;
      d.via = 'none';
    }
  }
}

/**
 * '[A voice from the crowd: "…"]', '[A man in the audience shouts: "…"]': a bracket opening the paragraph, an
 * indefinite phrase of at most six words, an optional verb, a colon, then the quotation.
 */
const BRACKETED_VOICE =
  /^[ \t\u00A0]*[[(](?<voice>(?:A|An|One|Someone|Somebody)(?:[ \t\u00A0]+[\p{L}'’-]+){0,6}?)(?:[ \t\u00A0]+(?:shouts|shouted|calls|called|cries|cried|says|said|interrupts|interrupted|asks|asked))?[ \t\u00A0]*:[ \t\u00A0]*$/u;

/** Words a crowd's voice goes by that the role lists do not hold. */
const CROWD_VOICES = new Set([
  'voice',
  'voices',
  'someone',
  'somebody',
  'heckler',
  'protester',
  'protesters',
]);
/** Words that end the voice's noun: "A man in the crowd", "A voice from the back". */
const VOICE_NOUN_END = new Set(['in', 'at', 'from', 'on', 'near', 'by', 'behind', 'outside', 'of', 'among']);

/**
 * Whether the bracket's phrase is a person's voice: its noun (before a preposition) is a role, a person or a voice —
 * not a note, a sign or an earlier version of the story ("(An earlier version of this story said: "…")").
 */
function isPersonVoice(voice: string): boolean {
  const words = voice.toLowerCase().split(/[ \t\u00A0]+/u);
  const end = words.findIndex((w, i) => i > 0 && VOICE_NOUN_END.has(w));
  return words.slice(0, end < 0 ? words.length : end).some((w) => CROWD_VOICES.has(w) || isHeadWord(w));
}

/** Give a quotation a voice in brackets opens, when nothing else gave it a speaker. */
export function bracketedVoices(drafts: readonly QuoteDraft[], table: SpeakerTable, reading: Reading): void {
  for (const d of drafts) {
    if (d.speaker !== null || d.span.open === null) continue;
    const text = reading.texts[d.passage] ?? '';
    // Cheap look first: the paragraph opens on a bracket.
    const first = text.trimStart()[0];
    if (first !== '[' && first !== '(') continue;
    const m = BRACKETED_VOICE.exec(text.slice(0, d.span.open));
    const voice = m?.groups?.voice;
    if (!m || voice === undefined || !isPersonVoice(voice)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(voice);
    d.speaker = table.addAnonymous(voice, '', { passage: d.passage, start, end: start + voice.length }).id;
    d.via = 'before';
  }
}
