/**
 * «ملالی یکی از این دو معلم است. وی می‌گوید: …», «نورآغا که در سرک عمومی دکان دارد، …», «عبدالواحد با عصایش …
 * اشاره می‌کند و می‌گوید: «…»»: Dari writes a first name alone and without capitals, so a bare word opening a
 * sentence is read as a person only by the sentence's shape — one of a group of people, a relative clause closed
 * by a comma, or the subject of a speech verb before a quotation — and only where a quotation follows in the
 * paragraph. Without it, a «وی» after the name went back to a clause or a group before it.
 */
import {
  DARI_CLAUSE_SUBJECT_NEXT,
  DARI_COUNT_WORDS,
  DARI_GIVEN_NAME_PARTS,
  DARI_GIVEN_NAME_TAILS,
  DARI_PERSON_PLURAL_ENDINGS,
  DARI_ROLE_WORDS,
  DARI_TIME_WORDS,
} from './lexicon.ts';
import { isDariAgedName, isDariNameStart, isPronounName, readsAsDariName } from './dari-attribution.ts';
import { isAgentNoun, isDariPassageOf } from './dari-words.ts';
import { matchesOf } from './matches.ts';
import { normalizeName } from './normalize.ts';
import { insideQuote, type Reading, type SpeakerTable } from './speakers.ts';

/** Tolerant of the ZWNJ or space Dari writes after «می»: «می‌گوید», «می گوید», «میگوید». */
const MI = String.raw`می[\s\u200C]?`;
/** Speech verbs that end a subject's clause right before its quotation. */
const SPEECH_BEFORE_QUOTE = String.raw`(?:${MI}گوید|${MI}افزاید|گفت|افزود)\s*:\s*«`;

/**
 * «با», «به», «از», «هم» …: what follows a sentence's subject, never its object («چای ریخت و گفت», «خندید و گفت»
 * open on an object or a verb).
 */
const SUBJECT_NEXT = `(?:${DARI_CLAUSE_SUBJECT_NEXT.join('|')})`;

/**
 * A sentence opening on one word, then: «یکی از» and the group; «که» and a clause up to its comma; or words up to a
 * speech verb and the quotation it opens.
 */
const OPENING_NAME = new RegExp(
  String.raw`(?:^|[.!?؟»]\s+)(?<name>[^\s\d۰-۹،,.!?؟«»:;()]+)\s+(?:یکی\s+از\s+(?<group>[^.!?؟«»،]{1,40})|که(?<clause>\s[^.!?؟«»،:]{4,90}،)|${SUBJECT_NEXT}\s[^.!?؟«»:،]{0,120}?\s${SPEECH_BEFORE_QUOTE})`,
  'gu',
);

/** A paragraph that opens on a quotation: the words of the person the paragraph before introduced. */
const QUOTE_OPENING = /^\s*«/u;

/** Words that may stand before the group's noun: «یکی از این دو معلم», «یکی از همین باشندگان». */
const GROUP_LEAD = new Set(['این', 'همین', 'آن', 'همان', ...DARI_COUNT_WORDS].map(normalizeName));

/** Whether the group after «یکی از» is of people: its first noun a role or a trade, plural or not. */
export function isPeopleGroup(group: string): boolean {
  const words = group.trim().split(/\s+/u).map(normalizeName);
  const noun = words.find((w) => !GROUP_LEAD.has(w) && !/^[\d۰-۹]+$/u.test(w)) ?? '';
  const ending = DARI_PERSON_PLURAL_ENDINGS.find((e) => noun.endsWith(normalizeName(e)));
  const singular = ending ? noun.slice(0, noun.length - normalizeName(ending).length) : noun;
  return [noun, singular].some((w) => w.length > 1 && (DARI_ROLE_WORDS.has(w) || isAgentNoun(w)));
}

/** «ماهی‌هایی», «خانه‌ها», «راننده‌ای»: a plural or an indefinite noun, no name. */
const PLURAL_OR_INDEFINITE = /\u200C(?:ها|ای(?![\p{L}]))|هایی$/u;

/** A bare word that may be a first name: no role, trade, kin, time, place, pronoun or function word. */
function isBareName(name: string, reading: Reading): boolean {
  const key = normalizeName(name);
  return (
    readsAsDariName(name) &&
    isDariAgedName(name, reading) &&
    isDariNameStart(name) &&
    !isPronounName(name) &&
    !DARI_TIME_WORDS.has(key) &&
    !PLURAL_OR_INDEFINITE.test(name) &&
    !DARI_PERSON_PLURAL_ENDINGS.some((e) => key.endsWith(normalizeName(e)) && DARI_ROLE_WORDS.has(key))
  );
}

/**
 * Whether a bare word is built like a given name: a name part of its own («بی‌بی‌حوا», «شیرین‌گل») or a name's
 * opening or ending («عبدالواحد», «نورآغا», «نجیب‌الله»). «بازار», «حکومت», «رمضان», «اسد» are not.
 */
export function isGivenNameShaped(name: string): boolean {
  const parts = normalizeName(name).split(' ');
  if (parts.length > 1 && parts.some((w) => DARI_GIVEN_NAME_PARTS.has(w))) return true;
  const word = parts.join('');
  return (
    word.startsWith('عبد') ||
    DARI_GIVEN_NAME_TAILS.some((t) => word.length > t.length + 1 && word.endsWith(normalizeName(t)))
  );
}

/** Each sentence-opening bare name the shapes above introduce, as a speaker mentioned there. */
export function findDariOpeningNames(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const quotedNext = QUOTE_OPENING.test(reading.texts[p + 1] ?? '');
    // The passage's last «: a name before it has a quotation after it (one look, not one per name).
    const lastOpen = text.lastIndexOf('«');
    if (!isDariPassageOf(reading, p) || (lastOpen < 0 && !quotedNext)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(OPENING_NAME, text)) {
      const name = m.groups?.['name'] ?? '';
      const start = m.index + m[0].indexOf(name);
      const group = m.groups?.['group'];
      if (inside(start) || !isBareName(name, reading)) continue;
      if (group !== undefined && !isPeopleGroup(group)) continue;
      // «بازار که … ،», «رمضان که … ،»: a clause follows any noun, so it makes only a name-built word a person.
      if (m.groups?.['clause'] !== undefined && !isGivenNameShaped(name)) continue;
      // Only a person the text goes on to quote: a quotation after the name, or opening the next paragraph.
      if (lastOpen < start && !quotedNext) continue;
      const ev = { passage: p, start, end: start + name.length };
      const s = table.lookup(name) ?? table.add(name, '', ev);
      table.noteGivenName({ ...ev, speaker: s.id });
    }
  });
}
