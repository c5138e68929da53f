import { CONTRIBUTED_PIECES } from './lexicon.ts';
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
    CONTRIBUTORS.test(line.slice(0, verb.index)) &&
    line
      .slice(verb.index + verb[0].length)
      .split('.')
      .map((part) => part.trim())
      .every((part) => part === '' || TRAILING_CREDIT.test(part))
  );
}
