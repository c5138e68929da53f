/**
 * Lines of a page's head that say where its headline is: the date and section a news site sets under it ("14
 * November 2026 Humanitarian Aid"), the audio player a radio site sets under it ("▶ Listen to this report (4:05)",
 * «▶ شنیدن گزارش»), and the section label above it that repeats an item of the site's menu ("Stories from the
 * field" under "Home | … | Stories from the field | …"): a kicker, not the headline.
 */
import { normalizeName } from './normalize.ts';
import { ENGLISH_MONTH, hasArabicScript } from './regex-parts.ts';
import { withoutLeadingIcons } from './apparatus-lines.ts';
import { isCommentDateLine, isDariDateLine, isDariWeekdayDate } from './dari-chrome.ts';

/** "14 November 2026", "November 14, 2026", "2026-11-14": a full English date. */
const FULL_DATE = `(?:\\d{1,2}\\s+${ENGLISH_MONTH},?\\s+\\d{4}|${ENGLISH_MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
/** A section's name after the date: one to four capitalised words ("Health", "Humanitarian Aid", "Law and Crime"). */
const SECTION_NAME = "\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:and|&|of|\\p{Lu}[\\p{L}'’-]*)){0,3}";
/** "14 November 2026 Humanitarian Aid", "3 March 2026 | Health": the page's date, then its section, nothing else. */
// No 'i' flag: the section's capitals are its own ("14 November 2026 floods" is no section).
const DATED_SECTION = new RegExp(`^${FULL_DATE}[ \\t]*[|·•—–]?[ \\t]*(?<section>${SECTION_NAME})$`, 'u');

/**
 * Whether a line is a news page's date and section under its headline; given the items of the site's menu, whether
 * its section is one of them ("14 November 2026 Kunduz" under a diary's headline is its entry's date and place).
 */
export function isDatedSectionLine(text: string, sections?: ReadonlySet<string>): boolean {
  const section = DATED_SECTION.exec(text.trim())?.groups?.['section'];
  if (section === undefined) return false;
  return !sections || sections.has(normalizeName(section));
}

/**
 * "▶ Listen to this report (4:05) | Download", "Listen to this article · 6 min", «▶ شنیدن گزارش (۰۴:۱۲) | ⬇ دانلود»,
 * «گزارش را بشنوید»: the page's audio player, its button and perhaps its length and a download link.
 */
const PLAYER_BUTTON =
  /^(?:listen(?: to)?(?: this| the)? (?:report|story|article|episode|programme|program|interview|bulletin|audio)|play (?:audio|the report|this report)|شنیدن (?:گزارش|خبر|برنامه|مصاحبه|فایل صوتی)|(?:گزارش|خبر|برنامه) را بشنوید|پخش (?:گزارش|صدا))(?:[ \t]*\([^()\n]{1,12}\))?(?:[ \t]*[|·•][^\n]{0,30})?$/iu;

/** Whether a line is a radio page's audio player under its headline. */
export function isPlayerLine(text: string): boolean {
  return PLAYER_BUTTON.test(withoutLeadingIcons(text.trim()).replace(/^[▶►⏵]\s*/u, ''));
}

/** The items of a site's menu line ("Home | Where we work | Stories from the field"), as name keys. */
export function menuItems(menu: string): Set<string> {
  return new Set(
    menu
      .split(/[|•·›»>]/u)
      .map((s) => normalizeName(s))
      .filter((s) => s.length > 0),
  );
}

/** Whether a line above the headline repeats an item of the menu over it: the section's label, a kicker. */
export function isMenuKicker(text: string, items: ReadonlySet<string>): boolean {
  return items.has(normalizeName(text));
}

/**
 * (No 'i' flag: the writer's name must be capitalised, "by the river · the road" is no credit.)
 * "Written by Sara Lind | 2 May 2026 | 5 comments", "Posted by Lena Okafor | 3 June 2026 | Categories: …", "By Omar
 * Haidari · 4 min read": a line of page fields opening with the writer's credit, as a blog sets under its headline.
 */
const BYLINE_FIELDS =
  /^(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Ss]tory|[Tt]ext|[Rr]eported|[Pp]ublished)[ \t]+)?[Bb]y[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}[ \t]*[|·•]/u;

/** Whether a line is the writer's credit and other fields of a page's head. */
export function isBylineFieldsLine(text: string): boolean {
  return BYLINE_FIELDS.test(text.trim());
}

/**
 * «کندز – سه‌شنبه، ۱۱ قوس ۱۴۰۵», «فیض‌آباد – ۱۲ جدی ۱۴۰۵» alone on a line: a Dari site's dateline, the city (one or two
 * words), a dash and the page's date. It is the story's dateline, not its headline: the line under it is.
 */
export function isDatedDatelineAlone(text: string): boolean {
  const m = /^(?<city>[\p{L}\p{M}\u200C]+(?: [\p{L}\p{M}\u200C]+)?) ?[-–—] ?(?<date>\S[^\n]*)$/u.exec(
    text.trim(),
  );
  const city = m?.groups?.['city'] ?? '';
  const date = m?.groups?.['date'] ?? '';
  return (
    hasArabicScript(city) && (isDariWeekdayDate(date) || isCommentDateLine(date) || isDariDateLine(date))
  );
}
