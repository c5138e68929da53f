// The business-name rules, in one place: a place's name inside a shop's, a firm's or a product's name. An
// English shop's sign (a singular trade head, capitalised: "the Kunduz Bakery"), a crop variety's code
// ("Baghlan-09 seed"), a family called after a place that owns something ("a shop owned by the Takhar family"),
// a Dari shop's sign in its marks («کتاب‌فروشی کندز»). Bodies and firms named by organisation words ("Kabul
// University", "Kokcha Trading") are organisations.ts's.

import {
  BRAND_NAMING_EN,
  BRAND_WORDS_DA,
  BRAND_WORDS_EN,
  BUSINESS_SIGN_HEADS,
  CALLED_PLACE_NOUNS_EN,
  BUSINESS_SIGN_PLURAL_HEADS,
  BUSINESS_TRADE_FOLLOWERS,
  CODED_NOT_VARIETY_WORDS,
  COMMON_WORDS,
  DARI_SHOP_NOUNS,
  DARI_TRADE_SUFFIXES,
  QUOTED_NAME_CUES_EN,
  QUOTED_NAME_HEADS_EN,
  ORGANISATION_WORDS,
  FACILITY_NAME_HEADS,
  FACILITY_NAME_HEADS_ALONE,
  FACILITY_PLACE_WORDS,
  FIRM_APPOSITION_NOUNS,
  FIRM_NOT_NAME_HEADS,
  TITLE_WORDS,
  VARIETY_WORDS,
} from './lexicon.ts';
import { phraseAlternation, wordAlternation } from './regex-parts.ts';
import { joinable, type Token } from './tokens.ts';
import { lastMarkOf } from './ending-on.ts';

/** A comma or a full stop right after a plural head: the name closes there, no verb follows. */
const CLOSING_MARK = /^[,.;:]/u;
/**
 * "Faizabad Sweets & Bakery", "Kunduz Sweets on the Centerville strip": a plural head then a shop's "&" or where
 * it stands ("on", "in", "at", "near" and a capitalised word or "the"), no verb after it.
 */
const PLURAL_SIGN_RUNS_ON = /^(?:[ \t]+&[ \t]+\p{Lu}|[ \t]+(?:on|in|at|near)[ \t]+(?:the[ \t]+|\p{Lu}))/u;
/** Most capitalised words read after the place for a shop's sign ("Kunduz Star Kebab House"). */
const MAX_SIGN_WORDS = 3;

/**
 * "the Taloqan Restaurant near the station", "the Takhar Tea House": capitalised words right after the place
 * ending in a singular trade head, the name closing there (a lowercase word, not "owners"/"market"/"staff", or
 * no word joined; a plural head only before a comma or a full stop). A headline's run ("Kunduz Bakery Reopens After Flood") does not end in the head.
 */
export function businessSignAfter(tokens: readonly Token[], last: number, text: string): boolean {
  const words: string[] = [];
  let k = last + 1;
  for (; k < tokens.length && words.length <= MAX_SIGN_WORDS; k++) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (!tok || !prev || !tok.upper || !joinable(text, prev, tok)) break;
    words.push(tok.key);
  }
  const end = tokens[k - 1];
  if (!end || words.length === 0 || words.length > MAX_SIGN_WORDS) return false;
  const heads = (list: readonly string[]) =>
    list.includes(words.at(-1) ?? '') || (words.length > 1 && list.includes(words.slice(-2).join(' ')));
  if (heads(BUSINESS_SIGN_PLURAL_HEADS))
    return (
      CLOSING_MARK.test(text.slice(end.end, end.end + 1)) ||
      PLURAL_SIGN_RUNS_ON.test(text.slice(end.end, end.end + 16))
    );
  const after = tokens[k];
  const tradeAfter =
    after !== undefined && joinable(text, end, after) && BUSINESS_TRADE_FOLLOWERS.has(after.key);
  return heads(BUSINESS_SIGN_HEADS) && !tradeAfter;
}

