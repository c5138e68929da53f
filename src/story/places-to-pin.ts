import {
  COMMON_WORDS,
  DARI_COMMON_NOUN_CUES,
  DARI_NAME_STOPS,
  DARI_VILLAGE_HEADS,
  PIN_SITE_NOUNS,
  PLACE_PREMODIFIERS,
} from './lexicon.ts';
import { escapeRegExp } from './regex-parts.ts';
import type { Unresolved } from './schema.ts';
import { matchesOf } from './matches.ts';

// The engine proposes, the author pins: names in place-like positions ("the village of X", "X village", "in X
// district", "the X bridge", «روستای X») that no gazetteer entry took are listed as unresolved, with no
// candidates, for the studio to offer as places to pin. Names a rule already linked are not proposed.

export type PinKind = 'village' | 'district' | 'bridge' | 'crossing' | 'base';

/** The start of the reason of every proposed place; the kind follows it ("place to pin: village"). */
export const PLACE_TO_PIN = 'place to pin';

export interface PlaceToPin {
  start: number;
  end: number;
  text: string;
  kind: PinKind;
}

/** A capitalised word of a name: "Gor", "Tepa", "Dasht-e-Archi", "Qala’i". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/**
 * A name of up to three capitalised words, from a word's start only: tried inside a word, a very long one
 * would be re-read from every letter (quadratic time).
 */
const NAME = String.raw`(?<![\p{L}\p{M}'’-])${NAME_WORD}(?:[ \u00a0]${NAME_WORD}){0,2}`;
/** One Dari word, with its zero-width non-joiners ("علی‌آباد"). */
const DARI_WORD = String.raw`[\p{L}\p{M}\u200c]+`;
/** From a word's start only (see NAME); a joiner counts as inside a word. */
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{M}\u200c])`;
const alternation = (words: readonly string[]) => words.map(escapeRegExp).join('|');
/** "bridge" or "Bridge": a site noun in running text or in its name's capitals, and no other case. */
const capitalisable = (words: readonly string[]) =>
  words.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${escapeRegExp(w.slice(1))}`).join('|');

/**
 * Each pattern captures the name as group `name`; `site` (when present) says which site noun it is. `gate` is
 * a word the pattern cannot match without: a text without it is not searched (most passages have none).
 */
const PATTERNS: readonly { kind: PinKind | 'site'; gate: RegExp; re: RegExp }[] = [
  {
    kind: 'village',
    gate: /illage/u,
    re: new RegExp(String.raw`\b[Vv]illages?\s+of\s+(?<name>${NAME})`, 'gu'),
  },
  { kind: 'village', gate: /village/u, re: new RegExp(String.raw`(?<name>${NAME})\s+village\b`, 'gu') },
  // Not "the Shughnan district of Tajikistan": a district abroad is not pinned.
  {
    kind: 'district',
    gate: /district/u,
    re: new RegExp(String.raw`\b[Ii]n\s+(?:the\s+)?(?<name>${NAME})\s+district\b(?!\s+of\b)`, 'gu'),
  },
  {
    kind: 'site',
    gate: new RegExp(capitalisable(PIN_SITE_NOUNS), 'u'),
    re: new RegExp(
      String.raw`\bthe\s+(?<name>${NAME})\s+(?:[Bb]order\s+)?(?<site>${capitalisable(PIN_SITE_NOUNS)})\b`,
      'gu',
    ),
  },
  {
    kind: 'village',
    gate: new RegExp(alternation(DARI_VILLAGE_HEADS), 'u'),
    re: new RegExp(
      String.raw`(?:${NOT_AFTER_LETTER}(?<cue>${DARI_WORD})\s)?${NOT_AFTER_LETTER}(?:${alternation(DARI_VILLAGE_HEADS)})\s+(?<name>${DARI_WORD}(?:\s${DARI_WORD})?)`,
      'gu',
    ),
  },
];

/** "The Gor Tepa": leading words that open a sentence or describe, not name ("The", "Remote", "Northern"). */
function trimLeading(name: string, start: number): { text: string; start: number } | null {
  let text = name;
  let at = start;
  for (;;) {
    const [first = '', rest] = text.split(/[ \u00a0](.*)/su);
    const key = first.toLowerCase();
    if (!(COMMON_WORDS.has(key) || PLACE_PREMODIFIERS.has(key))) return { text, start: at };
    if (rest === undefined || rest === '') return null;
    at += first.length + 1;
    text = rest;
  }
}

/** A possessive ("the village of Qarluq's cousins") names a person, not the village. */
const POSSESSIVE = /['’]s$/u;
/** A word ending in the ezafe is described by the next («دورافتادهٔ …»); one ending «‌اند» is a verb. */
const NOT_A_DARI_NAME = /(?:\u0654|\u200cاند)$/u;

/** A Dari name ends before its first function word: «گورتپه در» is «گورتپه». */
function trimDari(name: string, start: number): { text: string; start: number } | null {
  const words = name.split(/\s/u);
  const cut = words.findIndex((w) => DARI_NAME_STOPS.has(w) || NOT_A_DARI_NAME.test(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  return kept.length > 0 ? { text: kept.join(' '), start } : null;
}

/** The names in place-like positions in one passage's text, in reading order, none overlapping. */
export function findPlacesToPin(text: string): PlaceToPin[] {
  const found: PlaceToPin[] = [];
  for (const { kind, gate, re } of PATTERNS) {
    for (const m of gate.test(text) ? matchesOf(re, text) : []) {
      const name = m.groups?.['name'];
      if (name === undefined || m.index === undefined) continue;
      const at = m.index + m[0].indexOf(name);
      const cue = m.groups?.['cue']?.trim();
      if (POSSESSIVE.test(name) || (cue !== undefined && DARI_COMMON_NOUN_CUES.has(cue))) continue;
      const trimmed = /\p{Lu}/u.test(name) ? trimLeading(name, at) : trimDari(name, at);
      if (!trimmed) continue;
      const site = m.groups?.['site']?.toLowerCase() as PinKind | undefined;
      const end = trimmed.start + trimmed.text.length;
      if (found.some((f) => f.start < end && trimmed.start < f.end)) continue;
      found.push({
        start: trimmed.start,
        end,
        text: trimmed.text,
        kind: kind === 'site' ? (site ?? 'base') : kind,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The places to pin of every passage as unresolved names without candidates, leaving out any that overlaps
 * a span `taken` says the engine already read (a linked place, an ambiguous name).
 */
export function placesToPin(
  texts: readonly string[],
  passageIds: readonly string[],
  taken: (p: number, start: number, end: number) => boolean,
): Unresolved[] {
  return texts.flatMap((text, p) =>
    findPlacesToPin(text)
      .filter((f) => !taken(p, f.start, f.end))
      .map((f) => ({
        passage: passageIds[p] ?? '',
        start: f.start,
        end: f.end,
        text: f.text,
        candidates: [],
        reason: `${PLACE_TO_PIN}: ${f.kind}`,
      })),
  );
}

/** The kind of a proposed place to pin, or null for an unresolved name the engine could not choose for. */
export function placeToPinKind(u: Pick<Unresolved, 'reason' | 'candidates'>): PinKind | null {
  if (u.candidates.length > 0 || !u.reason.startsWith(`${PLACE_TO_PIN}: `)) return null;
  return u.reason.slice(PLACE_TO_PIN.length + 2) as PinKind;
}
