// A page's standing lines about itself or its series, which a photo story may set under its last photo.
import {
  DARI_OUTLET_NOUNS,
  DARI_SERIES_TEASER_OPENINGS,
  OUTLET_NOUNS,
  SERIES_TEASER_OPENINGS,
} from './lexicon.ts';

/** A name of up to five capitalised words: "Example News", "The Northern Weekly". */
const CAPITALISED_NAME = "\\p{Lu}[\\p{L}\\p{M}'’&.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’&.-]*){0,4}";
/** "Example News is an independent newsroom …", "The Northern Weekly is a reader-funded magazine …". */
const ENGLISH_SELF_DESCRIPTION = new RegExp(
  `^${CAPITALISED_NAME}[ \\t]+is[ \\t]+(?:an?|the)[ \\t]+(?:[\\p{Ll}-]+,?[ \\t]+){0,2}(?:${OUTLET_NOUNS.join('|')})\\b`,
  'u',
);
/** «شمال‌پرس رسانه‌ای مستقل است …», «هفته‌نامهٔ شمال نشریه‌ای …»: an outlet's noun early in the opening clause. */
const DARI_SELF_DESCRIPTION = new RegExp(
  `^[^.!?؟\\n]{1,40}?[ \\t](?:${DARI_OUTLET_NOUNS.join('|')})(?:[ \\t]+[\\p{L}\\u200C]+){0,3}[ \\t]+(?:است|هست)(?![\\p{L}])`,
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