/** A hyphen, then one to three digits, closing the word: "Baghlan-09", "Kunduz‑1" (not a year, "Kunduz-2015"). */
const CODE_AFTER = /^[-\u2010\u2011]\d{1,3}(?![\p{L}\p{N}-])/u;
/** A hyphen or a letter right before the name: it is the code's tail or a longer word ("AF-Kunduz"). */
const JOINED_BEFORE = /[\p{L}\p{N}\-\u2010\u2011]$/u;
/** Words either side of the name read for a variety's word ("Takhar-96, a wheat bred in …"). */
const VARIETY_WINDOW = 5;

/**
 * "varieties such as Baghlan-09 and Kunduz-1": a place's name with a numeric code joined is a crop variety's
 * when a variety's word stands near, and no district, school, road or month follows the code ("the Kunduz-2
 * district", "KUNDUZ-12 May").
 */
export function productCodeAfter(
  tokens: readonly Token[],
  first: number,
  last: number,
  text: string,
): boolean {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? 0;
  if (!CODE_AFTER.test(text.slice(end, end + 5))) return false;
  if (JOINED_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return false;
  const next = tokens[last + 2];
  if (next && CODED_NOT_VARIETY_WORDS.has(next.key)) return false;
  const near = tokens.slice(Math.max(0, first - VARIETY_WINDOW), last + 2 + VARIETY_WINDOW);
  return near.some((t) => VARIETY_WORDS.has(t.key));
}

/** Verbs of having before "by the <Place> family": "owned by", "run by", "managed by". */
const OWNED_BY = new Set(['owned', 'run', 'managed', 'held', 'founded']);

/**
 * "a shop owned by the Takhar family": "<owned> by the", one capitalised place word, then lowercase "family" —
 * a surname. Without the owning verb "the Takhar family" is a family from Takhar ("The Takhar family said …"),
 * and "family court", "family of …" stay places.
 */
export function familyNamedLikePlace(tokens: readonly Token[], first: number, last: number): boolean {
  const noun = tokens[last + 1];
  const following = tokens[last + 2]?.key;
  return (
    first === last &&
    tokens[first - 1]?.key === 'the' &&
    tokens[first - 2]?.key === 'by' &&
    OWNED_BY.has(tokens[first - 3]?.key ?? '') &&
    noun?.key === 'family' &&
    !noun.upper &&
    following !== 'of'
  );
}

/** «ماش‌فروشی», «کباب‌پزی»: a goods' word run into a trade word, the name of a shop of that trade. */
const DARI_TRADE_WORD = `\\p{L}+\u200C?(?:${wordAlternation(DARI_TRADE_SUFFIXES)})`;
/** «کتاب‌فروشی کندز», «ماش‌فروشی کندز»: a shop's noun opening the marks, with the place last before they close. */
const DARI_SHOP_OPENS_BEFORE = new RegExp(
  `«[ \\t]*(?:${wordAlternation(DARI_SHOP_NOUNS)}|${DARI_TRADE_WORD})(?:ٔ|\u200C?ی)?[ \\t]+$`,
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

const FIRM_NOUN = wordAlternation([...FIRM_APPOSITION_NOUNS]);
/** "a private company, " / "dealers such as the ": a firm's kind right before its name. */
const FIRM_KIND_BEFORE = new RegExp(
  `(?:\\b(?:a|an|one)[ \\t]+(?:[a-z-]+[ \\t]+){0,2}${FIRM_NOUN},[ \\t]*|\\b${FIRM_NOUN}[ \\t]+(?:such[ \\t]+as|like|including)[ \\t]+)(?:the[ \\t]+)?$`,
  'u',
);
/** ", a showroom on …", ", a small family firm in …": a firm's kind after its name, no noun after it ("a shop owner"). */
const FIRM_KIND_AFTER = new RegExp(
  `^,[ \\t]+(?:a|an|one)[ \\t]+(?:[a-z-]+[ \\t]+){0,2}${FIRM_NOUN}(?:[ \\t]+(?:on|in|at|near|off|that|which|whose|owned|run|based|selling|with|of|for|from)\\b|[,.;:)]|$)`,
  'u',
);
/** The name closes on a mark: "…Medical Supply, whose plant", "…Marble House." */
const NAME_CLOSES = /^(?:[,.;:)]|$)/u;
/** Characters read before and after a firm's name for its kind. */
const FIRM_REACH = 48;
const TITLES = new Set(TITLE_WORDS.map((w) => w.toLowerCase()));

/**
 * "a private company, Kunduz Medical Supply, whose …", "the Takhar Marble House, a showroom on …": a place
 * and capitalised words after it, closing on a mark, set in apposition to a kind of firm — the firm's name,
 * whatever its trade. A run ending in a place's own head ("Kunduz Province") or holding a title ("Kunduz
 * Governor …") or a common word ("Kunduz Tuesday, a firm in Kabul said") is no firm's.
 */
export function firmNamedInApposition(
  tokens: readonly Token[],
  first: number,
  last: number,
  text: string,
): boolean {
  const words: Token[] = [];
  for (let k = last + 1; k < tokens.length && words.length <= MAX_SIGN_WORDS; k++) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (!tok || !prev || !tok.upper || !joinable(text, prev, tok)) break;
    words.push(tok);
  }
  const end = words.at(-1);
  if (!end || words.length > MAX_SIGN_WORDS || FIRM_NOT_NAME_HEADS.has(end.key)) return false;
  // "in Kunduz Tuesday, a company in Kabul said": a weekday, a month or a plain word is no firm's name.
  if (words.some((w) => TITLES.has(w.key) || COMMON_WORDS.has(w.key))) return false;
  if (!NAME_CLOSES.test(text.slice(end.end, end.end + 1))) return false;
  const start = tokens[first]?.start ?? 0;
  return (
    FIRM_KIND_AFTER.test(text.slice(end.end, end.end + FIRM_REACH)) ||
    FIRM_KIND_BEFORE.test(text.slice(Math.max(0, start - FIRM_REACH), start))
  );
}

