// A table a PDF paste flattened to single spaces keeps its head row ("Province District Respondents …") and its
// columns' order: what the names opening each row are, as a column heading says in a table with bars.
import { endsOnDigit, flatHeadKinds, flatRowFigures } from './pasted-lines.ts';
import { isPlainDigitCode } from './pasted-words.ts';
import type { PlaceIndex } from './place-index.ts';
import type { CellKind, CellName } from './table-cells.ts';

/**
 * "Province District …" over "Kunduz Kunduz (city) 131 29": a row's first name is what the head's first word says
 * (the province), the name right after it what the second says. With the head in the passage before (a head row in
 * brackets closes its paragraph), rows that each open on a province's name ("Kunduz …", "Takhar …") are its column.
 */
export function flatColumnQualifiers(found: CellName[], index: PlaceIndex, text: string): void {
  if (found.length < 2 || !text.includes('\n') || !someLineEndsOnDigit(text)) return;
  const opening = new Map(found.map((f, k) => [f.start, k]));
  // The head row's kinds are read only for a line with rows under it: most lines of a passage head nothing.
  let head: string | null = null;
  let kinds: (CellKind | null)[] | null | undefined = null;
  const headKinds = () =>
    kinds === undefined ? (kinds = head === null ? null : flatHeadKinds(head)) : kinds;
  let rows: number[] = [];
  let lineStart = 0;
  const close = () => {
    if (rows.length > 0 && !headKinds()) provinceColumn(found, opening, rows, index);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (flatRowFigures(line) > 0) {
      const columns = headKinds();
      if (columns) readRow(found, opening, lineStart, columns);
      else rows.push(lineStart);
    } else {
      close();
      head = line;
      kinds = undefined;
    }
    lineStart += line.length + 1;
  }
  close();
}

/** Whether a line of the text ends on a digit, as every row's last figure does: most passages have no row. */
export function someLineEndsOnDigit(text: string): boolean {
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
    if (isPlainDigitCode(text.charCodeAt(at - 1))) return true;
  return endsOnDigit(text);
}

/** The row's names, column by column, each right after the one before it. */
function readRow(
  found: CellName[],
  opening: ReadonlyMap<number, number>,
  at: number,
  kinds: readonly (CellKind | null)[],
): void {
  let k = opening.get(at);
  for (const kind of kinds) {
    const f = k === undefined ? undefined : found[k];
    if (!f) return;
    if (kind && !f.written) f.qualifier = kind;
    k = opening.get(f.end + 1);
  }
}

/** Fewest rows whose first names make a column of provinces. */
const MIN_COLUMN_ROWS = 3;

/** Rows with no head that all open on a province's name, most of them on nothing else: the province column. */
function provinceColumn(
  found: CellName[],
  opening: ReadonlyMap<number, number>,
  rows: readonly number[],
  index: PlaceIndex,
): void {
  // A row opening on no name ("Total 1,076 41") is the table's sum: no row of the column.
  const firsts = rows.flatMap((at) => found[opening.get(at) ?? -1] ?? []);
  if (firsts.length < MIN_COLUMN_ROWS) return;
  const isProvince = (id: string) => index.entries.get(id)?.kind === 'province';
  let only = 0;
  for (const f of firsts) {
    if (!f.ids.some(isProvince)) return;
    if (f.ids.length === 1) only++;
  }
  if (only === 0) return;
  for (const f of firsts) if (!f.written) f.qualifier = 'province';
}
