import {
  DARI_HARVEST_NOUNS,
  DARI_LANDHOLDERS,
  DARI_OFFICE_NOUNS,
  DARI_PAYING_VERB_FORMS,
  DARI_PEOPLE_OF,
  DARI_WHERE_PREPOSITIONS,
} from './lexicon.ts';

/** Offsets of a matched name in the text. */
interface Span {
  start: number;
  end: number;
}

/** «ده یک», «بیست یک»: "one in ten", the share a tithe takes — also the name of a district of Ghazni. */
const SHARE_NAME = /^(?:ده|بیست)\s+یک$/u;
/** The longest «بیست یک» may be, with a few spaces between its words. */
const MAX_SHARE_NAME = 12;
/** What a share is of, or the giving and taking of it, right after: «ده یک حاصلات», «ده یک می‌دهند», «ده یک گرفته می‌شود». */
const SHARE_AFTER = new RegExp(
  `^\\s+(?:(?<crop>(?:${DARI_HARVEST_NOUNS.join('|')})(?![\\p{L}\\u200C]))|(?:را\\s+)?(?:می[\\u200C ]?|ب|ن)?(?:${DARI_PAYING_VERB_FORMS.join('|')})(?![\\p{L}]))`,
  'u',
);

/** «طالبان ده یک را گرفتند»: a definite thing seized, once, is the district taken, not a tithe levied. */
const TAKEN_PLACE = /^\s+را\s+(?:گرفتند|گرفت|گرفتیم)$/u;
/** «در ده یک», «ولسوالی ده یک»: a preposition or an office's noun before it says the district is meant. */
const PLACE_BEFORE = new RegExp(
  `(?:^|\\s)(?:${[...DARI_WHERE_PREPOSITIONS, ...DARI_OFFICE_NOUNS].join('|')})(?:ٔ|\u200C?ی)?\\s+$`,
  'u',
);
/** «مردم ده یک محصولات خود را …», «دهقانان ده یک گندم …»: the people of the district and their crop. */
const OWNERS_BEFORE = new RegExp(
  `(?:^|\\s)(?:${[...DARI_PEOPLE_OF, ...DARI_LANDHOLDERS].join('|')})\\s+$`,
  'u',
);

/**
 * «زمین‌های للمی ده یک می‌دهند», «ده یک حاصلات خود را به طالبان می‌دهند»: «ده یک» as the tithe's share, given or
 * taken or of a harvest; the district is where something is («در ده یک»), not what is paid.
 */
export function dariTitheShare(text: string, span: Span): boolean {
  // «ده یک» and «بیست یک» are short: a longer name is neither, and is not sliced to be asked.
  const first = text[span.start];
  if (
    span.end - span.start > MAX_SHARE_NAME ||
    (first !== 'د' && first !== 'ب') ||
    !SHARE_NAME.test(text.slice(span.start, span.end))
  )
    return false;
  const after = SHARE_AFTER.exec(text.slice(span.end, span.end + 30));
  if (!after || TAKEN_PLACE.test(after[0])) return false;
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  return !PLACE_BEFORE.test(before) && !(after.groups?.crop && OWNERS_BEFORE.test(before));
}
