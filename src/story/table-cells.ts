// A table pasted into an article, read as a reader reads one: row by row, each cell under its column's heading.
// A heading that names a kind of place ("District", "Province", «شهر») says what every name in its column is,
// whatever keeps the cells apart (bars, broken bars, tabs, dots or runs of spaces).
import { DARI_QUALIFIERS, QUALIFIERS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { CELL_SEPARATOR, isFigureCell, isTableLine } from './page-chrome.ts';

export type CellKind = 'province' | 'district' | 'city';

/** One cell of a table's line: its text and where it lies in the line. */
export interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The separators between cells, every one of a line. */
const CELL_BREAK = new RegExp(CELL_SEPARATOR.source, 'gu');
/** Most words a column's heading has ("District", "Name of district", «نام ولسوالی»). */
const MAX_HEADING_WORDS = 3;

/** The cells of a line of a table, empty ones left out ("| Kunduz | 3 |" has two), offsets into the line. */
export function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const close = (to: number) => {
    const raw = line.slice(from, to);
    const text = raw.trim();
    const start = from + raw.length - raw.trimStart().length;
    if (text.length > 0) cells.push({ start, end: start + text.length, text });
  };
  for (const m of line.matchAll(CELL_BREAK)) {
    close(m.index);
    from = m.index + m[0].length;
  }
  close(line.length);
  return cells;
}

/** The kind of place a column's heading names: "District", "Provinces", «ولسوالی», «شهر»; null for any other. */
export function headingKind(cell: string): CellKind | null {
  const words = cell.split(/[\s/]+/u).filter((w) => w.length > 0);
  if (words.length > MAX_HEADING_WORDS) return null;
  const kinds = new Set(
    words.flatMap((w) => QUALIFIERS[w.toLowerCase()] ?? DARI_QUALIFIERS[normalizeName(w)] ?? []),
  );
  // "Province / district" heads a column of both: it says nothing of one cell.
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

/**
 * The kinds a table's head row gives its columns, by column: a row of two or more cells, none a figure, one at
 * least naming a kind of place ("District   Province   Wells"); null for any other line.
 */
export function headRowKinds(line: string): (CellKind | null)[] | null {
  const cells = cellsOf(line);
  if (cells.length < 2 || cells.some((c) => isFigureCell(c.text))) return null;
  const kinds = cells.map((c) => headingKind(c.text));
  return kinds.some((k) => k !== null) ? kinds : null;
}

/** Whether `head` heads the table row `row`: the same count of cells, and a column naming a kind of place. */
export function headsTableRow(head: string, row: string): boolean {
  const kinds = headRowKinds(head);
  return kinds !== null && isTableLine(row) && cellsOf(row).length === kinds.length;
}

/** A name found in a passage, and the reading a column's heading gives it. */
export interface CellName {
  start: number;
  end: number;
  qualifier: CellKind | null;
  written?: CellKind | null;
}

/**
 * "District | Province | Wells" over "Imam Sahib | Kunduz | 14", «| شهر | کمترین |» over «| کندز | ۳- |»: a name
 * opening a cell is what its column's heading says it is — a district, a province, a city — for every row under
 * the heading with as many cells, until a line of prose. A qualifier written beside the name still wins.
 */
export function columnQualifiers(found: CellName[], text: string): void {
  if (found.length === 0 || !text.includes('\n')) return;
  const opening = new Map(found.map((f) => [f.start, f]));
  let kinds: (CellKind | null)[] | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const head = headRowKinds(line);
    if (head) kinds = head;
    else if (kinds && !isTableLine(line)) kinds = null;
    else if (kinds) {
      const cells = cellsOf(line);
      if (cells.length === kinds.length)
        cells.forEach((cell, col) => {
          const f = opening.get(lineStart + cell.start);
          const kind = kinds?.[col];
          if (f && kind && !f.written) f.qualifier = kind;
        });
    }
    lineStart += line.length + 1;
  }
}
