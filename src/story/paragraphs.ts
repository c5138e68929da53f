import {
  bylineName,
  chromeReason,
  dateValue,
  gluedCaptionEnd,
  isHeadingLike,
  isImagePlaceholder,
  isNameLine,
  isRelatedListHead,
  normalizeLine,
  wordCount,
} from './clean.ts';
import { idAllocator, slugify } from './hash.ts';
import type { Removed, RemovedReason, Section } from './schema.ts';

/** A body paragraph as source offsets: its text is always `source.slice(start, end)`. */
export interface ParagraphSpan {
  start: number;
  end: number;
  section: string | null;
}

export interface Segmented {
  title: string | null;
  byline: string | null;
  date: string | null;
  sections: Section[];
  paragraphs: ParagraphSpan[];
  removed: Removed[];
}

type Kind = RemovedReason | 'body' | 'heading';

interface Item {
  start: number;
  end: number;
  text: string;
  /** Lines separated by blank lines are in different blocks. */
  block: number;
  kind: Kind;
}

/** Titles need some substance; a one-word kicker ("Afghanistan") above the headline is not the title. */
const MIN_TITLE_WORDS = 3;
/** Longest sentence-case headline (words); a longer unpunctuated first line is more likely a lede. */
const MAX_SENTENCE_TITLE_WORDS = 20;
/** Longest link line (words) in a "More from …" list. */
const MAX_LINK_WORDS = 20;
/** A list item: "•", "*", "-", "–", "1." or "2)" before the text. */
const LIST_ITEM = /^(?:[•·▪◦*\-–]|\d{1,2}[.)])\s+/;

/**
 * A sentence-case headline ("Floods sweep through Badakhshan villages"): a line of its own, starting with a
 * capital, with no sentence punctuation at its end or inside, and short.
 */
function isSentenceHeadline(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= MIN_TITLE_WORDS &&
    words <= MAX_SENTENCE_TITLE_WORDS &&
    // A capital, or a letter of a script without case (a Dari headline).
    /^[\p{Lu}\p{Lo}]/u.test(text) &&
    !/[.,;:!"”’»)\]]$/.test(text) &&
    !/[.!?]\s/.test(text) &&
    !LIST_ITEM.test(text)
  );
}

/** Non-blank lines of the source, trimmed, with a caption glued onto a paragraph split off. */
function sourceLines(source: string): Item[] {
  const items: Item[] = [];
  let block = 0;
  for (const m of source.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (m[0].length === 0) break;
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length === 0) {
      block++;
      continue;
    }
    const start = m.index + lead;
    const cut = gluedCaptionEnd(text);
    if (cut !== null && cut < text.length) {
      const caption = text.slice(0, cut).trimEnd();
      items.push({ start, end: start + caption.length, text: caption, block, kind: 'caption' });
      items.push({
        start: start + cut,
        end: start + text.length,
        text: text.slice(cut),
        block,
        kind: 'body',
      });
    } else {
      items.push({ start, end: start + text.length, text, block, kind: 'body' });
    }
  }
  return items;
}

