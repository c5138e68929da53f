/**
 * Round 24b: a box of results under its label ("SCORECARD", "RESULTS") — "Badakhshan 162-6 (20 ov): Sher Khan Safi
 * 71 (49) …" — is the story's text, its team names its places. Capitalised and unpunctuated, such a row reads like a
 * subhead; its figures say it is a row.
 */

/** Fewest separate figures that make a capitalised line a row of results rather than a subhead. */
const MIN_ROW_FIGURES = 3;
const FIGURE = /\p{Nd}+/gu;

/** Whether a line holds at least three separate figures ("162-6 (20 ov) … 71 (49)"). */
export function isFigureRow(text: string): boolean {
  FIGURE.lastIndex = 0;
  let figures = 0;
  while (FIGURE.exec(text) !== null) if (++figures >= MIN_ROW_FIGURES) return true;
  return false;
}

/** Most words of a box's label ("SCORECARD", "Final standings", "Results of the day"). */
const MAX_LABEL_WORDS = 4;

/**
 * A heading-shaped line right under a short label of its block ("SCORECARD" over "Badakhshan 162-6 (20 ov) …")
 * that holds a row's figures: a box's row, not a subhead — a masthead's "Issue 112 — 27 November 2026" stands
 * under a line of prose, not under a label.
 */
export function isRowUnderLabel(
  text: string,
  block: number,
  label: { block: number; text: string } | undefined,
): boolean {
  return (
    label !== undefined &&
    label.block === block &&
    label.text.trim().split(/\s+/u).length <= MAX_LABEL_WORDS &&
    !/[.!?:,;]$/u.test(label.text.trim()) &&
    isFigureRow(text)
  );
}
