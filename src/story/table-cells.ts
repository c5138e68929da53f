// A table pasted into an article, read as a reader reads one: row by row, each cell under its column's heading.
// A heading that names a kind of place ("District", "Province", «شهر») says what every name in its column is,
// whatever keeps the cells apart (bars, broken bars, tabs, dots or runs of spaces).
import { DARI_QUALIFIERS, QUALIFIERS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { CELL_SEPARATOR, isFigureCell } from './page-chrome.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';
import { matchesOf } from './matches.ts';

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
  // Most lines are prose, with no separator: one cell, found without walking the line for breaks.
  if (!CELL_SEPARATOR.test(line)) {
    pushCell(cells, line, 0, line.length);
    return cells;
  }
  let from = 0;
  for (const m of matchesOf(CELL_BREAK, line)) {
    pushCell(cells, line, from, m.index);
    from = m.index + m[0].length;
  }
  pushCell(cells, line, from, line.length);
  return cells;
}

/** The cell between two breaks, trimmed; none when it is blank. */
function pushCell(cells: Cell[], line: string, from: number, to: number): void {
  const raw = line.slice(from, to);
  const text = raw.trim();
  const start = from + raw.length - raw.trimStart().length;
  if (text.length > 0) cells.push({ start, end: start + text.length, text });
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
  return headKindsOf(cellsOf(line));
}

function headKindsOf(cells: readonly Cell[]): (CellKind | null)[] | null {
  if (cells.length < 2 || cells.some((c) => isFigureCell(c.text))) return null;
  const kinds = cells.map((c) => headingKind(c.text));
  return kinds.some((k) => k !== null) ? kinds : null;
}

/** A cell left blank in a column of figures: "–", "-", "n/a". */
const BLANK_FIGURE = /^(?:[-–—]|n\/a)$/iu;
/** Fewest rows that make lines of the same cells a table (one is a line whose cells may be anything). */
const MIN_TABLE_ROWS = 2;

/** A line as the segmenter holds it: its text and its block (lines between blank lines). */
interface PageLine {
  text: string;
  block: number;
}

/**
 * The lines of the page's tables, by index: two or more lines of one block with the same number of cells (two or
 * more), one column of figures in every row and one of words ("Baharak   Takhar   3" over "Jurm   Badakhshan
 * 8"), and the head row right above them — the same cells, none a figure. A menu's lines have no column of
 * figures; a subhead over a table has one cell.
 */
export function tableLineIndices(lines: readonly PageLine[]): number[] {
  // Only a line with a separator has two cells: the others (most of a page) are counted, not split.
  const cells = lines.map((l) => (CELL_SEPARATOR.test(l.text) ? cellsOf(l.text) : null));
  const count = (k: number) => cells[k]?.length ?? (/\S/.test(lines[k]?.text ?? '') ? 1 : 0);
  const rules = lines.map((l, k) => cells[k] !== null && isRuleRow(l.text));
  const kept: number[] = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    const same = i < lines.length && lines[i]?.block === lines[from]?.block && count(i) === count(from);
    if (same) continue;
    // A run of lines of one cell or none is no table.
    if (count(from) < 2) {
      from = i;
      continue;
    }
    // The head row, when the run has one, is its first line: the same cells, none a figure.
    const headed = !(cells[from] ?? []).some((c) => isFigureCell(c.text));
    const rows = (k: number) => !rules[k];
    const body = cells
      .slice(headed ? from + 1 : from, i)
      .filter((_, k) => rows((headed ? from + 1 : from) + k))
      .map((row) => row ?? []);
    const placeHead = headed && isPlaceColumnHead(headKindsOf(cells[from] ?? []));
    if (isTableBody(body) || (placeHead && isPlaceColumnBody(body)))
      for (let k = from; k < i; k++) if (rows(k)) kept.push(k);
    from = i;
  }
  return kept;
}

/** "|---|:---:|", «|---|---|»: a Markdown table's rule under its head row, one run of dashes in each cell. */
const RULE_ROW = /^\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$/u;

/** Whether a line is a Markdown table's rule row: no row of its own, the table runs on under it. */
export function isRuleRow(text: string): boolean {
  return RULE_ROW.test(text.trim());
}

/** Rows of the same cells that make a table: enough of them, a column of figures and a column of words. */
function isTableBody(rows: readonly Cell[][]): boolean {
  const width = rows[0]?.length ?? 0;
  if (rows.length < MIN_TABLE_ROWS || width < 2) return false;
  const column = (col: number) => rows.map((r) => r[col]?.text ?? '');
  let figures = false;
  let words = false;
  for (let col = 0; col < width; col++) {
    const texts = column(col);
    const figure = texts.every((t) => isFigureCell(t) || BLANK_FIGURE.test(t)) && texts.some(isFigureCell);
    figures ||= figure;
    words ||= !figure && texts.every((t) => /\p{L}/u.test(t));
  }
  return figures && words;
}

