// Latin letters for titles in other scripts, for slugs: Dari (and the Pashto and Arabic letters Dari
// headlines borrow) and Cyrillic (Tajik, Uzbek and Russian reporting on the north). Arabic script writes
// no short vowels, so a word reads as its consonants with the long vowels the script does write
// ("سیلاب" → "silab", "کندز" → "kndz"); a few frequent short words, and place names the caller knows,
// are spelled in full. Written here rather than taken from npm: the general transliterators (any-ascii,
// transliteration) carry every script's tables, and neither reads و and ی as the vowels they are in Dari.

/** Letters with one reading wherever they stand. */
// prettier-ignore
const ARABIC_LETTERS: Record<string, string> = {
  ب: 'b', پ: 'p', ت: 't', ث: 's', ج: 'j', چ: 'ch', ح: 'h', خ: 'kh', د: 'd', ذ: 'z', ر: 'r', ز: 'z',
  ژ: 'zh', س: 's', ش: 'sh', ص: 's', ض: 'z', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ک: 'k', ك: 'k',
  گ: 'g', ل: 'l', م: 'm', ن: 'n', ا: 'a', آ: 'a', أ: 'a', إ: 'i', ٱ: 'a', ة: 'a', ى: 'a', ؤ: 'w',
  ئ: 'y', ء: '', ہ: 'h',
  // Pashto letters.
  ټ: 't', ډ: 'd', ړ: 'r', ږ: 'zh', ښ: 'sh', ځ: 'dz', څ: 'ts', ګ: 'g', ڼ: 'n', ې: 'e', ۍ: 'ay',
};

/** Short words whose vowels the script leaves out, spelled as Afghan writers spell them in Latin letters. */
// prettier-ignore
const DARI_WORDS: Record<string, string> = {
  و: 'wa', در: 'dar', از: 'az', به: 'ba', با: 'ba', را: 'ra', که: 'ke', این: 'in', آن: 'an', بر: 'bar',
  تا: 'ta', یک: 'yak', هم: 'ham', شد: 'shod', کرد: 'kard', است: 'ast', پس: 'pas',
};

// prettier-ignore
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Tajik and Uzbek letters.
  ғ: 'gh', ӣ: 'i', қ: 'q', ӯ: 'u', ҳ: 'h', ҷ: 'j', ў: 'o',
};

const ZWNJ = '\u200C';
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
/** Letters, vowel marks (dropped: headlines seldom write them), digits and the half-space; not punctuation. */
const ARABIC_WORD = /[\u0620-\u065F\u0660-\u0669\u066E-\u06D3\u06F0-\u06FF\u200C]+/g;
const ENDS_IN_VOWEL = /[aeiou]$/;

/** Digits of the Persian and Arabic sets (۱۴۰۳, ١٤٠٣) as 0–9. */
function westernDigit(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  return null;
}

/**
 * و, ی, ه and ع read by where they stand: at the start of a word and after a vowel و and ی are consonants
 * (w, y), elsewhere vowels (u, i). `before` is the word so far in Latin letters.
 */
function contextual(ch: string, start: boolean, before: string, next: string | undefined): string | null {
  const afterVowel = ENDS_IN_VOWEL.test(before);
  switch (ch) {
    case 'و':
      return start || afterVowel || next === 'ا' ? 'w' : 'u';
    case 'ی':
    case 'ي':
      return start || afterVowel ? 'y' : 'i';
    case 'ه':
      // A final silent ه after a consonant is the vowel of خانه (khana); after a vowel it is heard (راه).
      return next === undefined && !start && !afterVowel ? 'a' : 'h';
    case 'ع':
      return start && next !== undefined && !'اوی'.includes(next) ? 'a' : '';
    default:
      return null;
  }
}

/** One part of a word (the half-space splits خانه‌ها into two), read letter by letter. */
function arabicPart(part: string): string {
  const known = DARI_WORDS[part];
  if (known !== undefined) return known;
  const chars = [...part].filter((c) => ARABIC_LETTER.test(c) || westernDigit(c) !== null);
  let out = '';
  chars.forEach((ch, i) => {
    out += westernDigit(ch) ?? contextual(ch, i === 0, out, chars[i + 1]) ?? ARABIC_LETTERS[ch] ?? '';
  });
  return out;
}

/** A word in Latin letters; the parts of a word joined by the half-space are written as one. */
function arabicWord(word: string): string {
  return DARI_WORDS[word] ?? word.split(ZWNJ).map(arabicPart).join('');
}

/** Whether the text has letters in a script this module reads. */
export function hasTransliterableLetters(text: string): boolean {
  return /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0400-\u04FF]/.test(text);
}

/**
 * The text with Arabic-script and Cyrillic words in Latin letters; anything else is kept as it is.
 * `names` spells known words (place names: "کندز" → "Kunduz") in full; longer names are tried first.
 */
export function transliterate(text: string, names: ReadonlyMap<string, string> = new Map()): string {
  let out = text.normalize('NFC');
  const byLength = [...names.keys()].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  for (const name of byLength) out = replaceWord(out, name, names.get(name) ?? '');
  out = out.replace(ARABIC_WORD, arabicWord);
  return [...out]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = CYRILLIC[lower];
      if (latin === undefined) return ch;
      return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/** Every whole-word occurrence of `word` replaced (a word ends where the script's letters end). */
function replaceWord(text: string, word: string, by: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}]/u.test(c);
    if (isLetter(before) || isLetter(after)) continue;
    out += `${text.slice(from, at)} ${by} `;
    from = at + word.length;
  }
  return out + text.slice(from);
}
