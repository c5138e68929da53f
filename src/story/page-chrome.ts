import {
  BREADCRUMB_HOME_WORDS,
  COMMENT_BUTTON_WORDS,
  DARI_TIME_UNITS,
  ENGLISH_TIME_UNITS,
  WRITER_LABEL_WORDS,
} from './lexicon.ts';
import {
  isClockStamp,
  isFilingByline,
  isInlineComment,
  isMoreHeadlinesLine,
  isStationTagline,
} from './page-furniture-lines.ts';
import { normalizeName } from './normalize.ts';
import {
  isBracketedAd,
  isColumnBoxLine,
  isEarlierPieceCorrection,
  isSpecFieldsLine,
} from './mail-and-comment-boxes.ts';
import { SOLAR_MONTH } from './dari-chrome.ts';
import {
  ANY_DIGIT,
  BOX_SIDE_MARK,
  ENGLISH_MONTH,
  LIST_ITEM_OPENING,
  escapeRegExp,
  hasArabicScript,
  phraseAlternation,
} from './regex-parts.ts';
import type { RemovedReason } from './schema.ts';
import { isGraphicCue, isNextItemCue, isScriptHead, isSuperLine } from './script-furniture.ts';
import { isAccountLinks, isContactLine, isProductionCredit, isSeriesPointer } from './apparatus-lines.ts';
import {
  isNoticeBox,
  isPictographComment,
  isReportStamp,
  isShowTagline,
  isStationIdent,
} from './notice-lines.ts';

// Web-page furniture told by its shape more than its words: a menu, a breadcrumb, a ticker or a share bar is a
// run of short items between repeated separators; a tag line is a label and a list; a counter is a label and
// a number. The few words these rules know are the labels themselves, in English and Dari.

/** The separators menus, breadcrumbs, tickers and share bars put between their items (not », which closes a Dari quotation). */
const ITEM_SEPARATOR = /[|•·›▸►▶●◆♦]/;
/** Fewest ">" that make a line a breadcrumb ("Home > Asia > Kunduz"): one may compare figures in a sentence. */
const MIN_BREADCRUMB_ARROWS = 2;

/** How many times `arrow` stands in the line, counted up to MIN_BREADCRUMB_ARROWS. */
function arrowCount(line: string, arrow: string): number {
  let arrows = 0;
  for (let i = line.indexOf(arrow); i >= 0 && arrows < MIN_BREADCRUMB_ARROWS; i = line.indexOf(arrow, i + 1))
    arrows++;
  return arrows;
}

/**
 * The line with a breadcrumb's ">" read as the separator it is; and its "»" («خانه » ولایات » کندز»), where no
 * «, which opens a Dari quotation, stands in the line to be closed by it.
 */
function withBreadcrumbArrows(line: string): string {
  if (arrowCount(line, '>') >= MIN_BREADCRUMB_ARROWS) return line.replaceAll('>', '›');
  if (isSlashBreadcrumb(line)) return line.replaceAll(' / ', ' › ');
  if (!line.includes('«') && arrowCount(line, '»') >= MIN_BREADCRUMB_ARROWS) return line.replaceAll('»', '›');
  return line;
}
/** A breadcrumb opening with the front page, its items set apart by spaced slashes. */
const SLASH_BREADCRUMB_OPENING = new RegExp(`^(?:${phraseAlternation(BREADCRUMB_HOME_WORDS)}) / `, 'iu');

/**
 * "Home / News / Provinces", «خانه / اخبار / ولایات»: a breadcrumb of slashes. Prose sets names apart by slashes too
 * ("KABUL / TALOQAN —", "Kunduz / Takhar"), so only a line opening with the front page, with two slashes, is one.
 */
export function isSlashBreadcrumb(line: string): boolean {
  return SLASH_BREADCRUMB_OPENING.test(line) && arrowCount(line, ' / ') >= MIN_BREADCRUMB_ARROWS;
}

/** A bullet or number opening a list item: not a separator between items. */
const LEADING_BULLET = new RegExp(LIST_ITEM_OPENING);
/** "│ • Harvest: …": a drawn box's side before a line's bullet, stripped with it (else the bullet reads as a separator). */
const LEADING_BOX_SIDE = new RegExp(`^${BOX_SIDE_MARK}[ \\t]+`, 'u');
/** Longest item (words) of a menu, breadcrumb or ticker; a longer one is a sentence of the story. */
const MAX_ITEM_WORDS = 10;
/** A sentence closing inside a line ("… said. The …"): prose, not a list of links. */
const SENTENCE_INSIDE = /[.!?؟]\s/;

/** `text` without the characters of `chars` at its end (a loop: a regex would rescan a long run per start). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * "Latest | Kunduz | Takhar", "Home › Provinces › Baghlan", "Home > Asia > Takhar", "BREAKING Salang reopened •
 * Kunduz: prices fall", "صفحهٔ اصلی | سیاسی | ولایات": two or more short items between separators, no sentence
 * among them.
 */
export function isSeparatedItems(text: string): boolean {
  const line = withBreadcrumbArrows(text.trim().replace(LEADING_BOX_SIDE, '').replace(LEADING_BULLET, ''));
  if (!ITEM_SEPARATOR.test(line) || SENTENCE_INSIDE.test(line)) return false;
  const items = line
    .split(ITEM_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length < 2 || items.some((s) => words(s) > MAX_ITEM_WORDS)) return false;
  if (isTableRow(items)) return false;
  // "Field team: Faizabad · Date: 14 February" heads a report and says where it was filed; a line of such
  // fields is furniture when it credits or counts ("By: … | Published: … | Views: …").
  const labels = items.map(labelOf);
  return labels.some((l) => l === null) || labels.some((l) => l !== null && META_LABELS.has(l));
}

/**
 * A cell that is a bare figure: "14", "1,320", "۲۱۸", "3.5", "12%", "-4", "۴-" (a Dari minus, written after the
 * digits), "8²" or "12*" (a footnote's mark).
 */
const FIGURE_CELL = /^(?:[-–—−+]|(?:minus|منفی)[ \t]+)?[\p{Nd}][\p{Nd},.٫٬]*%?[-–]?[¹²³⁴⁵⁶⁷⁸⁹*†]?$/u;
/** Whether a table's cell is a bare figure (see FIGURE_CELL). */
export const isFigureCell = (cell: string): boolean => FIGURE_CELL.test(cell);

/** Fewest bare figures that make a row of cells a data table's row rather than a menu. */
const MIN_TABLE_FIGURES = 2;

/**
 * "Takhar | Farkhar | 3 | 12 | 410": a data table's row, content the story reports: cells that are bare
 * figures beside a cell of words. A menu's items are words; a pager's figures count 1, 2, 3 and are not a row.
 */