/** «نانوایی «کندز»»: a shop's noun, then the place alone in its own marks — the shop's name. */
const DARI_SHOP_BEFORE_MARKS = new RegExp(
  `${wordAlternation(DARI_SHOP_NOUNS)}(?:ٔ|\u200C?ی)?[ \\t]+«[ \\t]*$`,
  'u',
);

/** A place alone in marks right after a Dari shop's noun names the shop: «نانوایی «کندز»», «دکان «تخار»». */
export function dariShopNamedInMarks(text: string, start: number, end: number): boolean {
  return (
    CLOSES_AFTER.test(text.slice(end, end + 3)) &&
    DARI_SHOP_BEFORE_MARKS.test(text.slice(Math.max(0, start - 24), start))
  );
}

/** "Children's Park": a possessive between two words of one name. */
const POSSESSIVE_GAP = /^['’]s $/u;
const possessiveGap = (text: string, a: Token, b: Token): boolean =>
  POSSESSIVE_GAP.test(text.slice(a.end, b.start));

/**
 * "Kunduz Teaching Hospital", "Kunduz Children's Park", "Paghman Gardens": a place, capitalised words of the
 * facility's own (no title, no common word, not the place's "Provincial" or "City"), then a facility's head closing
 * the run — the facility's name, the place inside it no mention. Headline case ("… Hospital Reopens") runs on.
 */
export function facilityNamedAfterPlace(tokens: readonly Token[], last: number, text: string): boolean {
  const words: Token[] = [];
  for (let k = last + 1; k < tokens.length && words.length <= MAX_SIGN_WORDS; k++) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (!tok || !prev || !tok.upper) break;
    // "Kunduz's Regional Hospital" is the place's own hospital: a possessive joins the facility's words only.
    if (!(joinable(text, prev, tok) || (k > last + 1 && possessiveGap(text, prev, tok)))) break;
    words.push(tok);
  }
  const head = words.at(-1);
  if (!head || words.length > MAX_SIGN_WORDS || !FACILITY_NAME_HEADS.includes(head.key)) return false;
  const own = words.slice(0, -1);
  if (own.length === 0) return FACILITY_NAME_HEADS_ALONE.includes(head.key);
  return !own.some(
    (w) => TITLES.has(w.key) || COMMON_WORDS.has(w.key) || FACILITY_PLACE_WORDS.includes(w.key),
  );
}

