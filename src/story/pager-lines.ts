/**
 * "درس قبلی: ولایات شمال‌غرب (بلخ، …) | درس بعدی: …", "« Previous lesson: … | Next lesson: … »", "Next article:
 * …": the line that pages to the site's other lessons, articles or episodes is navigation, whatever their
 * titles name. A sentence about the last lesson («در درس قبلی …») does not open on the label and its colon.
 */
import { DARI_PAGED_PIECE_NOUNS, PAGED_PIECE_NOUNS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { moreWordsThan } from './word-count.ts';

/** Arrows and guillemets a pager sets before its label. */
const PAGER_ARROWS = '[ \\t«‹<←→]*';

/** "Previous lesson:", "Next article »", "Previous:" (the bare one only with its pair on the line). */
const PAGER_HEAD = new RegExp(
  `^${PAGER_ARROWS}(?:previous|prev\\.?|next|older|newer)(?<noun>[ \\t]+${wordAlternation(PAGED_PIECE_NOUNS)}s?)?[ \\t]*[:»›>→]`,
  'iu',
);
/** «درس قبلی:», «مطلب بعدی:» («برنامه آینده:», «فصل گذشته:» are the future plan, the last season: the text). */
const DARI_PAGER_HEAD = new RegExp(
  `^${PAGER_ARROWS}${wordAlternation(DARI_PAGED_PIECE_NOUNS)}[ \\t]+(?:قبلی|بعدی|پیشین)[ \\t]*:`,
  'u',
);
/** The pager's other side after a bar or a dot: "| Next …", "· Previous …". */
const OTHER_SIDE = /[|·•][ \t«‹<←→]*(?:previous|prev\.?|next|older|newer)\b/iu;

/** The Dari pager's other side after a bar: "| درس بعدی". */
const DARI_OTHER_SIDE = new RegExp(
  `[|·•][ \\t«‹<←→]*${wordAlternation(DARI_PAGED_PIECE_NOUNS)}[ \\t]+(?:قبلی|بعدی|پیشین)`,
  'u',
);
/** Most words of a one-sided pager: a title, not a sentence ("بخش بعدی: تاجران گفتند که …" is the text). */
const MAX_ONE_SIDE_WORDS = 10;
/** A sentence's close: a one-sided pager is a title, never closed so. */
const SENTENCE_CLOSE = /[.!?؟]$/u;

/** A line with one side only: a short title, unclosed. */
const titleOnly = (line: string): boolean =>
  !moreWordsThan(line, MAX_ONE_SIDE_WORDS) && !SENTENCE_CLOSE.test(line.trimEnd());

/** Whether the line is a pager's line to the site's other pieces. */
export function isPagerLine(line: string): boolean {
  const head = PAGER_HEAD.exec(line);
  if (head) return OTHER_SIDE.test(line) || (head.groups?.['noun'] !== undefined && titleOnly(line));
  return DARI_PAGER_HEAD.test(line) && (DARI_OTHER_SIDE.test(line) || titleOnly(line));
}
