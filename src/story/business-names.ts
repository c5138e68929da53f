// A place's name inside a business's or a product's name that the other rules leave: a crop variety's code
// ("Baghlan-09", "Kunduz-1"), a family called after a place ("the Takhar family"), a Dari shop's sign in its
// marks («کتاب‌فروشی کندز»). Shops headed by an English trade word ("the Kunduz Bakery") are organisations
// (ORGANISATION_WORDS, BUSINESS_TWO_WORD_HEADS in organisations.ts).

import { DARI_SHOP_NOUNS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import type { Token } from './tokens.ts';

/** A hyphen, then digits, closing the word: "Baghlan-09", "Kunduz‑1" (not "Kunduz-Takhar", "Kunduz-1a" aside). */
const CODE_AFTER = /^[-\u2010\u2011](?:\d{1,4})(?![\p{L}\p{N}-])/u;
/** A hyphen or a letter right before the name: it is the code's tail or a longer word ("AF-Kunduz"). */
const JOINED_BEFORE = /[\p{L}\p{N}\-\u2010\u2011]$/u;

/** "varieties such as Baghlan-09 and Kunduz-1": a place's name with a numeric code joined is a variety or model. */
export function productCodeAfter(text: string, start: number, end: number): boolean {
  return (
    CODE_AFTER.test(text.slice(end, end + 6)) &&
    !JOINED_BEFORE.test(text.slice(Math.max(0, start - 1), start))
  );
}

/**
 * "a shop owned by the Takhar family", "the Kunduzi family": "the", one capitalised place word, then "family" —
 * a surname. "a Kunduz family" (a family from there) and "the family in Takhar" stay places.
 */
export function familyNamedLikePlace(tokens: readonly Token[], first: number, last: number): boolean {
  const the = tokens[first - 1];
  const noun = tokens[last + 1];
  return first === last && the?.key === 'the' && noun?.key === 'family' && !noun.upper;
}

/** «کتاب‌فروشی کندز»: a shop's noun opening the marks, with the place last before they close. */
const DARI_SHOP_OPENS_BEFORE = new RegExp(
  `«[ \\t]*${wordAlternation(DARI_SHOP_NOUNS)}(?:ٔ|\u200C?ی)?[ \\t]+$`,
  'u',
);
const CLOSES_AFTER = /^[ \t]*»/u;

/** A place closing a Dari shop's name in its marks: «رستورانت خان‌آباد», «نانوایی تخار». */
export function dariShopSignName(text: string, start: number, end: number): boolean {
  return (
    CLOSES_AFTER.test(text.slice(end, end + 3)) &&
    DARI_SHOP_OPENS_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}
