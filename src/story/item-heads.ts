// A roundup's item head set with a bar: "KUNDUZ | A BRIDGE AT LAST IN KHAN ABAD", «تخار | کشتی درقد دوباره به راه
// افتاد». A bar is also how a menu separates its links, so the line-level chrome test reads it as navigation; the
// item's place and headline are the roundup's text (tests/eval/README.md), told from a menu by what stands round it.

/** The label (a province, a town, a section) before the one bar, and the item's headline after it. */
const BAR_ITEM_HEAD = /^(?<label>[^|·•]{2,40}?)[ \t]*\|[ \t]*(?<head>[^|·•]+?)[ \t]*$/u;
/** Most words of the label: "BADAKHSHAN", "SAR-E PUL", "NUMBERS OF THE WEEK" is a head of its own. */
const MAX_LABEL_WORDS = 3;
/** Fewest words of the headline: a menu's cells ("News | Kunduz") are one word each more often than not. */
const MIN_HEAD_WORDS = 2;
/** Most words of the headline: a longer line is a sentence with a bar in it. */
const MAX_HEAD_WORDS = 14;
/** A sentence's stop inside or at the end: a headline has none. */
const SENTENCE_STOP = /[.!?؟](?:\s|$)/u;

const wordsIn = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{Nd}]/u.test(w)).length;

/** Whether a line is shaped as a bar-separated item head: a short label, one bar, a headline. */
export function isBarItemHead(text: string): boolean {
  const m = BAR_ITEM_HEAD.exec(text.trim());
  const label = m?.groups?.label ?? '';
  const head = m?.groups?.head ?? '';
  if (!m || SENTENCE_STOP.test(text.trim())) return false;
  const labelWords = wordsIn(label);
  const headWords = wordsIn(head);
  return (
    labelWords >= 1 &&
    labelWords <= MAX_LABEL_WORDS &&
    headWords >= MIN_HEAD_WORDS &&
    headWords <= MAX_HEAD_WORDS
  );
}

/** A page line as the chrome pass sees it. */
interface HeadLine {
  text: string;
  block: number;
  kind: string;
}

/** Fewest words of the paragraphs round an item head: a menu stands over a headline or a list, not prose. */
const MIN_NEIGHBOUR_WORDS = 8;

/** Whether a line is a paragraph of the story's prose. */
const isProse = (line: HeadLine | undefined): boolean =>
  !!line && line.kind === 'body' && wordsIn(line.text) >= MIN_NEIGHBOUR_WORDS;

/**
 * A bar-separated item head the line pass took for a menu, standing in a block of its own between the roundup's
 * text above (prose, or the list an item closes on) and the item's paragraph of prose below: a heading again.
 */
export function keepBarItemHeads(items: HeadLine[]): void {
  items.forEach((item, i) => {
    const [prev, next] = [items[i - 1], items[i + 1]];
    if (item.kind !== 'navigation' || !prev || !next || !isBarItemHead(item.text)) return;
    if (prev.block === item.block || next.block === item.block) return;
    if (prev.kind !== 'body' || !isProse(next)) return;
    item.kind = 'heading';
  });
}
