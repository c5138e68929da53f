/**
 * A radio report hands over to a recorded voice: «صدای داکتر ظفر را می‌شنویم: «…»», "We hear from Dr Zafar: '…'",
 * "Listen to the mayor: '…'". The person the cue names, right before its colon, speaks the quotation after it.
 */
import type { SpeakerTable } from './speakers.ts';

/** The cue closing the text before the quotation, its named person in `who` (bounded: at most 60 characters). */
const HEARD_VOICE = new RegExp(
  [
    String.raw`(?:^|[\s.!؟?»])صدای\s+(?<whoDa>[^\s«»:.؟][^«»:.؟\n]{0,58}[^\s«»:.؟])\s+را\s+(?:می‌|ب)?(?:شنویم|شنوید|شنوم)\s*:\s*$`,
    String.raw`(?:^|[\s.!?"”])(?:[Ww]e (?:now )?hear (?:from )?|[Ll]isten to |[Hh]ere is the voice of )(?<whoEn>\p{Lu}[^"“”:.?\n]{2,60}?)\s*:\s*$`,
  ].join('|'),
  'du',
);

/** How far before the quotation the cue may start. */
const WINDOW = 160;

/** The name a heard-voice cue closing the text before `openAt` gives, with its offset, or null. */
export function heardVoiceCue(
  text: string,
  openAt: number,
): { who: string; start: number; end: number } | null {
  const from = Math.max(0, openAt - WINDOW);
  const m = HEARD_VOICE.exec(text.slice(from, openAt));
  const span = m?.indices?.groups?.whoDa ?? m?.indices?.groups?.whoEn;
  if (!span) return null;
  return {
    who: text.slice(from + span[0], from + span[1]),
    start: from + span[0],
    end: from + span[1],
  };
}

/**
 * The speaker a cue hands over to: the person the table last knows as named inside the cue (a short name,
 * «داکتر ظفر», is the person named in full before). «صدای باران», the sound of the rain, names no one; nor does
 * "Listen to Radio Azadi:", a station.
 */
export function heardVoiceOf(
  table: SpeakerTable,
  cue: { start: number; end: number },
  p: number,
): string | null {
  const named = table.lastPersonNamed(p, cue.end, null);
  return named?.passage === p && named.start >= cue.start ? named.speaker : null;
}
