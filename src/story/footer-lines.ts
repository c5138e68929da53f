import { ADDRESS_WORDS, FOOTER_LINK_WORDS, FOOTER_OFFICE_WORDS, MAILING_LINK_WORDS } from './lexicon.ts';
import { phraseAlternation } from './regex-parts.ts';

/** A footer's link, an item of its own between separators. */
const FOOTER_LINK = new RegExp(`^(?:${phraseAlternation(FOOTER_LINK_WORDS)})$`, 'iu');
/** What sets a footer's links apart. */
const LINK_SEPARATOR = /[|•·]/u;
/** Fewest footer links that make a line a site's footer. */
const MIN_FOOTER_LINKS = 2;

/** "© 2026 … | About us | Contact | Advertise | Privacy policy": a site footer's line of links. */
export function isFooterLinks(text: string): boolean {
  if (!LINK_SEPARATOR.test(text)) return false;
  const links = text.split(LINK_SEPARATOR).filter((part) => FOOTER_LINK.test(part.trim()));
  return links.length >= MIN_FOOTER_LINKS;
}

/** A mailing's own link ("Unsubscribe", «لغو اشتراک»), an item of its own between separators. */
const MAILING_LINK = new RegExp(`^(?:${phraseAlternation(MAILING_LINK_WORDS)})$`, 'iu');
/** The last sentence's stop in a part: what a subscription notice before the links closes on. */
const LAST_SENTENCE = /^.*[.!?؟。][ \t]+/su;
/** Fewest mailing links that make a line a mailing's foot. */
const MIN_MAILING_LINKS = 2;

/**
 * "You received this because you subscribed at … . Unsubscribe | Forward to a friend | Kabul · Kunduz", «… مشترک
 * شده‌اید. لغو اشتراک | ارسال برای دوستان | کابل · کندز»: a newsletter's foot, its links after the notice, and the
 * towns of its offices with them. Each part between separators is read after its last sentence.
 */
export function isMailingFoot(text: string): boolean {
  if (!LINK_SEPARATOR.test(text)) return false;
  const parts = text.split(LINK_SEPARATOR).map((part) => part.replace(LAST_SENTENCE, '').trim());
  const mailing = parts.filter((part) => MAILING_LINK.test(part)).length;
  // A site's footer links count beside a mailing's own ("Unsubscribe | Privacy policy"), not without one.
  const links = mailing + parts.filter((part) => FOOTER_LINK.test(part)).length;
  return mailing > 0 && links >= MIN_MAILING_LINKS;
}

/** "Taloqan office:", "Head office:", «دفتر کندز:»: an office's label, up to three words with it, and a colon. */
const OFFICE_LABEL = new RegExp(
  `^(?:[\\p{L}\\p{M}\\u200C'’-]+[ \\t]+){0,3}?(?:${phraseAlternation(FOOTER_OFFICE_WORDS)})(?:[ \\t]+[\\p{L}\\p{M}\\u200C'’-]+){0,2}?[ \\t]*:[ \\t]*`,
  'iu',
);
const ADDRESS_WORD_SET = new Set(ADDRESS_WORDS);
/** Longest office address line (characters). */
const MAX_ADDRESS_CHARS = 200;

/**
 * "Taloqan office: Main road, Taloqan, Takhar province", "Head office: Shahr-e-Naw, Kabul. Regional office: Kunduz":
 * a site's offices and their street addresses, names and address words only. "Khanabad office: the clinic will
 * open …" goes on as a sentence, which no address does.
 */
export function isOfficeAddress(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_ADDRESS_CHARS || !OFFICE_LABEL.test(line)) return false;
  const rest = line.replace(OFFICE_LABEL, '');
  const words = rest.split(/[^\p{L}\p{M}\u200C'’-]+/u).filter((w) => w.length > 0);
  // Dari has no capitals to tell a name from a verb: only Latin addresses are read.
  if (words.length === 0 || words.some((w) => !/^\p{Script=Latin}/u.test(w))) return false;
  // Every lowercase word is an address's word or another office's label ("… Kabul. Regional office: Kunduz").
  return words.every((w) => !/^\p{Ll}/u.test(w) || ADDRESS_WORD_SET.has(w) || OFFICE_LABEL.test(`${w}:`));
}
