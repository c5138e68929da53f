/**
 * Lines in which a page speaks of itself, not of the story: its line to advertisers ("To place an ad, visit our
 * office on Jada-e-Maiwand, Kunduz", «برای نشر آگهی به دفتر هفته‌نامه در سرک ولایت کندز مراجعه کنید»), and a
 * blog's box about its writer ("About Mariam — I'm a nurse … the dishes my family brought from Takhar").
 */
import { ABOUT_BOX_SUBJECTS, ADVERTISER_LINE_OPENERS } from './lexicon.ts';
import { phraseAlternation } from './regex-parts.ts';

const ADVERTISER_LINE = new RegExp(
  `^(?:${phraseAlternation(ADVERTISER_LINE_OPENERS)})(?![\\p{L}\\u200C])`,
  'iu',
);
/**
 * What follows the opener in the page's own line: a colon, a comma, "with us", "here", "in/on our …", a contact
 * («به دفتر», «با شماره»). "To advertise the new tax, …" has its object first; "Advertising rates at papers …
 * have fallen" is reporting on them.
 */
const ADVERTISER_TAIL =
  /^[ \t]*(?:[:：,،]|with[ \t]+us\b|here\b|(?:in|on)[ \t]+(?:our|this)\b|call\b|contact\b|email\b|visit\b|به[ \t]+دفتر|با[ \t]+(?:شماره|دفتر|ما))/iu;
/** "About me —", "About the author:", "About Mariam —": the box's head and its dash or colon. */
const ABOUT_HEAD = new RegExp(
  `^About[ \\t]+(?:(?:${phraseAlternation(ABOUT_BOX_SUBJECTS)})|\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){0,2})[ \\t]*[—–:|][ \\t]+`,
  'u',
);
/** What a writer's box says of them: "I'm a nurse", "She is a reporter", "I write down …". */
const WRITER_SAYS = /\b(?:I['’]m|I am|I write|I cook|I live|I grew up|(?:[Ss]he|[Hh]e) is an?)\b/u;

/** Whether the line is the page's own line to its advertisers. */
export function isAdvertiserLine(line: string): boolean {
  const text = line.trimStart();
  const opener = ADVERTISER_LINE.exec(text);
  return opener !== null && ADVERTISER_TAIL.test(text.slice(opener[0].length));
}

/** Whether the line is a blog's box about its writer (a line "About Kunduz — …" on the town is the text). */
export function isAboutWriterBox(line: string): boolean {
  if (!line.startsWith('About ')) return false;
  const head = ABOUT_HEAD.exec(line);
  return head !== null && WRITER_SAYS.test(line.slice(head[0].length));
}