/** A name alone in quotation marks: the mark right before it, the closing one right after. */
const OPENS_BEFORE = /["“'‘«][ \t]*$/u;
const CLOSES_RIGHT_AFTER = /^[ \t]*[,.]?["”'’»]/u;
/** 'a brand called "', 'sold under the "', 'branded "', «برند «», «مارک به نام «». */
const BRAND_BEFORE = new RegExp(
  `(?:\\b(?:${phraseAlternation(BRAND_WORDS_EN)})(?:[ \\t]+(?:${phraseAlternation(BRAND_NAMING_EN)})){0,2}|(?:^|\\s)(?:${phraseAlternation(BRAND_WORDS_DA)})(?:ِ|\u200C?ی)?(?:[ \\t]+(?:به|با)[ \\t]+نام)?)[ \\t]*["“'‘«][ \\t]*$`,
  'iu',
);
/**
 * 'a cinema called "', 'named "', «رستورانتی به نام «»: a thing given the name in marks — not after a land's noun
 * ('the valley called "'); in Dari only after a shop's noun («منطقه‌ای به نام «…»» is a place).
 */
const CALLED_IN_MARKS_BEFORE = new RegExp(
  `(?:(?<!\\b(?:${wordAlternation(CALLED_PLACE_NOUNS_EN)})[ \\t]+)\\b(?:called|named|dubbed|nicknamed|christened)|(?:^|\\s)(?:${wordAlternation(DARI_SHOP_NOUNS)})(?:\u200C?ای|ی)?[ \\t]+به[ \\t]+نام)[ \\t]*["“'‘«][ \\t]*$`,
  'iu',
);
/** '" label', '" brand': a brand's word right after the closing mark. */
const BRAND_AFTER = new RegExp(`^[ \\t]*[,.]?["”'’»][ \\t]+(?:${wordAlternation(BRAND_WORDS_EN)})\\b`, 'iu');
/** Characters read before the opening mark for a brand's word. */
const BRAND_REACH = 40;

/**
 * 'a brand called "Pamir"', 'sold under the "Kokcha" label', «برند «پامیر»»: a place alone in quotation marks that
 * a brand's word names is the product's trade name, not the place («پامیرها», "the Pamirs" stay the mountains).
 */
export function brandNamedInMarks(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - BRAND_REACH), start);
  const after = text.slice(end, end + 24);
  if (!OPENS_BEFORE.test(before) || !CLOSES_RIGHT_AFTER.test(after)) return false;
  return BRAND_BEFORE.test(before) || BRAND_AFTER.test(after) || CALLED_IN_MARKS_BEFORE.test(before);
}

/** 'reads "', 'called "': a naming cue right before the opening mark. */
const QUOTED_NAME_CUE_BEFORE = new RegExp(
  `\\b(?:${phraseAlternation(QUOTED_NAME_CUES_EN)})[ \\t]*[:,]?[ \\t]*["“'‘][ \\t]*$`,
  'iu',
);
const CLOSES_NAME_AFTER = /^[,.]?["”'’]/u;
const OPENING_MARKS = `"“'‘`;

/**
 * 'a sign that reads "Kunduz Rice House"', 'a shop called "Takhar Tailors"': a place opening a name of capitalised
 * words that fills quotation marks after a naming cue is part of that name (the sign's, the shop's), not a mention —
 * when the name ends on a shop's or an organisation's word: a slogan ('reads "Badakhshan Needs Roads"') keeps it.
 */
export function placeOpensQuotedName(
  tokens: readonly Token[],
  first: number,
  last: number,
  text: string,
): boolean {
  const start = tokens[first]?.start ?? 0;
  const before = text.slice(Math.max(0, start - 24), start);
  // The cue ends on an opening mark: most names have none before them.
  if (!OPENING_MARKS.includes(lastMarkOf(before)) || !QUOTED_NAME_CUE_BEFORE.test(before)) return false;
  let end = last;
  for (let k = last + 1; k <= last + MAX_SIGN_WORDS; k++) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (!tok || !prev || !tok.upper || !joinable(text, prev, tok)) break;
    end = k;
  }
  const close = tokens[end];
  if (end <= last || !close || !(QUOTED_NAME_HEADS_EN.has(close.key) || ORGANISATION_WORDS.has(close.key)))
    return false;
  return CLOSES_NAME_AFTER.test(text.slice(close.end, close.end + 2));
}
