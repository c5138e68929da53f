// A roundup's item head set with a bar: "KUNDUZ | A BRIDGE AT LAST IN KHAN ABAD", «تخار | کشتی درقد دوباره به راه
// افتاد». A bar is also how a menu separates its links, so the line-level chrome test reads it as navigation; the
// item's place and headline are the roundup's text (tests/eval/README.md), told from a menu by what stands round it.

/** Longest label (characters) before the bar. */
const MAX_LABEL_CHARS = 40;
/** Other separators of a menu: a line with them beside the bar is a list of links. */
const OTHER_SEPARATOR = /[·•]/u;
/** Most words of the label: "BADAKHSHAN", "SAR-E PUL", "SPORT"; a longer one is a headline of its own. */
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
  const line = text.trim();
  const parts = line.split('|').map((part) => part.trim());
  if (parts.length !== 2 || OTHER_SEPARATOR.test(line) || SENTENCE_STOP.test(line)) return false;
  const [label = '', head = ''] = parts;
  const labelWords = wordsIn(label);
  const headWords = wordsIn(head);
  return (
    label.length <= MAX_LABEL_CHARS &&
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

/** Fewest item heads of a roundup, each with its own label: one "ALSO READ | …" or "Watch | …" is a link. */
const MIN_ROUNDUP_ITEMS = 2;

/**
 * A bar-separated item head the line pass took for a menu, standing in a block of its own between the roundup's
 * text above (prose, or the list an item closes on) and the item's paragraph of prose below: a heading again —
 * when the page has two or more of them under different labels, as a roundup has.
 */
export function keepBarItemHeads(items: HeadLine[]): void {
  const heads = items.filter((item, i) => {
    const [prev, next] = [items[i - 1], items[i + 1]];
    if (item.kind !== 'navigation' || !prev || !next || !isBarItemHead(item.text)) return false;
    if (prev.block === item.block || next.block === item.block) return false;
    return prev.kind === 'body' && isProse(next);
  });
  const labels = new Set(heads.map((item) => item.text.split('|')[0]?.trim().toLowerCase()));
  if (labels.size < MIN_ROUNDUP_ITEMS) return;
  for (const item of heads) item.kind = 'heading';
}
