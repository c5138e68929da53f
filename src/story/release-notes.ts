import { DARI_RELEASE_KINDS, DARI_RELEASE_NOUNS, ISSUER_LINE_OPENERS, RELEASE_LABELS } from './lexicon.ts';
import { ENGLISH_MONTH, escapeRegExp, phraseAlternation } from './regex-parts.ts';

// A press release's notes to editors: the release's own endnotes on what it announces (dates, figures, where the
// work is done) are its text; the issuer's standing self-description and its contacts are furniture.

/** "About GHA: …", «دربارهٔ …», "Media contact", "Contact / تماس: …", "Follow us": the issuer's standing lines. */
const ISSUER_LINE = new RegExp(
  `^[-–•*\\d.)\\s]*(?:${ISSUER_LINE_OPENERS.map((w) => escapeRegExp(w) + (/^[a-z]+$/.test(w) ? '\\b' : '')).join('|')})`,
  'iu',
);
/**
 * "The Hindu Kush Wells Trust is a charity …", "GHA is an independent …": a name (capitalised words, an
 * acronym) saying what it is — the issuer describing itself.
 */
const SELF_DESCRIPTION =
  /^[-–•*\d.)\s]*(?:The\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:\(\p{Lu}+\)|of|for|and|\p{Lu}[\p{L}\p{M}'’&.-]*)){0,8}\s+(?:is|are|was)\s+(?:a|an|the|one)\b/u;
/** An email address or a telephone number: a contact line. */
const CONTACT = /\S@\S|\+\d{2}|\bphone\b|\bemail\b/iu;
/** Longest head of a part of the notes ("About Global Harvest Alliance", "Media contact"), in words. */
const MAX_PART_HEAD_WORDS = 6;

/** A head over one part of a release's end: short and closing no sentence ("**About Global Harvest Alliance**"). */
export function isReleasePartHead(text: string): boolean {
  const line = text.replace(/\*\*/g, '').trim();
  return line.split(/\s+/).length <= MAX_PART_HEAD_WORDS && !/[.!?؟:]$/u.test(line);
}

/**
 * "1. …", "2) …", «۳. …»: a note the release numbers among its own. Where the release has no "About …" part of its
 * own, even the issuer's line on itself ("1. Hindu Kush Relief is an independent … with offices in …") is one of
 * the notes it wrote for this release.
 */
const NUMBERED_NOTE = /^[\d\u06F0-\u06F9]{1,2}[.)][ \t]/u;

/**
 * Whether a line under a release's notes head is one of the release's own notes, not the issuer's standing lines;
 * `aboutPartFollows`: the issuer describes itself in an "About …" part of its own, so no note does.
 */
export function isReleaseNote(text: string, aboutPartFollows = true): boolean {
  const line = text.replace(/\*\*/g, '').trim();
  return (
    /[.!?؟]$/u.test(line) &&
    !ISSUER_LINE.test(line) &&
    ((!aboutPartFollows && isNumberedNote(line)) || !SELF_DESCRIPTION.test(line)) &&
    !CONTACT.test(line)
  );
}

/** Whether a line is a numbered note ("1. …"), as a release numbers its notes to editors. */
export function isNumberedNote(text: string): boolean {
  return NUMBERED_NOTE.test(text.trim());
}

/** Whether a part head is the issuer's "About …" («دربارهٔ …»): its standing lines set apart. */
export function isAboutPartHead(text: string): boolean {
  return ABOUT_HEAD.test(text.replace(/\*\*/g, '').trim());
}
const ABOUT_HEAD = /^(?:about\s|دربار(?:هٔ|ه‌ی|ه)\s)/iu;

/**
 * "PRESS RELEASE", "For immediate release", "JOINT STATEMENT", «اطلاعیهٔ مطبوعاتی», «برای نشر فوری»: the labels a
 * release prints over or under its headline, alone or two to a line ("PRESS RELEASE — FOR IMMEDIATE RELEASE").
 */
const RELEASE_LABEL = new RegExp(
  `^(?:${phraseAlternation(RELEASE_LABELS)}|(?:${DARI_RELEASE_NOUNS.join('|')})(?:\u0654|ی|\u200C?ی)?\\s+(?:${DARI_RELEASE_KINDS.join('|')}))$`,
  'iu',
);
/**
 * A word every label holds (its last): a line without one is no label, read before splitting it. Built from the
 * labels themselves, so the two cannot drift apart.
 */
const RELEASE_LABEL_WORD = new RegExp(
  [...RELEASE_LABELS.map((label) => label.split(' ').at(-1) ?? label), ...DARI_RELEASE_KINDS]
    .map(escapeRegExp)
    .join('|'),
  'iu',
);
/** Longest line of release labels (characters): two labels and what sets them apart. */
const MAX_LABEL_LINE_CHARS = 80;
/** What sets two labels apart on one line: a slash or a dash, spaced. */
const LABEL_SEPARATOR = /\s[/—–-]\s/u;

/** "3 December 2026", "December 3, 2026", "2026-12-03": the release's date beside its label. */
const RELEASE_DATE = new RegExp(
  `^(?:\\d{1,2}\\s+${ENGLISH_MONTH},?\\s+\\d{4}|${ENGLISH_MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'iu',
);

/**
 * The time an embargo gives: a clock ("00:01", "0600 GMT"), a day of a month, a weekday or the speech's delivery; a bare
 * figure is a headline's ("Embargo: 40 fuel tankers stuck at Hairatan").
 */
const EMBARGO_TIME = `\\d{1,2}[:.]\\d{2}|\\d{3,4}[ \\t]*(?:GMT|UTC|hrs?)\\b|\\d{1,2}[ \\t]+${ENGLISH_MONTH}(?![a-z])|\\b${ENGLISH_MONTH}[ \\t]+\\d{1,2}\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\bdelivery\\b`;

/**
 * "Embargoed until 00:01 GMT, Tuesday 25 November 2026", "EMBARGO: 06:00 Kabul time", "Not for publication before …":
 * when the release may be printed, a label over its headline. It gives the time: "Embargo eased at Hairatan" is a subhead.
 */
const EMBARGO_LINE = new RegExp(
  `^(?:(?:embargoed|under[ \\t]+embargo|embargo)[ \\t]*(?:[:：]|until\\b|till\\b|before\\b)|not[ \\t]+for[ \\t]+(?:publication|release|broadcast)[ \\t]+(?:before|until)\\b)(?=[^\\n]*(?:${EMBARGO_TIME}))[^\\n.!?]{0,80}$`,
  'iu',
);

/** Whether a line is a release's label, or two of them, perhaps dated ("For immediate release — 3 December 2026"). */
export function isReleaseLabel(text: string): boolean {
  if (EMBARGO_LINE.test(text.trim())) return true;
  if (text.length > MAX_LABEL_LINE_CHARS || !RELEASE_LABEL_WORD.test(text)) return false;
  const parts = text
    .replace(/\*\*/g, '')
    .trim()
    .split(LABEL_SEPARATOR)
    .map((part) => part.trim());
  return (
    parts.some((part) => RELEASE_LABEL.test(part)) &&
    parts.every((part) => RELEASE_LABEL.test(part) || RELEASE_DATE.test(part))
  );
}