/** Split an exported article into body paragraphs, subheads and the chrome around them. */
export function segmentArticle(source: string): Segmented {
  const items = sourceLines(source);
  let byline: string | null = null;
  let date: string | null = null;

  items.forEach((item, i) => {
    if (item.kind !== 'body') return;
    const prev = items[i - 1];
    const reason = chromeReason(item.text);
    if (prev && prev.kind !== 'body' && normalizeLine(prev.text) === normalizeLine(item.text)) {
      item.kind = 'duplicate';
    } else if (reason) {
      item.kind = reason;
      if (reason === 'byline') {
        byline ??= bylineName(item.text);
        date ??= dateValue(item.text);
      }
    } else if (isHeadingLike(item.text)) {
      item.kind = 'heading';
    }
  });

  // The headline: the first substantial heading before the story starts; other lines up there are chrome.
  let title: string | null = null;
  const firstBody = items.findIndex((it) => it.kind === 'body');
  for (let i = 0; i < (firstBody < 0 ? items.length : firstBody); i++) {
    const item = items[i];
    if (item?.kind !== 'heading') continue;
    if (title === null && wordCount(item.text) >= MIN_TITLE_WORDS) {
      title = item.text;
      item.kind = 'title';
    } else {
      item.kind = 'navigation';
    }
  }
  // Many outlets write headlines in sentence case, which the heading test misses: the first line of the page,
  // standing alone in its block and unpunctuated, is the headline when the story follows it.
  const lead = items[firstBody];
  const afterLead = items[firstBody + 1];
  if (
    title === null &&
    lead &&
    isSentenceHeadline(lead.text) &&
    items.slice(firstBody + 1).some((it) => it.kind === 'body') &&
    (!afterLead || afterLead.block !== lead.block || afterLead.kind !== 'body')
  ) {
    title = lead.text;
    lead.kind = 'title';
  }

  // "More from Asia" and the headlines linked under it: other stories, not this one.
  for (let i = 0; i < items.length; i++) {
    const head = items[i];
    if (!head || !isRelatedListHead(head.text)) continue;
    head.kind = 'promo';
    for (let k = i + 1; k < items.length; k++) {
      const link = items[k];
      if (
        !link ||
        link.kind === 'legal' ||
        /[.!?:"”]$/.test(link.text) ||
        wordCount(link.text) > MAX_LINK_WORDS
      )
        break;
      if (link.kind === 'body' || link.kind === 'heading') link.kind = 'promo';
    }
  }

  // Author box at the end (or, in columns, at the top before the story): a name line, then a paragraph about
  // that name, then nothing of the story.
  const lastStory = items.findLastIndex((it) => it.kind === 'body' || it.kind === 'heading');
  const storyAfter = (k: number) => items.slice(k + 1).some((it) => it.kind === 'body');
  for (let i = 0; i + 1 < items.length; i++) {
    const name = items[i];
    const bio = items[i + 1];
    const atTop = items.slice(0, i).every((it) => it.kind !== 'body' && it.kind !== 'heading');
    if (!name || !bio || !isNameLine(name.text) || !(i + 1 === lastStory || (atTop && storyAfter(i + 1))))
      continue;
    if (
      !new RegExp(`^${escapeRegExp(name.text)}(?:,|\\s+(?:is|was|has|writes|covers|reports)\\b)`).test(
        bio.text,
      )
    )
      continue;
    name.kind = 'bio';
    bio.kind = 'bio';
    byline ??= name.text;
    const before = items[i - 1];
    if (before && isImagePlaceholder(before.text)) before.kind = 'bio';
  }

  const sections: Section[] = [];
  const paragraphs: ParagraphSpan[] = [];
  const removed: Removed[] = [];
  const sectionId = idAllocator();
  let section: string | null = null;
  let prevBody: Item | null = null;
  items.forEach((item, i) => {
    if (item.kind === 'heading') {
      const hasBodyAfter = items.slice(i + 1).some((it) => it.kind === 'body');
      if (hasBodyAfter) {
        section = sectionId(`s-${slugify(item.text)}`);
        sections.push({ id: section, title: item.text });
        prevBody = null;
        return;
      }
      item.kind = 'other';
    }
    if (item.kind === 'body') {
      const last = paragraphs.at(-1);
      // A hard-wrapped paragraph continues on the next line of its block until a sentence closes.
      if (
        last &&
        prevBody &&
        prevBody.block === item.block &&
        // A line that starts in lower case goes on with the sentence before, whatever closed that line.
        (!/[.!?:"”’)\]]$/.test(prevBody.text) || /^\p{Ll}/u.test(item.text)) &&
        !LIST_ITEM.test(item.text)
      ) {
        last.end = item.end;
      } else {
        paragraphs.push({ start: item.start, end: item.end, section });
      }
      prevBody = item;
      return;
    }
    prevBody = null;
    removed.push({
      text: item.text,
      reason: item.kind as RemovedReason,
      sourceStart: item.start,
      sourceEnd: item.end,
    });
  });

  return { title, byline, date, sections, paragraphs, removed };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
