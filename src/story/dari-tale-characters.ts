// A Dari folk tale's characters speak by their kind, not a name: «آسیابان سر خود را پایین انداخت و گفت: «…»», a
// subjectless «… و فریاد زد: «…»» after «دیو نان را قورت داد.», a bare «…» after «دیو خندید، …». The kind opens
// the sentence (perhaps with an epithet: «دیو سیاه»); no other sentence subject stands between.
import { hasDariSpeechVerb } from './dari-attribution.ts';
import { DARI_TALE_CHARACTERS, DARI_TALE_CUES, DARI_TALE_EPITHETS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { sentenceBefore, sentenceStartBefore } from './dari-written-voices.ts';
import type { SpeakerTable } from './speakers.ts';

const CHARACTERS: ReadonlySet<string> = new Set(DARI_TALE_CHARACTERS.map(normalizeName));
const EPITHETS: ReadonlySet<string> = new Set(DARI_TALE_EPITHETS.map(normalizeName));
/** Words a tale's sentence may open with before its subject («آنگاه دیو …»). */
const OPENERS: ReadonlySet<string> = new Set(
  ['آنگاه', 'ناگهان', 'سپس', 'بعد', 'پس', 'فوراً', 'باز'].map(normalizeName),
);

/** «لحظه‌ای نگذشت که …», «دیری نگذشت که …»: "before long", a sentence opening on no subject of its own. */
const NO_SUBJECT_OPENING =
  /^(?:(?:چیزی|لحظه‌ای|دیری|کمی|اندکی|مدتی|زمانی)[ \t]+)?نگذشت[ \t]+که(?![\p{L}\u200C])/u;

/** The character a sentence opens on, as written («دیو سیاه»), or null. */
export function characterOpening(sentence: string): string | null {
  const words = sentence.trim().split(/[\s،,]+/u, 4);
  const first = OPENERS.has(normalizeName(words[0] ?? '')) ? 1 : 0;
  const kind = words[first] ?? '';
  if (!CHARACTERS.has(normalizeName(kind))) return null;
  const epithet = words[first + 1] ?? '';
  return EPITHETS.has(normalizeName(epithet)) ? `${kind} ${epithet}` : kind;
}

/** Passages back a tale's cue is looked for. */
const CUE_REACH = 40;
/** Whether a tale is told at or before passage p: a character's kind alone in news copy («پادشاه اردن») is none. */
function toldAsTale(table: SpeakerTable, p: number): boolean {
  for (let k = p; k >= 0 && k >= p - CUE_REACH; k--) {
    const text = table.passageText(k);
    if (DARI_TALE_CUES.some((cue) => text.includes(cue))) return true;
  }
  return false;
}

/** A character as a speaker of its own, added once. */
function characterSpeaker(
  table: SpeakerTable,
  who: string,
  p: number,
  at: number,
  create: boolean,
): string | null {
  const known = table.lookup(who);
  if (known || !create) return known?.id ?? null;
  return table.addAnonymous(who, '', { passage: p, start: at, end: at + who.length }).id;
}

/**
 * Who speaks a quotation opening at `openAt` in a Dari tale: the character its colon sentence opens on («آسیابان
 * … گفت:»); for a sentence with no subject of its own («لحظه‌ای نگذشت که … فریاد زد:») or no words before the
 * quotation at all, the character the sentence before opens on. Null when no character is there.
 */
export function taleCharacterSpeaker(
  table: SpeakerTable,
  text: string,
  p: number,
  openAt: number,
  create: boolean,
  first = false,
): string | null {
  const start = sentenceStartBefore(text, openAt);
  const lead = text.slice(start, openAt);
  // Read after the subject rules, which give «پادشاه عربستان گفت» its whole phrase.
  const own = first ? null : characterOpening(lead);
  if (own && hasDariSpeechVerb(lead)) return characterSpeaker(table, own, p, start, create);
  const bare = /^\s*$/u.test(lead);
  if (!bare && !(/:\s*$/u.test(lead) && hasDariSpeechVerb(lead))) return null;
  // Read before the subject rules, only a lead that opens on no subject at all («لحظه‌ای نگذشت که …»).
  if (first && !bare && !NO_SUBJECT_OPENING.test(lead)) return null;
  // A sentence naming someone else is theirs: the character before is no longer its subject.
  const named = table.lastEventBefore(p, openAt, null);
  if (!bare && named?.passage === p && named.start >= start) return null;
  const prev = sentenceBefore(text, start);
  const before = prev ? characterOpening(prev) : null;
  if (!before || !toldAsTale(table, p)) return null;
  return characterSpeaker(table, before, p, start - prev.length, create);
}
