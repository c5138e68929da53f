import type { RemovedReason } from './schema.ts';
import { DARI_WEEKDAYS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, TIMELINE_LABEL_WORDS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/**
 * Round 25b: furniture a mail client or a page sets round the text, told by the lines round it — an email's header
 * fields (From, Sent, Subject …) over each message of a chain, the ">" marks of a quoted reply, a box of readers'
 * comments or reviews under its head («💬 نظرات (۳)», "Guest reviews (4)"), and an advertisement in brackets.
 */

/** A line of the page as the chrome passes see it. */
export interface PageLine {
  text: string;
  block: number;
  kind: RemovedReason | 'body' | 'heading';
}

/** ">", "> >", ">>": how far a mail's quoted reply is quoted, with the spaces after the marks. */
const QUOTE_MARKS = /^(?:>[ \t]*)+/u;

/** How many characters of a line are a quoted reply's marks (0 when the line opens on none). */
export function quoteMarkEnd(text: string): number {
  // Most lines open on a letter: only a line opening on ">" is matched.
  if (!text.startsWith('>')) return 0;
  return QUOTE_MARKS.exec(text)?.[0].length ?? 0;
}

/** "From:", "Sent:", "Subject:", «فرستنده:», «موضوع:»: a mail header's field label, opening its line. */
const MAIL_FIELD =
  /^(?<label>from|sent|date|to|cc|bcc|subject|reply-to|فرستنده|گیرنده|موضوع|تاریخ|رونوشت|از|به)[ \t]*[:：]/iu;
/** The labels only a mail header has: a block with one of them and another field is a header. */
const SENDER_LABELS = new Set(['from', 'sent', 'فرستنده']);
/** "---------- Forwarded message ---------", "-----Original Message-----": a mail client's separator. */
const MAIL_SEPARATOR =
  /^-{2,}[ \t]*(?:forwarded message|original message|پیام ارسال[\u200C ]?شده)[ \t]*-{2,}$/iu;

/** The label of a mail header's field line, lower-cased, or null. */
function mailFieldOf(text: string): string | null {
  // Every field has its colon: a line without one is not matched.
  if (!text.includes(':') && !text.includes('：')) return null;
  return MAIL_FIELD.exec(text)?.groups?.label?.toLowerCase() ?? null;
}

/** A field's value only a mail client writes: an address ("<a@x.org>", "k.wardak@example.org"). */
const MAIL_ADDRESS = /[\p{L}\p{N}._-]@[\p{L}\p{N}-]+\./u;

/** Whether a line is a mail client's separator ("-----Original Message-----"). */
function isMailSeparator(text: string): boolean {
  return text.startsWith('--') && MAIL_SEPARATOR.test(text);
}

/**
 * A block holding a sender's field ("From:", "Sent:") and another field is a mail's header when a mail client's
 * mark is in it too — an address, a "Sent:" field or a separator: its fields and its separator are the client's,
 * not the message (the subject's place is the thread's name). A story's line opening on "From:" has no other field
 * in its block; a route box ("From: Kabul / To: Taloqan") or a memo a story quotes ("From: Governor's office,
 * Taloqan / To: … / Subject: Flooding in Rustaq") has no client's mark.
 */
export function markMailHeads(items: PageLine[]): void {
  const fieldsOf = new Map<number, Set<string>>();
  const clientBlocks = new Set<number>();
  for (const item of items) {
    if (isMailSeparator(item.text)) clientBlocks.add(item.block);
    const label = mailFieldOf(item.text);
    if (label === null) continue;
    const labels = fieldsOf.get(item.block) ?? new Set<string>();
    labels.add(label);
    fieldsOf.set(item.block, labels);
    if (label === 'sent' || (item.text.includes('@') && MAIL_ADDRESS.test(item.text)))
      clientBlocks.add(item.block);
  }
  if (fieldsOf.size === 0) return;
  const isHead = (block: number, labels: Set<string> | undefined) =>
    labels !== undefined &&
    labels.size >= 2 &&
    clientBlocks.has(block) &&
    [...labels].some((l) => SENDER_LABELS.has(l));
  for (const item of items) {
    if (!isHead(item.block, fieldsOf.get(item.block))) continue;
    if (mailFieldOf(item.text) !== null || isMailSeparator(item.text)) item.kind = 'navigation';
  }
}

/**
 * "Comments (2)", "Reader reviews (12)", "Guest reviews", «💬 نظرات (۳)», «دیدگاه‌ها (۲)»: the head of the box of
 * readers' comments or reviews under a story, alone on its line, an icon before it and a count after it perhaps.
 */
const COMMENT_BOX_HEAD =
  /^(?:[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+[ \t]*)?(?:(?:reader|user|guest|visitor|traveller|traveler)s?['’]?[ \t]+(?:comments|reviews)|comments|reviews|نظرات|نظرها|دیدگاه[\u200C ]?ها|نظرات[ \t]+خوانندگان|نظرات[ \t]+شما)(?:[ \t]*[(（][ \t]*[0-9۰-۹]+[ \t]*[)）])?(?:[ \t]*[:：])?$/iu;
/** «💬», "★": the pictograph a page sets before its comment box's head. */
const BOX_ICON = /^[\p{Extended_Pictographic}\p{So}]/u;
/** "(12)", «(۳)»: how many comments the box holds, closing its head. */
const BOX_COUNT = /[(（][ \t]*[0-9۰-۹]+[ \t]*[)）][ \t]*[:：]?$/u;
/** Longest head of a comment box (characters): a head is a few words. */
const MAX_BOX_HEAD_CHARS = 40;

/** Whether a line is the head of a box of readers' comments or reviews. */
export function isCommentBoxHead(text: string): boolean {
  const line = text.trim();
  // A box's head has its icon or its count: a bare "Comments" or "Reviews" may be the story's own subhead, and so
  // may a Markdown one ("## Reviews"): its marks are not an icon.
  if (line.length > MAX_BOX_HEAD_CHARS) return false;
  const marked = BOX_COUNT.test(line) || BOX_ICON.test(line);
  return marked && COMMENT_BOX_HEAD.test(line);
}

/**
 * A comment box: its head and the lines under it, to the end of its block — or, a head alone in its block, to the
 * end of the next block. Readers' comments and reviews are not the reporting, whatever places they name.
 */
export function markCommentBoxes(items: PageLine[]): void {
  items.forEach((item, i) => {
    if (item.kind === 'title' || !isCommentBoxHead(item.text)) return;
    item.kind = 'other';
    const next = items[i + 1];
    if (next === undefined) return;
    const { block } = next;
    for (let j = i + 1; j < items.length && items[j]?.block === block; j++) {
      const line = items[j] as PageLine;
      if (line.kind === 'body' || line.kind === 'heading') line.kind = 'other';
    }
  });
}

/** "[Advertisement – …]", "[Sponsored: …]", «[تبلیغات – …]», «[آگهی: …]»: an advertisement's slot, in brackets. */
const BRACKETED_AD =
  /^\[[ \t]*(?:advertisement|advert|ad|sponsored|promoted|paid[ \t]+content|تبلیغات|تبلیغ|آگهی|اعلان[ \t]+تجارتی)(?:[ \t]*[–—:：|-][^\]\n]*)?\]$/iu;

/** Whether a line is an advertisement's bracketed slot (the places it sells tickets to are not the story's). */
export function isBracketedAd(text: string): boolean {
  const line = text.trim();
  return line.startsWith('[') && line.endsWith(']') && BRACKETED_AD.test(line);
}

/** A list item's bullet opening its line: "- ", "• ", "* ", "▪ ". */
const BULLET = /^[-–•*▪·][ \t]+\S/u;

/**
 * «📌 بیشتر بخوانید:», "Also read:" found a promo label, alone on its line and closing on its colon: the bulleted
 * lines under it, in its block, are the headlines it points to.
 */
export function markPointedLists(items: PageLine[]): void {
  items.forEach((item, i) => {
    const line = item.text.trimEnd();
    if (item.kind !== 'promo' || !(line.endsWith(':') || line.endsWith('：'))) return;
    for (let j = i + 1; j < items.length; j++) {
      const next = items[j] as PageLine;
      if (next.block !== item.block || !BULLET.test(next.text)) break;
      next.kind = 'promo';
    }
  });
}

/**
 * "Corrections: In last week's column we wrote …", "Correction: In our previous issue …", «اصلاحیه: در شمارهٔ گذشته
 * نوشته بودیم …»: the desk correcting an earlier piece, named by a piece's noun. Its places are that piece's, not this
 * story's (a correction of this article, "In an earlier version of this story …", and a line on an earlier event,
 * "In last week's meeting …", stay the story's).
 */
const EARLIER_PIECE_CORRECTION =
  /^(?:corrections?|clarifications?|اصلاحیه|تصحیح)[ \t]*[:：][ \t]*(?:in|on)[ \t]+(?:last[ \t]+(?:week|month|issue)['’]s|yesterday['’]s|our[ \t]+(?:last|previous|earlier)|(?:an?|the)[ \t]+(?:previous|earlier))[ \t]+(?:\p{L}+[ \t]+)?(?:column|story|report|issue|edition|article|piece|paper|newsletter|bulletin)s?\b/iu;
/** «در شمارهٔ گذشته», «در ستون هفتهٔ گذشته»: a Dari correction pointing to an earlier issue or column. */
const DARI_EARLIER_PIECE_CORRECTION =
  /^(?:اصلاحیه|تصحیح)[ \t]*[:：][ \t]*در[ \t]+(?:شماره|ستون|گزارش|نوشته)(?:ٔ|\u200Cی|ی)?[ \t]+(?:\S+[ \t]+)?(?:گذشته|پیشین|قبلی)/u;

/** Whether a line is a correction of an earlier piece (see EARLIER_PIECE_CORRECTION). */
export function isEarlierPieceCorrection(text: string): boolean {
  const line = text.trimStart();
  // Every such note opens on its label's letter: c, C, ا or ت.
  const first = line.charAt(0).toLowerCase();
  if (first !== 'c' && first !== 'ا' && first !== 'ت') return false;
  return EARLIER_PIECE_CORRECTION.test(line) || DARI_EARLIER_PIECE_CORRECTION.test(line);
}

/** A film's, a book's or a product's fact labels: "Director", "Running time", «کارگردان» … */
const SPEC_LABELS = new Set([
  'director',
  'directed by',
  'producer',
  'country',
  'countries',
  'running time',
  'runtime',
  'language',
  'languages',
  'year',
  'genre',
  'publisher',
  'pages',
  'isbn',
  'price',
  'کارگردان',
  'تهیه‌کننده',
  'کشور',
  'مدت',
  'زبان',
  'سال',
  'ناشر',
  'قیمت',
]);
/** One field of a facts line: "Country: Afghanistan, Germany". */
const SPEC_FIELD = /^(?<label>[\p{L}][\p{L}\u200C ]{0,20}?)[ \t]*[:：][ \t]*\S/u;
/** The labels only a work's facts have: a data line ("Province: Takhar | Year: 2025 | Language: Uzbeki") has none. */
const WORK_ONLY_LABELS = new Set([
  'director',
  'directed by',
  'producer',
  'running time',
  'runtime',
  'genre',
  'publisher',
  'pages',
  'isbn',
  'کارگردان',
  'تهیه‌کننده',
  'ناشر',
]);
/** Fewest fields in a facts line, and how many of them have a known label. */
const MIN_SPEC_FIELDS = 3;
const MIN_KNOWN_SPEC_LABELS = 2;

/**
 * "Director: … | Country: Afghanistan, Germany | Running time: 88 min", «کارگردان: … | کشور: افغانستان | مدت: ۸۸
 * دقیقه»: a review's box of the work's facts, labelled fields set apart by bars or dots, one label only a work has.
 * The countries it was made in are the work's, not the story's.
 */
export function isSpecFieldsLine(text: string): boolean {
  // A line without a bar or a dot between fields is not split.
  if (!text.includes('|') && !text.includes('·')) return false;
  const fields = text.split(/[|·]/u).map((f) => f.trim());
  if (fields.length < MIN_SPEC_FIELDS) return false;
  let known = 0;
  let workOnly = false;
  for (const field of fields) {
    const label = SPEC_FIELD.exec(field)?.groups?.label?.toLowerCase();
    if (label === undefined) return false;
    if (SPEC_LABELS.has(label)) known++;
    workOnly ||= WORK_ONLY_LABELS.has(label);
  }
  return workOnly && known >= MIN_KNOWN_SPEC_LABELS;
}

/**
 * "Write to Farm & Garden, The Northern Mirror, Kunduz, or …", "Send your questions to …": a column's box asking
 * readers to write in. The town is the paper's address, not the story's.
 */
const WRITE_IN_BOX =
  /^(?:[Ww]rite[ \t]+to[ \t]+(?:us|the[ \t]+\p{L}+|\p{Lu})|[Ss]end[ \t]+(?:us[ \t]+)?your[ \t]+(?:questions|letters|letter|question|stories|tips)\b|(?:[Qq]uestions|[Ll]etters)[ \t]+(?:can|may|should)[ \t]+be[ \t]+sent[ \t]+to\b)/u;
/** «سوال‌های تان را به … بفرستید»: the Dari box, which asks in the imperative («نامه‌های خود را به والی سپردیم» is news). */
const DARI_WRITE_IN_BOX =
  /^(?:سوال|پرسش|نامه)[\u200C ]?(?:ها|های)[ \t]+(?:خود|تان|تانرا)[ \t]+را[ \t]+(?:به|برای)[ \t][^\n]*?(?:بفرستید|بنویسید|بسپارید|ارسال[ \t\u200C]+(?:کنید|نمایید))/u;
/** "Next week:", "Next fortnight:", «هفتهٔ آینده:», "In the next column:": the column's teaser of its next issue. */
const NEXT_ISSUE_TEASER =
  /^(?:next[ \t]+(?:week|fortnight|month|issue|time|column)|in[ \t]+(?:the|our)[ \t]+next[ \t]+(?:column|issue|instalment|installment)|(?:هفتهٔ|هفته[\u200C ]?ی|شمارهٔ|شماره[\u200C ]?ی|ستون)[ \t]+(?:آینده|بعدی))[ \t]*[:：]/iu;
/** A box line asks or lists topics; a line where someone says something is news ("Write to the governor, the elders told …"). */
const TELLS = /\b(?:said|says|told|announced|reported|warned)\b|گفت|اعلام\s+کرد/iu;
/** Longest box line (words): a box is a few lines, not a paragraph of reporting. */
const MAX_BOX_WORDS = 45;

/** A column's write-in box. */
export function isColumnBoxLine(text: string): boolean {
  const line = text.trimStart();
  const box = (WRITE_IN_BOX.test(line) && !TELLS.test(line)) || DARI_WRITE_IN_BOX.test(line);
  return box && line.split(/\s+/u).length <= MAX_BOX_WORDS;
}

/** A timeline line's time label: "Monday:", "3 May:", "Tomorrow:", «فردا:», «۱۶ قوس:». */
const TIME_LABEL = new RegExp(
  `^(?:on[ \\t]+)?(?:${wordAlternation([...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS, ...TIMELINE_LABEL_WORDS, ...DARI_WEEKDAYS])})(?![\\p{L}])|[0-9۰-۹]`,
  'iu',
);
/** Longest time label before its colon (characters). */
const MAX_TIME_LABEL_CHARS = 30;

/** Whether a line opens on a short time label and its colon: a timeline's line. */
function opensOnTimeLabel(line: PageLine | undefined): boolean {
  if (line === undefined) return false;
  const colon = line.text.search(/[:：]/u);
  return colon > 0 && colon <= MAX_TIME_LABEL_CHARS && TIME_LABEL.test(line.text.slice(0, colon));
}

/** Whether a line is a next-issue teaser's wording ("Next week: ticks on goats."), no one telling anything in it. */
function isTeaserWording(text: string): boolean {
  const line = text.trimStart();
  return NEXT_ISSUE_TEASER.test(line) && !TELLS.test(line) && line.split(/\s+/u).length <= MAX_BOX_WORDS;
}

/**
 * "Next week: ticks on goats.", «هفتهٔ آینده: آفت‌های تاک»: a column's teaser of its next issue, whose places are
 * that issue's. A line of a timeline ("Monday: engineers survey Rustaq. / Next week: the council meets in
 * Taloqan.") is the story's: a teaser has no time-labelled line beside it.
 */
export function markNextIssueTeasers(items: PageLine[]): void {
  items.forEach((item, i) => {
    if (item.kind !== 'body' || !isTeaserWording(item.text)) return;
    if (opensOnTimeLabel(items[i - 1]) || opensOnTimeLabel(items[i + 1])) return;
    item.kind = 'promo';
  });
}
