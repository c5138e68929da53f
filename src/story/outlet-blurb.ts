// A page's standing lines about itself or its series, which a photo story may set under its last photo.
import { wordAlternation } from './regex-parts.ts';
import {
  DARI_TAGLINE_WORK_NOUNS,
  TAGLINE_WORK_NOUNS,
  DARI_AGENCY_WORDS,
  DARI_OUTLET_QUALITIES,
  DARI_PUBLICATION_NOUNS,
  DARI_SERIES_TEASER_OPENINGS,
  OUTLET_NOUNS,
  SERIES_TEASER_OPENINGS,
} from './lexicon.ts';

/** A name of up to five capitalised words: "Example News", "The Northern Weekly". */
const CAPITALISED_NAME = "\\p{Lu}[\\p{L}\\p{M}'’&.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’&.-]*){0,4}";
/** Up to three words describing the outlet ("independent, reader-funded", "Afghan"), none opening a clause. */
const DESCRIBING_WORDS = '(?:(?!(?:where|whose|which|that|with|of|in|for|and)\\b)[\\p{L}-]+,?[ \\t]+){0,3}';
/** "Example News is an independent newsroom …", "Kabul Lens is an Afghan photo agency …". */
const ENGLISH_SELF_DESCRIPTION = new RegExp(
  `^${CAPITALISED_NAME}[ \\t]+is[ \\t]+(?:an?|the)[ \\t]+${DESCRIBING_WORDS}(?:${OUTLET_NOUNS.join('|')})\\b`,
  'u',
);
/** «شمال‌پرس رسانه‌ای مستقل است»، «هفته‌نامهٔ شمال نشریه‌ای غیرانتفاعی است»: the outlet says what kind it is. */
const DARI_SELF_DESCRIPTION = new RegExp(
  `^[^.!?؟\\n]{1,40}?[ \\t](?:${[...DARI_AGENCY_WORDS, ...DARI_PUBLICATION_NOUNS].join('|')})(?:\\u200C?ای|ی)?[ \\t]+(?:${DARI_OUTLET_QUALITIES.join('|')})(?![\\p{L}])`,
  'u',
);
/** "Next in this series: …", "This story is part of …", «بخش بعدی: …». */
const SERIES_TEASER = new RegExp(
  `^(?:${SERIES_TEASER_OPENINGS.join('|')}|${DARI_SERIES_TEASER_OPENINGS.join('|')})`,
  'iu',
);

/** Whether a paragraph is the outlet describing itself or pointing to the next story of its series. */
export function isOutletBlurb(text: string): boolean {
  const t = text.trimStart();
  return ENGLISH_SELF_DESCRIPTION.test(t) || DARI_SELF_DESCRIPTION.test(t) || SERIES_TEASER.test(t);
}

/**
 * What sets an outlet's name apart from its tagline: a dash, a bar or a dot. Not a colon: "Keshem's blacksmiths:
 * voices from the forge" is a headline's label and its line.
 */
const TAGLINE_SEPARATOR = '[ \\t]*[—–|·•-][ \\t]+';
/** The mark every tagline's separator holds. */
const SEPARATOR_MARK = /[—–|·•-]/u;
/** Up to three words before what the outlet makes ("independent, reader-funded"), each a lowercase word. */
const TAGLINE_QUALITIES = "(?:\\p{Ll}[\\p{L}'’-]*,?[ \\t]+){0,3}";
/** "Daricha — independent reporting on northern Afghanistan", "The Kokcha Dispatch | news from Badakhshan". */
const ENGLISH_TAGLINE = new RegExp(
  `^${CAPITALISED_NAME}${TAGLINE_SEPARATOR}${TAGLINE_QUALITIES}${wordAlternation(TAGLINE_WORK_NOUNS, true)}(?:[ \\t]+(?:from|on|for|about|in|of|across|by)\\b|$)`,
  'u',
);
/** «دریچه – گزارش‌های مستقل از شمال افغانستان», «صدای کوکچه | خبرهای بدخشان»: a name of up to four words, then the same. */
const DARI_TAGLINE = new RegExp(
  `^(?:[\\p{L}\\p{M}\\u200C]+[ \\t]+){0,3}[\\p{L}\\p{M}\\u200C]+${TAGLINE_SEPARATOR}${wordAlternation(DARI_TAGLINE_WORK_NOUNS)}(?![\\p{L}\\u200C])`,
  'u',
);
/** Most words of a tagline: a longer line is a sentence. */
const MAX_TAGLINE_WORDS = 14;

/** Whether a line is an outlet's name and its tagline, unpunctuated as a sentence is not. */
export function isOutletTagline(text: string): boolean {
  // Both taglines need a dash, bar or dot between name and words: most lines have none and are not read further.
  if (!SEPARATOR_MARK.test(text)) return false;
  const line = text.trim();
  if (/[.!?؟]$/u.test(line)) return false;
  if (!ENGLISH_TAGLINE.test(line) && !DARI_TAGLINE.test(line)) return false;
  return line.split(/\s+/u).length <= MAX_TAGLINE_WORDS;
}
