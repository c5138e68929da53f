import type { Gazetteer, GazetteerEntry } from './gazetteer-schema.ts';
import { compactKey, normalizeName } from './normalize.ts';
import { tokenize } from './tokens.ts';

/** A gazetteer spelling prepared for fuzzy comparison. */
export interface FuzzyName {
  /** Letters of the key without spaces ("dasht e qala" → "dashteqala"). */
  letters: string;
  words: number;
  ids: string[];
}

export interface PlaceIndex {
  entries: ReadonlyMap<string, GazetteerEntry>;
  /** normalizeName(spelling) → ids of every entry with that spelling. */
  exact: ReadonlyMap<string, readonly string[]>;
  maxWords: number;
  /** Fuzzy candidates keyed by first letter; only spellings long enough to survive a typo. */
  fuzzy: ReadonlyMap<string, readonly FuzzyName[]>;
  /** Districts of each province. */
  districts: ReadonlyMap<string, readonly string[]>;
  /** Letters of the longest fuzzy spelling. */
  maxFuzzyLetters: number;
  /** A river's name without "River" or "Darya" ("panj" → panj-river), when no other place has that name. */
  rivers: ReadonlyMap<string, string>;
  /** Every river's one-word name without "River" or «دریای», a place's name too ("kunduz" → kunduz-river). */
  riverNames: ReadonlyMap<string, string>;
}

/** Spellings shorter than this (letters) never match fuzzily: too many real words are near them. */
export const MIN_FUZZY_LETTERS = 6;

export function buildPlaceIndex(gazetteer: Gazetteer): PlaceIndex {
  const entries = new Map<string, GazetteerEntry>();
  const exact = new Map<string, string[]>();
  const districts = new Map<string, string[]>();
  let maxWords = 1;
  const add = (key: string, id: string) => {
    const ids = exact.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    exact.set(key, ids);
  };
  for (const entry of gazetteer.entries) {
    entries.set(entry.id, entry);
    if (entry.kind === 'district' && entry.province) {
      districts.set(entry.province, [...(districts.get(entry.province) ?? []), entry.id]);
    }
    for (const name of new Set([entry.name_en, ...entry.names])) {
      const key = normalizeName(name);
      if (!key) continue;
      add(key, entry.id);
      // "فیضآباد" written as one word finds "فیض آباد".
      const compact = compactKey(key);
      if (compact) add(compact, entry.id);
      maxWords = Math.max(maxWords, tokenize(name).length);
    }
  }
  const fuzzy = new Map<string, FuzzyName[]>();
  let maxFuzzyLetters = 0;
  for (const [key, all] of exact) {
    // A misspelt name is read as a place of the map, never as one of the 332 districts elsewhere.
    const ids = all.filter((id) => fuzzyTarget(entries.get(id)));
    if (ids.length === 0) continue;
    const letters = key.replace(/ /g, '');
    if (letters.length < MIN_FUZZY_LETTERS || !/^[a-z]+$/.test(letters)) continue;
    const first = letters[0] ?? '';
    fuzzy.set(first, [...(fuzzy.get(first) ?? []), { letters, words: key.split(' ').length, ids }]);
    maxFuzzyLetters = Math.max(maxFuzzyLetters, letters.length);
  }
  return {
    entries,
    exact,
    maxWords,
    fuzzy,
    districts,
    maxFuzzyLetters,
    rivers: riverShortNames(entries, exact),
    riverNames: riverShortNames(entries, new Map(), true),
  };
}

/** "Panj River", "River Panj", "Amu Darya": the word that names the river once "river" is dropped. */
const RIVER_NAME = /^(?:(?<before>.+) (?:river|darya)|river (?<after>.+))$/;
/** «دریای کندز»: the river's Dari name, its head word and ezafe before the name it is called by. */
const DARI_RIVER_NAME = /^دریای (?<after>\S+)$/u;

/**
 * Reporting calls a river by its name alone once the article gives it ("across the Panj", "the Amu"): each
 * region's spelling with "River" or "Darya", short of that word, unless the short name is a place itself (an
 * empty `exact` keeps those too); `dari`: «دریای X» gives X as well.
 */
export function riverShortNames(
  entries: ReadonlyMap<string, GazetteerEntry>,
  exact: ReadonlyMap<string, readonly string[]>,
  dari = false,
): Map<string, string> {
  const rivers = new Map<string, string>();
  for (const entry of entries.values()) {
    if (entry.kind !== 'region') continue;
    for (const name of [entry.name_en, ...entry.names]) {
      const key = normalizeName(name);
      const groups = RIVER_NAME.exec(key)?.groups ?? (dari ? DARI_RIVER_NAME.exec(key)?.groups : undefined);
      const short = groups?.['before'] ?? groups?.['after'];
      if (short && !exact.has(short)) rivers.set(short, entry.id);
    }
  }
  return rivers;
}

function fuzzyTarget(entry: GazetteerEntry | undefined): boolean {
  return entry !== undefined && !(entry.kind === 'district' && entry.onMap === false);
}

/** The province a place belongs to (itself for a province), or null for countries and regions. */
export function provinceOf(index: PlaceIndex, id: string): string | null {
  const entry = index.entries.get(id);
  if (!entry) return null;
  if (entry.kind === 'province') return entry.id;
  return entry.kind === 'district' ? (entry.province ?? null) : null;
}

/** A district that holds no province's capital: a facility or a man may take its name («Shuhada Health Post», «محمد دوشی»). */
function districtAwayFromCapital(id: string, index: PlaceIndex): boolean {
  const province = index.entries.get(provinceOf(index, id) ?? '');
  return index.entries.get(id)?.kind === 'district' && province?.capital !== id;
}

/** Whether every place a name's key names is such a district. */
export function namesOnlyMinorDistricts(key: string, index: PlaceIndex): boolean {
  const ids = index.exact.get(key) ?? [];
  return ids.length > 0 && ids.every((id) => districtAwayFromCapital(id, index));
}

const SOFT = new Set('aeiouywh');
const SAME_SOUND = ['kqc', 'sz', 'td'];

/**
 * Cost of writing one letter for another. Transliterations vary vowels and soft letters ("Konduz"/"Kunduz",
 * "Khoja"/"Khwaja") and k/q/c, but a different hard consonant makes a different word ("Taliban" is not "Taliqan").
 */
function substitution(a: string, b: string): number {
  if (a === b || SAME_SOUND.some((g) => g.includes(a) && g.includes(b))) return 0;
  return SOFT.has(a) || SOFT.has(b) ? 1 : 2;
}

const A = 'a'.charCodeAt(0);
/** `substitution` for two lowercase ASCII letters, looked up (the distance runs it for every pair of letters). */
const LETTER_COST = Uint8Array.from({ length: 26 * 26 }, (_, k) =>
  substitution(String.fromCharCode(A + Math.floor(k / 26)), String.fromCharCode(A + (k % 26))),
);

function cost(a: string, b: string): number {
  const x = a.charCodeAt(0) - A;
  const y = b.charCodeAt(0) - A;
  return x >= 0 && x < 26 && y >= 0 && y < 26 && a.length === 1 && b.length === 1
    ? (LETTER_COST[x * 26 + y] ?? 2)
    : substitution(a, b);
}

/** Edit distance with transliteration-aware substitutions, giving up (max + 1) once it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows, reused: the distance runs for every fuzzy candidate of every capitalised word.
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const letter = a[i - 1] ?? '';
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + cost(letter, b[j - 1] ?? ''),
      );
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length] ?? max + 1;
}