function isTableRow(items: readonly string[]): boolean {
  if (isPriceRow(items)) return true;
  const figures = items.filter((s) => FIGURE_CELL.test(s));
  if (figures.length < MIN_TABLE_FIGURES || !items.some((s) => /\p{L}/u.test(s))) return false;
  const counts = figures.map((s) => Number(s.replace(/[,٬]/g, '')));
  const isPager = counts.every((n, i) => n === i + 1);
  return !isPager;
}

/** A word of letters: the name a figure closes ("Kunduz" in "Kunduz 1,640"). */
const NAME_WORD = /^\p{L}[\p{L}\p{M}\u200C'’.-]*$/u;
/** Month names, which put a day or a year after a word ("2 December 2026") and make it no price. */
const MONTH_WORD = new RegExp(`^(?:${ENGLISH_MONTH}|${SOLAR_MONTH})$`, 'iu');

/**
 * "Rice, 25 kg: Taloqan 1,900 · Kunduz 1,850 · Faizabad 2,100": a price or count list set as one line, each item a
 * name and its figure. A menu's items are words; "2 December 2026" is a date, not a figure beside a name.
 */
function isPriceRow(items: readonly string[]): boolean {
  let named = 0;
  for (const item of items) {
    // The item's last two words, a name and a figure ("Kunduz 1,640", «تالقان ۵۲۰»).
    const [name = '', figure = ''] = item.split(/\s+/).slice(-2);
    if (FIGURE_CELL.test(figure) && NAME_WORD.test(name) && !MONTH_WORD.test(name)) named++;
  }
  return named >= MIN_TABLE_FIGURES && named >= items.length - 1;
}

/**
 * The separators between a data table's cells as a page's text keeps them: bars (a broken bar too), tabs, a
 * menu's dots, or the run of spaces a table pasted from a report or a PDF keeps its columns apart by.
 */
export const CELL_SEPARATOR = /[|¦\t•·]| {2,}/;

/**
 * A line of a data table: cells split by "|", tabs, dots ("Sugar, 50 kg: Kunduz 2,950 · Taloqan 3,000") or
 * columns of spaces, bare figures beside words (see isTableRow).
 */
export function isTableLine(text: string): boolean {
  if (!CELL_SEPARATOR.test(text)) return false;
  const cells = text
    .split(CELL_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return isTableRow(cells);
}

const WRITER_LABELS = new Set(WRITER_LABEL_WORDS.map(normalizeName));

/** Labels of a page's credit, date and counter fields: the writer's, then when it appeared and how often it was read. */
const META_LABELS = new Set(
  [
    ...WRITER_LABEL_WORDS,
    'published',
    'updated',
    'posted',
    'views',
    'reading time',
    'تاریخ نشر',
    'تاریخ انتشار',
    'بازدید',
    'زمان مطالعه',
  ].map(normalizeName),
);

/** Labels of a tag line ("Tags: …", "برچسب‌ها: …"), by their name key. */
const TAG_LABELS = new Set(
  [
    'tags',
    'tag',
    'tagged',
    'topics',
    'keywords',
    'filed under',
    'برچسب‌ها',
    'برچسب',
    // Afghan pages often spell the word with پ.
    'برچسپ‌ها',
    'برچسپ',
    'کلیدواژه‌ها',
    'موضوعات',
  ].map(normalizeName),
);
/** Longest label before a colon (characters) worth looking up. */
const MAX_LABEL_CHARS = 24;

/** The colon closing a label, in Latin or full-width form. */
const LABEL_COLON = /[:：]/;

/** The name key of the label before a line's colon ("Tags: …" → "tags"), or null without a short one. */
function labelOf(text: string): string | null {
  const colon = text.search(LABEL_COLON);
  return colon > 0 && colon <= MAX_LABEL_CHARS ? normalizeName(text.slice(0, colon)) : null;
}

/** "Tags: Baghlan floods Burka", "برچسب‌ها: تخار، معارف، مکتب": the page's index terms, not the story. */
export function isTagLine(text: string): boolean {
  const line = text.trim();
  const label = labelOf(line);
  return (
    label !== null &&
    (TAG_LABELS.has(label) || isBilingualTagLabel(line)) &&
    !SENTENCE_INSIDE.test(text) &&
    isListOfTerms(line.slice(line.search(LABEL_COLON) + 1))
  );
}

/** Most words of one index term ("Baghlan floods Burka", «آب آشامیدنی»). */
const MAX_TERM_WORDS = 4;
/** What parts a tag line's terms: a comma, «،», a semicolon, a bar, a bullet, a hashtag's mark or a wide space. */
const TERM_SEPARATOR = /[,،;؛|•·#\t]| {2}/u;
/** A Dari verb closing a clause: «می‌شود», «نمی‌آید», «است», «اند»: a sentence, not a term. */
const DARI_VERB_WORD = /(?:^|\s)(?:ن?می[\u200C ]?\p{L}+|است|اند|بود|شد|شود)(?:[.؟!]|$)/u;
/** The part after a tag label's colon is a list of short terms, with no verb: «قالین، کندز، هنر». */
const isListOfTerms = (rest: string) =>
  !DARI_VERB_WORD.test(rest.trim()) &&
  rest.split(TERM_SEPARATOR).every((term) => term.trim().split(/\s+/).length <= MAX_TERM_WORDS);

/** A bilingual page's pair of tag labels before the colon: "Tags / برچسب‌ها: …". */
function isBilingualTagLabel(line: string): boolean {
  const parts = line.slice(0, line.search(LABEL_COLON)).split('/');
  return parts.length === 2 && parts.every((part) => TAG_LABELS.has(normalizeName(part)));
}

/** Labels of counters: views, reading time, comments, shares. */
const COUNTER_LABELS = new Set(
  [
    'views',
    'reads',
    'reading time',
    'read time',
    'shares',
    'بازدید',
    'بازدیدها',
    'زمان مطالعه',
    'نظرات',
    'دیدگاه‌ها',
  ].map(normalizeName),
);
/** "Reading time: 4 min", "بازدید: ۱۲۴۸": a label, a colon and a number with perhaps a unit. */
const COUNTER_VALUE =
  /^[:：]\s*[\d\u06F0-\u06F9\u0660-\u0669][\d\u06F0-\u06F9\u0660-\u0669,.٬]*(?:\s*\p{L}+)?\.?$/u;
/** A figure as counters print it: "1,248", "۷.۵K", "12K", "۱۲ هزار". */
const COUNT_FIGURE = `${ANY_DIGIT}(?:${ANY_DIGIT}|[,.٬٫])*(?:[KkM]|[ \\t]هزار)?`;
/** "· 3 days ago", "2 hours ago", «· ۳ روز پیش»: when a post or a comment went up. */
/** A unit of time, English ("hours") or Dari («ساعت»). */
const ENGLISH_TIME_UNIT = `(?:${ENGLISH_TIME_UNITS.join('|')})s?`;
const DARI_TIME_UNIT = `(?:${DARI_TIME_UNITS.join('|')})`;
const TIME_AGO = `(?:(?:[ \\t]*[·•|])?[ \\t]+${ANY_DIGIT}+[ \\t]*(?:${ENGLISH_TIME_UNIT}\\s+ago|${DARI_TIME_UNIT}\\s+پیش))?`;
/**
 * "4 min read", "1,248 views", "12K subscribers", "1.2K views  2 days ago", "42 points", "3 replies", «۱۲ هزار بازدید»,
 * "۳ دقیقه مطالعه": a count of readers, viewers, followers or replies, perhaps with when the post went up.
 */
const COUNTER_PHRASE = new RegExp(
  `^${COUNT_FIGURE}[ \\t]*(?:min(?:ute)?s?\\s+read|views|reads|shares|subscribers|followers|likes|replies|points|reposts|retweets|دقیقه مطالعه|بازدید|مشترک|دنبال\u200C?کننده|لایک)${TIME_AGO}$`,
  'iu',
);

/**
 * A forum's or a comment box's stamp of when a post went up: "13h", "2d", "25 min ago", "3 weeks ago", «۳ هفته پیش»,
 * "just now", "11:02". A unit's short form may take "ago" as its full form does.
 */
const POST_TIME = new RegExp(
  `^(?:${ANY_DIGIT}+[ \\t]?(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|yr|yrs)(?:[ \\t]+ago)?|${ANY_DIGIT}+[ \\t]*(?:${ENGLISH_TIME_UNIT}[ \\t]+ago|${DARI_TIME_UNIT}[ \\t]+پیش)|just now|yesterday|today|دیروز|امروز|همین حالا|${ANY_DIGIT}{1,2}[:：]${ANY_DIGIT}{2})$`,
  'iu',
);
/** A poster's name or handle: two letters in a row ("u/river_kid", "@گل_بانو", "Shabana Rahmani"). */
const POSTER_NAME = /\p{L}{2}/u;
/** Most items of a post's head: the poster, a flair or "OP", the time, "edited". */
const MAX_POST_HEAD_ITEMS = 4;
/** Longest item (words) of a post's head: a poster's name or handle. */
const MAX_POST_HEAD_WORDS = 4;

/** The items of a line between its separators ("Rahim K. · 2 hours ago"); none where the line has no separator. */
const separatedItems = (line: string): string[] =>
  ITEM_SEPARATOR.test(line)
    ? line
        .split(ITEM_SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
    : [];

/**
 * "u/river_kid · 5h", "Posted by u/amu_teacher · 2d", "@گل_بانو · ۲ روز پیش", "↳ Rahim K. | 3 hours ago": the
 * head of a post or a comment, its poster and when it went up, between separators. The post under it is the
 * poster's own text, read as the story is; only its frame is furniture.
 */
export function isPostHead(text: string): boolean {
  const items = separatedItems(text.trim().replace(/^[^\p{L}\p{N}@]+/u, ''));
  return (
    items.length >= 2 &&
    items.length <= MAX_POST_HEAD_ITEMS &&
    items.some((s) => POST_TIME.test(s)) &&
    // The poster's name or handle: a feed's frame under a post ("👁 3.1K · 08:15") has a count and a time only.
    items.some((s) => !POST_TIME.test(s) && POSTER_NAME.test(s)) &&
    items.every((s) => words(s) <= MAX_POST_HEAD_WORDS)
  );
}

/** A comment's button under it, perhaps with its count: "Reply", "Like 14", «لایک», «پاسخ», «جواب»; a "Report" or
 * «گزارش» alone is no comment's mark («گزارش · ۵ دقیقه» is a story's label and its reading time). */
const COMMENT_ACTION = new RegExp(`^(?:${COMMENT_BUTTON_WORDS.join('|')})(?:[ \\t]+${COUNT_FIGURE})?$`, 'iu');
/** How long ago under a comment, the unit without "ago": "2 hours", «۲ ساعت», «۵۰ دقیقه». */
const BARE_AGE = new RegExp(`^${ANY_DIGIT}+[ \\t]*(?:${ENGLISH_TIME_UNIT}|${DARI_TIME_UNIT})$`, 'iu');

/**
 * "Reply · Like 14", "2h · Like · Reply", «۲ ساعت · لایک · پاسخ»: the foot a comment box sets under each comment —
 * its buttons, perhaps with when it went up — between separators. A post's own bar ("Like · Comment · Share")
 * offers to comment, which no comment's foot does.
 */
export function isCommentFoot(text: string): boolean {
  const items = separatedItems(text.trim());
  return (
    items.length >= 2 &&
    items.length <= MAX_POST_HEAD_ITEMS &&
    items.some((s) => COMMENT_ACTION.test(s)) &&
    items.every((s) => COMMENT_ACTION.test(s) || POST_TIME.test(s) || BARE_AGE.test(s))
  );
}

/** A counter line: how long the story takes to read, how often it was viewed or shared. */
export function isCounterLine(text: string): boolean {
  const line = text.trim();
  if (COUNTER_PHRASE.test(line)) return true;
  const label = labelOf(line);
  return (
    label !== null && COUNTER_LABELS.has(label) && COUNTER_VALUE.test(line.slice(line.search(LABEL_COLON)))
  );
}

/** Dari menu and button labels, by name key ("رفتن به محتوای اصلی" is "skip to main content"). */
const DARI_NAVIGATION = new Set(
  [
    'رفتن به محتوای اصلی',
    'پرش به محتوا',
    'صفحهٔ اصلی',
    'خانه',
    'جست‌وجو',
    'جستجو',
    'منو',
    'اشتراک‌گذاری',
    'اشتراک گذاری در',
    'نظرات',
    'دیدگاه‌ها',
    'نظر بدهید',
    'چاپ',
    'ادامهٔ مطلب',
    'بیشتر بخوانید',
    'تازه‌ها',
    'خبر فوری',
    'آگهی',
    'اعلان',
    'ویدیو',
  ].map(normalizeName),
);
/** Longest Dari label (characters) worth a look-up. */
const MAX_DARI_LABEL_CHARS = 30;

/** A line short enough for a Dari label and in the Arabic script: looked at before any folding. */
const isShortDari = (line: string) => line.length <= MAX_DARI_LABEL_CHARS && hasArabicScript(line);

/** A Dari menu or button label standing alone on its line ("جست‌وجو…", "اشتراک‌گذاری:"). */
export function isDariNavigation(text: string): boolean {
  const line = text.trim();
  return isShortDari(line) && DARI_NAVIGATION.has(normalizeName(trimEndOf(line, ':：….')));
}

/**
 * Dari labels that point to other stories, whether they head a list of them on their own line or have the
 * headlines run in after their colon ("مطالب مرتبط: …", "همچنین بخوانید: …").
 */
const DARI_POINTER_LABELS: readonly string[] = [
  'مطالب مرتبط',
  'خبرهای مرتبط',
  'اخبار مرتبط',
  'گزارش‌های مرتبط',
  'همچنین بخوانید',
  'این را هم بخوانید',
  // Afghan Dari says «همچنان» for "also" as often as «همچنین».
  'همچنان بخوانید',
  'این مطلب را هم بخوانید',
];

/** Heads of lists of other stories in Dari ("مطالب مرتبط", "پربیننده‌ترین‌ها"). */
const DARI_RELATED_HEADS = new Set(
  [
    ...DARI_POINTER_LABELS,
    'رویدادهای مرتبط',
    'پربیننده‌ترین‌ها',
    'پربیننده‌ترین',
    'پرخواننده‌ترین‌ها',
    'مطالب پیشنهادی',
    'آخرین خبرها',
    'آخرین مطالب',
    'بیشتر از',
    // An encyclopedia page's "See also".
    'جستارهای وابسته',
    'همچنین ببینید',
    // "Read more": a head over links as often as a link's own label.
    'بیشتر بخوانید',
    'بیشتر بخوانید در این باره',
    'مطالب بیشتر',
    // A newsletter's links at its foot: «لینک‌های این شماره», «پیوندهای این نوشته».
    'لینک‌های این شماره',
    'پیوندهای این شماره',
    'لینک‌های این نوشته',
    'پیوندهای این نوشته',
    // A fact-check's sources and a live page's digest of its posts.
    'منابع',
    'منابع ما',
    'منابع و مآخذ',
    'رویدادهای کلیدی',
    'مهم‌ترین رویدادها',
  ].map(normalizeName),
);
/** "[ویرایش]", "[edit]": an encyclopedia's edit link after a section's head. */
const EDIT_LINK = /\[(?:ویرایش|edit)\]$/iu;

/** The kinds of piece a site lists: «مطالب», «خبرها», «یادداشت‌ها», «اعلانات» … */
const DARI_PIECES =
  '(?:مطالب|خبرها|اخبار|مقالات|اعلانات|گزارش[\u200C ]?ها|یادداشت[\u200C ]?ها|مقاله[\u200C ]?ها|اعلامیه[\u200C ]?ها|ویدیو[\u200C ]?ها|نوشته[\u200C ]?ها|مصاحبه[\u200C ]?ها|قسمت[\u200C ]?ها|برنامه[\u200C ]?ها)';
/**
 * «یادداشت‌های دیگر», «اعلانات اخیر», «آخرین گزارش‌ها», «خبرهای مرتبط»: other pieces of the site's own kind, the head
 * of a list of links to them.
 */
const DARI_OTHER_PIECES = new RegExp(
  `^(?:آخرین[ \\t]+${DARI_PIECES}|${DARI_PIECES}ی?[ \\t]+(?:دیگر|اخیر|مرتبط|تازه|پیشین|بیشتر))[ \\t]*[:：]?$`,
  'u',
);

/** The head of a Dari list of links to other stories. */
export function isDariRelatedHead(text: string): boolean {
  const line = text.trim();
  return (
    isShortDari(line) &&
    (DARI_RELATED_HEADS.has(normalizeName(trimEndOf(line.replace(EDIT_LINK, '').trimEnd(), ':：'))) ||
      DARI_OTHER_PIECES.test(line))
  );
}

/**
 * A photo credit closing a caption: "(عکس: آوای شمال)", "عکس: …" at the start, or a parenthesised
 * "Outlet/Photographer" ("(Northern Observer/Farid Ahmadi)", "(AFP/Getty)").
 */
const DARI_CAPTION_CREDIT = /(?:^|\(|[.!؟]\s+)(?:عکس|تصویر|عکاس)\s*[:：][^()\n.]{1,60}\)?\.?$/u;
// In parentheses or, as some pages set it, in square brackets: "… in October. [Name Surname/Outlet]".
const SLASH_CREDIT =
  /(?:\(\p{Lu}[^()/\n]{0,40}\/\s*\p{Lu}[^()/\n]{0,40}\)|\[\p{Lu}[^[\]/\n]{0,40}\/\s*\p{Lu}[^[\]/\n]{0,40}\])\.?$/u;

/**
 * "عکس: کارگران در کنار جاده. (آوای شمال)", "عکس‌ها: …", "تصاویر: …": a line opening with the photo's label,
 * singular or plural, is its caption, however long.
 */
const DARI_CAPTION_LABEL = /^(?:عکس|تصویر|تصاویر)(?:\u200C?ها)?\s*[:：]/u;
/**
 * "… in a courtyard in Rostaq, in June. © North Desk / M. Noori": a caption closing with its copyright credit, a
 * name or two after the sign (an initial's full stop is no sentence's). A line opening with © is the page's
 * copyright, not a caption.
 */
const COPYRIGHT_CREDIT_END = /\S\s*©\s*[\p{Lu}\p{N}](?:[^.()©\n]|(?<=(?:^|[\s/])\p{Lu})\.){0,60}\.?$/u;

/** "Pictured: trucks queue at the port", "Above: …", "Main picture: …": an English caption's own label. */
const EN_CAPTION_LABEL =
  /^(?:pictured|above|below|main\s+(?:picture|image|photo)|top\s+(?:picture|image|photo))\s*[:：]/i;

/**
 * "[ON SCREEN TEXT: …]", "[00:04:31] [GRAPHIC: …]", "[LOWER THIRD: …]", "[MAP: …]": what a video shows on the screen, in
 * brackets in its transcript, perhaps after the time: the film's captions, not its words.
 */
const SCREEN_CAPTION =
  /^(?:\[[ \t]*\d{1,2}(?::\d{2}){1,2}[ \t]*\][ \t]*)?\[(?:on[- ]?screen(?:[ \t]+(?:text|caption|graphic|title))?|text[ \t]+on[ \t]+screen|lower[ \t]+third|graphic|chyron|title[ \t]+card|map|super)[ \t]*:[^\]\n]*\]$/iu;

/** A transcript's bracketed line of what the screen shows. */
export function isScreenCaption(text: string): boolean {
  return SCREEN_CAPTION.test(text.trim());
}

/** "… ولسوالی درقد، تخار منبع تصویر: Getty Images", "… in Darqad. Image source: Reuters": a caption closing with its source. */
const IMAGE_SOURCE_END =
  /(?:^|\s)(?:منبع[ \t\u200C]+(?:تصویر|عکس)|image[ \t]+source)[ \t]*[:：][^()\n.:：]{1,60}$/iu;

export function isPhotoCredit(text: string): boolean {
  const line = text.trim();
  // Each credit has its mark (a colon, a slash, ©): a line without one is not searched.
  if (
    LABEL_COLON.test(line) &&
    (DARI_CAPTION_CREDIT.test(line) || DARI_CAPTION_LABEL.test(line) || IMAGE_SOURCE_END.test(line))
  )
    return true;
  if (line.includes('©') && COPYRIGHT_CREDIT_END.test(line)) return true;
  if (EN_CAPTION_LABEL.test(line)) return true;
  return line.includes('/') && SLASH_CREDIT.test(line);
}

/**
 * "بیشتر بخوانید: سیلاب در بدخشان؛ مکتب تازه در تالقان", "همچنین بخوانید: …": a Dari "read more" label with the
 * other stories' headlines run in after its colon.
 */
const DARI_READ_MORE = new RegExp(
  `^(?:[^\\p{L}\\p{N}\\s]+\\s*)?(?:${[
    ...DARI_POINTER_LABELS,
    'بیشتر بخوانید',
    'نیز بخوانید',
    'بخوانید',
    'این را هم بخوانید',
    'این را نیز بخوانید',
  ]
    .map((label) => label.split(' ').map(escapeRegExp).join('\\s*'))
    .join('|')})\\s*[:：]`,
  'u',
);

/** A Dari line pointing to other stories: a "read more" or "related" label and the links after it. */
export function isDariReadMore(text: string): boolean {
  const line = text.trim();
  return line.includes('بخوانید') || line.includes('مرتبط') ? DARI_READ_MORE.test(line) : false;
}

/** Dari copyright and policy lines: "تمامی حقوق محفوظ است", "حریم خصوصی", "شرایط استفاده". */
export const DARI_LEGAL = /(?:تمامی|کلیهٔ?|همهٔ?)\s+حقوق|حقوق\s+\S+\s+محفوظ|حریم\s+خصوصی|شرایط\s+استفاده/u;

/** "Address: House 12, Street 4, Taloqan", "آدرس: کارته سه، شهر تالقان", "Contact: …": the outlet's own address. */
const ADDRESS_LINE =
  /^(?:address|our\s+address|office|contact(?:\s+us)?|آدرس|نشانی|دفتر\s+مرکزی|تماس(?:\s+با\s+ما)?)\s*[:：]/iu;
/** Longest address line in words. */
const MAX_ADDRESS_WORDS = 16;

/** A line giving the outlet's address or contact: its places are the office's, not the story's. */
export function isAddressLine(text: string): boolean {
  const line = text.trim();
  return ADDRESS_LINE.test(line) && words(line) <= MAX_ADDRESS_WORDS && !SENTENCE_INSIDE.test(line);
}

/** "منبع: …" alone on a short line: the source credit of a page. */
const SOURCE_CREDIT = /^(?:منبع|منابع|source)\s*[:：]/iu;
/** Longest source credit line in words. */
const MAX_CREDIT_WORDS = 8;

/** Items of a menu set apart by runs of spaces: "About   Where we work   News & stories   Donate". */
const SPACED_ITEMS = /\s{2,}/u;
/** Fewest items of a menu told by spacing alone (two could be a name and a title). */
const MIN_SPACED_ITEMS = 4;
/** Longest item (words) of a spaced menu. */
const MAX_SPACED_ITEM_WORDS = 4;

/** "Home   Kunduz   Takhar   Baghlan   Video", "Share  ✉  f  X": a menu whose items only spaces separate. */
export function isSpacedMenu(text: string): boolean {
  const line = text.trim();
  // Most lines have no run of spaces: the cheap test first.
  if (!SPACED_ITEMS.test(line) || SENTENCE_INSIDE.test(line) || /[.!?؟]$/.test(line)) return false;
  const items = line.split(SPACED_ITEMS);
  // "Rostaq      Takhar      18      410": a table's row set in columns of spaces, not a menu.
  if (isTableRow(items)) return false;
  return items.length >= MIN_SPACED_ITEMS && items.every((s) => words(s) <= MAX_SPACED_ITEM_WORDS);
}

/** "[Image caption: A midwife weighs a baby …]", "[عکس: کارگران …]": a caption the page kept in brackets. */
const BRACKET_CAPTION = /^\[(?:image|photo|picture|caption|photograph|عکس|تصویر)[^\]\n]*\]$/iu;
/** "[Image] Trucks queue at the crossing. (Amu Post)", "[VIDEO 2:41] …": a caption tagged with its medium (and length). */
const TAGGED_CAPTION =
  /^\[(?:image|photo|picture|photograph|video|gallery)(?:[ \t]+\d{1,2}(?::\d{2}){1,2})?\][ \t]*\S/iu;
/** "🕑 4 min read", "6 minute listen", «۵ دقیقه مطالعه»: the page's reading time alone on its line, perhaps after an icon. */
const READ_TIME_ALONE =
  /^[^\p{L}\p{N}]{0,4}[\p{Nd}]{1,3}[ \t]*(?:mins?|minutes?|دقیقه)[ \t]+(?:read|listen|watch|مطالعه|خواندن)\.?$/iu;
/** "Text size: A-  A+", "Font size  A A A": the page's control for its letters' size. */
const TEXT_SIZE_CONTROL = /^(?:text|font)[ \t]+size(?:[ \t]*:)?(?:[ \t]+A[-+−]?)*$/iu;
/** "Breaking: Salang highway reopens", "LIVE: Winter storm warning", "خبر فوری: …": a ticker over the page. */
const TICKER = /^(?:breaking(?:\s+news)?|live|just\s+in|developing|خبر\s+فوری|فوری)\s*[:：|]/iu;
/** Longest ticker line (words). */
const MAX_TICKER_WORDS = 16;
/** "Donate now ›", "Read more →": a button, a few words pointing on. */
const BUTTON = /^[^.!?؟\n]{1,30}\s*[›→]$/u;
/** Longest button (words). */
const MAX_BUTTON_WORDS = 4;

/** A ticker line at a page's head: a "Breaking:" or "LIVE:" label and a headline of another story. */
export function isTicker(text: string): boolean {
  const line = text.trim();
  return TICKER.test(line) && words(line) <= MAX_TICKER_WORDS && !SENTENCE_INSIDE.test(line);
}

/**
 * «بسم الله الرحمن الرحیم»، «امارت اسلامی افغانستان»، «مقام ولایت تخار»، «با احترام»: an official statement's
 * invocation, state name, issuing governor's office and sign-off alone on a line.
 */
const DARI_LETTERHEAD =
  /^(?:بسم\s*الله\s+الرحمن\s+الرحیم|(?:امارت|جمهوری|دولت)\s+اسلامی\s+افغانستان|والسلام|با\s+احترام|مقام\s+ولایت\s+[^\s.،:]+)[.!]?$/u;
/** «دفتر مطبوعاتی»، «دفتر سخنگو»، «دفتر رسانه‌ها»، «دفتر رسانه‌ای»: the office that issues a statement. */
const DARI_PRESS_OFFICE = /دفتر\s+(?:مطبوعاتی|سخنگو(?:ی)?|رسانه\u200C?(?:ها|های|ای|یی)|اطلاع\u200C?رسانی)/u;
/** Longest issuing-office line (words): «مقام ولایت تخار – دفتر مطبوعاتی». */
const MAX_OFFICE_LINE_WORDS = 8;
/** A word that makes a line a sentence: a verb's ending or its present prefix. */
const DARI_VERB = /(?:^|\s)(?:است|بود|شد|شده|کرد|گفت|نوشت|می\u200C?\S+|ن?کرده)(?=\s|$|[.،])/u;

/**
 * An official statement's letterhead and sign-off standing alone on a line: the invocation, the state's name,
 * «والسلام», and the issuing office («مقام ولایت تخار – دفتر مطبوعاتی», «دفتر مطبوعاتی وزارت صحت») with no verb.
 */
export function isDariLetterhead(text: string): boolean {
  const line = text.trim();
  if (DARI_LETTERHEAD.test(line)) return true;
  return (
    // The office's words first: counting a long line's words is the costlier test.
    DARI_PRESS_OFFICE.test(line) &&
    words(line) <= MAX_OFFICE_LINE_WORDS &&
    !SENTENCE_INSIDE.test(line) &&
    !DARI_VERB.test(line)
  );
}

/**
 * English labels (regex sources) that head a list of other stories on their own line and point to one with its
 * headline run in after a colon: clean.ts's related-list heads and POINTER_LABEL are both built from them.
 */
export const ENGLISH_RELATED_POINTERS: readonly string[] = [
  'read\\s+(?:next|also|more)',
  'also\\s+read',
  'see\\s+also',
  'recommended',
  "don['’]t\\s+miss",
  'related(?:\\s+(?:story|article|coverage))?',
  // A video page's list of its other films: "Watch also", "Also watch", "More videos", "Watch next".
  '(?:watch\\s+(?:also|more|next)|also\\s+watch|more\\s+videos)',
];

/**
 * "Read next: Floods cut the Rostaq road", "Up next: …", "See also: …", "Watch: …": a label pointing to another
 * story, with its headline run in after the colon.
 */
const POINTER_LABEL = new RegExp(
  `^(?:${[
    ...ENGLISH_RELATED_POINTERS,
    'up\\s+next',
    'next',
    'previous',
    '(?:next|previous)\\s+(?:story|article)',
    'more\\s+on\\s+this(?:\\s+story)?',
    'watch',
    'listen',
  ].join('|')})\\s*[:：]\\s*\\S`,
  'iu',
);

/** A line pointing to another story: a "read next" label and one headline, short and with no sentence inside. */
export function isPointerLine(text: string): boolean {
  // Most lines have no colon: the cheap test first.
  if (!text.includes(':') && !text.includes('：')) return false;
  const line = text.trim();
  return POINTER_LABEL.test(line) && words(line) <= MAX_TICKER_WORDS && !SENTENCE_INSIDE.test(line);
}

/**
 * "Update: This article has been updated …", "Editor's note: …": the desk's note about the story, not its
 * reporting. A correction ("Correction: An earlier version of this story said …", «اصلاحیه: …») is not one: it
 * restates the story's facts, and its places are the story's.
 */
const DESK_NOTE =
  /^(?:updated?|editor['’]?s['’]?\s+note)\b[^:\n]{0,40}:\s*(?:an?\s+(?:earlier|previous)\s+version|this\s+(?:story|article|report|piece)\s+(?:has\s+been|was|is))\b|^یادداشت\s+ویراستار\s*[:：]/iu;

/**
 * The same notes without a label: "This story has been updated with …", «این گزارش در … به‌روز شده است»; and a wire's advisory lines in parentheses over the story, "(Adds comment from …)",
 * "(Corrects name of district in paragraph 7 …)", "(Updates with …)" — what the desk changed, not the reporting.
 */
const UNLABELLED_DESK_NOTE =
  /^(?:this\s+(?:story|article|report|piece|post)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended|changed)\b)|^این\s+(?:گزارش|مطلب|خبر|مقاله|نوشته)\s(?:(?!\sکه\s)[^.؟!\n]){0,80}(?:به[\u200C ]?روز|بروز|اصلاح|تصحیح)[\u200C ]?(?:رسانی[\u200C ]?)?(?:شده\s+است|شده|شد)\s*[.]?$/iu;
/** "(Adds …)", "(Corrects …)": a wire advisory is one line in parentheses, opening with the desk's verb. */
const WIRE_ADVISORY =
  /^\((?:Adds|Corrects|Updates|Recasts|Changes|Refiles|Repeats|Fixes|Removes|Rewrites|Inserts|Deletes|Clarifies|Amends|Restores|Replaces|Withdraws|Expands|Trims|Moves)\b[^()\n]{0,200}\)\.?$/u;

/** "Published 14 May 2026 · Updated …", «تاریخ نشر: ۱۰ جوزا ۱۴۰۵ | بازدید: …»: the page's line of when it appeared. */
const PUBLICATION_LINE =
  /^(?:(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?\b|(?:تاریخ\s+(?:نشر|انتشار)|منتشر\s+شده|نشر\s+شده)\s*[:：])/iu;

/** Whether a line says when the page was published or updated, as a page's head does under its headline. */
export function isPublicationLine(text: string): boolean {
  return PUBLICATION_LINE.test(text.trim());
}

/**
 * "نویسنده: … | ۱۳ قوس ۱۴۰۵ - ۱۶:۴۰ | ۱۲۴۷ بازدید", "Author: … · 3 May 2026 · 4 min read": the writer's field first in
 * a line of page fields — a byline, as a page's head puts under its headline.
 */
export function isWriterFieldsLine(text: string): boolean {
  const first = text.trim().split(ITEM_SEPARATOR)[0] ?? '';
  const label = labelOf(first);
  return label !== null && WRITER_LABELS.has(label) && isSeparatedItems(text);
}

/**
 * "Correction, 2 March: …", "CLARIFICATION: …", «اصلاحیه: …», "An earlier version of this article …": the
 * desk's correction, the story's own text (its places are the story's), set apart from the story's last paragraph.
 */
const CORRECTION_NOTE =
  /^(?:(?:corrections?|clarifications?)\b[^:\n]{0,40}:|(?:اصلاحیه|تصحیح)\s*[:：]|an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|piece)\b)/iu;

/** Whether a paragraph is a correction note about the story. */
export function isCorrectionNote(text: string): boolean {
  return CORRECTION_NOTE.test(text.trim());
}

export function isDeskNote(text: string): boolean {
  const line = text.trim();
  if (UNLABELLED_DESK_NOTE.test(line) || WIRE_ADVISORY.test(line)) return true;
  return (text.includes(':') || text.includes('：')) && DESK_NOTE.test(line);
}

/** "#کندز #آتش_سوزی", "#Kunduz #floods": a line of hashtags only, a post's index terms. */
export function isHashtagLine(text: string): boolean {
  // Most lines open with no hashtag: they are not split into words.
  if (!text.trimStart().startsWith('#')) return false;
  const tokens = text.trim().split(/\s+/);
  return tokens.length > 0 && tokens.every((t) => /^#[\p{L}\p{N}_\u200C]+$/u.test(t));
}

/** "🔁 فوروارد شده از: …", "Forwarded from: …": a messaging channel's note on where a post came from. */
const FORWARDED =
  /^[^\p{L}\p{N}]*(?:forwarded\s+from|shared\s+from|فوروارد\s+شده\s+از|بازنشر\s+از|ارسال\s+شده\s+از|مشترک[\u200C ]?شده\s+از)\s*[:：]/iu;

/** A forwarded post's source line: the channel it came from, not the story's place. */
export function isForwardedLine(text: string): boolean {
  return FORWARDED.test(text) && words(text) <= MAX_TICKER_WORDS;
}

/**
 * An encyclopedia infobox's field copied as a row: "Country⇥Afghanistan", "Province⇥Kunduz", "Time zone⇥UTC+4:30",
 * «ولایت⇥کندز»: a label, a tab and a short value. The box repeats the page's facts; it is not the story.
 */
const INFOBOX_LINE =
  /^(?:country|province|district|capital|seat|time zone|coordinates|population(?: \(\d{4}\))?|area|elevation|largest city|official languages?|demonyms?|postal code|area code|کشور|ولایت|ولسوالی|مرکز|جمعیت|مساحت|ارتفاع|منطقهٔ زمانی)\t+[^\t]{1,60}$/iu;

/** A row of an encyclopedia page's infobox. */
export function isInfoboxLine(text: string): boolean {
  return text.includes('\t') && INFOBOX_LINE.test(text.trim());
}

/**
 * "From Wikipedia, the free encyclopedia", «از ویکی‌پدیا، دانشنامهٔ آزاد», "Jump to navigation Jump to search", «پرش به
 * ناوبری»: an encyclopedia page's tagline and skip links under its title.
 */
const ENCYCLOPEDIA_TAGLINE =
  /^(?:from\s+wikipedia\b|از\s+ویکی[\u200C ]?پدیا|jump\s+to\s+(?:navigation|search|content)\b|پرش\s+به\s+(?:ناوبری|جستجو|جست[\u200C ]?وجو|محتوا))/iu;
/** Longest tagline or hatnote (words). */
const MAX_HATNOTE_WORDS = 40;
/**
 * "This article is about the district in Takhar. For the district in Baghlan, see …", "For other uses, see …", "Not
 * to be confused with …", «برای دیگر کاربردها، … (ابهام‌زدایی) را ببینید»، «این مقاله دربارهٔ …»: an encyclopedia's
 * hatnote, pointing to other pages named alike. The places it names are those pages', not the article's.
 */
const HATNOTE =
  /^(?:for\s+(?:other\s+uses|the\s+\S[^.]{0,80}),\s+see\b|not\s+to\s+be\s+confused\s+with\b|\S[^.]{0,40}\sredirects\s+here\b|برای\s+(?:دیگر\s+کاربردها|کاربردهای\s+دیگر)|[^.]{0,60}\(ابهام[\u200C ]?زدایی\)\s+را\s+ببینید)/iu;
/** "This article is about …", «این مقاله دربارهٔ …»: a hatnote's opening, when the line points on to other pages. */
const ABOUT_HATNOTE =
  /^(?:this\s+(?:article|page)\s+is\s+about\b|این\s+(?:مقاله|نوشتار|صفحه)\s+دربار(?:هٔ|ه|ه‌ی)\s)/iu;
/** What a hatnote points on with: "see …", «… را ببینید», "(disambiguation)". */
const POINTS_ON = /\bsee\s|را\s+ببینید|disambiguation|ابهام[\u200C ]?زدایی/iu;

/** A line of an encyclopedia page's head: its tagline or its skip links. */
export function isEncyclopediaHead(text: string): boolean {
  const line = text.trim();
  return ENCYCLOPEDIA_TAGLINE.test(line) && words(line) <= MAX_HATNOTE_WORDS;
}

/**
 * A hatnote's words. Only on an encyclopedia page, right under its tagline (see markHatnotes): in a story, "For
 * the full list, see below" and "Not to be confused with …" are the story's own sentences.
 */
export function isHatnote(text: string): boolean {
  const line = text.trim();
  const hatnote = HATNOTE.test(line) || (ABOUT_HATNOTE.test(line) && POINTS_ON.test(line));
  return hatnote && words(line) <= MAX_HATNOTE_WORDS;
}

/** An encyclopedia page's tagline under its title ("From Wikipedia, …"). */
export function isEncyclopediaTagline(text: string): boolean {
  return ENCYCLOPEDIA_TAGLINE.test(text.trim());
}

/** "[Sign up]", "[Subscribe]", «[ثبت‌نام]», «[عضویت]»: a sign-up form's button, copied as its label in brackets. */
const SIGNUP_LABEL =
  '\\[[ \\t]*(?:sign(?: me)? up|subscribe|join|register|get alerts|notify me|ثبت[\\u200C ]?نام|عضویت|اشتراک|مشترک شوید)[ \\t]*\\]';
/** The button opens or closes its line: a bracketed word inside a sentence is a reporter's insertion. */
const SIGNUP_BUTTON = new RegExp(`^[ \\t]*${SIGNUP_LABEL}|${SIGNUP_LABEL}[ \\t.]*$`, 'iu');
/** Quotation marks: a line holding a quotation is reporting, whatever a bracket in it says ("to [join] the council"). */
const QUOTATION_MARK = /["“”«»]/u;
/** "… sent to your inbox", "… in your inbox every morning", «… در ایمیل خود …»: where the box will send its mail. */
const INBOX = /\b(?:to|in|into) your (?:inbox|e-?mail)\b|ایمیل[\u200C ](?:خود|شما)/iu;
/** A word INBOX needs, without its costly Unicode case folding. */
const INBOX_WORD = /your|ایمیل/i;
/** "Sign up", "subscribe", «ثبت‌نام کنید», «عضو شوید»: the box's request. */
const SIGNUP_ASK =
  /\b(?:sign(?: me)? up|subscribe|register)\b|ثبت[\u200C ]?نام[\u200C ]?کنید|عضو شوید|مشترک شوید/iu;
/** "The day's top stories …", "a weekly digest of news …", "the morning's headlines …": what the box mails. */
const BOX_SENDS =
  /\b(?:top\s+stories|headlines|news|digest|briefing|newsletter|bulletin|updates|alerts)\b|خبرها|اخبار|خبرنامه/iu;
/** Longest sign-up box's line (words). */
const MAX_SIGNUP_WORDS = 40;

/**
 * "Job alerts: get new vacancies in Kunduz and Takhar sent to your inbox. [Sign up]", «برای دریافت گزارش‌ها در ایمیل
 * خود، اینجا ثبت‌نام کنید»: a newsletter's or an alert's sign-up box. The places it offers news of are the site's
 * beat, not the story's.
 */
export function isSignupBox(text: string): boolean {
  // Each box has its button's bracket or its inbox: a line with neither is not counted (words() is costly).
  if (!text.includes('[') && !(INBOX_WORD.test(text) && INBOX.test(text))) return false;
  if (words(text) > MAX_SIGNUP_WORDS || QUOTATION_MARK.test(text)) return false;
  if (SIGNUP_BUTTON.test(text)) return true;
  return INBOX.test(text) && (SIGNUP_ASK.test(text) || BOX_SENDS.test(text));
}

/**
 * "ref: NANA-EN-1124-07", "SLUG: AFGHAN-FLOODS/BAGHLAN 0417", "Story ID #88213": a wire's or a desk's reference for
 * the item, a label and a code with a digit, alone on its line. Prose after the label ("Ref: the letter from …")
 * has lowercase words.
 */
const REFERENCE_LABEL =
  /^(?:ref(?:erence)?|slug|(?:story|item|msg|message|job)[ \t]+(?:id|no\.?|number))\.?[ \t]*[:#][ \t]*/i;
/** The code after the label: words in capitals or digits, with a digit somewhere. */
const REFERENCE_CODE =
  /^#?(?=[^\n]*\d)[\p{Lu}\p{N}][\p{Lu}\p{N}/_.:#-]*(?:[ \t]+[\p{Lu}\p{N}][\p{Lu}\p{N}/_.:#-]*){0,3}$/u;

/** Whether a line is an item's reference or slug line (see REFERENCE_LABEL). */
export function isReferenceLine(text: string): boolean {
  const line = text.trim();
  const label = line.length <= 80 ? REFERENCE_LABEL.exec(line) : null;
  return label !== null && REFERENCE_CODE.test(line.slice(label[0].length));
}

/** The rules of this module, in order: the first that holds names the line's kind of furniture. */
const PAGE_RULES: readonly [(text: string) => boolean, RemovedReason][] = [
  [isDariNavigation, 'navigation'],
  [isSignupBox, 'promo'],
  [isEncyclopediaHead, 'navigation'],
  [isDariRelatedHead, 'promo'],
  [isDariReadMore, 'promo'],
  [isDariLetterhead, 'byline'],
  [isPointerLine, 'promo'],
  [isDeskNote, 'other'],
  [isPictographComment, 'other'],
  [isStationIdent, 'navigation'],
  [isNoticeBox, 'other'],
  [isReportStamp, 'byline'],
  [isShowTagline, 'navigation'],
  [isAddressLine, 'navigation'],
  [isCounterLine, 'navigation'],
  [isInfoboxLine, 'navigation'],
  [isTagLine, 'navigation'],
  [isPhotoCredit, 'caption'],
  [isScreenCaption, 'caption'],
  [isSuperLine, 'caption'],
  [isScriptHead, 'other'],
  [isNextItemCue, 'promo'],
  [isGraphicCue, 'caption'],
  [(t) => SOURCE_CREDIT.test(t.trim()) && words(t) <= MAX_CREDIT_WORDS, 'byline'],
  [isSeparatedItems, 'navigation'],
  [isHashtagLine, 'navigation'],
  [isForwardedLine, 'byline'],
  [isContactLine, 'other'],
  [isProductionCredit, 'other'],
  [isSeriesPointer, 'promo'],
  [isAccountLinks, 'navigation'],
  [isReferenceLine, 'navigation'],
  [isInlineComment, 'other'],
  [isStationTagline, 'promo'],
  [isMoreHeadlinesLine, 'navigation'],
  [isClockStamp, 'byline'],
  [isFilingByline, 'byline'],
  [isBracketedAd, 'promo'],
  [isEarlierPieceCorrection, 'other'],
  [isSpecFieldsLine, 'other'],
  [isColumnBoxLine, 'promo'],
];

/** A page head's furniture: a menu set apart by spaces, a ticker, a caption in brackets, a button. */
function headFurniture(text: string): RemovedReason | null {
  const line = text.trim();
  if (isSpacedMenu(line) || isTicker(line) || TEXT_SIZE_CONTROL.test(line)) return 'navigation';
  if (READ_TIME_ALONE.test(line)) return 'byline';
  if (BRACKET_CAPTION.test(line) || TAGGED_CAPTION.test(line)) return 'caption';
  // A button ends with its arrow: tested before the pattern, which would try every length of the label.
  const arrowed = line.endsWith('›') || line.endsWith('→');
  return arrowed && BUTTON.test(line) && words(line) <= MAX_BUTTON_WORDS ? 'navigation' : null;
}

/** What kind of page furniture a line is by its shape, or null. */
export function pageChromeReason(text: string): RemovedReason | null {
  for (const [holds, reason] of PAGE_RULES) if (holds(text)) return reason;
  return headFurniture(text);
}
