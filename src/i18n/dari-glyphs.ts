// Which characters the Dari font is cut down to: the whole Dari alphabet (so a Dari story's own text never
// falls back to another font mid-word, which would break the letters' joining), Persian digits and
// punctuation, and every Arabic-script character the interface and the place names use besides.

/** A range of code points, inclusive. */
type Range = readonly [number, number];

/** The Arabic-script block and the joiners, marks and quotation marks Dari text needs. */
export const DARI_BLOCKS: readonly Range[] = [
  [0x0600, 0x06ff],
  [0x200c, 0x200f],
  [0x00ab, 0x00ab],
  [0x00bb, 0x00bb],
];

/** The Dari alphabet and what writing it takes, as code point ranges. */
const ALPHABET: readonly Range[] = [
  [0x060c, 0x060c], // ، comma
  [0x061b, 0x061b], // ؛ semicolon
  [0x061f, 0x061f], // ؟ question mark
  [0x0621, 0x063a], // ء … غ
  [0x0640, 0x0655], // tatweel, ف … ي, short vowels and marks
  [0x066a, 0x066c], // ٪ ٫ ٬
  [0x0670, 0x0670], // superscript alef
  [0x067e, 0x067e], // پ
  [0x0686, 0x0686], // چ
  [0x0698, 0x0698], // ژ
  [0x06a9, 0x06a9], // ک
  [0x06af, 0x06af], // گ
  [0x06c0, 0x06c0], // ۀ
  [0x06cc, 0x06cc], // ی
  [0x06f0, 0x06f9], // ۰ … ۹
  [0x200c, 0x200f], // ZWNJ, ZWJ, direction marks
  [0x00ab, 0x00ab], // «
  [0x00bb, 0x00bb], // »
];

const inBlocks = (cp: number) => DARI_BLOCKS.some(([a, b]) => cp >= a && cp <= b);

/** The characters to keep, sorted: the alphabet and every Dari-block character of `texts`. */
export function dariGlyphs(texts: Iterable<string>): string {
  const keep = new Set<number>([0x20]);
  for (const [a, b] of ALPHABET) for (let cp = a; cp <= b; cp++) keep.add(cp);
  for (const text of texts)
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (inBlocks(cp)) keep.add(cp);
    }
  return String.fromCodePoint(...[...keep].sort((x, y) => x - y));
}

/** The font's `unicode-range`: only Dari text asks for it; Latin names inside stay in the system font. */
export const DARI_UNICODE_RANGE = DARI_BLOCKS.map(([a, b]) =>
  a === b
    ? `U+${a.toString(16).toUpperCase()}`
    : `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`,
).join(', ');
