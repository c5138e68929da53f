// A Dari folk tale's characters speak by their kind, not a name: «آسیابان سر خود را پایین انداخت و گفت: «…»», a
// subjectless «… و فریاد زد: «…»» after «دیو نان را قورت داد.», a bare «…» after «دیو خندید، …». The kind opens
// the sentence (perhaps with an epithet: «دیو سیاه»); no other sentence subject stands between.
import { hasDariSpeechVerb } from './dari-attribution.ts';
import {
  DARI_TALE_CHARACTERS,
  DARI_TALE_CUES,
  DARI_TALE_EPITHETS,
  DARI_TALE_NOUN_NAMES,
  DARI_TALE_NOUNS,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { normalizeName } from './normalize.ts';
import { sentenceBefore, sentenceStartBefore } from './dari-written-voices.ts';
import { wordAlternation } from './regex-parts.ts';
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

const NOUNS = wordAlternation(DARI_TALE_NOUNS);
const NAME_NOUNS: ReadonlySet<string> = new Set(DARI_TALE_NOUN_NAMES);
/**
 * A tale's cue: its phrase («یکی بود، یکی نبود», not «یکی بودند»), or its noun with an ezafe or suffix («قصهٔ»,
 * «افسانه‌ها»), after «این» or «یک», before a stop, or bare (a noun that is no name).
 */
const TALE_CUE = new RegExp(
  `${DARI_TALE_CUES.map((cue) => cue.split(' ').join('[ \\t]*[،,]?[ \\t]*')).join('|')}|(?<![\\p{L}\\u200C])(?:(?<marked>(?:این|آن|همین|یک)[ \\t]+)?(?<noun>${NOUNS})(?<mark>\\u0654|\\u200C|[ \\t]*[.،,:؛!؟»\\n]|$)?)`,
  'gu',
);
/** Whether a passage's text holds a tale's cue: a name-like noun («افسانه رحیمی») only with its mark. */
export function holdsTaleCue(text: string): boolean {
  for (const m of matchesOf(TALE_CUE, text)) {
    const noun = m.groups?.['noun'];
    if (!noun || !NAME_NOUNS.has(noun) || m.groups?.['marked'] || m.groups?.['mark'] !== undefined)
      return true;
  }
  return false;
}

/** Passages back a tale's cue is looked for. */
const CUE_REACH = 40;
/** For each table, by passage, the last passage at or before it holding a tale's cue (-1 for none). */
const LAST_CUE = new WeakMap<SpeakerTable, number[]>();
/** Whether a tale is told at or before passage p: a character's kind alone in news copy («پادشاه اردن») is none. */
function toldAsTale(table: SpeakerTable, p: number): boolean {
  let last = LAST_CUE.get(table);
  if (!last) LAST_CUE.set(table, (last = []));
  // Each passage is read for cues once per reading, not once per quotation after it.
  for (let k = last.length; k <= p; k++)
    last.push(holdsTaleCue(table.passageText(k)) ? k : (last[k - 1] ?? -1));
  const cue = last[p] ?? -1;
  return cue >= 0 && cue >= p - CUE_REACH;
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
  const speaks = hasDariSpeechVerb(lead);
  if (own && speaks) return characterSpeaker(table, own, p, start, create);
  const bare = /^\s*$/u.test(lead);
  if (!bare && !(/:\s*$/u.test(lead) && speaks)) return null;
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
