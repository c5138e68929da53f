/**
 * A digest's own furniture (a media-monitoring digest, a newsletter, a bulletin of several items): the table of
 * contents at its top. The contents are navigation; each item's headline repeated over its text (often in capitals)
 * is the digest's text, its places read, as a subhead's are.
 */

/** "CONTENTS", "In this issue:", "Table of contents", «فهرست مطالب», «در این شماره»: the head of a digest's contents. */
const CONTENTS_HEAD =
  /^(?:(?:table of )?contents|in this (?:issue|edition|digest|bulletin|newsletter)|inside(?: this (?:issue|edition))?|this (?:issue|edition|week)['’]s (?:items|stories)|فهرست(?:[ \t\u200C]+(?:مطالب|عناوین|موضوعات))?|در[ \t]+این[ \t]+شماره|عناوین)[ \t]*[:：]?$/iu;
/** "1. Takhar: …", "2) …", "• …", "- …": an entry of the contents. */
const CONTENTS_ENTRY = /^(?:[0-9۰-۹]{1,3}[.)]|[•·▪*–-])\s+\S/u;
/** An entry is a headline: at most this many words. */
const MAX_ENTRY_WORDS = 20;

/** The head of a digest's table of contents. */
export function isContentsHead(text: string): boolean {
  return CONTENTS_HEAD.test(text.trim());
}

/** A page line as the chrome pass sees it. */
interface DigestLine {
  text: string;
  block: number;
  kind: string;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The contents: the head and the entries under it, in its block or the next (a blank line after the head), are
 * navigation; the list ends at the first line that is no entry. The items' headlines that repeat the entries over
 * the items are the digest's text, as a subhead is.
 */
export function markContentsLists(items: DigestLine[]): void {
  items.forEach((head, i) => {
    if (head.kind === 'title' || !isContentsHead(head.text)) return;
    let block = head.block;
    let count = 0;
    for (let j = i + 1; j < items.length; j++) {
      const item = items[j];
      if (!item || !CONTENTS_ENTRY.test(item.text) || words(item.text) > MAX_ENTRY_WORDS) break;
      // The list sits in the head's block, or starts in the block after it and stays there.
      if (item.block !== block && !(count === 0 && item.block === head.block + 1)) break;
      block = item.block;
      item.kind = 'navigation';
      count++;
    }
    if (count > 0) head.kind = 'navigation';
  });
}
