import { CONTRIBUTED_PIECES, CONTRIBUTOR_LINE_WORDS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** Longest contributor line (characters): who helped, where, and an editing credit. */
const MAX_CREDIT_CHARS = 300;
/**
 * "… contributed to this roundup.", "… contributed reporting.", "… contributed reporting to this story.": the
 * credit's verb and what it credits, closing its sentence.
 */
const CONTRIBUTED = new RegExp(
  `\\s(?:also\\s+)?contributed\\s+(?:(?:reporting|research)(?:\\s+(?:to|for)\\s+this\\s+(?:${wordAlternation(CONTRIBUTED_PIECES)}))?|(?:to|for)\\s+this\\s+(?:${wordAlternation(CONTRIBUTED_PIECES)}))\\.`,
  'iu',
);
/** A staff credit after it: "Editing by Zalmai Farahi.", "Writing by …; editing by …". */
const TRAILING_CREDIT = /^(?:editing|writing|compiled|compiling|produced) by [^.]{1,80}$/iu;
/** Who contributed: a subject without a sentence's end in it (no full stop, no quotation). */
const CONTRIBUTORS = /^[\p{Lu}\p{L}][^.!?"“”«»]{2,200}$/u;
const CONTRIBUTOR_WORD_SET = new Set(CONTRIBUTOR_LINE_WORDS);

/**
 * Whether who contributed is a wire's staff: names and towns, with only a credit's own lowercase words between
 * them. "The minister said health officers in Takhar", "More than 40 midwives in Faizabad" are a story's subjects.
 */
function namesContributors(subject: string): boolean {
  if (!CONTRIBUTORS.test(subject)) return false;
  const words = subject.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter((w) => w.length > 0);
  return words.every((w) => !/^[\p{Ll}\p{N}]/u.test(w) || CONTRIBUTOR_WORD_SET.has(w));
}

/**
 * "Khurshid Wire correspondents in Faizabad, Taloqan, Kunduz and Pul-e-Khumri contributed to this roundup.
 * Editing by …", "Rahim Karimi in Taloqan contributed reporting.": a wire's credit to its staff, the whole line,
 * however many towns it names. A sentence of the story goes on after the verb ("contributed to this year's
 * repairs", "contributed to the fund"), which no credit does.
 */
export function isContributorCredit(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_CREDIT_CHARS) return false;
  const verb = CONTRIBUTED.exec(line);
  if (verb === null) return false;
  return (
    namesContributors(line.slice(0, verb.index)) &&
    line
      .slice(verb.index + verb[0].length)
      .split('.')
      .map((part) => part.trim())
      .every((part) => part === '' || TRAILING_CREDIT.test(part))
  );
}
