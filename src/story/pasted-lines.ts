// Lines a paste from a PDF or a web page leaves without the marks that set them apart: a table's rows flattened
// to single spaces ("Kunduz Khan Abad 118 44"), a notebook's dated entry heads ("Monday, 12 October — Kunduz"),
// and a site's dateline standing on its line with the outlet and the time («کابل – ۱۳ قوس ۱۴۰۵ | بامداد نیوز»).
import { isPlainDigitCode } from './pasted-words.ts';
import { SOLAR_MONTH } from './dari-chrome.ts';
import { DARI_WEEKDAYS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from './lexicon.ts';
import { ANY_DIGIT, wordAlternation } from './regex-parts.ts';
import { headingKind, type CellKind } from './table-cells.ts';

/** A line as the segmenter holds it. */
interface PastedLine {
  text: string;
  block: number;
  kind: string;
}

/** Longest line read as a flattened table's row: a row is short; prose is not read at all. */
const MAX_ROW_CHARS = 100;
/** Fewest rows that make lines a table. */
const MIN_FLAT_ROWS = 2;
/** A row's words: a place's name perhaps with "(city)", up to six words, no figure among them. */
const ROW_WORD = "[\\p{L}\\p{M}'’().\\u200C-]+";
/** One figure cell: "118", "58.5", "1,076", "44%", «۱۲۰». */
const ROW_FIGURE = '[-–]?\\p{Nd}[\\p{Nd},.٫٬]*%?';
/** "Kunduz Khan Abad 118 44", «تخار فرخار ۸۵»: words, then figures, single spaces between (the PDF lost the columns). */
const FLAT_ROW = new RegExp(
  `^\\p{L}${ROW_WORD.slice(0, -1)}*(?:[ ]${ROW_WORD}){0,5}(?<figures>(?:[ ]${ROW_FIGURE}){1,8})$`,
  'u',
);
/** "0799 214 350", "+93 …": a telephone number's groups, never a table's figures. */
const PHONE_GROUP = /(?:^|[ ])(?:\+|0\p{Nd}{2,})/u;

/** Whether a line ends on a digit: the cheap look before any row's pattern. */
export function endsOnDigit(text: string): boolean {
  return isPlainDigitCode(text.charCodeAt(text.length - 1));
}

/** A line closing on a sentence's stop, perhaps inside a quotation's mark: prose, never a box's label. */
const SENTENCE_CLOSE = /[.!?؟…]["”’»)]?$/u;
const closesSentence = (text: string): boolean => SENTENCE_CLOSE.test(text.trimEnd());

/** How many figures close a flattened table's row; 0 for any other line. */
export function flatRowFigures(text: string): number {
  if (text.length > MAX_ROW_CHARS || !endsOnDigit(text)) return 0;
  const m = FLAT_ROW.exec(text);
  const figures = m?.groups?.figures;
  if (!figures || PHONE_GROUP.test(figures)) return 0;
  return figures.trim().split(' ').length;
}

/** Columns of names a flattened head row can speak for: the first two (the rest head figures). */
const NAME_COLUMNS = 2;

/** "Province District Respondents": the kinds of the head row's first words; null when the first names none. */
export function flatHeadKinds(line: string): (CellKind | null)[] | null {
  if (line.length > MAX_ROW_CHARS) return null;
  const kinds = line
    .trim()
    .split(' ', NAME_COLUMNS)
    .map((w) => headingKind(w));
  return kinds[0] ? kinds : null;
}

/**
 * "Province District Wells" over "Kunduz Khan Abad 118 44" and "Takhar Rostaq 84 52": two or more lines of one
 * block, each words then as many figures, under a head row and with the report's prose going on below them, are a
 * table's rows whose bars the paste lost — the report's text, whatever heading's shape each has.
 */
export function keepFlatTableRows(items: PastedLine[]): void {
  const figures = items.map((it) =>
    it.kind === 'heading' || it.kind === 'navigation' || it.kind === 'body' ? flatRowFigures(it.text) : 0,
  );
  // A box of rows after the story's last sentence (a weather box, a price ticker) is the page's, not the report's.
  const lastProse = items.findLastIndex(
    (it, k) => it.kind === 'body' && figures[k] === 0 && closesSentence(it.text),
  );
  let from = 0;
  for (let i = 1; i <= items.length; i++) {
    const same =
      i < items.length &&
      figures[i] !== 0 &&
      figures[i] === figures[from] &&
      items[i]?.block === items[from]?.block;
    if (same) continue;
    // Only under a head row naming what the rows' names are ("Province District …"), which goes with them: a box of
    // towns and figures under "Weather" or "Rates" is the page's, wherever the paste put it.
    if ((figures[from] ?? 0) > 0 && i - from >= MIN_FLAT_ROWS && i <= lastProse && headAbove(items, from))
      for (let k = from - 1; k < i; k++) {
        const row = items[k];
        if (row && (row.kind === 'heading' || row.kind === 'navigation')) row.kind = 'body';
      }
    from = i;
  }
}

/** Whether the line above a run of rows, in its block, is their head row. */
function headAbove(items: readonly PastedLine[], from: number): boolean {
  const head = items[from - 1];
  return !!head && head.block === items[from]?.block && flatHeadKinds(head.text) !== null;
}

const EN_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+${wordAlternation(ENGLISH_MONTHS, true)}|${wordAlternation(ENGLISH_MONTHS, true)}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?)(?:,?[ \\t]+\\d{4})?`;
const EN_DAY = `(?:${wordAlternation(ENGLISH_WEEKDAYS, true)},?(?:[ \\t]+${EN_DATE})?|${EN_DATE}(?:,[ \\t]+${wordAlternation(ENGLISH_WEEKDAYS, true)})?|Day[ \\t]+\\d{1,2})`;
const DA_DATE = `${ANY_DIGIT}{1,2}[ \\t]+${SOLAR_MONTH}(?:[ \\t]+${ANY_DIGIT}{4})?`;
const DA_DAY = `(?:(?:${DARI_WEEKDAYS.join('|')})[،,]?(?:[ \\t]+${DA_DATE})?|${DA_DATE})`;
/** The dash or colon after an entry's date, then where the writer is: a few words, no sentence. */
const ENTRY_HEAD = new RegExp(
  `^(?:${EN_DAY}|${DA_DAY})[ \\t]*(?:[—–:]|[ \\t]-)[ \\t]*(?<place>[^ \\t.!?؟:][^.!?؟:]{0,60})$`,
  'iu',
);
/** Most words after an entry's date: "on the road to Mazar-i-Sharif". */
const MAX_ENTRY_PLACE_WORDS = 8;

/**
 * "Saturday, 10 October — Herat", "Day 3: Taloqan", «دوشنبه، ۱۱ حوت – کشم»: a diary's or notebook's dated entry
 * head, where the writer is that day; the offset of that part in the line, or -1. Only digits or a weekday open one.
 */
export function entryHeadPlaceAt(text: string): number {
  const c = text.charCodeAt(0);
  // Every head opens on a digit, a capital (a weekday, a month, "Day") or an Arabic-script letter.
  if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c >= 0x600)) return -1;
  if (text.length > 120) return -1;
  const m = ENTRY_HEAD.exec(text);
  const place = m?.groups?.place;
  if (!m || !place || place.split(/\s+/u).length > MAX_ENTRY_PLACE_WORDS) return -1;
  return m[0].length - place.length;
}

/** "TALOQAN – 12 March 2026", «کابل – ۱۳ قوس ۱۴۰۵»: a city, a dash and a date, the first cell of a bar-set line. */
const DATELINE_CELL = new RegExp(
  `^(?<city>\\p{L}[\\p{L}\\p{M}\\u200C'’-]*(?:[ \\t]\\p{L}[\\p{L}\\p{M}\\u200C'’-]*){0,2})[ \\t]*[—–-][ \\t]*(?:${EN_DAY}|${DA_DAY})[ \\t]*\\|`,
  'iu',
);

/**
 * «کابل – ۱۳ قوس ۱۴۰۵ | بامداد نیوز | ۴ دقیقه پیش», "TALOQAN – 12 March 2026 | Northern Post | 3 min read": a site's
 * dateline on the line of its outlet and time, set apart by bars — the story's dateline, not its menu, when it
 * stands between the headline and the story's first line. The line is kept down to the city and the date; the
 * outlet and the time stay out.
 */
export function keepBarredDatelines(items: (PastedLine & { end: number; start: number })[]): void {
  // Above the headline the same line is the site's top bar: its town is the outlet's, today's date the reader's.
  // Below the story's first line it is a related story's (a list of them): the dateline heads the story, once.
  const title = items.findIndex((it) => it.kind === 'title');
  for (let i = Math.max(title, 0); i < items.length; i++) {
    const item = items[i] as PastedLine & { end: number; start: number };
    if (item.kind === 'body') return;
    if (item.kind !== 'navigation' && item.kind !== 'byline') continue;
    if (!item.text.includes('|')) continue;
    const m = DATELINE_CELL.exec(item.text);
    if (!m) continue;
    const cell = m[0].slice(0, -1).trimEnd();
    item.kind = 'body';
    item.text = cell;
    item.end = item.start + cell.length;
    return;
  }
}

/** Most words of an entry head's place read as a dateline's town: "Kunduz", "Mazar-i-Sharif", «میدان هوایی کابل». */
const MAX_CITY_WORDS = 3;
/** A word of a bare place: a capital or an Arabic-script letter opens it ("province", "the", "governor" do not). */
const PLACE_WORD = /^[\p{Lu}\u0600-\u06FF]/u;

/**
 * "Monday, 12 October — Kunduz" alone in its passage: where the writer is that day is the town, read as a
 * dateline's. Only a bare name is: "Day 2: Across Badakhshan to the Wakhan", "Day 5: Meeting Kunduz's governor"
 * name places as any sentence does.
 */
export function entryHeadCity(passage: string): { start: number; end: number } | undefined {
  if (passage.includes('\n')) return undefined;
  const at = entryHeadPlaceAt(passage);
  if (at < 0) return undefined;
  const words = passage.slice(at).trim().split(/\s+/u);
  if (words.length > MAX_CITY_WORDS || !words.every((w) => PLACE_WORD.test(w))) return undefined;
  return { start: at, end: passage.trimEnd().length };
}
