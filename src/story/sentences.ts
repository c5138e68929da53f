import { DOCUMENT_NOUNS, NUMBERED_NOUNS, TITLE_ABBREVIATIONS } from './lexicon.ts';
import { lastBelow } from './reading-cache.ts';

// Sentence edges inside a passage, for attribution windows. Quotes and abbreviations make this approximate;
// callers only need the clause around a quotation, not a full parse.

/** Words whose full stop ends no sentence: the titles, and a few other abbreviations and months. */
const ABBREVIATIONS = new RegExp(
  `(?:\\b(?:${[...TITLE_ABBREVIATIONS, 'St', 'Jr', 'Sr', 'No', 'vs', 'etc', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'].join('|')})|\\b[A-Z])$`,
);

/** Words "no." numbers: "letter no. 2241", "decree no. 12" — not "he said no. 12 trucks …". */
const NUMBERED = new Set([...DOCUMENT_NOUNS, ...NUMBERED_NOUNS]);
/** "letter no. 2241", "decree No. 12": "no." after a thing it numbers, before a number, is no sentence's end. */
const numberSign = (text: string, i: number): boolean => {
  if (!/^\s\d/u.test(text.slice(i + 1, i + 3))) return false;
  const word = /(?:^|[^\p{L}])(\p{L}+)\s+[Nn]o$/u.exec(text.slice(Math.max(0, i - 24), i))?.[1];
  return word !== undefined && NUMBERED.has(word.toLowerCase());
};

/** The marks that end a sentence before white space: ".", "!", "?" and Dari's "؟". */
const SENTENCE_MARKS = '.!?؟';
const [FULL_STOP, BANG, QUESTION, DARI_QUESTION] = [0x2e, 0x21, 0x3f, 0x061f];
const NEWLINE = 0x0a;

/** Whether a code unit is one of SENTENCE_MARKS: compared, not looked up, as every character is asked. */
const isMarkCode = (c: number) => c === FULL_STOP || c === BANG || c === QUESTION || c === DARI_QUESTION;

/** Where sentences start in one passage, found once; each question is then a binary search. */
export interface SentenceIndex {
  /** Offset where the sentence holding `pos` starts, never before `floor`. */
  startOf(pos: number, floor?: number): number;
}

/**
 * The sentence edges of `text`: a line break, or a full stop, "!" or "?" before white space that does not end
 * an abbreviation ("Mr.", "Gen.", "U.").
 */
export function sentenceIndex(text: string): SentenceIndex {
  /** Offsets of the edges (the break or the mark), in order. */
  const edges: number[] = [];
  /** Where the sentence after each edge starts: after the line break, or after the spaces after the mark. */
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // By code unit: no one-character string per character of the passage.
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      edges.push(i);
      starts.push(i + 1);
    } else if (isMarkCode(c) && /\s/.test(text[i + 1] ?? '')) {
      if (c === FULL_STOP && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
      if (c === FULL_STOP && numberSign(text, i)) continue;
      // The spaces after one mark end before the next mark: each is read once.
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j] ?? '')) j++;
      edges.push(i);
      starts.push(-j);
    }
  }
  return {
    startOf(pos, floor = 0) {
      // The last edge before pos; a mark right before pos does not count (its sentence starts at pos).
      let k = lastBelow(edges, pos, (edge) => edge);
      if (k >= 0 && (starts[k] ?? 0) < 0 && (edges[k] ?? 0) + 1 >= pos) k--;
      const edge = edges[k];
      const start = starts[k];
      if (k < 0 || edge === undefined || start === undefined || edge <= floor) return floor;
      return start > 0 ? start : Math.min(-start, pos);
    },
  };
}

/** Where the sentence holding a position starts; the text's sentences read when first asked. */
export function sentenceStartOf(text: string): (pos: number) => number {
  let sentences: SentenceIndex | null = null;
  return (pos) => (sentences ??= sentenceIndex(text)).startOf(pos);
}

/** Offset just after the sentence-ending mark that follows `pos` (or the limit). */
export function sentenceEnd(text: string, pos: number, limit = text.length): number {
  for (let i = pos; i < limit; i++) {
    const ch = text[i];
    if (ch === '\n') return i;
    if (SENTENCE_MARKS.includes(ch ?? '\n') && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ''))) {
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
      return i + 1;
    }
  }
  return limit;
}

/**
 * Whether `pos` opens a sentence: the text's start, or white space after ".", "!" or "?" (a closing quotation
 * mark may sit between). Reads back over the white space only, so a caller may ask at every word.
 */
export function opensSentence(text: string, pos: number): boolean {
  if (pos === 0) return true;
  let i = pos;
  while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i--;
  if (i === pos) return false;
  if (i > 0 && '"”’'.includes(text[i - 1] ?? '')) i--;
  return i > 0 && SENTENCE_MARKS.includes(text[i - 1] ?? '\n');
}
