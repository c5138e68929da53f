/**
 * A picture agency's caption feed (Getty's "KUNDUZ, AFGHANISTAN - NOVEMBER 24: …", AFP's "… (Photo by … / AFP)",
 * a contact sheet's "Caption: …"): a page of pictures with nothing but their captions, where the captions carry
 * the reporting and are the text. Their IDs, sizes, credit, keyword and header field lines stay furniture, and
 * so does the credit closing a caption. A story with a picture or two keeps its captions out: the page is a feed
 * only when its captions outweigh its prose.
 */
import type { RemovedReason } from './schema.ts';
import { moreWordsThan, wordCount } from './word-count.ts';
import { ENGLISH_MONTH } from './regex-parts.ts';

export interface FeedLine {
  start: number;
  end: number;
  text: string;
  block: number;
  kind: RemovedReason | 'body' | 'heading';
}

/** Fewest captions a page of pictures has to be read as a feed. */
const MIN_FEED_CAPTIONS = 3;
/** Fewest words of a caption that reports (a credit or a lower third is shorter). */
const MIN_REPORTING_WORDS = 12;
/** A sentence's stop inside the line, or the line's own: a caption that reports is a sentence. */
const SENTENCE = /[.!?][)"”’]?(?:\s|$)/u;
/** "(Photo by Hamed Sarwari/Northstar Pictures)", "(AP Photo/Rahmat Gul)": the credit closing a caption. */
const CLOSING_CREDIT =
  /\((?:[A-Z]{2,6}[ \t]+)?(?:photo|photograph|picture|image)s?(?:[ \t]+by\b|[ \t]*[:/])[^()\n]{1,80}\)\.?[ \t]*$/iu;
/** "Collection: News / Afghanistan", "Set: …", "Tags: …": a field of the feed's header or of a picture's record. */
const FIELD_LINE = /^[\p{L}][\p{L}'’ -]{0,24}:[ \t]/u;

/** A caption line that reports: a sentence of some length, not a credit. */
function isReportingCaption(line: FeedLine): boolean {
  return line.kind === 'caption' && isReportingSentence(line.text);
}

/** Most prose paragraphs that report a feed may have (its set's blurb): a story has more. */
const MAX_FEED_PROSE_PARAGRAPHS = 1;

/**
 * Whether the page's captions that report are enough and outweigh its prose, and its prose is no story: a wire
 * story with three photos has a lede and a quotation of its own, a feed at most a line about its set.
 */
function isCaptionFeed(items: readonly FeedLine[]): boolean {
  // Most pages have no three captions at all: count them before reading any prose.
  let captionLines = 0;
  for (const item of items) if (item.kind === 'caption') captionLines++;
  if (captionLines < MIN_FEED_CAPTIONS) return false;
  let captions = 0;
  let captionWords = 0;
  let proseWords = 0;
  let proseParagraphs = 0;
  for (const item of items) {
    const isProse = item.kind === 'body' || item.kind === 'heading';
    if (item.kind !== 'caption' && !isProse) continue;
    const words = wordCount(item.text);
    const reports = words >= MIN_REPORTING_WORDS && SENTENCE.test(item.text);
    if (!isProse && reports) {
      captions++;
      captionWords += words;
    } else if (isProse) {
      proseWords += words;
      if (reports && !FIELD_LINE.test(item.text)) proseParagraphs++;
    }
  }
  return (
    captions >= MIN_FEED_CAPTIONS && captionWords > proseWords && proseParagraphs <= MAX_FEED_PROSE_PARAGRAPHS
  );
}

/** The caption as the text, and its closing credit, when it has one, as a caption line of its own. */
function captionAsText<T extends FeedLine>(item: T): T[] {
  const credit = CLOSING_CREDIT.exec(item.text);
  if (!credit || credit.index === 0) return [{ ...item, kind: 'body' }];
  const caption = item.text.slice(0, credit.index).trimEnd();
  const cut = item.start + caption.length;
  return [
    { ...item, end: cut, text: caption, kind: 'body' },
    { ...item, start: cut, text: item.text.slice(caption.length), kind: 'caption' },
  ];
}

/** Reads a caption feed's captions as the text and its short field lines as furniture. */
export function keepCaptionFeed<T extends FeedLine>(items: T[]): void {
  if (!isCaptionFeed(items)) return;
  const out: T[] = [];
  for (const item of items) {
    if (isReportingCaption(item)) out.push(...captionAsText(item));
    else {
      if (item.kind === 'body' && FIELD_LINE.test(item.text) && !isReportingSentence(item.text))
        item.kind = 'navigation';
      out.push(item);
    }
  }
  items.splice(0, items.length, ...out);
}

function isReportingSentence(text: string): boolean {
  return SENTENCE.test(text) && moreWordsThan(text, MIN_REPORTING_WORDS - 1);
}

/** "NOVEMBER 24:" after a caption's dateline: the day the picture was taken, then its caption. */
const PICTURE_DAY = new RegExp(`^${ENGLISH_MONTH}[ \\t]+\\d{1,2}:`, 'iu');
/** Characters after a dateline's hyphen within which the picture's day stands. */
const PICTURE_DAY_CHARS = 16;

/**
 * "KUNDUZ, AFGHANISTAN - NOVEMBER 24: Women pick …": a picture agency's caption opens on its city in capitals,
 * a hyphen and the day with a colon — a dateline however far down the feed it stands.
 */
export function isCaptionDateline(text: string, cityEnd: number, end: number): boolean {
  return text.slice(cityEnd, end).includes('-') && PICTURE_DAY.test(text.slice(end, end + PICTURE_DAY_CHARS));
}
