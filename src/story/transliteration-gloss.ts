/**
 * A feature quotes Dari in Latin letters and translates it before the reporting clause: '"Nan-e garm, dil-e garm"
 * — warm bread, a warm heart — he says', '"…" [a good carpet wants time], says Name', '"…" (…) said Name'. The
 * translation is the writer's gloss: read blank, so the clause after it attributes the quotation.
 */
import { SPEECH_VERBS, hasSpeechVerb } from './lexicon.ts';

/** English words no Dari transliteration uses, and which any English gloss of a few words holds. */
const ENGLISH_WORDS = new Set(
  `the a an is are was were be of to and in on it its i you we he she they his her our my their not no for with
that this what who has have will can do does did from at by more than`.split(/\s+/u),
);

/** The gloss after the closing mark: between two dashes, in square brackets or in round brackets. */
const GLOSS_AFTER =
  /^[ \t\u00A0]*(?:[—–](?<dashed>[ \t\u00A0][^—–\n"“”«»[\]()]{3,120})[—–]|\[(?<squared>[^\]\n"“”«»]{3,120})\]|\((?<bracketed>[^)\n"“”«»]{3,120})\))/u;

/** The pronouns a reporting clause may open on. */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'I']);

/** Characters after the gloss read for a reporting clause's verb. */
const CLAUSE_REACH = 60;

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean);

/** Dari words in Latin letters that English never writes alone: prepositions, "also", "is", "has", "becomes". */
const DARI_LATIN_WORDS = new Set(
  `da dar az ba ke ki wa ra ham hamm ast as hast nest nist dara dare darad mesha misha meshe shawad khud khod`.split(
    /\s+/u,
  ),
);
/** The izafe written with a hyphen: "nan-e garm", "ruz-e khud", "dil-i". */
const IZAFE = /\p{L}-(?:e|i|ye|yi)(?![\p{L}'’-])/u;

/**
 * Whether words in Latin letters hold no English function word and a mark of Dari (an izafe or a Dari function
 * word): a transliteration, not English ("Water everywhere, mud everywhere" has no English function word either).
 */
export function isTransliteration(quote: string): boolean {
  if (!/^[\p{Script=Latin}\p{P}\p{N}\s]+$/u.test(quote)) return false;
  const words = wordsOf(quote);
  if (words.length < 2 || words.some((w) => ENGLISH_WORDS.has(w))) return false;
  return IZAFE.test(quote) || words.some((w) => DARI_LATIN_WORDS.has(w));
}

/**
 * Whether a gloss brings in a name the quotation does not hold: an aside ("— Gul Ahmad Safi shook his head —"), not a
 * translation, which carries the quotation's names over ("da Baghlan" — "even in Baghlan").
 */
function bringsInName(gloss: string, quote: string): boolean {
  const words = gloss.trim().split(/[^\p{L}'’-]+/u);
  return words.some((w, i) => i > 0 && w !== 'I' && /^\p{Lu}/u.test(w) && !quote.includes(w));
}

/** The text after a quotation with an English gloss of transliterated words blanked, when a reporting clause follows. */
export function transliterationGlossAsBlank(after: string, quote: string): string {
  // Cheap look first: most quotations are followed by a comma or a clause, not a dash or a bracket.
  if (!/^[ \t\u00A0]*[—–[(]/u.test(after)) return after;
  const m = GLOSS_AFTER.exec(after);
  const gloss = m?.groups?.dashed ?? m?.groups?.squared ?? m?.groups?.bracketed;
  if (!m || gloss === undefined || !wordsOf(gloss).some((w) => ENGLISH_WORDS.has(w))) return after;
  if (bringsInName(gloss, quote)) return after;
  if (!isTransliteration(quote)) return after;
  const rest = after.slice(m[0].length);
  const clause = rest.slice(0, CLAUSE_REACH).split(/[.!?\n"“”]/u)[0] ?? '';
  // 'he says', 'says Name', 'Name said': the clause opens on its speaker or its verb ('is a saying' is neither).
  const first = /[\p{L}'’]+/u.exec(clause)?.[0] ?? '';
  const opensClause = /^\p{Lu}/u.test(first) || CLAUSE_PRONOUNS.has(first) || SPEECH_VERBS.has(first);
  if (!opensClause || !hasSpeechVerb(clause)) return after;
  // '— gloss — he says' reads as '…," he says'; '[gloss], says Name' keeps its own comma.
  const blank = /^[ \t\u00A0]*,/u.test(rest) ? ' ' : ',';
  return blank + ' '.repeat(m[0].length - 1) + rest;
}
