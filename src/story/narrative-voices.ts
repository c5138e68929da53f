/**
 * Voices of narrative forms that name no one the paragraph rules can read: the writer's own question in a
 * notebook or a review ('"Can he go on?" I asked.'), which is no named person's; and a voice from a crowd set in
 * a speech's brackets ('[A voice from the back: "And the road?"]'), which is that voice's.
 */
import type { QuoteDraft } from './attribution.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** '"…?" I asked.', '"…," I said to him': the writer speaks, right after the closing mark. */
const WRITER_AFTER =
  /^[ \t\u00A0]*(?:[,.?!][ \t\u00A0]*)?I[ \t\u00A0]+(?:asked|said|replied|answered|wondered|ask|say|reply)(?![\p{L}'’-])/u;

/** Whether the words right after the quotation's close are the writer's own "I asked". */
function writerSays(text: string, d: QuoteDraft): boolean {
  if (d.span.close === null) return false;
  const after = text.slice(d.span.close + 1, d.span.close + 40);
  // Cheap look first: an "I" near the close.
  return after.includes('I') && WRITER_AFTER.test(after);
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
    if (!m || voice === undefined) continue;
    const start = (m.index ?? 0) + m[0].indexOf(voice);
    d.speaker = table.addAnonymous(voice, '', { passage: d.passage, start, end: start + voice.length }).id;
    d.via = 'before';
  }
}