/**
 * A status table leads with its columns of places ("District | Road | Status", "Province | District | Days"): a
 * site's menu names its "Provinces" anywhere in the row ("News | Provinces | Sport | Video").
 */
function isPlaceColumnHead(kinds: readonly (CellKind | null)[] | null): boolean {
  if (!kinds || kinds[0] === null || kinds[0] === undefined) return false;
  // "Province | District | Days": its places may fill the first columns, one kind each, the rest say of them.
  const first = kinds.findIndex((k) => k === null);
  const places = first < 0 ? kinds.length : first;
  return kinds.slice(places).every((k) => k === null) && new Set(kinds.slice(0, places)).size === places;
}

/**
 * Rows under a head row that names a kind of place ("District | Road | Status"): a status table needs no column of
 * figures ("Jurm | Jurm–Baharak | Closed"), its head says what it is; two rows at least, every cell holding words.
 */
function isPlaceColumnBody(rows: readonly Cell[][]): boolean {
  if (rows.length < MIN_TABLE_ROWS) return false;
  return rows.every((r) => r.every((c) => /\p{L}/u.test(c.text)));
}

/** Whether the text between two names is a cell's border in a row: a bar, a tab, a dot or a run of spaces. */
export function isCellGap(gap: string): boolean {
  if (gap.includes('\n') || gap.includes('\r')) return false;
  const core = gap.trim();
  return core.length === 0
    ? gap.includes('\t') || gap.includes('  ')
    : core.length === 1 && CELL_SEPARATOR.test(core);
}

/** A name found in a passage, and the reading a column's heading gives it. */
export interface CellName {
  start: number;
  end: number;
  ids: string[];
  qualifier: CellKind | null;
  written?: CellKind | null;
}

/** Each line of a passage with its offset and cells, in order. */
function eachLine(text: string, visit: (lineStart: number, line: string, cells: Cell[]) => void): void {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    visit(lineStart, line, cellsOf(line));
    lineStart += line.length + 1;
  }
}

/**
 * "District | Province | Wells" over "Imam Sahib | Kunduz | 14", «| شهر | کمترین |» over «| کندز | ۳- |»: a name
 * opening a cell is what its column's heading says it is — a district, a province, a city — for every row under
 * the heading with as many cells, until a line of prose. A qualifier written beside the name still wins.
 */
export function columnQualifiers(found: CellName[], text: string): void {
  // With no separator in the passage, no line has two cells: nothing to read.
  if (found.length === 0 || !text.includes('\n') || !CELL_SEPARATOR.test(text)) return;
  const opening = new Map(found.map((f) => [f.start, f]));
  let kinds: (CellKind | null)[] | null = null;
  eachLine(text, (lineStart, _line, cells) => {
    const head = headKindsOf(cells);
    if (head) kinds = head;
    else if (cells.length < 2) kinds = null;
    else if (kinds && cells.length === kinds.length)
      cells.forEach((cell, col) => {
        const f = opening.get(lineStart + cell.start);
        const kind = kinds?.[col];
        if (f && kind && !f.written) f.qualifier = kind;
      });
  });
}

/**
 * "Baharak | Takhar | 3", "Badakhshan   Baharak   8": a name several places share, in a line of cells where
 * another cell names one province, is the one in that province, wherever the province's cell stands in the row.
 */
export function rowProvinces(found: CellName[], index: PlaceIndex, text: string): void {
  if (found.length < 2 || !CELL_SEPARATOR.test(text)) return;
  let k = 0;
  eachLine(text, (lineStart, line, cells) => {
    const lineEnd = lineStart + line.length;
    const row: CellName[] = [];
    for (; k < found.length && (found[k]?.start ?? Infinity) < lineEnd; k++) {
      const f = found[k];
      if (f && f.start >= lineStart) row.push(f);
    }
    if (cells.length >= 2 && row.length >= 2) settleRow(row, index);
  });
}

/** The shared names of one row narrowed to the one province its other cells name. */
function settleRow(row: readonly CellName[], index: PlaceIndex): void {
  const provinceIn = (f: CellName) => {
    const own = f.ids.filter((id) => index.entries.get(id)?.kind === 'province');
    return own.length === 1 && f.qualifier !== 'city' && f.qualifier !== 'district' ? own[0] : undefined;
  };
  const provinces = new Set(row.flatMap((f) => provinceIn(f) ?? []));
  const [province] = provinces;
  if (provinces.size !== 1 || !province) return;
  for (const f of row) {
    if (f.ids.length < 2 || f.ids.includes(province)) continue;
    const inside = f.ids.filter((id) => provinceOf(index, id) === province);
    if (inside.length > 0) f.ids = inside;
  }
}
