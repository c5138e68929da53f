import { normalizeName } from '../src/story/normalize.ts';

// Mechanical spelling variants of transliterated Dari/Pashto place names, the ones English-language reporting
// produces from the same word: izafe connectors (Qala-e-Zal, Qala-i-Zal, Qalai Zal, Qal-e Zal, Qala Zal),
// vowels (o/u, e/i, ou), diphthongs (ay/ai/ey), kh/k, q/k, khwa/kho, final -ah/-a, doubled letters, and -abad
// compounds. Variants are built on normalizeName keys, so case, hyphens and diacritics never multiply them.

/** Izafe connector words between two name words ("Qala-e-Zal"). */
const IZAFE = ['e', 'i', 'y', 'yi'];
/** "and" between two name words ("Khost Wa Fereng", "Khost-o-Fereng"). */
const CONJUNCTIONS = ['wa', 'va', 'o', 'wo'];
/** Upper bound on spellings per word, so long names stay a few dozen keys, not thousands. */
const MAX_WORD_SPELLINGS = 48;
/** Upper bound on variants per name. */
const MAX_NAME_VARIANTS = 256;

const VOWEL = /[aeiou]/;
const isConsonantOrEnd = (ch: string | undefined): boolean => ch === undefined || !VOWEL.test(ch);

/** The alternatives for each position of a word, left to right. */
function wordSlots(word: string): string[][] {
  const slots: string[][] = [];
  for (let i = 0; i < word.length;) {
    const rest = word.slice(i);
    const next = (n: number): string | undefined => word[i + n];
    if (rest.startsWith('khwa')) {
      slots.push(['khwa', 'kha', 'kho']);
      i += 4;
    } else if (rest.startsWith('kh')) {
      slots.push(['kh', 'k']);
      i += 2;
    } else if (rest.startsWith('ou')) {
      slots.push(['ou', 'u', 'o']);
      i += 2;
    } else if (/^[ae][yi]/.test(rest) && isConsonantOrEnd(next(2))) {
      slots.push(['ay', 'ai', 'ey', 'ei']);
      i += 2;
    } else if (/^[ao]w/.test(rest) && isConsonantOrEnd(next(2))) {
      slots.push(['aw', 'ow']);
      i += 2;
    } else if (rest === 'ah' && i >= 2) {
      slots.push(['ah', 'a']);
      i += 2;
    } else if (rest === 'a' && i >= 2) {
      slots.push(['a', 'ah']);
      i += 1;
    } else if (/^([b-df-hj-np-tv-z])\1/.test(rest)) {
      slots.push([rest.slice(0, 2), rest.slice(0, 1)]);
      i += 2;
    } else {
      const ch = rest.charAt(0);
      const last = i === word.length - 1;
      if (ch === 'o' || ch === 'u') slots.push(['o', 'u']);
      else if (ch === 'e') slots.push(['e', 'i']);
      // A final -i is the adjectival ending (Ghazni, Doshi), not a vowel that varies.
      else if (ch === 'i' && !last) slots.push(['i', 'e']);
      else if (ch === 'q') slots.push(['q', 'k']);
      else slots.push([ch]);
      i += 1;
    }
  }
  return slots;
}

function product(lists: readonly (readonly string[])[], join: string, cap: number): string[] {
  let acc = [''];
  for (const [index, list] of lists.entries()) {
    const nextAcc: string[] = [];
    for (const head of acc) {
      for (const item of list) {
        nextAcc.push(index === 0 ? item : head + join + item);
        if (nextAcc.length >= cap) break;
      }
      if (nextAcc.length >= cap) break;
    }
    acc = nextAcc;
  }
  return acc;
}

/** Spellings of one word: the word itself first. */
export function wordSpellings(word: string): string[] {
  const spellings = new Set([word, ...product(wordSlots(word), '', MAX_WORD_SPELLINGS)]);
  // French-style transliteration writes every u as ou (Koundouz).
  if (/[^o]u/.test(` ${word}`)) spellings.add(word.replace(/(^|[^o])u/g, '$1ou'));
  return [...spellings];
}

/** Word sequences that spell the same name with another izafe, conjunction or compounding. */
export function phraseForms(words: readonly string[]): string[][] {
  let forms: string[][] = [[...words]];
  const expand = (index: number, alternatives: (form: string[]) => string[][]): void => {
    forms = forms.flatMap((form) => [form, ...alternatives(form)]);
    void index;
  };
  words.forEach((word, k) => {
    const middle = k > 0 && k < words.length - 1;
    if (middle && IZAFE.includes(word)) {
      expand(k, (form) => {
        const at = form.indexOf(word, k - (words.length - form.length));
        const prev = form[at - 1];
        if (at < 1 || prev === undefined) return [];
        const before = form.slice(0, at - 1);
        const after = form.slice(at + 1);
        const out = IZAFE.map((c) => [...before, prev, c, ...after]);
        out.push([...before, `${prev}i`, ...after], [...before, prev, ...after]);
        if (prev.endsWith('a') && prev.length > 2) {
          out.push(
            [...before, prev.slice(0, -1), 'e', ...after],
            [...before, prev.slice(0, -1), 'i', ...after],
          );
        }
        return out;
      });
    } else if (middle && CONJUNCTIONS.includes(word)) {
      forms = forms.flatMap((form) =>
        form.includes(word) ? CONJUNCTIONS.map((c) => form.map((w) => (w === word ? c : w))) : [form],
      );
    } else if (
      k < words.length - 1 &&
      word.length >= 4 &&
      word.endsWith('i') &&
      !IZAFE.includes(words[k + 1] ?? '')
    ) {
      // An attached izafe ("Kishmi Bala", "Hazrati Imam Sahib") spelled out.
      const stem = word.slice(0, -1);
      forms = forms.flatMap((form) =>
        form[k] === word
          ? [form, ...IZAFE.map((c) => [...form.slice(0, k), stem, c, ...form.slice(k + 1)])]
          : [form],
      );
    }
  });
  const more: string[][] = [];
  for (const form of forms) {
    // Compounds: "Khan Abad" / "Khanabad", "Fayzabad" / "Fayz Abad", "Sari Pul" / "Saripul".
    if (form.length === 2) more.push([form.join('')]);
    if (form.length === 1 && form[0] && /^[a-z]{3,}abad$/.test(form[0]))
      more.push([form[0].slice(0, -4), 'abad']);
  }
  return [...forms, ...more];
}

const SMALL_WORDS = new Set([...IZAFE, ...CONJUNCTIONS]);

/** A readable spelling of a key: "qala e zal" → "Qala-e-Zal". */
export function displayForm(key: string): string {
  return key
    .split(' ')
    .map((w) => (SMALL_WORDS.has(w) ? `-${w}-` : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
    .replace(/ ?-([a-z]+)- ?/g, '-$1-');
}

/**
 * Generated spelling variants of a romanized name, as display strings whose normalizeName keys differ from the
 * name's own key and from each other.
 */
export function nameVariants(name: string): string[] {
  const own = normalizeName(name);
  const words = own.split(' ').filter(Boolean);
  if (words.length === 0 || /[^a-z ]/.test(own)) return [];
  const keys = new Set<string>();
  for (const form of phraseForms(words)) {
    if (keys.size >= MAX_NAME_VARIANTS) break;
    const spelled = form.map((w) => (SMALL_WORDS.has(w) ? [w] : wordSpellings(w)));
    for (const key of product(spelled, ' ', MAX_NAME_VARIANTS)) {
      if (key !== own) keys.add(key);
      if (keys.size >= MAX_NAME_VARIANTS) break;
    }
  }
  return [...keys].map(displayForm);
}
